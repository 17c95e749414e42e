import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Table, Typography } from 'antd';
import type { FormListFieldData } from 'antd';
import type { Rule } from 'antd/es/form';

export interface ListColumn {
  key: string;
  title: string;
  width?: number;
  rules?: Rule[];
  render: (ariaLabel: string) => React.ReactNode;
}

interface Props {
  name: 'products' | 'staff' | 'servedEnterprises';
  columns: ListColumn[];
  addLabel: string;
  emptyText: string;
  newRow: () => Record<string, unknown>;
  max: number;
  note?: string;
  /** Above the table, e.g. the Excel import. */
  toolbar?: React.ReactNode;
}

/** A paper sub-table (服务产品 / 服务人员 / 服务企业) as an editable Form.List. */
export function ListTable({ name, columns, addLabel, emptyText, newRow, max, note, toolbar }: Props) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div data-testid={`list-${name}`}>
          {toolbar}
          <Table<FormListFieldData>
            size="small"
            bordered
            rowKey="key"
            pagination={false}
            dataSource={fields}
            locale={{ emptyText }}
            className="list-table"
            columns={[
              { title: '序号', key: 'index', width: 60, align: 'center', render: (_, __, i) => i + 1 },
              ...columns.map((c) => ({
                title: c.title,
                key: c.key,
                width: c.width,
                render: (_: unknown, field: FormListFieldData, i: number) => (
                  <Form.Item name={[field.name, c.key]} rules={c.rules} style={{ marginBottom: 0 }}>
                    {c.render(`第${i + 1}行${c.title}`)}
                  </Form.Item>
                ),
              })),
              {
                title: '操作',
                key: 'remove',
                width: 70,
                align: 'center' as const,
                render: (_: unknown, field: FormListFieldData, i: number) => (
                  <Button
                    type="text"
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={`删除第${i + 1}行`}
                    onClick={() => remove(field.name)}
                  />
                ),
              },
            ]}
          />
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            style={{ marginTop: 12 }}
            disabled={fields.length >= max}
            onClick={() => add(newRow())}
          >
            {addLabel}
          </Button>
          {note ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {note}
            </Typography.Paragraph>
          ) : null}
        </div>
      )}
    </Form.List>
  );
}
