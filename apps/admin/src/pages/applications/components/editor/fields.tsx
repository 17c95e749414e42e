import { Col, Form, InputNumber } from 'antd';
import type { Rule } from 'antd/es/form';
import type { NamePath } from 'antd/es/form/interface';

interface NumberOpts {
  integer?: boolean;
  min?: number;
  max?: number;
  rules?: Rule[];
  dependencies?: NamePath[];
  help?: React.ReactNode;
  span?: number;
  suffix?: string;
}

/** A labelled number in the Attachment 2 grid. */
export function NumberField({
  name,
  label,
  integer,
  min = 0,
  max = 100_000_000,
  rules,
  dependencies,
  help,
  span = 8,
  suffix,
}: NumberOpts & { name: string; label: string }) {
  return (
    <Col xs={24} md={span}>
      <Form.Item name={name} label={label} rules={rules} dependencies={dependencies} extra={help}>
        <InputNumber<number>
          min={min}
          max={max}
          precision={integer ? 0 : 2}
          style={{ width: '100%' }}
          placeholder={integer ? '请输入整数' : '请输入数值'}
          suffix={suffix}
        />
      </Form.Item>
    </Col>
  );
}

/** `v` may not exceed the field `other` (e.g. senior experts ≤ all experts). */
export const notMoreThan =
  (other: string, message: string): Rule =>
  ({ getFieldValue }) => ({
    validator: async (_, v?: number | null) => {
      const limit = getFieldValue(other) as number | null | undefined;
      if (v != null && limit != null && v > limit) throw new Error(message);
    },
  });
