import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import type { AnalyticsQuery } from '@hebei/domain';
import { Button, Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert, PageContainer } from '../../app/components';
import { jurisdictionLabel, useCurrentUser } from '../../app/current-user';
import { AnalyticsCatalogQuery, AnalyticsDashboardQuery, RunAnalyticsQuery } from '../../graphql/analytics';
import { AnalyticsChart } from './components/AnalyticsChart';
import { HeatTable } from './components/HeatTable';
import { ResultTable } from './components/ResultTable';
import { useDivisionLabels } from './lib/divisions';
import { drillQuery, encodeQueryParam, type ChartSpec, type DrillPick, type LabelContext } from './lib/model';

type Dashboard = NonNullable<ReturnType<typeof useDashboard>['data']>['analyticsDashboard'];
type DashboardCard = Dashboard['cards'][number];

function useDashboard() {
  return useQuery(AnalyticsDashboardQuery, { fetchPolicy: 'network-only' });
}

/** 仪表盘: the shared queries arranged as cards, each run on open in the viewer's own jurisdiction. */
export function InsightsPage() {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useDashboard();
  const dashboard = data?.analyticsDashboard;
  return (
    <PageContainer
      title="仪表盘"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
          刷新
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {dashboard?.description ?? '主要指标'} · 范围：{jurisdictionLabel(user)}（按本人管辖范围统计，点击图形查看明细）
      </Typography.Paragraph>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !dashboard ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
      {dashboard && dashboard.cards.length === 0 ? <Empty description="仪表盘还没有卡片" /> : null}
      <Row gutter={[16, 16]}>
        {dashboard?.cards.map((card) => (
          <Col key={card.id} xs={24} xl={card.width >= 2 ? 24 : 12}>
            <DashboardCardView card={card} />
          </Col>
        ))}
      </Row>
    </PageContainer>
  );
}

function DashboardCardView({ card }: { card: DashboardCard }) {
  const navigate = useNavigate();
  const catalog = useQuery(AnalyticsCatalogQuery).data?.analyticsCatalog;
  const divisions = useDivisionLabels();
  const definition = card.query.definition as AnalyticsQuery;
  const run = useQuery(RunAnalyticsQuery, { variables: { query: definition, savedQueryId: card.query.id }, fetchPolicy: 'network-only' });
  const dataset = catalog?.datasets.find((d) => d.key === definition.dataset);
  const labels: LabelContext = useMemo(
    () => ({ divisionName: (c) => divisions.names.get(c), field: (k) => dataset?.fields.find((f) => f.key === k) }),
    [divisions.names, dataset],
  );
  const chart: ChartSpec = { type: card.chart.type, x: card.chart.x, series: card.chart.series, measure: card.chart.measure };
  const result = run.data?.runAnalyticsQuery;
  const drill = (picks: DrillPick[]) => {
    const q = { ...drillQuery(definition, picks), columns: [...(dataset?.defaultColumns ?? [])] };
    void navigate(`/analytics?q=${encodeQueryParam(q)}`);
  };
  return (
    <Card
      title={card.title}
      size="small"
      data-testid="dashboard-card"
      extra={<Link to={`/analytics?saved=${card.query.id}`}>在数据分析中打开</Link>}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ fontSize: 12 }}>
        {card.query.explanation}
      </Typography.Paragraph>
      {run.error ? <ErrorAlert error={run.error} onRetry={() => void run.refetch()} /> : null}
      {!result ? (
        run.loading ? (
          <Skeleton active />
        ) : null
      ) : result.rows.length === 0 ? (
        <Empty description="暂无数据" />
      ) : chart.type === 'HEAT_TABLE' ? (
        <HeatTable
          columns={result.columns}
          rows={result.rows as unknown[][]}
          chart={chart}
          labels={labels}
          cities={divisions.cities}
          onDrill={drill}
        />
      ) : chart.type === 'TABLE' ? (
        <ResultTable columns={result.columns} rows={result.rows as unknown[][]} labels={labels} onDrill={drill} />
      ) : (
        <AnalyticsChart
          columns={result.columns}
          rows={result.rows as unknown[][]}
          chart={chart}
          labels={labels}
          onDrill={drill}
          height={300}
        />
      )}
    </Card>
  );
}
