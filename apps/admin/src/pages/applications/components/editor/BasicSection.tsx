import { Col, DatePicker, Flex, Form, Input, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { ELIGIBILITY_THRESHOLDS } from '@hebei/domain';
import { chineseCount } from '../../../../app/format';
import { INSTITUTION_TYPE_LABELS, SERVICE_NATURE_LABELS, optionsOf } from '../../../../app/labels';
import type { ApplicationDetailFragment } from '../../../../graphql/generated/graphql';
import { NumberField } from './fields';

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
        <Col xs={24} md={16}>
          <Form.Item name="address" label="地址" rules={[{ max: 255, message: '地址最多255个字' }]}>
            <Input placeholder="请输入详细地址" maxLength={255} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="postalCode" label="邮政编码" rules={[{ pattern: /^\d{6}$/, message: '邮政编码应为6位数字' }]}>
            <Input placeholder="6位数字" maxLength={6} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="legalRepresentative" label="法定代表人" rules={[{ max: 50, message: '法定代表人最多50个字' }]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="foundedOn"
            label="成立日期"
            extra={`须成立满${chineseCount(ELIGIBILITY_THRESHOLDS.minYearsOperating)}年（第六条第（二）项）`}
          >
            <DatePicker style={{ width: '100%' }} placeholder="请选择日期" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <NumberField name="registeredCapital" label="注册资本（万元）" />
        <Col xs={24} md={8}>
          <Form.Item name="nature" label="服务性质">
            <Select allowClear placeholder="请选择" options={optionsOf(SERVICE_NATURE_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactPerson" label="联系人" rules={[{ max: 50, message: '联系人最多50个字' }]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="contactPhone"
            label="联系电话"
            rules={[{ pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/, message: '联系电话应为11位手机号或区号加座机号' }]}
          >
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
      </Row>
    </>
  );
}
