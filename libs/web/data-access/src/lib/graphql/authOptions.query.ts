import { graphql } from './generated';

/** How this Stint signs people in: passwords, the company's OpenID provider, or both. */
export const AUTH_OPTIONS_QUERY = graphql(`
  query AuthOptions {
    authOptions {
      localLogin
      oidcProviderName
      oidcLoginUrl
    }
  }
`);
