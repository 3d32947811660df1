import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AuthOptions', { description: 'How people sign in to this Stint' })
export class AuthOptions {
  @Field({ description: 'Whether e-mail and password sign-in is on (LOCAL_LOGIN)' })
  localLogin!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The OpenID provider\'s name for "Sign in with …", or null when not configured',
  })
  oidcProviderName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the browser starts an OpenID Connect sign-in (add ?next=/path)',
  })
  oidcLoginUrl!: string | null;
}
