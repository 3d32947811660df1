import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/**
 * What every update names: the record, and the version the client read. A newer version in the
 * database refuses the change (CONFLICT STALE) instead of silently overwriting it.
 */
@InputType({ isAbstract: true })
export abstract class VersionedUpdateInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one refuses the change (CONFLICT STALE)',
  })
  @IsInt()
  @Min(1)
  version!: number;
}
