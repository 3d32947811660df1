import type {
  GatewayExecutor,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import {
  getVariableValues,
  GraphQLError,
  isObjectType,
  printSchema,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** How many compiled operations are kept (the web sends a few dozen distinct documents). */
const CACHE_SIZE = 500;

/**
 * Executes GraphQL operations with graphql-jit instead of graphql-js's interpreter
 * (docs/decisions.md, "GraphQL answers are executed by compiled code"). Analytics answers are
 * tens of thousands of small objects (coverage at `xl`: 1,000 departments × 24 buckets); the
 * interpreter spends about 1 µs per field on them, 200–300 ms per answer, while the same
 * operation compiled once into a JavaScript function takes 30–50 ms.
 *
 * Apollo Server runs a custom executor only through its gateway interface, so this is one:
 * `load` hands Apollo the schema Nest built (captured by `captureSchema`, Nest's
 * transformSchema hook) and the executor. Parsing, validation (the query limits and the
 * answer-size rule), plugins and error formatting stay Apollo's; only execution changes.
 * Compiled operations are cached by the query's hash and operation name.
 *
 * Two seams are closed so that clients see exactly what the interpreter gave them: variables are
 * coerced by graphql-js first (its errors, with the variable's node, are what Apollo turns into
 * BAD_USER_INPUT with a 400; its values carry input-field defaults, which graphql-jit's coercion
 * does not fill in), and graphql-jit's errors, which are not graphql-js GraphQLErrors,
 * are rebuilt as such with the same message, path, locations and original error, so the error
 * mapping (formatGraphQLError) finds the DomainError underneath.
 */
export class CompiledExecution implements GatewayInterface {
  private schema: GraphQLSchema | undefined;
  private readonly listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  private readonly compiled = new Map<string, CompiledQuery>();

  /**
   * For Nest's `transformSchema`: remembers the schema and returns it, with Nest's plain
   * property resolvers taken off (`dropPropertyResolvers`).
   */
  readonly captureSchema = (schema: GraphQLSchema): GraphQLSchema => {
    dropPropertyResolvers(schema);
    this.schema = schema;
    return schema;
  };

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async load(): Promise<{ executor: GatewayExecutor }> {
    const schema = this.schema;
    if (!schema)
      throw new Error('CompiledExecution: the schema was not captured (transformSchema)');
    const coreSupergraphSdl = printSchema(schema);
    for (const listener of this.listeners) listener({ apiSchema: schema, coreSupergraphSdl });
    return {
      executor: async (request) => {
        const key = `${request.operationName ?? ''}\n${request.queryHash}`;
        let query = this.compiled.get(key);
        if (!query) {
          const result = compileQuery(
            request.schema,
            request.document,
            request.operationName ?? undefined,
          );
          // Not compilable (e.g. the operation name matches nothing): graphql-jit answers with
          // the same errors graphql-js would.
          if (!isCompiledQuery(result)) return result;
          query = result;
          if (this.compiled.size >= CACHE_SIZE) {
            this.compiled.delete(this.compiled.keys().next().value as string);
          }
          this.compiled.set(key, query);
        }
        const variables = request.request.variables ?? {};
        const operation = request.operation as OperationDefinitionNode;
        const coerced = getVariableValues(
          request.schema,
          operation.variableDefinitions ?? [],
          variables,
        );
        if (coerced.errors) return { errors: coerced.errors };
        // graphql-js's coerced values (input-field defaults filled in, which graphql-jit's own
        // coercion leaves out); graphql-jit's second pass over them changes nothing.
        return asGraphQLJsResult(await query.query(undefined, request.context, coerced.coerced));
      },
    };
  }

  async stop(): Promise<void> {
    this.compiled.clear();
  }
}

/** Nest's name for the resolver it gives every code-first field (ObjectTypeDefinitionFactory). */
const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';

/**
 * Nest's code-first schema gives every field of every object type a resolver, even a plain
 * property: `rootFieldResolver`, which returns `root[property]` (or the field's `defaultValue`
 * when that is undefined). graphql-jit compiles a field without a resolver into a property read,
 * but must call a field's resolver — with a resolve-info object built for it and its result
 * checked for a promise — about 2 µs a field: most of the execution time of coverage at `xl`
 * (~240,000 fields). This takes such resolvers off where they are exactly a read of the field's
 * own name: each is called once on a probe that records the property read and answers a marker,
 * and once on one that answers undefined. Kept are resolvers that read another property (a
 * renamed field), fill in a default, or are anything else (field middleware, @ResolveField).
 * The models Nest answers with are plain objects (no getters returning promises), so the value
 * is the same either way; the API suite runs through this.
 */
export function dropPropertyResolvers(schema: GraphQLSchema): void {
  const marker = Symbol('value');
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as ((root: unknown) => unknown) | undefined;
      if (resolve?.name !== NEST_PROPERTY_RESOLVER || resolve.length !== 1) continue;
      const read: PropertyKey[] = [];
      const probe = (answer: unknown) =>
        new Proxy(
          {},
          {
            get: (_, key) => {
              read.push(key);
              return answer;
            },
          },
        );
      if (resolve(probe(marker)) !== marker || resolve(probe(undefined)) !== undefined) continue;
      if (read.length === 2 && read.every((key) => key === field.name)) field.resolve = undefined;
    }
  }
}

/** What graphql-jit's own GraphQLError carries. */
interface JitError {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  originalError?: Error | null;
  extensions?: Record<string, unknown>;
}

/** graphql-jit's errors as graphql-js GraphQLErrors (see CompiledExecution). */
function asGraphQLJsResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: (result.errors as readonly unknown[]).map((raw) => {
      // graphql-jit's errors pass `instanceof GraphQLError` (its prototype chain) but are not
      // built by graphql-js: no extensions object, which Apollo's formatting reads.
      if (raw instanceof GraphQLError && raw.constructor === GraphQLError) return raw;
      const error = raw as JitError;
      const rebuilt = new GraphQLError(error.message, {
        path: error.path,
        originalError: error.originalError ?? undefined,
        extensions: error.extensions,
      });
      if (error.locations) Object.assign(rebuilt, { locations: error.locations });
      return rebuilt;
    }),
  };
}
