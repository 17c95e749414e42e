import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../../app/components';
import { errorCode, errorMessage } from '../../../app/errors';
import { percentTenths } from '../../../app/format';
import {
  EvaluationSheetQuery,
  NextPendingEvaluationSheetQuery,
  RecordOnSiteVerificationMutation,
  ScoreEvaluationSheetMutation,
} from '../../../graphql/evaluation';
import type { EvaluationSheetFieldsFragment, EvaluationSource } from '../../../graphql/generated/graphql';
import { GradeTag } from '../../../components';
import { IndicatorRowsModal } from './IndicatorRowsModal';

type Indicator = EvaluationSheetFieldsFragment['indicators'][number];
type Entries = Record<string, { score: number | null; comment: string | null }>;

interface Props {
  sheetId: string;
  campaignId: string;
  /** PROVINCE scores; CITY pre-scores. */
  asCity: boolean;
  /** PROVINCE records on-site verification. */
  canVerify: boolean;
  readOnly: boolean;
  onOpen: (sheetId: string) => void;
  onDone: () => void;
}

/**
 * One score sheet: computed indicators with their figures and drill-down on the left, the scored ones on the right
 * with the city's pre-score beside. Tab moves between score fields; Enter saves and opens the next sheet; leaving
 * a field saves it (autosave); a conflict is shown with the way to reload.
 */
