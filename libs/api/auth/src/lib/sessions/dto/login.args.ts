import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email!: string;

  // Bounded so a megabyte "password" cannot make argon2 burn CPU.
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}
