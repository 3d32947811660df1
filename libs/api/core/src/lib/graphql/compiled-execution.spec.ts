import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  buildSchema,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  type ExecutionResult,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { CompiledExecution, dropPropertyResolvers } from './compiled-execution';

class Refused extends Error {}

const schema: GraphQLSchema = buildSchema(`
  input Window { startsOn: String!, goals: [String!]! = [], months: Int = 12 }
  type Point { label: String!, headcount: Int!, share: Float }
  type Query {
    echo(window: Window!): String!
    series(n: Int!): [Point!]!
    refuse: String
    strict: Point!
  }`);
const fields = schema.getQueryType()!.getFields();
fields['echo'].resolve = (_, { window }) => JSON.stringify(window);
fields['series'].resolve = (_, { n }: { n: number }) =>
  Array.from({ length: n }, (_, i) => ({ label: `B${i}`, headcount: i, share: i / n }));
fields['refuse'].resolve = () => {
  throw new Refused('No.');
};
fields['strict'].resolve = () => null;

async function bothWays(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<[ExecutionResult, ExecutionResult]> {
  const execution = new CompiledExecution();
  execution.captureSchema(schema);
  const { executor } = await execution.load();
  const document = parse(query);
  const compiled = await executor({
    schema,
    document,
    operation: getOperationAST(document)!,
    operationName: null,
    queryHash: query,
    request: { query, variables },
    context: {},
  } as unknown as GatewayGraphQLRequestContext);
  const interpreted = await execute({ schema, document, variableValues: variables });
  return [compiled as ExecutionResult, interpreted];
}

const plain = (result: ExecutionResult) => JSON.parse(JSON.stringify(result)) as unknown;

describe('CompiledExecution (graphql-jit behind Apollo)', () => {
  it('answers a list of objects exactly as graphql-js does', async () => {
    const [compiled, interpreted] = await bothWays('{ series(n: 50) { label headcount share } }');
    expect(plain(compiled)).toEqual(plain(interpreted));
    expect((compiled.data as { series: unknown[] }).series).toHaveLength(50);
  });

  it('fills in input-field defaults of variables, as graphql-js does', async () => {
    const [compiled, interpreted] = await bothWays('query($w: Window!) { echo(window: $w) }', {
      w: { startsOn: '2027-01-01' },
    });
    expect(compiled.data).toEqual({ echo: '{"startsOn":"2027-01-01","goals":[],"months":12}' });
    expect(plain(compiled)).toEqual(plain(interpreted));
  });

  it('refuses bad variables with graphql-js errors that name the variable (Apollo: BAD_USER_INPUT, 400)', async () => {
    const [compiled] = await bothWays('query($w: Window!) { echo(window: $w) }', {
      w: { months: 'twelve' },
    });
    expect(compiled.data).toBeUndefined();
    const [error] = compiled.errors ?? [];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.constructor).toBe(GraphQLError);
    expect(error.message).toMatch(/^Variable "\$w" got invalid value/);
    expect(error.nodes?.[0]?.kind).toBe('VariableDefinition');
  });

  it('hands on a resolver’s error as a graphql-js GraphQLError with its original error, path and location', async () => {
    const [compiled, interpreted] = await bothWays('{ refuse }');
    const [error] = compiled.errors ?? [];
    expect(error.constructor).toBe(GraphQLError);
    expect(error.originalError).toBeInstanceOf(Refused);
    expect(error.extensions).toEqual({});
    expect(plain(compiled)).toEqual(plain(interpreted));
  });

  it('bubbles a null in a non-null field as graphql-js does', async () => {
    const [compiled, interpreted] = await bothWays('{ strict { label } }');
    expect(compiled.data).toBeNull();
    expect(plain(compiled)).toEqual(plain(interpreted));
  });
});

describe('dropPropertyResolvers', () => {
  // The resolvers Nest's code-first factory gives fields (same name, same body).
  const nestResolver = (property: string, defaultValue?: unknown) =>
    function rootFieldResolver(root: Record<string, unknown>) {
      const value = root[property];
      return typeof value === 'undefined' ? defaultValue : value;
    };

  it('takes off only resolvers that read the field’s own property, with the same answers', async () => {
    const nest = buildSchema(`
      type Point { label: String!, headcount: Int!, renamed: String!, fallback: Int! }
      type Query { points: [Point!]! }`);
    const point = nest.getType('Point') as GraphQLObjectType;
    const pointFields = point.getFields();
    pointFields['label'].resolve = nestResolver('label');
    pointFields['headcount'].resolve = nestResolver('headcount');
    pointFields['renamed'].resolve = nestResolver('title');
    pointFields['fallback'].resolve = nestResolver('fallback', 7);
    nest.getQueryType()!.getFields()['points'].resolve = () => [
      { label: 'A', headcount: 1, title: 'T' },
      { label: 'B', headcount: 2, title: 'U', fallback: 3 },
    ];
    const query = parse('{ points { label headcount renamed fallback } }');
    const before = await execute({ schema: nest, document: query });

    dropPropertyResolvers(nest);

    expect(pointFields['label'].resolve).toBeUndefined();
    expect(pointFields['headcount'].resolve).toBeUndefined();
    expect(pointFields['renamed'].resolve).toBeDefined();
    expect(pointFields['fallback'].resolve).toBeDefined();
    expect(nest.getQueryType()!.getFields()['points'].resolve).toBeDefined();
    expect(plain(await execute({ schema: nest, document: query }))).toEqual(plain(before));
    expect(before.data).toEqual({
      points: [
        { label: 'A', headcount: 1, renamed: 'T', fallback: 7 },
        { label: 'B', headcount: 2, renamed: 'U', fallback: 3 },
      ],
    });
  });
});
