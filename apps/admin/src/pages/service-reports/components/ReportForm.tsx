import { useMutation } from '@apollo/client/react';
import { MISSED_PERIODS_FOR_NOTICE, MISSED_PERIODS_FOR_REMOVAL } from '@hebei/domain';
import { Alert, App, Button, Col, Descriptions, Drawer, Form, Input, InputNumber, Popconfirm, Row, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { useFormErrors } from '../../../app/components';
import type { ServiceReportPeriodsQuery } from '../../../graphql/generated/graphql';
import { SaveServiceReportMutation, SubmitServiceReportMutation } from '../../../graphql/reports';
import { PeriodStatusTag } from '../../../components';

export type Period = ServiceReportPeriodsQuery['serviceReportPeriods'][number];

interface Values {
  servicesDelivered?: number | null;
  enterprisesServed?: number | null;
  pointToPointServed?: number | null;
  publicWelfareCount?: number | null;
  publicWelfareDescription?: string | null;
  activities?: string | null;
  serviceRevenue?: number | null;
  narrative?: string | null;
}

const FIELDS = [
  'servicesDelivered',
  'enterprisesServed',
  'pointToPointServed',
  'publicWelfareCount',
  'publicWelfareDescription',
  'activities',
  'serviceRevenue',
  'narrative',
] as const;
const REFETCH = ['ServiceReportPeriods', 'WorkQueueCounts'];

/** SPEC §4.1 content; the booking figures of the period come from the bookings and are read-only. */
export function ReportForm({ period, onClose: close }: { period: Period | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, 'report-error');
  // The next opening starts without the last one's error.
  const onClose = () => {
    errors.clear();
    close();
  };
  const [save, saving] = useMutation(SaveServiceReportMutation, { refetchQueries: REFETCH });
  const [submit, submitting] = useMutation(SubmitServiceReportMutation, { refetchQueries: REFETCH });
  const report = period?.report ?? null;
  const late = !!period && period.daysLeft < 0;
  const readOnly = !!period && !period.writable;

  useEffect(() => {
    if (!period) return;
    form.resetFields();
    form.setFieldsValue(Object.fromEntries(FIELDS.map((f) => [f, report?.[f] ?? null])) as Values);
  }, [period, report, form]);

  const run = async (kind: 'save' | 'submit') => {
    if (!period) return;
    const values = form.getFieldsValue();
    const input = { deadline: period.deadline, expectedVersion: report?.version ?? null, ...values };
    await errors.attempt(async () => {
      if (kind === 'save') {
        await save({ variables: { input } });
        message.success('草稿已保存');
      } else {
        const r = await submit({ variables: { input } });
        const row = r.data?.submitServiceReport;
        message.success(row?.onTime ? '报告已提交（按时）' : '报告已提交，记为逾期补报');
        onClose();
      }
    });
  };

  const figures = period?.bookingFigures;
  return (
    <Drawer
      open={!!period}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={
        period ? (
          <Space>
            {`季度服务情况报告 · 截止日 ${period.deadline}`}
            <PeriodStatusTag status={period.status} />
          </Space>
        ) : null
      }
      extra={
        readOnly ? null : (
          <Space>
            <Button onClick={() => void run('save')} loading={saving.loading} data-testid="report-save">
              保存草稿
            </Button>
            {late && report?.status !== 'SUBMITTED' ? (
              <Popconfirm
                title="已过截止日"
                description="现在提交将记为逾期补报，仍计为“未按规定填报”（第十条）。确认提交？"
                okText="确认提交"
                cancelText="取消"
                onConfirm={() => run('submit')}
              >
                <Button type="primary" danger loading={submitting.loading} data-testid="report-submit">
                  逾期补报
                </Button>
              </Popconfirm>
            ) : (
              <Button type="primary" onClick={() => void run('submit')} loading={submitting.loading} data-testid="report-submit">
                {report?.status === 'SUBMITTED' ? '更新已提交的报告' : '提交报告'}
              </Button>
            )}
          </Space>
        )
      }
    >
      {period ? (
        <>
          {readOnly ? (
            <Alert type="info" showIcon title={`该周期${period.refusal ?? '不能修改'}`} style={{ marginBottom: 16 }} />
          ) : late ? (
            <Alert
              type="warning"
              showIcon
              title="该周期已过截止日"
              description={`逾期补报的报告会保存并标记为逾期，仍计为未按规定填报；连续${MISSED_PERIODS_FOR_NOTICE}个周期将被通报，连续${MISSED_PERIODS_FOR_REMOVAL}个周期将被移出服务资源库。`}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          {errors.alert}
          <Descriptions
            size="small"
            bordered
            column={3}
            title={
              <Space>
                本期预约数据
                <Tag>{figures?.frozen ? '提交时固定' : '系统自动统计'}</Tag>
              </Space>
            }
            items={[
              { key: 'range', label: '统计期间', span: 3, children: `${period.periodStart} 至 ${period.deadline}` },
              { key: 'r', label: '收到预约', children: figures?.received ?? 0 },
              { key: 'a', label: '按时答复', children: figures?.answeredInTime ?? 0 },
              { key: 'c', label: '完成服务', children: figures?.completed ?? 0 },
            ]}
            style={{ marginBottom: 20 }}
            data-testid="report-booking-figures"
          />
          <Form<Values> form={form} layout="vertical" disabled={readOnly} data-testid="report-form">
            <Row gutter={16}>
              {(
                [
                  ['servicesDelivered', '提供服务次数', true],
                  ['enterprisesServed', '服务企业数', true],
                  ['pointToPointServed', '其中点对点服务企业数', true],
                  ['publicWelfareCount', '公益性服务次数', true],
                  ['serviceRevenue', '服务收入（万元）', false],
                ] as const
              ).map(([name, label, integer]) => (
                <Col xs={24} md={8} key={name}>
                  <Form.Item name={name} label={label}>
                    <InputNumber<number> min={0} precision={integer ? 0 : 2} style={{ width: '100%' }} placeholder="请输入" />
                  </Form.Item>
                </Col>
              ))}
            </Row>
            <Form.Item name="publicWelfareDescription" label="公益性服务情况">
              <Input.TextArea rows={2} maxLength={1000} showCount placeholder="如：参加“百场万家”公益服务活动的场次与内容" />
            </Form.Item>
            <Form.Item name="activities" label="举办或参加的活动">
              <Input.TextArea rows={2} maxLength={2000} showCount placeholder="如：一起益企、产学研对接、供需对接活动" />
            </Form.Item>
            <Form.Item name="narrative" label="本期服务情况综述" extra="提交时不少于20字">
              <Input.TextArea rows={5} maxLength={5000} showCount />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Drawer>
  );
}
