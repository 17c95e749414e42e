import { useCallback, useState } from 'react';

export const PAGE_SIZES = [10, 20, 50, 100] as const;

const FIRST_PAGE: readonly (string | null)[] = [null];

/**
 * Keyset pagination: the API only goes forward (`after`), so going back pops a stack of the cursors
 * each page started from. A new `resetKey` (the list's filter, serialised) or page size starts again from
 * the first page — derived while rendering, so a cursor of the old filter is never sent with the new one.
 */
export function useCursorPagination(initialPageSize: number = PAGE_SIZES[0], resetKey = '') {
  const [pageSize, setPageSizeState] = useState(initialPageSize);
  const [cursors, setCursors] = useState({ key: resetKey, starts: FIRST_PAGE });
  const starts = cursors.key === resetKey ? cursors.starts : FIRST_PAGE;
  const after = starts[starts.length - 1] ?? undefined;
  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (endCursor) setCursors((c) => ({ key: resetKey, starts: [...(c.key === resetKey ? c.starts : FIRST_PAGE), endCursor] }));
    },
    [resetKey],
  );
  const prev = useCallback(
    () => setCursors((c) => ({ key: resetKey, starts: c.key === resetKey && c.starts.length > 1 ? c.starts.slice(0, -1) : FIRST_PAGE })),
    [resetKey],
  );
  const reset = useCallback(() => setCursors({ key: resetKey, starts: FIRST_PAGE }), [resetKey]);
  const setPageSize = useCallback(
    (size: number) => {
      setPageSizeState(size);
      setCursors({ key: resetKey, starts: FIRST_PAGE });
    },
    [resetKey],
  );
  return { first: pageSize, after, page: starts.length, pageSize, next, prev, reset, setPageSize };
}

export type CursorPagination = ReturnType<typeof useCursorPagination>;
