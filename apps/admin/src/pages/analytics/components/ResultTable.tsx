import { Table, Tag, Typography } from 'antd';
import { cellText, rowPicks, type DrillPick, type LabelContext, type ResultColumn } from '../lib/model';

interface Props {
  columns: ResultColumn[];
  rows: unknown[][];
  labels: LabelContext;
  loading?: boolean;
  /** Summaries: a click on a group opens the rows behind it. */
  onDrill?: (picks: DrillPick[]) => void;
}

export function ResultTable({ columns, rows, labels, loading, onDrill }: Props) {
  const numeric = (c: ResultColumn) => c.role === 'MEASURE' || ['NUMBER', 'MONEY', 'PERCENT'].includes(c.type);
  return (
    <Table<{ key: number; row: unknown[] }>
      data-testid="analytics-result-table"
      size="small"
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows.map((row, key) => ({ key, row }))}
      locale={{ emptyText: '没有符合条件的数据' }}
      onRow={onDrill ? (r) => ({ onClick: () => onDrill(rowPicks(columns, r.row)), style: { cursor: 'pointer' } }) : undefined}
      columns={columns.map((c, i) => ({
        key: c.key,
        title: (
          <span>
            {c.label}
            {c.personalData ? (
              <Tag style={{ marginInlineStart: 4 }} color="orange">
                个人信息
              </Tag>
            ) : null}
          </span>
        ),
        align: numeric(c) ? ('right' as const) : undefined,
        render: (_: unknown, r: { row: unknown[] }) =>
          c.role === 'MEASURE' && onDrill ? (
            <Typography.Link>{cellText(c, r.row[i], labels)}</Typography.Link>
          ) : (
            cellText(c, r.row[i], labels)
          ),
      }))}
    />
  );
}
