import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import { DataSource } from 'typeorm';
import { loadConfig } from '@stint/api-core';
import { PmosService } from '@stint/api-pmos';
import { estimateAnswerSize, LIST_BOUNDS } from '../src/app/answer-size';
import {
  GRAPHQL_LIMITS,
  graphqlParseOptions,
  graphqlProtection,
} from '../src/app/graphql-hardening';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';
import { webDocuments } from './support/web-documents';

const root = path.resolve(__dirname, '../../..');
const schema = buildSchema(readFileSync(path.join(root, 'apps/api/schema.gql'), 'utf8'));
const config = loadConfig({});
const ceiling = config.GRAPHQL_MAX_ANSWER_SIZE;

/** The issue's query: 14 aliases of the Pmo.seats ↔ Seat.pmo cycle, inside every static limit. */
const amplification = `{ ${Array.from(
  { length: 14 },
  (_, i) => `a${i}: pmos { seats { pmo { seats { id } } } }`,
).join(' ')} }`;

// --- a literal for any input type, so generated queries are valid --------------------------

function literal(type: GraphQLInputType, name = ''): string {
  const inner = getNullableType(type);
  if (isListType(inner)) return `[${literal(inner.ofType)}]`;
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, f.name)}`).join(', ')} }`;
  }
  if (isScalarType(inner)) {
    if (inner.name === 'Int') return name === 'first' ? '100' : '12';
    if (inner.name === 'Float') return '1';
    if (inner.name === 'Boolean') return 'true';
    if (inner.name === 'ID') return '"00000000-0000-4000-8000-000000000000"';
    return '"2026-01-01"';
  }
  throw new Error(`no literal for ${String(type)}`);
}

function fieldCall(field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((a) => a.name === 'first' || (isNonNullType(a.type) && a.defaultValue === undefined))
    .map((a) => `${a.name}: ${literal(a.type, a.name)}`);
  return args.length ? `${field.name}(${args.join(', ')})` : field.name;
}

function leaf(type: GraphQLObjectType): string {
  const fields = Object.values(type.getFields());
  const scalar =
    fields.find((f) => f.name === 'id') ?? fields.find((f) => !isObjectType(getNamedType(f.type)));
  return scalar?.name ?? '__typename';
}

interface SchemaPath {
  /** Fields from Query down, each with its arguments. */
  calls: string[];
  /** `Type.field` of each list on the way, and each list's bound as the estimator sees it. */
  lists: { key: string; bound: number; paged: boolean }[];
  end: GraphQLObjectType;
}

/** Every selection path from Query through object fields, at most `maxDepth` fields long. */
function schemaPaths(maxDepth: number): SchemaPath[] {
  const out: SchemaPath[] = [];
  const visit = (type: GraphQLObjectType, at: SchemaPath, pageSize: number | undefined) => {
    if (at.calls.length) out.push(at);
    if (at.calls.length >= maxDepth - 1) return;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (!isObjectType(named) || named.name.startsWith('__')) continue;
      const isList = isListType(getNullableType(field.type));
      const hasFirst = field.args.some((a) => a.name === 'first');
      const key = `${type.name}.${field.name}`;
      const bound = hasFirst
        ? 100
        : field.name === 'edges' && pageSize !== undefined
          ? pageSize
          : (LIST_BOUNDS[key] ?? 0);
      visit(
        named,
        {
          calls: [...at.calls, fieldCall(field)],
          lists: isList
            ? [...at.lists, { key, bound, paged: hasFirst || field.name === 'edges' }]
            : at.lists,
          end: named,
        },
        !isList && hasFirst ? 100 : undefined,
      );
    }
  };
  visit(schema.getQueryType()!, { calls: [], lists: [], end: schema.getQueryType()! }, undefined);
  return out;
}

function selection(p: SchemaPath, alias?: string): string {
  const [head, ...rest] = p.calls;
  const body = rest.reduceRight((inner, call) => `${call} { ${inner} }`, leaf(p.end));
  return `${alias ? `${alias}: ` : ''}${head} { ${body} }`;
}

/** Whether the server would refuse the query: a list inside itself, or too large an answer. */
function refused(query: string): boolean {
  const estimate = estimateAnswerSize(schema, parse(query), undefined);
  return Boolean(estimate.cycle) || estimate.size > ceiling;
}

