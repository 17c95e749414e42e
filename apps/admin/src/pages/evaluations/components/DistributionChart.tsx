import { useQuery } from '@apollo/client/react';
import { Empty, Spin } from 'antd';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { ErrorAlert } from '../../../app/components';
import { EvaluationDistributionQuery } from '../../../graphql/evaluation';

// Only what this chart needs (this route's chunk only).
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Grade distribution by city, stacked by grade (bands in the rubric's order). */
export function DistributionChart({ campaignId, grades }: { campaignId: string; grades: string[] }) {
  const { data, loading, error, refetch } = useQuery(EvaluationDistributionQuery, {
    variables: { campaignId },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spin />;
  const cells = data?.evaluationDistribution.byCity ?? [];
  if (!cells.length) return <Empty description="尚无评分结果" />;
  const cities = [...new Map(cells.map((c) => [c.key, c.label ?? c.key ?? ''])).entries()];
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { data: grades, top: 0 },
    grid: { left: 40, right: 16, top: 48, bottom: 64 },
    xAxis: { type: 'category', data: cities.map(([, label]) => label), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', name: '机构数' },
    series: grades.map((grade) => ({
      name: grade,
      type: 'bar',
      stack: 'grade',
      data: cities.map(([key]) => cells.find((c) => c.key === key && c.grade === grade)?.count ?? 0),
    })),
    color: ['#52c41a', '#1677ff', '#faad14', '#ff4d4f'],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 320 }} notMerge data-testid="evaluation-distribution" />;
}
