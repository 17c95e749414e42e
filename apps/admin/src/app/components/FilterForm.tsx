import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Form } from 'antd';
import { useEffect, type ReactNode } from 'react';

interface Props<Values> {
  name: string;
  /** Fields typed into (a keyword, a user name): they apply on Enter or 查询, not per keystroke. Every other field applies at once. */
  typed?: readonly (keyof Values & string)[];
  onApply: (values: Values) => void;
  /** The values the list is filtered by now (e.g. from the URL): the form follows them on reload and back/forward. */
  values?: Values;
  /** The Form.Items; 查询 and 重置 follow them. */
  children: ReactNode;
  'data-testid'?: string;
}

/** A list's filter row: choices apply at once, typed fields on Enter or 查询, 重置 clears everything. */
export function FilterForm<Values extends object>({ name, typed = [], onApply, values, children, 'data-testid': testId }: Props<Values>) {
  const [form] = Form.useForm<Values>();
  const shown = values === undefined ? undefined : JSON.stringify(values);
  useEffect(() => {
    if (shown === undefined) return;
    form.resetFields();
    form.setFieldsValue(JSON.parse(shown) as Parameters<typeof form.setFieldsValue>[0]);
  }, [form, shown]);
  const apply = () => onApply(form.getFieldsValue());
  return (
    <Form<Values>
      form={form}
      name={name}
      layout="inline"
      className="filter-form"
      onValuesChange={(changed: Partial<Values>) => {
        if (!typed.some((f) => f in changed)) apply();
      }}
      onFinish={apply}
      data-testid={testId}
    >
      {children}
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          查询
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.resetFields();
            apply();
          }}
        >
          重置
        </Button>
      </Form.Item>
    </Form>
  );
}
