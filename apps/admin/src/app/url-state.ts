import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PAGE_SIZES, type CursorPagination } from './pagination';

export type SortDirection = 'ASC' | 'DESC';
export interface ListSort<S extends string = string> {
  field: S;
  direction: SortDirection;
}

export interface ListUrlState<F extends object, S extends string = string> {
  filter: F;
  setFilter: (filter: F) => void;
  sort: ListSort<S> | undefined;
  setSort: (sort: ListSort<S> | undefined) => void;
  pagination: CursorPagination;
}

interface Options<S extends string> {
  /** Keeps two lists on one page apart (`b.sort`, `b.size` …). */
  prefix?: string;
  /** The sort fields the list's API accepts; anything else in the URL is ignored. */
  sortFields?: readonly S[];
  pageSize?: number;
}

// Filter values are strings (kept as typed) or anything else as `~` + JSON (numbers, booleans, lists).
const encodeValue = (v: unknown) => (typeof v === 'string' ? v : `~${JSON.stringify(v)}`);
function decodeValue(raw: string): unknown {
  if (!raw.startsWith('~')) return raw;
  try {
    return JSON.parse(raw.slice(1));
  } catch {
    return undefined;
  }
}

/**
 * One list's view in the URL: its filters (`f.<name>`), sort (`sort=FIELD.DESC`), page size (`size`) and the cursors
 * each visited page started from (`pages`), so a reload or a shared link shows the same page and back/forward walk
 * the pages and filters. Every change pushes a history entry; a new filter, sort or size starts from page 1.
 */
export function useListUrlState<F extends object, S extends string = string>({
  prefix = '',
  sortFields,
  pageSize: defaultSize = PAGE_SIZES[0],
}: Options<S> = {}): ListUrlState<F, S> {
  const [params, setParams] = useSearchParams();
  const key = (name: string) => `${prefix}${name}`;
  const filterPrefix = key('f.');
  const search = params.toString();

  const filter = useMemo(() => {
    const out: Record<string, unknown> = {};
    new URLSearchParams(search).forEach((value, name) => {
      if (!name.startsWith(filterPrefix)) return;
      const decoded = decodeValue(value);
      if (decoded !== undefined && decoded !== '') out[name.slice(filterPrefix.length)] = decoded;
    });
    return out as F;
  }, [search, filterPrefix]);

  const rawSort = params.get(key('sort'));
  const sort = useMemo<ListSort<S> | undefined>(() => {
    const m = rawSort ? /^([A-Z_]+)\.(ASC|DESC)$/.exec(rawSort) : null;
    if (!m || (sortFields && !sortFields.includes(m[1] as S))) return undefined;
    return { field: m[1] as S, direction: m[2] as SortDirection };
    // sortFields is a constant list per page
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rawSort]);

  const sizeParam = Number(params.get(key('size')));
  const size = (PAGE_SIZES as readonly number[]).includes(sizeParam) ? sizeParam : defaultSize;
  const rawPages = params.get(key('pages'));
  const starts = useMemo(() => (rawPages ? rawPages.split('.').filter((c) => /^[A-Za-z0-9_-]{1,2000}$/.test(c)) : []), [rawPages]);

  const update = useCallback(
    (change: (p: URLSearchParams) => void) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        change(next);
        return next;
      }),
    [setParams],
  );
  const setPages = useCallback(
    (p: URLSearchParams, cursors: string[]) => (cursors.length ? p.set(key('pages'), cursors.join('.')) : p.delete(key('pages'))),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [prefix],
  );

  const setFilter = useCallback(
    (next: F) =>
      update((p) => {
        for (const name of [...p.keys()]) if (name.startsWith(filterPrefix)) p.delete(name);
        for (const [name, value] of Object.entries(next)) {
          if (value !== undefined && value !== null && value !== '') p.set(filterPrefix + name, encodeValue(value));
        }
        setPages(p, []);
      }),
    [update, filterPrefix, setPages],
  );
  const setSort = useCallback(
    (next: ListSort<S> | undefined) =>
      update((p) => {
        if (next) p.set(key('sort'), `${next.field}.${next.direction}`);
        else p.delete(key('sort'));
        setPages(p, []);
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [update, setPages, prefix],
  );

  const pagination = useMemo<CursorPagination>(
    () => ({
      first: size,
      after: starts[starts.length - 1],
      page: starts.length + 1,
      pageSize: size,
      next: (endCursor) => {
        if (endCursor) update((p) => setPages(p, [...starts, endCursor]));
      },
      prev: () => update((p) => setPages(p, starts.slice(0, -1))),
      reset: () => update((p) => setPages(p, [])),
      setPageSize: (n: number) =>
        update((p) => {
          if (n === defaultSize) p.delete(key('size'));
          else p.set(key('size'), String(n));
          setPages(p, []);
        }),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [size, starts, update, setPages, defaultSize, prefix],
  );

  return { filter, setFilter, sort, setSort, pagination };
}

/** The list's filters and sort as an export route's query string (`registryStatus=ADMITTED&sort=NAME.ASC`). */
export function listQueryString(filter: object, sort?: ListSort): string {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== '') q.set(name, value instanceof Date ? value.toISOString() : String(value));
  }
  if (sort) q.set('sort', `${sort.field}.${sort.direction}`);
  return q.toString();
}
