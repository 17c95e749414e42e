import { Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { ELIGIBILITY_THRESHOLDS } from '@hebei/domain';
import { chineseCount } from '../../../../app/format';
import { INSTITUTION_TYPE_LABELS, SERVICE_NATURE_LABELS, optionsOf } from '../../../../app/labels';
import { NumberField, UnitAddressFields, UnitContactFields } from '../../../../components';
import type { ApplicationDetailFragment } from '../../../../graphql/generated/graphql';

/** 申请表 — unit particulars. USCC and division come from the registration and are not edited here. */
export function BasicSection({ application: a }: { application: ApplicationDetailFragment }) {
  return (
    <>
      <Flex wrap gap="4px 28px" className="editor-facts" data-testid="registration-facts">
        <span>
          <Typography.Text type="secondary">统一社会信用代码：</Typography.Text>
          <span className="mono">{a.uscc}</span>
        </span>
        <span>
          <Typography.Text type="secondary">所在地区：</Typography.Text>
          {a.city && a.city.code !== a.division.code ? `${a.city.name} ${a.division.name}` : a.division.name}
        </span>
        <span>
          <Typography.Text type="secondary">申报批次：</Typography.Text>
          {a.batch.name}
        </span>
        <Typography.Text type="secondary">（来自机构注册信息，如有误请联系所在地主管部门）</Typography.Text>
      </Flex>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item
            name="name"
            label="单位名称"
            rules={[
              { required: true, whitespace: true, message: '请输入单位名称' },
              { min: 2, max: 200, message: '单位名称应为2–200个字' },
            ]}
          >
            <Input placeholder="与营业执照或登记证书一致" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="institutionType" label="机构性质">
            <Select allowClear placeholder="请选择" options={optionsOf(INSTITUTION_TYPE_LABELS)} />
          </Form.Item>
        </Col>
        <UnitAddressFields foundedExtra={`须成立满${chineseCount(ELIGIBILITY_THRESHOLDS.minYearsOperating)}年（第六条第（二）项）`} />
        <NumberField name="registeredCapital" label="注册资本（万元）" />
        <Col xs={24} md={8}>
          <Form.Item name="nature" label="服务性质">
            <Select allowClear placeholder="请选择" options={optionsOf(SERVICE_NATURE_LABELS)} />
          </Form.Item>
        </Col>
        <UnitContactFields />
      </Row>
    </>
  );
}
