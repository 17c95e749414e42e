import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import { ErrorAlert, PageContainer } from '../../app/components';
import { percentTenths } from '../../app/format';
import { MyEvaluationSheetsQuery } from '../../graphql/evaluation';
import type { EvaluationSheetFieldsFragment } from '../../graphql/generated/graphql';
import { GradeTag } from '../../components';

type Indicator = EvaluationSheetFieldsFragment['indicators'][number];

/** The institution's own published evaluation results, each indicator explained. */
export function MyEvaluationPage() {
  const { data, loading, error, refetch } = useQuery(MyEvaluationSheetsQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const sheets = data?.myEvaluationSheets ?? [];
  return (
    <PageContainer title="年度评价结果">
      <Spin spinning={loading && !data}>
        {!sheets.length && !loading ? <Empty description="暂无已发布的年度评价结果" /> : null}
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          {sheets.map((s) => (
            <Card key={s.id} title={`${s.year}年度评价`} data-testid={`my-sheet-${s.year}`}>
              <Descriptions size="small" column={3}>
                <Descriptions.Item label="总分">
                  <Typography.Text strong data-testid="my-total">
                    {s.total ?? '—'}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label="等级">
                  <GradeTag grade={s.grade} />
                </Descriptions.Item>
                <Descriptions.Item label="实地核查">
                  {s.onSitePassed == null ? '未核查' : s.onSitePassed ? '通过' : '未通过'}
                </Descriptions.Item>
              </Descriptions>
              {s.naPoints > 0 ? (
                <Alert
                  type="info"
                  showIcon
                  style={{ margin: '8px 0' }}
                  title={`无数据的计算指标共${s.naPoints}分，已按比例分摊到其他指标（年度评价规则）`}
                />
              ) : null}
              <Table<Indicator>
                rowKey="code"
                size="small"
                pagination={false}
                dataSource={s.indicators}
                columns={[
                  { title: '指标', dataIndex: 'name' },
                  { title: '分值', dataIndex: 'points', width: 64 },
                  {
                    title: '计算方法',
                    render: (_, i) => (i.kind === 'COMPUTED' ? i.formula : `评分（满分${i.maxScore}）：${i.guidance ?? ''}`),
                  },
                  {
                    title: '数据',
                    render: (_, i) =>
                      i.kind === 'SCORED'
                        ? `${i.score ?? '—'}分`
                        : i.source === 'ENTERPRISES_SERVED'
                          ? `${i.count ?? 0}家`
                          : i.base == null
                            ? `${i.count ?? 0}`
                            : `${i.count ?? 0} / ${i.base}`,
                  },
                  { title: '完成比例', render: (_, i) => (i.notApplicable ? <Tag>无数据</Tag> : percentTenths(i.value)) },
                  { title: '评语', dataIndex: 'comment', render: (c: string | null) => c ?? '—' },
                ]}
              />
            </Card>
          ))}
        </Space>
      </Spin>
    </PageContainer>
  );
}
