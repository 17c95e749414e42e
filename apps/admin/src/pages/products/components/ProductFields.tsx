import { useQuery } from '@apollo/client/react';
import { Col, Form, Input, Radio, Select, Switch } from 'antd';
import { PRODUCT_NATURE_LABELS, optionsOf } from '../../../app/labels';
import type { ServiceProductInput } from '../../../graphql/generated/graphql';
import { ServiceCategoriesQuery } from '../../../graphql/reference';

export const PRODUCT_FIELDS = ['name', 'categoryCode', 'nature', 'content', 'priceNote', 'published'] as const;

export function toProductInput(v: ServiceProductInput): ServiceProductInput {
  return {
    name: v.name.trim(),
    categoryCode: v.categoryCode,
    nature: v.nature,
    content: v.content.trim(),
    priceNote: v.nature === 'PAID' ? v.priceNote?.trim() || null : null,
    published: v.published ?? false,
  };
}

/** 服务产品: category, free or paid (a paid one says how it is charged), content, and whether it is published. */
export function ProductFields() {
  const categories = useQuery(ServiceCategoriesQuery);
  const nature = Form.useWatch<ServiceProductInput['nature'] | undefined>('nature', Form.useFormInstance());
  return (
    <>
      <Col xs={24} md={16}>
        <Form.Item
          name="name"
          label="产品名称"
          rules={[
            { required: true, whitespace: true, message: '请输入产品名称' },
            { min: 2, max: 100, message: '产品名称应为2–100个字' },
          ]}
        >
          <Input maxLength={100} placeholder="如：中小企业数字化转型诊断" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="categoryCode" label="服务类别" rules={[{ required: true, message: '请选择服务类别' }]}>
          <Select
            placeholder="请选择"
            loading={categories.loading}
            options={(categories.data?.serviceCategories ?? []).map((c) => ({ value: c.code, label: c.name }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="nature" label="服务性质" rules={[{ required: true, message: '请选择服务性质' }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={optionsOf(PRODUCT_NATURE_LABELS)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="published" label="发布" valuePropName="checked" tooltip="发布后在服务资源库展示，企业可以预约">
          <Switch checkedChildren="发布" unCheckedChildren="暂不发布" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="content"
          label="服务内容"
          rules={[
            { required: true, whitespace: true, message: '请输入服务内容' },
            { min: 10, max: 2000, message: '服务内容应为10–2000个字' },
          ]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount placeholder="服务对象、服务方式、服务流程、服务周期和交付成果" />
        </Form.Item>
      </Col>
      {nature === 'PAID' ? (
        <Col span={24}>
          <Form.Item
            name="priceNote"
            label="收费说明"
            rules={[
              { required: true, whitespace: true, message: '收费产品须填写收费说明' },
              { max: 200, message: '收费说明最多200个字' },
            ]}
          >
            <Input maxLength={200} placeholder="如：按检测项目收费，中小企业八折" />
          </Form.Item>
        </Col>
      ) : null}
    </>
  );
}
