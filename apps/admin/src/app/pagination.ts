import { useCallback, useState } from 'react';

export const PAGE_SIZES = [10, 20, 50, 100] as const;

/**
 * Keyset pagination: the API only goes forward (`after`), so going back pops a stack of the cursors
 * each page started from. Any change of filter or page size starts again from the first page.
 */
export function useCursorPagination(initialPageSize: number = PAGE_SIZES[0]) {
  const [pageSize, setPageSizeState] = useState(initialPageSize);
  const [starts, setStarts] = useState<(string | null)[]>([null]);
  const after = starts[starts.length - 1] ?? undefined;
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setStarts((s) => [...s, endCursor]);
  }, []);
  const prev = useCallback(() => setStarts((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStarts([null]), []);
  const setPageSize = useCallback((size: number) => {
    setPageSizeState(size);
    setStarts([null]);
  }, []);
  return { first: pageSize, after, page: starts.length, pageSize, next, prev, reset, setPageSize };
}

export type CursorPagination = ReturnType<typeof useCursorPagination>;
