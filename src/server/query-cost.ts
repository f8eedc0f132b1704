import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isAbstractType,
  isCompositeType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../common/pagination';

/**
 * The most an operation may cost: about as many objects as it may return. The console's
 * heaviest list (100 requests, each with 20 notes and 20 timeline events) costs about 13,000;
 * three nested connections of 100 cost a million.
 */
export const MAX_COST = 50_000;

/** Page size a connection is priced at when `first` is absent (`events` defaults to 100 items). */
const DEFAULT_FIRST: Record<string, number> = { 'Query.events': 100 };
/** A plain list of objects (a request's SLA clocks, a form's fields) is priced as this many. */
const PLAIN_LIST_SIZE = 10;

/**
 * What an operation may cost, estimated over the validated document like
 * graphql-query-complexity does: every object field costs one per object it may return,
 * and a connection (a field with `first` returning a `…Connection`) multiplies what is
 * under it by its page size: `first` as a literal, as a variable's value (or the
 * variable's default), or the list's default page size when absent. `totalCount` costs one
 * count per connection. Scalars are free (the token limit bounds how many are asked).
 * Fragments are priced where they are spread; `@skip` / `@include` are not evaluated.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) operation ??= def;
  }
  if (!operation) return 0;
  const vars: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    const given = variables?.[v.variable.name.value];
    vars[v.variable.name.value] = given !== undefined ? given : v.defaultValue ? valueFromASTUntyped(v.defaultValue) : undefined;
  }
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;

  const pageSize = (parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, node: { arguments?: readonly { name: { value: string }; value: import('graphql').ValueNode }[] }): number => {
    const arg = node.arguments?.find((a) => a.name.value === 'first');
    const raw = arg ? valueFromASTUntyped(arg.value, vars) : undefined;
    const fallback = DEFAULT_FIRST[`${parent.name}.${field.name}`] ?? DEFAULT_PAGE_SIZE;
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0) return fallback;
    return Math.min(raw, 1_000_000);
  };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, spreading: Set<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
        if (on && isCompositeType(on)) cost += walk(selection.selectionSet, on, multiplier, spreading);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || spreading.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (on && isCompositeType(on)) cost += walk(fragment.selectionSet, on, multiplier, new Set([...spreading, fragment.name.value]));
        continue;
      }
      if (isAbstractType(parent)) {
        // fields on an interface or union: price them on each possible type, keep the dearest
        cost += Math.max(0, ...schema.getPossibleTypes(parent).map((t) => walk({ ...selectionSet, selections: [selection] }, t, multiplier, spreading)));
        continue;
      }
      if (!isObjectType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue; // __typename and the like
      const named = getNamedType(field.type);
      if (field.name === 'totalCount' && parent.name.endsWith('Connection')) {
        cost += multiplier;
        continue;
      }
      if (!isCompositeType(named) || !selection.selectionSet) continue;
      const isConnection = named.name.endsWith('Connection') && field.args.some((a) => a.name === 'first');
      let inner = multiplier;
      if (isConnection) inner = multiplier * pageSize(parent, field, selection);
      else if (isListType(getNullableType(field.type)) && !parent.name.endsWith('Connection')) inner = multiplier * PLAIN_LIST_SIZE;
      // a connection's edges and their nodes come in pages already counted
      cost += isConnection ? multiplier : inner;
      cost += walk(selection.selectionSet, named, inner, spreading);
    }
    return cost;
  };
  return walk(operation.selectionSet, root, 1, new Set());
}

/** The refusal of an operation that costs too much: what was exceeded, and how to fit. */
export function costError(cost: number, max = MAX_COST): GraphQLError {
  return new GraphQLError(
    `Query cost ${cost.toLocaleString('en-US')} exceeds the limit of ${max.toLocaleString('en-US')}: every object returned costs 1 and a connection multiplies what is under it by its page size (first). Ask for smaller pages (first) or fewer nested connections, and page with after.`,
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: max, http: { status: 400 } } },
  );
}

/** Throws costError when an operation costs more than `max`. */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined, max = MAX_COST): void {
  const cost = operationCost(schema, document, operationName, variables);
  if (cost > max) throw costError(cost, max);
}

/** Apollo plugin: prices every operation once it is validated and its variables are known. */
export function costLimitPlugin(schema: GraphQLSchema, max = MAX_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          checkCost(schema, document, request.operationName, request.variables, max);
        },
      };
    },
  };
}
