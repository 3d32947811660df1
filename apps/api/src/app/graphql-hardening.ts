import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLError, Kind, type ValidationRule } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  allowReplicaReads,
  awaitIdempotentResponse,
  currentIdempotencyScope,
  idempotencyRequestHash,
  isValidIdempotencyKey,
  storeIdempotentResponse,
  sweepIdempotencyKeys,
  type StintConfig,
} from '@stint/api-core';

/**
 * Query limits, checked while parsing and validating, before any resolver runs. Chosen from
 * Stint's screens with headroom (README "Security and limits" shows the arithmetic):
 *
 * - depth 6: the deepest useful selection is a connection of records with one nested object,
 *   `seats { edges { node { pmo { directors { displayName } } } } }` (6). Seat.pmo ↔ Pmo.seats
 *   is a cycle; depth stops it from being walked forever. Fragments do not add levels.
 * - aliases 15: screens alias a few fields at most; 15 stops alias-based amplification
 *   (`a1: people … a500: people`) and login brute force in one request.
 * - directives 50: @include/@skip per optional field of a large form; stops directive overload.
 * - tokens 1,000: the largest screen query is ~150 tokens and GraphiQL's introspection 184;
 *   CSV imports travel in variables, which are not tokens.
 * - cost 10,000: armor's model (object 2, scalar 1, ×1.5 per level, × a literal `first`/`last`).
 *   A full people page with `first: 100` written in the query, nine fields and the department
 *   costs 6,463; the same with `first` as a variable (as the dashboard sends it) 65; every PMO
 *   with directors and seats 33. Two full 100-row lists with nested objects in one request exceed it.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 6,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCost: 10000,
  /** Operations per HTTP request: batching (a JSON array body) is refused outright. */
  maxBatch: 1,
} as const;

/** Apollo's plugin type as Nest's driver sees it (its CommonJS typings). */
type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * Stint sets no cache-control hints; Apollo's default cache-control plugin would still wrap
 * every field resolver (measurable on the 40,000-field coverage answer). Cast: the plugin's
 * types come from Apollo's ESM build, Nest's driver expects its CommonJS ones.
 */
export function cacheControlDisabled(): Plugin {
  return ApolloServerPluginCacheControlDisabled() as unknown as Plugin;
}

/** The parser stops at the token limit: "Syntax Error: Document contains more than 1000 tokens", a 400. */
export const graphqlParseOptions = { maxTokens: GRAPHQL_LIMITS.maxTokens, noLocation: false };

export interface GraphQLProtection {
  plugins: Plugin[];
  validationRules: ValidationRule[];
}

export function graphqlProtection(config: StintConfig): GraphQLProtection {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // Tokens are counted by graphql-js's own parser instead (see graphqlParseOptions): armor's
    // Apollo token plugin throws from a hook (a 500, not a 400) and parses every document twice.
    maxTokens: { enabled: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true },
    // "Did you mean …" leaks field names that introspection would otherwise hide.
    blockFieldSuggestion: { enabled: !config.GRAPHQL_INTROSPECTION },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: plugins as unknown as Plugin[],
    validationRules: validationRules as ValidationRule[],
  };
}

/**
 * A query operation only reads: it may be served from a read replica (see read-routing.ts in
 * @stint/api-core; nothing changes without DATABASE_REPLICA_URLS). Mutations stay on the primary.
 */
export function readRoutingPlugin(): Plugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'query') allowReplicaReads();
        },
      };
    },
  };
}

const idempotencyLogger = new Logger('Idempotency');

function badKey(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'Idempotency-Key', message }],
      http: { status: 400 },
    },
  });
}

/**
 * The Apollo side of the Idempotency-Key header (the key itself rides in AsyncLocalStorage,
 * set per request in create-app.ts; runTransaction claims it):
 * - on a mutation, hashes the request and names the operation, so the key can be claimed;
 * - after a claimed mutation, keeps its response for retries;
 * - when runTransaction found the key already used for this request, answers with the stored
 *   response instead (the change is not re-executed).
 */
export function idempotencyPlugin(dataSource: DataSource): Plugin {
  let sweeper: NodeJS.Timeout | undefined;
  return {
    async serverWillStart() {
      const sweep = () =>
        sweepIdempotencyKeys(dataSource).catch((error: unknown) =>
          idempotencyLogger.warn(
            `Could not sweep expired keys: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
      sweeper = setInterval(sweep, 60 * 60 * 1000);
      sweeper.unref();
      return {
        async serverWillStop() {
          clearInterval(sweeper);
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          const scope = currentIdempotencyScope();
          if (!scope) return;
          if (operation?.operation !== 'mutation') {
            scope.state = 'off';
            return;
          }
          if (!isValidIdempotencyKey(scope.key)) {
            throw badKey(
              'Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is ideal)',
            );
          }
          const fields = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);
          if (fields.length !== 1 || operation.selectionSet.selections.length !== 1) {
            throw badKey('An Idempotency-Key covers one mutation field per request');
          }
          scope.operation = fields[0].kind === Kind.FIELD ? fields[0].name.value : 'mutation';
          scope.requestHash = idempotencyRequestHash(request);
        },
        async willSendResponse({ response }) {
          const scope = currentIdempotencyScope();
          if (!scope || response.body.kind !== 'single') return;
          if (scope.state === 'claimed') {
            await storeIdempotentResponse(dataSource, scope, response.body.singleResult).catch(
              (error: unknown) =>
                idempotencyLogger.warn(
                  `Could not keep the response for a key: ${error instanceof Error ? error.message : String(error)}`,
                ),
            );
          } else if (scope.state === 'replay') {
            const stored = await awaitIdempotentResponse(dataSource, scope).catch(() => undefined);
            if (stored && typeof stored === 'object') {
              response.body.singleResult = stored as typeof response.body.singleResult;
              response.http.status = 200;
              response.http.headers.set('idempotent-replayed', 'true');
            }
          }
        },
      };
    },
  };
}
