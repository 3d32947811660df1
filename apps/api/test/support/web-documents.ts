import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

const root = path.resolve(__dirname, '../../../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'generated') continue;
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(name) && !/\.(spec|test)\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

/**
 * Every operation the dashboard sends: each `graphql(`…`)` document in the web sources (what
 * codegen reads), with the fragments it spreads.
 */
export function webDocuments(): {
  name: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}[] {
  const definitions: DefinitionNode[] = [];
  const dirs = [
    ...readdirSync(path.join(root, 'libs/web')).map((lib) =>
      path.join(root, 'libs/web', lib, 'src'),
    ),
    path.join(root, 'apps/web/src'),
  ];
  for (const file of dirs.flatMap((dir) => sourceFiles(dir))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)) {
      definitions.push(...parse(match[1]).definitions);
    }
  }
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const spreads = (node: DefinitionNode | undefined, into: Set<string>): Set<string> => {
    if (!node) return into;
    visit(node, {
      FragmentSpread(spread) {
        if (into.has(spread.name.value)) return;
        into.add(spread.name.value);
        spreads(fragments.get(spread.name.value), into);
      },
    });
    return into;
  };
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name?.value ?? '(anonymous)',
      operation,
      document: {
        kind: Kind.DOCUMENT,
        definitions: [
          operation,
          ...[...spreads(operation, new Set())].map((f) => fragments.get(f)!),
        ],
      },
    }));
}
