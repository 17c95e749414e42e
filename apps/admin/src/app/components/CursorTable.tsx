import { Table } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { ConnectionList } from '../connection';
import { CursorPager } from './CursorPager';
import { ErrorAlert } from './ErrorAlert';

type Props<Row> = Omit<TableProps<Row>, 'dataSource' | 'loading' | 'pagination' | 'locale'> & {
  list: ConnectionList<Row>;
  /** Shown when the page has no rows (and nothing failed). */
  emptyText?: ReactNode;
  /** The error's headline (ErrorAlert's default otherwise), e.g. 执行记录加载失败 where a page has several lists. */
  errorTitle?: string;
  'data-testid': string;
};

/**
 * Every list page's table: one page of a connection (`useConnectionQuery`), the error with a retry above it,
 * the spinner while a page loads, an empty text, and the cursor pager below. A failed list shows no stale rows.
 */
export function CursorTable<Row extends object>({ list, emptyText, errorTitle, size = 'middle', columns, ...table }: Props<Row>) {
  const { pagination, connection, rows, loading, error, refetch, sort, setSort } = list;
  // Columns with `sorter: true` sort on the server by their `key` (the list's sort enum value).
  const sorted: TableColumnsType<Row> | undefined = setSort
    ? columns?.map((c) =>
        c.sorter === true
          ? {
              ...c,
              sortDirections: ['ascend', 'descend'],
              sortOrder: sort && sort.field === c.key ? (sort.direction === 'ASC' ? 'ascend' : 'descend') : null,
            }
          : c,
      )
    : columns;
  return (
    <>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} title={errorTitle} /> : null}
      <Table<Row>
        rowKey="id"
        size={size}
        {...table}
        columns={sorted}
        onChange={(_p, _f, sorter, extra) => {
          if (!setSort || extra.action !== 'sort') return;
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          setSort(
            s?.order && typeof s.columnKey === 'string'
              ? { field: s.columnKey, direction: s.order === 'ascend' ? 'ASC' : 'DESC' }
              : undefined,
          );
        }}
        dataSource={error ? [] : rows}
        loading={loading}
        pagination={false}
        locale={emptyText === undefined ? undefined : { emptyText }}
      />
      <CursorPager
        pagination={pagination}
        totalCount={error ? 0 : connection?.totalCount}
        hasNextPage={!error && !!connection?.pageInfo.hasNextPage}
        endCursor={connection?.pageInfo.endCursor}
        loading={loading}
      />
    </>
  );
}
