import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCursorPagination, type CursorPagination } from './pagination';
import type { ListSort, ListUrlState } from './url-state';

/** What every keyset list of the API answers (the `…Connection` types of the schema). */
export interface Connection<Row> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Row }[];
}

type NodeOf<C> = C extends Connection<infer Row> ? Row : never;

/** One page of a connection and the pager that moves through it (`useConnectionQuery`). */
export interface ConnectionList<Row, C = Connection<Row>> {
  pagination: CursorPagination;
  /** The whole answer, with whatever else it carries (e.g. facets). */
  connection: C | undefined;
  rows: Row[];
  loading: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
  /** Set when the list keeps its view in the URL (`useListUrlState`): the server-side sort the table's sorters drive. */
  sort?: ListSort;
  setSort?: (sort: ListSort | undefined) => void;
}

interface PageVariables {
  first?: number | null;
  after?: string | null;
}

interface Options<TData, TVariables, C> {
  /** Everything but the page (the sort comes from `state` when given); a change starts again from page 1. */
  variables?: Omit<TVariables, keyof PageVariables>;
  /** The view kept in the URL (filters, sort, page size, page): its pager and sort replace the in-memory ones. */
  state?: Pick<ListUrlState<object>, 'pagination' | 'sort'> & { setSort: (sort: never) => void };
  select: (data: TData) => C;
  pageSize?: number;
  fetchPolicy?: 'cache-first' | 'cache-and-network' | 'network-only';
  skip?: boolean;
}

/**
 * One page of a connection query and the pager that moves through it. While the next page loads, the
 * previous answer stays on screen (`previousData`), so the table does not flash empty.
 */
export function useConnectionQuery<TData, TVariables extends PageVariables, C extends Connection<unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  { variables, select, pageSize, fetchPolicy, skip, state }: Options<TData, TVariables, C>,
): ConnectionList<NodeOf<C>, C> {
  const local = useCursorPagination(pageSize, JSON.stringify(variables ?? {}));
  const pagination = state?.pagination ?? local;
  const query = useQuery<TData, TVariables>(document, {
    variables: {
      ...variables,
      ...(state?.sort ? { sort: state.sort } : {}),
      first: pagination.first,
      after: pagination.after,
    } as TVariables,
    ...(fetchPolicy ? { fetchPolicy } : {}),
    skip: !!skip,
    notifyOnNetworkStatusChange: true,
  });
  const shown = (query.data ?? query.previousData) as TData | undefined;
  const connection = shown ? select(shown) : undefined;
  return {
    pagination,
    connection,
    rows: (connection?.edges.map((e) => e.node) ?? []) as NodeOf<C>[],
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    sort: state?.sort,
    setSort: state?.setSort as ConnectionList<NodeOf<C>, C>['setSort'],
  };
}
