import { Empty } from 'antd';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useMemo } from 'react';
import type { ChartSpec, DrillPick, LabelContext, ResultColumn } from '../lib/model';
import { cellText } from '../lib/model';

// Only what the analytics pages draw, so the rest of echarts never reaches the bundle.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  columns: ResultColumn[];
  rows: unknown[][];
  chart: ChartSpec;
  labels: LabelContext;
  onDrill?: (picks: DrillPick[]) => void;
  height?: number;
}

/** Which columns a chart uses: x the first dimension, series the second, the first measure unless one is chosen. */
export function chartColumns(columns: ResultColumn[], chart: ChartSpec) {
  const dims = columns.map((c, i) => ({ c, i })).filter((x) => x.c.role === 'DIMENSION');
  const measures = columns.map((c, i) => ({ c, i })).filter((x) => x.c.role === 'MEASURE');
  const x = dims.find((d) => d.c.key === chart.x) ?? dims[0];
  const series = chart.type === 'PIE' ? undefined : (dims.find((d) => d.c.key === chart.series && d !== x) ?? dims.find((d) => d !== x));
  const measure = measures.find((m) => m.c.key === chart.measure) ?? measures[0];
  return { x, series, measure };
}

interface Shaped {
  xs: { key: string; label: string; value: unknown }[];
  series: { key: string; label: string; value: unknown }[];
  /** series index → x index → value */
  cells: (number | null)[][];
}

function shape(columns: ResultColumn[], rows: unknown[][], chart: ChartSpec, labels: LabelContext): Shaped | null {
  const { x, series, measure } = chartColumns(columns, chart);
  if (!x || !measure) return null;
  const xs = new Map<string, { key: string; label: string; value: unknown }>();
  const ss = new Map<string, { key: string; label: string; value: unknown }>();
  const sums = new Map<string, number>();
  for (const row of rows) {
    const xv = row[x.i];
    const xk = JSON.stringify(xv);
    if (!xs.has(xk)) xs.set(xk, { key: xk, label: cellText(x.c, xv, labels), value: xv });
    const sv = series ? row[series.i] : null;
    const sk = series ? JSON.stringify(sv) : '_';
    if (!ss.has(sk)) ss.set(sk, { key: sk, label: series ? cellText(series.c, sv, labels) : measure.c.label, value: sv });
    const m = row[measure.i];
    if (typeof m === 'number') sums.set(`${sk}|${xk}`, (sums.get(`${sk}|${xk}`) ?? 0) + m);
  }
  const xList = [...xs.values()];
  const sList = [...ss.values()];
  return { xs: xList, series: sList, cells: sList.map((s) => xList.map((xv) => sums.get(`${s.key}|${xv.key}`) ?? null)) };
}

/** Bar, stacked bar, line and pie of a summary; a click on a bar, point or slice drills into the rows behind it. */
export function AnalyticsChart({ columns, rows, chart, labels, onDrill, height = 380 }: Props) {
  const shaped = useMemo(() => shape(columns, rows, chart, labels), [columns, rows, chart, labels]);
  const { x, series, measure } = chartColumns(columns, chart);
  const percent = measure?.c.type === 'PERCENT';
  const option = useMemo(() => {
    if (!shaped || !measure) return null;
    const fmt = (v: unknown) => (typeof v === 'number' ? (percent ? `${(v * 100).toFixed(1)}%` : v.toLocaleString('zh-CN')) : '—');
    if (chart.type === 'PIE') {
      return {
        tooltip: { trigger: 'item', valueFormatter: fmt },
        legend: { type: 'scroll', bottom: 0 },
        series: [
          {
            type: 'pie',
            radius: ['35%', '65%'],
            data: shaped.xs.map((xv, i) => ({ name: xv.label, value: shaped.cells.reduce((s, row) => s + (row[i] ?? 0), 0) })),
            label: { formatter: '{b}：{d}%' },
          },
        ],
      };
    }
    const stacked = chart.type === 'STACKED_BAR';
    return {
      tooltip: { trigger: 'axis', valueFormatter: fmt },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 16, right: 16, top: 40, bottom: 16, containLabel: true },
      xAxis: {
        type: 'category',
        data: shaped.xs.map((xv) => xv.label),
        axisLabel: { interval: 'auto', rotate: shaped.xs.length > 8 ? 30 : 0 },
      },
      yAxis: { type: 'value', name: measure.c.label, axisLabel: percent ? { formatter: (v: number) => `${Math.round(v * 100)}%` } : {} },
      series: shaped.series.map((s, si) => ({
        name: s.label,
        type: chart.type === 'LINE' ? 'line' : 'bar',
        ...(stacked ? { stack: 'total' } : {}),
        data: shaped.cells[si],
        connectNulls: false,
      })),
    };
  }, [shaped, measure, chart.type, percent]);

  if (!shaped || !option || rows.length === 0) return <Empty description="没有可绘制的数据" />;
  const onEvents = onDrill
    ? {
        click: (p: { dataIndex: number; seriesIndex: number }) => {
          const xv = shaped.xs[p.dataIndex];
          const picks: DrillPick[] = [{ column: x!.c, value: xv.value }];
          if (chart.type !== 'PIE' && series) picks.push({ column: series.c, value: shaped.series[p.seriesIndex].value });
          onDrill(picks);
        },
      }
    : undefined;
  return (
    <div data-testid="analytics-chart" data-chart-type={chart.type}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} onEvents={onEvents} />
    </div>
  );
}
