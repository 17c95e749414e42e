import { Card, Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { dateTime } from '../../../app/format';
import { REVIEW_LEVEL_LABELS, labelOf } from '../../../app/labels';
import type { ApplicationQuery } from '../../../graphql/generated/graphql';

type Changes = NonNullable<NonNullable<ApplicationQuery['application']>['changesSinceReturn']>;
type Change = Changes['changes'][number];

const KIND: Record<Change['kind'], { label: string; color: string }> = {
  CHANGED: { label: '修改', color: 'processing' },
  ADDED: { label: '新增', color: 'success' },
  REMOVED: { label: '删除', color: 'error' },
};

const value = (v: string | null) =>
  v === null ? (
    <Typography.Text type="secondary">（空）</Typography.Text>
  ) : (
    <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: '展开' }} style={{ marginBottom: 0 }} className="pre-wrap">
      {v}
    </Typography.Paragraph>
  );

/** 自退回以来的修改: what the applicant changed between the return and the resubmission (reviewers only; ADR 0022). */
export function ChangesSinceReturn({ changes: c }: { changes: Changes }) {
  const columns: TableColumnsType<Change> = [
    {
      title: '项目',
      key: 'label',
      width: '30%',
      render: (_, r) => (
        <>
          <Tag color={KIND[r.kind].color} variant="outlined">
            {KIND[r.kind].label}
          </Tag>
          {r.label}
        </>
      ),
    },
    { title: '退回时', key: 'before', width: '35%', render: (_, r) => value(r.before) },
    { title: '重新提交后', key: 'after', width: '35%', render: (_, r) => value(r.after) },
  ];
  return (
    <Card
      variant="borderless"
      className="page-card"
      style={{ marginBottom: 16 }}
      title={`自退回以来的修改（${c.changes.length} 处）`}
      extra={
        <Typography.Text type="secondary">
          {labelOf(REVIEW_LEVEL_LABELS, c.level)}于 {dateTime(c.returnedAt)} 退回
        </Typography.Text>
      }
      data-testid="changes-since-return"
    >
      {c.changes.length ? (
        <Table<Change>
          size="small"
          rowKey="field"
          columns={columns}
          dataSource={c.changes}
          pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="申请单位重新提交时未作修改" />
      )}
    </Card>
  );
}
