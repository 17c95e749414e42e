import { Col, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { afterToday, useToday } from '../../../app/today';
import type { ServiceCaseInput } from '../../../graphql/generated/graphql';

export type CaseValues = Omit<ServiceCaseInput, 'servedOn'> & { servedOn?: Dayjs | null };

export const CASE_FIELDS = ['title', 'enterpriseName', 'content', 'outcome', 'servedOn'] as const;

export function toCaseInput(v: CaseValues): ServiceCaseInput {
  return {
    title: v.title.trim(),
    enterpriseName: v.enterpriseName.trim(),
    content: v.content.trim(),
    outcome: v.outcome.trim(),
    servedOn: v.servedOn ? v.servedOn.format('YYYY-MM-DD') : '',
  };
}

/** 服务案例: which enterprise was served, when, how, and with what result. */
export function CaseFields() {
  const today = useToday();
  return (
    <>
      <Col span={24}>
        <Form.Item
          name="title"
          label="案例标题"
          rules={[
            { required: true, whitespace: true, message: '请输入案例标题' },
            { min: 2, max: 200, message: '案例标题应为2–200个字' },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name="enterpriseName"
          label="服务企业"
          rules={[
            { required: true, whitespace: true, message: '请输入服务企业名称' },
            { min: 2, max: 200, message: '服务企业名称应为2–200个字' },
          ]}
        >
          <Input maxLength={200} placeholder="企业全称" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="servedOn" label="服务日期" rules={[{ required: true, message: '请选择服务日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={afterToday(today)} />
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
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="outcome"
          label="服务成效"
          rules={[
            { required: true, whitespace: true, message: '请输入服务成效' },
            { min: 2, max: 2000, message: '服务成效应为2–2000个字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder="可量化的成效，如成本降低、效率提升、获得的认定等" />
        </Form.Item>
      </Col>
    </>
  );
}
