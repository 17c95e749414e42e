import { Col, Form, Input, Row } from 'antd';
import { MainCategoriesFields } from '../../../../components';
import { ACTIVITIES_NARRATIVE_MAX, ACTIVITIES_NARRATIVE_TARGET } from './limits';

/** 主要服务方向 and the activities narrative (about ACTIVITIES_NARRATIVE_TARGET characters). */
export function DirectionsSection() {
  return (
    <Row gutter={16}>
      <MainCategoriesFields showCatalogue />
      <Col span={24}>
        <Form.Item
          name="activitiesNarrative"
          label={`“百场万家”、“一起益企”、产学研、项目对接等服务活动开展情况（${ACTIVITIES_NARRATIVE_TARGET}字左右）`}
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
