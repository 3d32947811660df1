import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '@stint/api-core';

/** Newest version first. */
@ArgsType()
export class PolicyVersionsArgs extends PageArgs {}