export function ScoreSheet({ sheetId, campaignId, asCity, canVerify, readOnly, onOpen, onDone }: Props) {
  const { message } = App.useApp();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(EvaluationSheetQuery, {
    variables: { id: sheetId },
    fetchPolicy: 'cache-and-network',
  });
  const [save, saving] = useMutation(ScoreEvaluationSheetMutation);
  const [verify, verifying] = useMutation(RecordOnSiteVerificationMutation);
  const sheet = data?.evaluationSheet;
  const [entries, setEntries] = useState<Entries>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [drill, setDrill] = useState<Indicator | null>(null);
  const scoresBox = useRef<HTMLDivElement>(null);
  const loadedFor = useRef<string | null>(null);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const version = useRef(0);
  const saved = useRef('');

  // A new sheet (or its first answer): the form starts from what is saved.
  useEffect(() => {
    if (!sheet || loadedFor.current === sheet.id) return;
    loadedFor.current = sheet.id;
    version.current = sheet.version;
    const initial: Entries = Object.fromEntries(
      sheet.indicators
        .filter((i) => i.kind === 'SCORED')
        .map((i) => [i.code, { score: (asCity ? i.cityScore : i.score) ?? null, comment: (asCity ? i.cityComment : i.comment) ?? null }]),
    );
    saved.current = JSON.stringify(initial);
    setEntries(initial);
    setConflict(null);
    setProblem(null);
    setTimeout(() => scoresBox.current?.querySelector<HTMLInputElement>('input')?.focus(), 0);
  }, [sheet, asCity]);

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!sheet) return <Spin spinning={loading} />;
  const computed = sheet.indicators.filter((i) => i.kind === 'COMPUTED');
  const scored = sheet.indicators.filter((i) => i.kind === 'SCORED');

  /** Saves one after another (autosave on leaving a field, then Enter): each uses the version the previous one returned. */
  function persist(): Promise<boolean> {
    const snapshot = entries;
    chain.current = chain.current.then(async () => {
      if (!sheet || readOnly) return false;
      const key = JSON.stringify(snapshot);
      if (key === saved.current) return true;
      try {
        const res = await save({
          variables: {
            input: {
              sheetId: sheet.id,
              expectedVersion: version.current,
              scores: scored.map((i) => ({
                code: i.code,
                score: snapshot[i.code]?.score ?? null,
                comment: snapshot[i.code]?.comment ?? null,
              })),
            },
          },
        });
        version.current = res.data?.scoreEvaluationSheet.version ?? version.current;
        saved.current = key;
        setProblem(null);
        return true;
      } catch (e) {
        if (errorCode(e) === 'CONFLICT') setConflict(errorMessage(e));
        else setProblem(errorMessage(e));
        return false;
      }
    });
    return chain.current;
  }

  async function saveAndNext() {
    if (!(await persist())) return;
    const complete = scored.every((i) => entries[i.code]?.score != null);
    if (!complete || asCity) {
      message.success('已保存');
      return;
    }
    const next = await client.query({
      query: NextPendingEvaluationSheetQuery,
      variables: { campaignId, afterId: sheet!.id },
      fetchPolicy: 'network-only',
    });
    const id = next.data?.nextPendingEvaluationSheet?.id;
    if (id) {
      message.success('已保存，打开下一份');
      onOpen(id);
    } else {
      message.success('已保存，全部评分表均已评分');
      onDone();
    }
  }

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void saveAndNext();
    }
  };

  return (
    <div data-testid="score-sheet">
      <Descriptions size="small" column={4} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="机构">
          <Typography.Text strong data-testid="sheet-institution">
            {sheet.institutionName}
          </Typography.Text>
          {sheet.removed ? <Tag color="red">已移出</Tag> : null}
        </Descriptions.Item>
        <Descriptions.Item label="地区">
          {sheet.cityName} {sheet.countyName}
        </Descriptions.Item>
        <Descriptions.Item label="总分">
          <span data-testid="sheet-total">{sheet.total ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label="等级">
          <GradeTag grade={sheet.grade} />
        </Descriptions.Item>
      </Descriptions>
      {sheet.naPoints > 0 ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`无数据的计算指标共${sheet.naPoints}分，已按比例分摊到其他指标`} />
      ) : null}
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={conflict}
          data-testid="sheet-conflict"
          action={
            <Button
              size="small"
              onClick={() => {
                loadedFor.current = null;
                void refetch();
              }}
            >
              载入最新评分
            </Button>
          }
        />
      ) : null}
      {problem ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problem} /> : null}
      <Row gutter={16}>
        <Col span={13}>
          <Typography.Title level={5}>计算指标（系统数据）</Typography.Title>
          <Table<Indicator>
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={computed}
            columns={[
              { title: '指标', dataIndex: 'name', render: (n: string, i) => <span title={i.formula ?? ''}>{n}</span> },
              { title: '分值', dataIndex: 'points', width: 56 },
              {
                title: '数据',
                render: (_, i) =>
                  i.source === 'ENTERPRISES_SERVED'
                    ? `${i.count ?? 0}家（${i.base ?? 0}份报告）`
                    : i.base == null
                      ? `${i.count ?? 0}`
                      : `${i.count ?? 0} / ${i.base}`,
              },
              { title: '完成比例', render: (_, i) => (i.notApplicable ? <Tag>无数据</Tag> : percentTenths(i.value)) },
              { title: '得分', dataIndex: 'earned', width: 64, render: (v: number | null) => v ?? '—' },
              {
                title: '',
                width: 64,
                render: (_, i) => (
                  <Button type="link" size="small" tabIndex={-1} onClick={() => setDrill(i)}>
                    明细
                  </Button>
                ),
              },
            ]}
          />
        </Col>
        <Col span={11}>
          <Typography.Title level={5}>{asCity ? '市级预评分' : '评分指标'}</Typography.Title>
          <Space direction="vertical" style={{ width: '100%' }} ref={scoresBox}>
            {scored.map((i) => (
              <div key={i.code} className="score-row">
                <Space align="baseline" wrap>
                  <Typography.Text strong>{i.name}</Typography.Text>
                  <Typography.Text type="secondary">满分{i.maxScore}</Typography.Text>
                  {!asCity ? <Typography.Text type="secondary">市级预评分：{i.cityScore ?? '—'}</Typography.Text> : null}
                </Space>
                <Typography.Paragraph type="secondary" style={{ margin: '2px 0 4px' }}>
                  {i.guidance}
                </Typography.Paragraph>
                <Space.Compact style={{ width: '100%' }}>
                  <InputNumber
                    aria-label={`${i.name}得分`}
                    data-testid={`score-${i.code}`}
                    min={0}
                    max={i.maxScore ?? undefined}
                    step={0.5}
                    precision={1}
                    disabled={readOnly}
                    value={entries[i.code]?.score ?? null}
                    onChange={(v) => setEntries((e) => ({ ...e, [i.code]: { ...e[i.code], score: v == null ? null : Number(v) } }))}
                    onKeyDown={onKeyDown}
                    onBlur={() => void persist()}
                    style={{ width: 120 }}
                  />
                  <Input
                    tabIndex={-1}
                    placeholder="评语（可选）"
                    disabled={readOnly}
                    value={entries[i.code]?.comment ?? ''}
                    onChange={(ev) => {
                      const comment = ev.target.value;
                      setEntries((e) => ({ ...e, [i.code]: { ...e[i.code], comment: comment || null } }));
                    }}
                    onBlur={() => void persist()}
                  />
                </Space.Compact>
              </div>
            ))}
            {!readOnly ? (
              <Button type="primary" loading={saving.loading} onClick={() => void saveAndNext()} tabIndex={-1} data-testid="save-next">
                {asCity ? '保存预评分' : '保存并打开下一份（Enter）'}
              </Button>
            ) : null}
          </Space>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        实地核查
      </Typography.Title>
      {sheet.onSitePassed != null ? (
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="核查日期">{sheet.onSiteDate}</Descriptions.Item>
          <Descriptions.Item label="结论">
            {sheet.onSitePassed ? <Tag color="green">通过</Tag> : <Tag color="red">未通过（等级为不合格）</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="核查人员">{sheet.onSiteInspectors}</Descriptions.Item>
          <Descriptions.Item label="核查发现">{sheet.onSiteFindings}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">未记录</Typography.Text>
      )}
      {canVerify && !readOnly ? (
        <Form
          layout="inline"
          style={{ marginTop: 8 }}
          onFinish={async (v: { date: dayjs.Dayjs; inspectors: string; findings: string; passed: boolean }) => {
            try {
              await verify({
                variables: {
                  input: {
                    sheetId: sheet.id,
                    expectedVersion: sheet.version,
                    date: v.date.format('YYYY-MM-DD'),
                    inspectors: v.inspectors,
                    findings: v.findings,
                    passed: v.passed,
                  },
                },
              });
              message.success('已记录实地核查');
            } catch (e) {
              if (errorCode(e) === 'CONFLICT') setConflict(errorMessage(e));
              else setProblem(errorMessage(e));
            }
          }}
        >
          <Form.Item name="date" rules={[{ required: true, message: '请选择核查日期' }]}>
            <DatePicker placeholder="核查日期" />
          </Form.Item>
          <Form.Item name="inspectors" rules={[{ required: true, message: '请填写核查人员' }]}>
            <Input placeholder="核查人员" />
          </Form.Item>
          <Form.Item name="findings" rules={[{ required: true, message: '请填写核查发现' }]}>
            <Input placeholder="核查发现" style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="passed" initialValue={true}>
            <Radio.Group
              options={[
                { label: '通过', value: true },
                { label: '未通过', value: false },
              ]}
            />
          </Form.Item>
          <Button htmlType="submit" loading={verifying.loading}>
            记录核查
          </Button>
        </Form>
      ) : null}
      <IndicatorRowsModal
        sheetId={sheet.id}
        source={(drill?.source as EvaluationSource) ?? null}
        title={drill?.name ?? ''}
        onClose={() => setDrill(null)}
      />
    </div>
  );
}
