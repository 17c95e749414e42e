import { Table, Typography } from 'antd';
import type { ChangeField } from '../graphql/generated/graphql';
import { CHANGE_FIELD } from './dynamic-labels';

type Row = { field: ChangeField; beforeLabel: string | null; afterLabel: string };

/** Before → after of the reported fields (the before values are the registry record when reported: its history). */
export function ChangeFieldsTable({ fields }: { fields: Row[] }) {
  if (!fields.length) return <Typography.Text type="secondary">不涉及登记信息变化</Typography.Text>;
  return (
    <Table<Row>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={fields}
      columns={[
        { title: '变化事项', dataIndex: 'field', width: 160, render: (f: ChangeField) => CHANGE_FIELD[f] },
        { title: '变化前（登记信息）', dataIndex: 'beforeLabel', render: (v: string | null) => v ?? '—' },
        { title: '变化后', dataIndex: 'afterLabel', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
      ]}
      data-testid="change-fields"
    />
  );
}
