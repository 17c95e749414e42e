import { GraphQLError, Kind, ValidationRule } from 'graphql';

/**
 * The same field repeated in one selection set (`{ a a a … }`) costs graphql-js quadratic work in
 * OverlappingFieldsCanBeMerged and means nothing more than one; more than `max` repeats are refused.
 */
export function fieldDuplicationLimit(max: number): ValidationRule {
  return (context) => ({
    SelectionSet(node) {
      const seen = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        if (n === max + 1) {
          context.reportError(new GraphQLError(`Field duplication limit of ${max} exceeded for "${key}".`, { nodes: [selection] }));
        }
      }
    },
  });
}