const aliased = (p: SchemaPath, n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => selection(p, `a${i}`)).join(' ')} }`;

/** The largest realistic values: full pages, every optional part included. */
function worstVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    const typeName = (function named(t: typeof v.type): string {
      return t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type);
    })(v.type);
    if (name === 'first') values[name] = 100;
    else if (typeName === 'Boolean') values[name] = true;
  }
  return values;
}

describe('answer-size limit (lists counted by how many items they can return)', () => {
  it('knows a bound for every list in the schema', () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type))) continue;
        const named = getNamedType(field.type);
        const paged =
          field.args.some((a) => a.name === 'first') ||
          (field.name === 'edges' && type.name.endsWith('Connection'));
        if (!paged && !isEnumType(named) && LIST_BOUNDS[`${type.name}.${field.name}`] === undefined)
          unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
    // …and no stale bound names a field that is gone.
    const stale = Object.keys(LIST_BOUNDS).filter((key) => {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName);
      return !isObjectType(type) || !type.getFields()[fieldName];
    });
    expect(stale).toEqual([]);
  });

  it('counts nested lists multiplicatively, a `first` on the list or its connection, and skips', () => {
    const size = (query: string, variables?: Record<string, unknown>) =>
      estimateAnswerSize(schema, parse(query), undefined, variables).size;
    expect(size('{ pmos { id } }')).toBe(500 * 2);
    expect(size('{ pmos { seats { id } } }')).toBe(500 * (1 + 100 * 2));
    expect(size('{ pmos { seats { pmo { seats { id } } } } }')).toBe(
      500 * (1 + 100 * (1 + (1 + 100 * 2))),
    );
    // A connection's `first` bounds its edges; totalCount and pageInfo count once.
    expect(size('{ people(first: 7) { totalCount edges { node { id } } } }')).toBe(
      1 + (1 + 7 * (1 + (1 + 1))),
    );
    expect(size('query($n: Int) { people(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(
      1 + 50 * 3,
    );
    // The paging default when `first` is left out.
    expect(size('{ people { edges { node { id } } } }')).toBe(1 + 20 * 3);
    expect(
      size('query($s: Boolean!) { pmos { id seats @skip(if: $s) { id } } }', { s: true }),
    ).toBe(500 * 2);
    // Fragments count where they are spread.
    expect(size('{ pmos { ...P } } fragment P on Pmo { seats { id } }')).toBe(500 * (1 + 100 * 2));
  });

  it('passes every operation the web app sends, with full pages and every optional part', () => {
    const docs = webDocuments();
    const rules = [...specifiedRules, ...graphqlProtection(config).validationRules];
    const figures: string[] = [];
    expect(docs.length).toBeGreaterThan(20);
    for (const { name, document, operation } of docs) {
      // The parser's token limit, then every validation rule the server runs.
      parse(print(document), graphqlParseOptions);
      expect({ name, errors: validate(schema, document, rules).map((e) => e.message) }).toEqual({
        name,
        errors: [],
      });
      const estimate = estimateAnswerSize(schema, document, name, worstVariables(operation));
      figures.push(`${name} ${estimate.size}`);
      expect({ name, fits: estimate.size <= ceiling }).toEqual({ name, fits: true });
    }
    process.stdout.write(`answer-size estimates of the web's operations: ${figures.join(', ')}\n`);
  });

  it('refuses every query that walks a list back into itself (cycles from the schema)', () => {
    const cycles = schemaPaths(GRAPHQL_LIMITS.maxDepth).filter(
      (p) => new Set(p.lists.map((l) => l.key)).size < p.lists.length,
    );
    expect(cycles.map((p) => selection(p))).toContain('pmos { seats { pmo { seats { id } } } }');
    for (const p of cycles) {
      const query = `{ ${selection(p)} }`;
      expect({ query, refused: refused(query) }).toEqual({ query, refused: true });
      // Refused for being a cycle, whatever its size: one PMO's seats' PMO's seats too.
      expect(estimateAnswerSize(schema, parse(query), undefined).cycle).toBeDefined();
    }
  });

  it('refuses 14 aliases of any two nested organisation-sized lists (generated from the schema)', () => {
    const family = schemaPaths(GRAPHQL_LIMITS.maxDepth).filter(
      (p) => p.lists.filter((l) => !l.paged && l.bound >= 100).length >= 2,
    );
    const names = family.map((p) => selection(p));
    expect(names).toEqual(
      expect.arrayContaining([
        'pmos { seats { id } }',
        expect.stringMatching(/^coverage\(.*\) \{ departments \{ series \{ \w+ \} \} \}$/),
      ]),
    );
    for (const p of family) {
      const query = aliased(p, 14);
      expect({ query: selection(p), refused: refused(query) }).toEqual({
        query: selection(p),
        refused: true,
      });
    }
  });

  describe('on the running server', () => {
    let t: TestApp;
    let pm: SignedIn;

    beforeAll(async () => {
      t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '300' });
      pm = await t.signIn('DIRECTOR');
    });
    afterAll(() => t.close());
    afterEach(() => jest.restoreAllMocks());

    it("refuses the issue's 14-alias query with a 400 naming the limit, before any resolver runs", async () => {
      const findAll = jest.spyOn(PmosService.prototype, 'findAll');
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...pm.headers },
        body: JSON.stringify({ query: amplification }),
      });
      const body = (await response.json()) as {
        errors?: { message: string; extensions?: object }[];
      };
      expect(response.status).toBe(400);
      expect(body.errors?.[0]?.message).toMatch(
        new RegExp(
          `^Answer size limit of ${ceiling} exceeded: this query can return up to \\d+ values \\(a0: pmos › seats › pmo › seats\\)`,
        ),
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({ limit: ceiling, estimate: 141_407_000 });
      expect(findAll).not.toHaveBeenCalled();
    });

    it('refuses a list selected inside itself even when small: one PMO, its seats, their PMO, its seats', async () => {
      const findOne = jest.spyOn(PmosService.prototype, 'findById');
      const response = await t.gql(
        'query($id: ID!) { pmo(id: $id) { seats { pmo { seats { id } } } } }',
        { id: '00000000-0000-4000-8000-000000000000' },
        pm.headers,
      );
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.message).toBe(
        'List cycle refused: pmo › seats › pmo › seats selects a list inside itself; select each list once',
      );
      expect(findOne).not.toHaveBeenCalled();
    });

    it('serves one PMO list with its seats and directors', async () => {
      const response = await t.gql(
        '{ pmos { id name directors { displayName } seats { id title role opensOn closesOn } } }',
        undefined,
        pm.headers,
      );
      expect(response.errors).toBeUndefined();
    });

    it('stops any statement running longer than DB_STATEMENT_TIMEOUT_MS', async () => {
      const dataSource = t.app.get(DataSource);
      expect(await dataSource.query('SHOW statement_timeout')).toEqual([
        { statement_timeout: '300ms' },
      ]);
      await expect(dataSource.query('SELECT pg_sleep(2)')).rejects.toMatchObject({
        driverError: expect.objectContaining({ code: '57014' }),
      });
    });
  });
});
