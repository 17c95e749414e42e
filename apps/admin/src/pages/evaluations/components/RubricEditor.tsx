import { useMutation, useQuery } from '@apollo/client/react';
import { BOOKING_RESPONSE_WORKING_DAYS, EVALUATION_TOTAL_POINTS } from '@hebei/domain';
import { App, Button, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert, useFormErrors } from '../../../app/components';
import { EvaluationRubricsQuery, OpenEvaluationCampaignMutation, SaveEvaluationRubricMutation } from '../../../graphql/evaluation';
import type { EvaluationRubricsQuery as RubricsData, EvaluationSource, IndicatorKind } from '../../../graphql/generated/graphql';

type Rubric = RubricsData['evaluationRubrics'][number];
interface FormIndicator {
  code: string;
  name: string;
  kind: IndicatorKind;
  points: number;
  source?: EvaluationSource | null;
  maxScore?: number | null;
  guidance?: string | null;
}

const SOURCES: { value: EvaluationSource; label: string }[] = [
  { value: 'REPORTING_COMPLIANCE', label: '信息上报：按时填报季度报告' },
  { value: 'BOOKING_RESPONSE', label: `需求响应：${BOOKING_RESPONSE_WORKING_DAYS}个工作日内答复预约` },
  { value: 'BOOKING_COMPLETION', label: '服务执行：完成已接受的预约' },
  { value: 'SATISFACTION', label: '服务满意度：企业评分' },
  { value: 'ENTERPRISES_SERVED', label: '服务规模：服务企业数' },
  { value: 'PUBLIC_WELFARE', label: '公益服务：参加公益活动及公益服务' },
];

/** The fields of the two forms that the server may name in `extensions.fields`; other errors are shown above the form. */
const RUBRIC_FIELDS = ['name', 'indicators', 'bands'] as const;
const CAMPAIGN_FIELDS = ['year', 'rubricId', 'referenceDate'] as const;

