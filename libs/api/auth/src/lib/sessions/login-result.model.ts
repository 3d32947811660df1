import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../users/user.model';

@ObjectType('LoginResult')
export class LoginResult {
  @Field({ description: 'Bearer token for API clients; browsers use the httpOnly cookie instead' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
