import { useQuery } from '@apollo/client/react';
import { Col, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { NamePath } from 'antd/es/form/interface';
import type { ReactNode } from 'react';
import { MAX_MAIN_CATEGORIES, SERVICE_CATEGORIES } from '@hebei/domain';
import { PHONE_RULE, POSTAL_CODE_RULE } from '../app/form-rules';
import { chineseCount } from '../app/format';
import { afterToday, useToday } from '../app/today';
import { ServiceCategoriesQuery } from '../graphql/reference';

// The unit fields of Attachment 2, shared by the application editor and an officer's 新增机构 form.

interface NumberOpts {
  integer?: boolean;
  min?: number;
  max?: number;
  rules?: Rule[];
  dependencies?: NamePath[];
  help?: ReactNode;
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

/** 地址、邮政编码、法定代表人、成立日期 (not after today by the server's clock). */
export function UnitAddressFields({ foundedExtra }: { foundedExtra?: ReactNode }) {
  const today = useToday();
  return (
    <>
      <Col xs={24} md={16}>
        <Form.Item name="address" label="地址" rules={[{ max: 255, message: '地址最多255个字' }]}>
          <Input placeholder="请输入详细地址" maxLength={255} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="postalCode" label="邮政编码" rules={[POSTAL_CODE_RULE]}>
          <Input placeholder="6位数字" maxLength={6} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="legalRepresentative" label="法定代表人" rules={[{ max: 50, message: '法定代表人最多50个字' }]}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="foundedOn" label="成立日期" extra={foundedExtra}>
          <DatePicker style={{ width: '100%' }} placeholder="请选择日期" disabledDate={afterToday(today)} />
        </Form.Item>
      </Col>
    </>
  );
}

/** 联系人、联系电话、电子信箱. */
export function UnitContactFields() {
  return (
    <>
      <Col xs={24} md={8}>
        <Form.Item name="contactPerson" label="联系人" rules={[{ max: 50, message: '联系人最多50个字' }]}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="contactPhone" label="联系电话" rules={[PHONE_RULE]}>
          <Input placeholder="手机号或 0314-1234567" maxLength={20} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="email"
          label="电子信箱"
          rules={[
            { type: 'email', message: '电子信箱格式不正确' },
            { max: 100, message: '电子信箱最多100个字符' },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Col>
    </>
  );
}

const CATEGORY_LIST = SERVICE_CATEGORIES.filter((c) => c.code !== 'OTHER')
  .map((c) => c.name)
  .join('、');

/** 主要服务方向 (1 to MAX_MAIN_CATEGORIES, Art. 6(3)) and, when 其他 is chosen, what it is. */
export function MainCategoriesFields({ required = false, showCatalogue = false }: { required?: boolean; showCatalogue?: boolean }) {
  const categories = useQuery(ServiceCategoriesQuery);
  const selected: string[] = Form.useWatch('mainCategories', Form.useFormInstance()) ?? [];
  const needsOther = selected.includes('OTHER');
  const most = chineseCount(MAX_MAIN_CATEGORIES);
  return (
    <>
      <Col xs={24} md={needsOther ? 12 : 24}>
        <Form.Item
          name="mainCategories"
          label={`主要服务方向（最多选择${most}项）`}
          rules={[
            ...(required ? [{ required: true, type: 'array' as const, min: 1, message: '请选择主要服务方向' }] : []),
            { type: 'array', max: MAX_MAIN_CATEGORIES, message: `主要服务方向最多选择${most}项` },
          ]}
          extra={showCatalogue ? `第九条：${CATEGORY_LIST}及其他` : undefined}
        >
          <Select
            mode="multiple"
            maxCount={MAX_MAIN_CATEGORIES}
            placeholder={`请选择1–${MAX_MAIN_CATEGORIES}项`}
            loading={categories.loading}
            options={(categories.data?.serviceCategories ?? []).map((c) => ({ value: c.code, label: c.name }))}
          />
        </Form.Item>
      </Col>
      {needsOther ? (
        <Col xs={24} md={12}>
          <Form.Item
            name="otherCategoryDescription"
            label="其他（文字描述）"
            rules={[
              { required: true, whitespace: true, message: '选择“其他”时请填写具体服务方向' },
              { max: 200, message: '最多200个字' },
            ]}
          >
            <Input placeholder="请填写具体服务方向" maxLength={200} />
          </Form.Item>
        </Col>
      ) : null}
    </>
  );
}
