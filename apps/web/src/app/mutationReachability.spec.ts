/**
 * @jest-environment node
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';

/**
 * SPEC §8 and issue 9: every mutation a role may perform has a screen. This reads the API
 * contract (apps/api/schema.gql) and every GraphQL document the dashboard sends (the
 * `graphql(`…`)` documents under libs/web and apps/web), and fails for a mutation no screen
 * uses, unless it is listed here with the reason it is for API clients only.
 */
const API_ONLY: Readonly<Record<string, string>> = {
  // None today: sign-in (`login`), sign-out (`logout`) and the CSV import with its dry run
  // (`importPeople`) all have screens. Add a mutation here only with a reason, e.g. one
  // meant for the HR system's scripts.
};

const ROOT = path.resolve(__dirname, '../../../..');
const SOURCE_DIRS = ['libs/web', 'apps/web/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'generated') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    // Source only: tool configs such as codegen.ts quote `graphql(` in their comments.
    return /\.tsx?$/.test(name) &&
      !/\.spec\.tsx?$/.test(name) &&
      full.includes(`${path.sep}src${path.sep}`)
      ? [full]
      : [];
  });
}

/** The template literal of every `graphql(`…`)` call in a file. */
export function graphqlDocuments(source: string): string[] {
  return [...source.matchAll(/graphql\(\s*`([\s\S]*?)`\s*\)/g)].map((match) => match[1]);
}

/** The root fields of the mutation operations in a document. */
export function mutationFields(document: string): string[] {
  return parse(document)
    .definitions.filter(
      (d): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation',
    )
    .flatMap((operation) =>
      operation.selectionSet.selections.flatMap((s) =>
        s.kind === Kind.FIELD ? [s.name.value] : [],
      ),
    );
}

function schemaMutations(): string[] {
  const schema = buildSchema(readFileSync(path.join(ROOT, 'apps/api/schema.gql'), 'utf8'));
  return Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
}

function usedMutations(): Set<string> {
  const used = new Set<string>();
  for (const dir of SOURCE_DIRS)
    for (const file of sourceFiles(path.join(ROOT, dir)))
      for (const document of graphqlDocuments(readFileSync(file, 'utf8')))
        for (const field of mutationFields(document)) used.add(field);
  return used;
}

describe('every mutation is reachable from the dashboard', () => {
  const mutations = schemaMutations();
  const used = usedMutations();

  it('reads the contract and the documents', () => {
    expect(mutations).toEqual(expect.arrayContaining(['login', 'createPmo', 'endRotationEarly']));
    expect(used.has('login')).toBe(true);
  });

  it('has a screen for every mutation not listed as API-only', () => {
    expect(mutations.filter((m) => !used.has(m) && !(m in API_ONLY))).toEqual([]);
  });

  it('lists as API-only only mutations that exist and that no screen uses', () => {
    for (const name of Object.keys(API_ONLY)) {
      expect(mutations).toContain(name);
      expect(used.has(name)).toBe(false);
    }
  });

  it('finds mutations in documents, and only in mutation operations', () => {
    const source =
      'const A = graphql(`\n  mutation A($id: ID!) { cancelRotation(id: $id, reason: "x") { id } other: logout }\n`);\nconst B = graphql(`query B { me { id } }`);';
    const documents = graphqlDocuments(source);
    expect(documents).toHaveLength(2);
    expect(documents.flatMap(mutationFields)).toEqual(['cancelRotation', 'logout']);
  });
});
