import { Table } from 'antd';
import type { TableProps } from 'antd';
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
export function CursorTable<Row extends object>({ list, emptyText, errorTitle, size = 'middle', ...table }: Props<Row>) {
  const { pagination, connection, rows, loading, error, refetch } = list;
  return (
    <>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} title={errorTitle} /> : null}
      <Table<Row>
        rowKey="id"
        size={size}
        {...table}
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
