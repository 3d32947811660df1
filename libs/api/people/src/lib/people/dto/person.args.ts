import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class PersonArgs {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;
}