/** Rubric versions (as data): a draft is edited with a live points total; a version used by a campaign is locked. */
export function RubricEditor() {
  const { message } = App.useApp();
  const { data, error, refetch } = useQuery(EvaluationRubricsQuery, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(SaveEvaluationRubricMutation, { refetchQueries: ['EvaluationRubrics'] });
  const [openCampaign, opening] = useMutation(OpenEvaluationCampaignMutation, {
    refetchQueries: ['EvaluationCampaigns', 'EvaluationRubrics'],
  });
  const [editing, setEditing] = useState<Rubric | null>(null);
  const [asNew, setAsNew] = useState(false);
  const [form] = Form.useForm();
  const [campaignForm] = Form.useForm();
  const rubricErrors = useFormErrors(form, RUBRIC_FIELDS, 'rubric-error');
  const campaignErrors = useFormErrors(campaignForm, CAMPAIGN_FIELDS, 'campaign-error');
  const indicators = (Form.useWatch('indicators', form) as FormIndicator[] | undefined) ?? [];
  const total = indicators.reduce((s, i) => s + (Number(i?.points) || 0), 0);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const rubrics = data?.evaluationRubrics ?? [];

  const edit = (r: Rubric, copy: boolean) => {
    setEditing(r);
    setAsNew(copy || r.status === 'LOCKED');
    form.setFieldsValue({
      name: copy || r.status === 'LOCKED' ? `${r.name}（新版本）` : r.name,
      indicators: r.indicators.map((i) => ({ ...i })),
      bands: r.bands.map((b) => ({ ...b })),
    });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Table<Rubric>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rubrics}
        data-testid="rubrics"
        columns={[
          { title: '版本', dataIndex: 'name' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string) => (s === 'LOCKED' ? <Tag>已被评价活动使用（锁定）</Tag> : <Tag color="blue">草稿</Tag>),
          },
          { title: '指标数', render: (_, r) => r.indicators.length },
          {
            title: '操作',
            render: (_, r) => (
              <Space>
                {r.status === 'DRAFT' ? (
                  <Button type="link" size="small" onClick={() => edit(r, false)}>
                    编辑
                  </Button>
                ) : null}
                <Button type="link" size="small" onClick={() => edit(r, true)}>
                  另存为新版本
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing ? (
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v: { name: string; indicators: FormIndicator[]; bands: { grade: string; min: number }[] }) => {
            rubricErrors.clear();
            try {
              await save({
                variables: {
                  input: {
                    ...(asNew ? {} : { id: editing.id, expectedVersion: editing.version }),
                    name: v.name,
                    indicators: v.indicators.map((i) => ({
                      code: i.code,
                      name: i.name,
                      kind: i.kind,
                      points: Number(i.points),
                      source: i.kind === 'COMPUTED' ? i.source : null,
                      maxScore: i.kind === 'SCORED' ? Number(i.maxScore) : null,
                      guidance: i.kind === 'SCORED' ? (i.guidance ?? null) : null,
                    })),
                    bands: v.bands.map((b) => ({ grade: b.grade, min: Number(b.min) })),
                  },
                },
              });
              message.success('指标体系已保存');
              setEditing(null);
            } catch (e) {
              // A conflict or a lost connection names no field: it is shown above the form, never swallowed.
              rubricErrors.report(e);
            }
          }}
        >
          {rubricErrors.alert}
          <Form.Item name="name" label="版本名称" rules={[{ required: true, message: '请填写名称' }]}>
            <Input style={{ maxWidth: 360 }} />
          </Form.Item>
          <Typography.Text strong data-testid="rubric-total" type={total === EVALUATION_TOTAL_POINTS ? 'success' : 'danger'}>
            分值合计：{total} / {EVALUATION_TOTAL_POINTS}
          </Typography.Text>
          <Form.List name="indicators">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => {
                  const kind = indicators[f.name]?.kind;
                  return (
                    <Space key={f.key} align="start" wrap style={{ display: 'flex', marginTop: 8 }}>
                      <Form.Item name={[f.name, 'code']} rules={[{ required: true, message: '代码' }]}>
                        <Input placeholder="代码" style={{ width: 120 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: '名称' }]}>
                        <Input placeholder="指标名称" style={{ width: 120 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'kind']}>
                        <Select
                          style={{ width: 100 }}
                          options={[
                            { value: 'COMPUTED', label: '计算' },
                            { value: 'SCORED', label: '评分' },
                          ]}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'points']} rules={[{ required: true, message: '分值' }]}>
                        <InputNumber min={0} max={100} placeholder="分值" addonAfter="分" style={{ width: 110 }} />
                      </Form.Item>
                      {kind === 'COMPUTED' ? (
                        <Form.Item name={[f.name, 'source']} rules={[{ required: true, message: '请选择数据来源' }]}>
                          <Select style={{ width: 260 }} options={SOURCES} placeholder="数据来源" />
                        </Form.Item>
                      ) : (
                        <>
                          <Form.Item name={[f.name, 'maxScore']} rules={[{ required: true, message: '满分' }]}>
                            <InputNumber min={0} max={100} placeholder="满分" style={{ width: 90 }} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'guidance']}>
                            <Input placeholder="评分指引" style={{ width: 240 }} />
                          </Form.Item>
                        </>
                      )}
                      <Button onClick={() => remove(f.name)}>删除</Button>
                    </Space>
                  );
                })}
                <Button onClick={() => add({ kind: 'SCORED', points: 0, maxScore: 10 })}>添加指标</Button>
              </>
            )}
          </Form.List>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            等级
          </Typography.Title>
          <Form.List name="bands">
            {(fields) => (
              <Space wrap>
                {fields.map((f) => (
                  <Space.Compact key={f.key}>
                    <Form.Item name={[f.name, 'grade']} noStyle>
                      <Input style={{ width: 90 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'min']} noStyle>
                      <InputNumber min={0} max={100} addonBefore="≥" style={{ width: 110 }} />
                    </Form.Item>
                  </Space.Compact>
                ))}
              </Space>
            )}
          </Form.List>
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={saving.loading}>
              {asNew ? '保存为新版本' : '保存'}
            </Button>
            <Button onClick={() => setEditing(null)}>取消</Button>
          </Space>
        </Form>
      ) : null}
      {campaignErrors.alert}
      <Form
        form={campaignForm}
        layout="inline"
        onFinish={async (v: { year: number; rubricId: string; referenceDate: dayjs.Dayjs }) => {
          campaignErrors.clear();
          try {
            await openCampaign({
              variables: { input: { year: v.year, rubricId: v.rubricId, referenceDate: v.referenceDate.format('YYYY-MM-DD') } },
            });
            message.success('年度评价已开启');
          } catch (e) {
            campaignErrors.report(e);
          }
        }}
      >
        <Typography.Text strong style={{ marginRight: 12 }}>
          开启年度评价
        </Typography.Text>
        <Form.Item name="year" rules={[{ required: true, message: '年度' }]}>
          <InputNumber placeholder="年度" min={2020} max={2100} />
        </Form.Item>
        <Form.Item name="rubricId" rules={[{ required: true, message: '指标体系' }]}>
          <Select placeholder="指标体系版本" style={{ width: 220 }} options={rubrics.map((r) => ({ value: r.id, label: r.name }))} />
        </Form.Item>
        <Form.Item name="referenceDate" rules={[{ required: true, message: '基准日' }]}>
          <DatePicker placeholder="基准日" />
        </Form.Item>
        <Button htmlType="submit" loading={opening.loading}>
          开启
        </Button>
      </Form>
    </Space>
  );
}
