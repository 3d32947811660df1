import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isEnumType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getDirectiveValues } from 'graphql/execution/values';

/**
 * How many items each list field of the API can return, for the answer-size limit.
 *
 * A connection's `edges` hold at most its `first` (1–100, default 20; the validation pipe
 * enforces it) and a list with a `first` argument at most that, so neither is listed here.
 * Every other list is bounded by the organisation's size: the values below are planning sizes
 * well above the `large` organisation (200 departments, 300 PMOs, ~7 seats per PMO) and the
 * caps the services already apply (180 buckets, 500 import rows shown). They are not enforced
 * caps on the data: an answer is estimated from them before anything runs. A test fails when a
 * list field is added without a bound here.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Query.departments': 500,
  'Query.pmos': 500,
  'Query.pmoFill': 500,
  'Pmo.seats': 100,
  'Pmo.directors': 20,
  'Coverage.departments': 500,
  // MAX_BUCKETS of the analytics range (15 years monthly).
  'Coverage.series': 180,
  'DepartmentCoverage.series': 180,
  'PmoFill.points': 180,
  // One part per ranking criterion, one rule per eligibility rule (SPEC §3–4).
  'Candidate.parts': 10,
  'Eligibility.rules': 12,
  'RotationImpact.failingRules': 12,
  // Per department plus per career level.
  'Fairness.groups': 505,
  // Departments × career levels; one row per level.
  'Staffing.headcount': 2500,
  'Staffing.participation': 5,
  'Staffing.openSeats': 2000,
  'Staffing.upcomingReturns': 2000,
  // A person's stretches: one per change of department, level or leave (merged when equal);
  // a long career with yearly changes stays well under this.
  'Person.history': 100,
  // The five development goals; the promotion curve's points, one per month since return (0–24).
  'Outcomes.goals': 5,
  'Outcomes.curve': 25,
  // The import shows its first 500 rows and errors; a row changes at most every column.
  'PeopleImportResult.rows': 500,
  'PeopleImportResult.errors': 500,
  'ImportRowResult.changes': 12,
  // The audit trail's filter choices: record types (tables) and action names are a few dozen;
  // actors are every account that ever wrote, PMs included.
  'AuditFilterOptions.entityTypes': 50,
  'AuditFilterOptions.actions': 100,
  'AuditFilterOptions.actors': 5000,
};

/** A `first` argument's default where a query leaves it out (the paging default). */
export const DEFAULT_PAGE_SIZE = 20;
/** Bound of a list field missing from LIST_BOUNDS (a test keeps this from happening). */
const FALLBACK_BOUND = 1000;

export interface AnswerSizeEstimate {
  /** Most values (scalars and objects) the answer can hold. */
  size: number;
  /** The list fields along the costliest branch, e.g. ['pmos', 'seats', 'pmo', 'seats']. */
  path: string[];
  /**
   * A path that selects the same list inside itself (`pmo { seats { pmo { seats … } } }`): it
   * only repeats data already in the answer, multiplied, so it is refused whatever its size.
   */
  cycle?: string[];
}

/** The bound a list field gets when it has no `first` and no connection above it. */
export function listBound(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>) {
  const named = getNamedType(field.type);
  return (
    LIST_BOUNDS[`${parent.name}.${field.name}`] ??
    (isEnumType(named) ? named.getValues().length : FALLBACK_BOUND)
  );
}

/**
 * The most values an operation's answer can hold: each field counts 1, an object 1 plus its
 * fields, a list its bound times one item. Nested lists multiply. A field with a `first`
 * argument bounds its own list, or — on a connection — the `edges` below it. `@skip`/`@include`
 * and fragments are honoured; variables are read as sent (their defaults otherwise).
 */
export function estimateAnswerSize(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): AnswerSizeEstimate {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    else if (
      definition.kind === Kind.OPERATION_DEFINITION &&
      (!operationName || definition.name?.value === operationName)
    )
      operation ??= definition;
  }
  if (!operation) return { size: 0, path: [] };
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { size: 0, path: [] };

  const included = (node: Parameters<typeof getDirectiveValues>[1]) =>
    !getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] &&
    getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false;

  let cycle: string[] | undefined;
  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLObjectType,
    pageSize: number | undefined,
    seen: ReadonlySet<string>,
    trail: readonly { key: string; label: string }[],
  ): AnswerSizeEstimate => {
    let size = 0;
    let worst: AnswerSizeEstimate = { size: 0, path: [] };
    const add = (part: AnswerSizeEstimate) => {
      size += part.size;
      if (part.size > worst.size) worst = part;
    };
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        if (isObjectType(type)) add(walk(selection.selectionSet, type, pageSize, seen, trail));
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (isObjectType(type))
          add(walk(fragment.selectionSet, type, pageSize, new Set([...seen, name]), trail));
        continue;
      }
      const field = parent.getFields()[selection.name.value];
      if (!field) continue; // __typename and introspection fields: one value each
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(field, selection, variables);
      } catch {
        // Bad arguments fail validation or coercion anyway; count the field with defaults.
      }
      const hasFirst = field.args.some((arg) => arg.name === 'first');
      const first = hasFirst
        ? typeof args['first'] === 'number'
          ? Math.max(0, args['first'])
          : DEFAULT_PAGE_SIZE
        : undefined;
      const isList = isListType(getNullableType(field.type));
      const count = !isList
        ? 1
        : (first ??
          (selection.name.value === 'edges' && pageSize !== undefined
            ? pageSize
            : listBound(parent, field)));
      const named = getNamedType(field.type);
      const label = selection.alias ? `${selection.alias.value}: ${field.name}` : field.name;
      const key = `${parent.name}.${field.name}`;
      const here = [...trail, { key, label }];
      if (isList && !cycle && trail.some((step) => step.key === key)) {
        cycle = here.map((step) => step.label);
      }
      const inner =
        selection.selectionSet && isObjectType(named)
          ? walk(selection.selectionSet, named, isList ? undefined : first, seen, here)
          : { size: 0, path: [] };
      add({
        size: count * (1 + inner.size),
        path: isList || inner.path.length ? [label, ...inner.path] : [],
      });
    }
    return { size, path: worst.path };
  };

  const estimate = walk(operation.selectionSet, root, undefined, new Set(), []);
  return cycle ? { ...estimate, cycle } : estimate;
}

type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * Refuses, before any resolver runs, an operation whose answer could hold more than `maxSize`
 * values (a 400 naming the limit, the estimate and the list fields that multiply), and one that
 * selects a list inside itself.
 */
export function answerSizePlugin(maxSize: number): Plugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, schema }) {
          const estimate = estimateAnswerSize(
            schema,
            document,
            operationName,
            request.variables ?? {},
          );
          if (estimate.size > maxSize) {
            throw new GraphQLError(
              `Answer size limit of ${maxSize} exceeded: this query can return up to ${estimate.size} values (${estimate.path.join(' › ')})`,
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  limit: maxSize,
                  estimate: estimate.size,
                  http: { status: 400 },
                },
              },
            );
          }
          if (estimate.cycle) {
            throw new GraphQLError(
              `List cycle refused: ${estimate.cycle.join(' › ')} selects a list inside itself; select each list once`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
