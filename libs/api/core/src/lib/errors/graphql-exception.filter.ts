import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * In GraphQL, hand every error to Apollo untouched: formatGraphQLError decides what the
 * client sees and logs only unexpected failures (Nest would otherwise log each expected
 * NOT_FOUND or BAD_USER_INPUT with a stack trace). HTTP routes keep Nest's default handling.
 */
@Catch()
export class GraphQLPassThroughFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
