import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from './errors';

/** Nesting of request variables a client may send; the deepest legitimate input (a filter tree of 10 levels) needs ~25. */
export const MAX_VARIABLE_DEPTH = 64;

/** Depth of a JSON value, measured without recursion (a hostile value cannot exhaust the stack here). */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > stopAt) return deepest;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Recursive input types (the analytics filter tree) let a client send variables nested thousands of levels deep, which
 * overflows graphql-js's recursive coercion. Refused up front, as a typed limit error.
 */
export function variableDepthLimit(max = MAX_VARIABLE_DEPTH): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          if (request.variables && jsonDepth(request.variables, max) > max) {
            throw new AppError('QUERY_LIMIT_EXCEEDED', `查询超出安全限制：请求变量最多嵌套${max}层`, { http: { status: 400 } });
          }
        },
      };
    },
  };
}
