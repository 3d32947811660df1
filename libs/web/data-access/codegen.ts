import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web, generated from the committed API contract
 * (apps/api/schema.gql) in a build step and never committed. Any `graphql(`...`)` document in
 * a web library is checked against the schema: a query the API cannot answer fails the build.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: [
    'libs/web/*/src/**/*.{ts,tsx}',
    'apps/web/src/**/*.{ts,tsx}',
    '!libs/web/data-access/src/lib/graphql/generated/**',
  ],
  ignoreNoDocuments: true,
  generates: {
    'libs/web/data-access/src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', ID: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
  hooks: {},
};

export default config;
