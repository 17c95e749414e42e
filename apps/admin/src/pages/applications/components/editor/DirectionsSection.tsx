import { useQuery } from '@apollo/client/react';
import { Col, Form, Input, Row, Select } from 'antd';
import { ACTIVITIES_NARRATIVE_MAX, ACTIVITIES_NARRATIVE_TARGET } from './limits';
import { ServiceCategoriesQuery } from '../../../../graphql/reference';

/** 主要服务方向（最多两项）and the activities narrative (about 400 characters). */
export function DirectionsSection() {
  const categories = useQuery(ServiceCategoriesQuery);
  const form = Form.useFormInstance();
  const selected: string[] = Form.useWatch('mainCategories', form) ?? [];
  const needsOther = selected.includes('OTHER');
  return (
    <Row gutter={16}>
      <Col xs={24} md={needsOther ? 12 : 24}>
        <Form.Item
          name="mainCategories"
          label="主要服务方向（最多选择两项）"
          rules={[{ type: 'array', max: 2, message: '主要服务方向最多选择两项' }]}
          extra="第九条：数字赋能、融资促进、技术创新、检验检测、成果转化、品牌提升、政策咨询、人力资源及其他"
        >
          <Select
            mode="multiple"
            maxCount={2}
            placeholder="请选择1–2项"
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
      <Col span={24}>
        <Form.Item
          name="activitiesNarrative"
          label="“百场万家”、“一起益企”、产学研、项目对接等服务活动开展情况（400字左右）"
          extra="按条例，简明概况：哪年组织或参与开展的服务，达到的服务效果。"
        >
          <Input.TextArea
            rows={9}
            maxLength={ACTIVITIES_NARRATIVE_MAX}
            placeholder="例如：2025年承办“一起益企”中小企业服务行动专场活动3场，服务企业120余家……"
            showCount={{
              formatter: ({ count }) => (
                <span data-testid="narrative-count" className={count >= ACTIVITIES_NARRATIVE_TARGET ? 'count-ok' : undefined}>
                  {count} / {ACTIVITIES_NARRATIVE_MAX} 字（建议约{ACTIVITIES_NARRATIVE_TARGET}字）
                </span>
              ),
            }}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
