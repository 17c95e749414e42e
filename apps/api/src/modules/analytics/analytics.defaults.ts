import { EntityManager, In } from 'typeorm';
import { AnalyticsQuery } from '@hebei/domain';
import type { ChartType } from './analytics.inputs';
import { AnalyticsDashboardCardRow, AnalyticsDashboardRow } from './dashboard.entity';
import { SavedAnalyticsQueryRow } from './saved-query.entity';

export const DEFAULT_DASHBOARD_KEY = 'default';

interface SystemQuery {
  key: string;
  name: string;
  description: string;
  query: AnalyticsQuery;
  chart: { type: ChartType; x?: string; series?: string; measure?: string };
}

const ADMITTED = { field: 'registryStatus', op: 'EQ' as const, values: ['ADMITTED'] };

/**
 * The dashboards' cards are saved queries like any other (shared, owned by the system): adding a card — e.g.
 * reporting compliance or the grade distribution once those datasets exist — is one more entry here, or a saved query
 * PROVINCE adds to the dashboard from 数据分析.
 */
export const SYSTEM_QUERIES: readonly SystemQuery[] = [
  {
    key: 'institutions-city-category-nature',
    name: '在库机构：市 × 主要服务方向 × 服务性质',
    description: '已入库服务机构按所在市、主要服务方向和服务性质分布（一家机构计入各自的主要服务方向）',
    query: {
      dataset: 'institutions',
      filter: ADMITTED,
      groupBy: [{ field: 'divisionCode', level: 'CITY' }, { field: 'category' }, { field: 'nature' }],
      measures: [{ aggregate: 'COUNT' }],
    },
    chart: { type: 'HEAT_TABLE', x: 'category', series: 'nature', measure: 'count' },
  },
  {
    key: 'institutions-city-nature',
    name: '在库机构：各市公益性与社会化',
    description: '已入库服务机构按所在市和服务性质',
    query: {
      dataset: 'institutions',
      filter: ADMITTED,
      groupBy: [{ field: 'divisionCode', level: 'CITY' }, { field: 'nature' }],
      measures: [{ aggregate: 'COUNT' }],
    },
    chart: { type: 'STACKED_BAR', x: 'divisionCode.city', series: 'nature', measure: 'count' },
  },
  {
    key: 'applications-batch-status',
    name: '入库申请：各批次所处环节',
    description: '各批次已提交的入库申请按当前审核环节计数（第八条）',
    query: { dataset: 'applications', groupBy: [{ field: 'batchName' }, { field: 'status' }], measures: [{ aggregate: 'COUNT' }] },
    chart: { type: 'BAR', x: 'status', series: 'batchName', measure: 'count' },
  },
  {
    key: 'bookings-response-city-month',
    name: '预约5个工作日内答复率：各市按月',
    description: '应答复的预约中按时答复的比例（第十三条第（二）项），按机构所在市和提交月份',
    query: {
      dataset: 'bookings',
      filter: { field: 'due', op: 'EQ', values: ['true'] },
      groupBy: [
        { field: 'requestDate', granularity: 'MONTH' },
        { field: 'divisionCode', level: 'CITY' },
      ],
      measures: [{ aggregate: 'AVG', field: 'respondedInTime' }, { aggregate: 'COUNT' }],
    },
    chart: { type: 'LINE', x: 'requestDate.month', series: 'divisionCode.city', measure: 'avg.respondedInTime' },
  },
  {
    key: 'bookings-month',
    name: '预约趋势：每月预约数与平均评分',
    description: '按提交月份统计预约数和企业平均评分',
    query: {
      dataset: 'bookings',
      groupBy: [{ field: 'requestDate', granularity: 'MONTH' }],
      measures: [{ aggregate: 'COUNT' }, { aggregate: 'AVG', field: 'rating' }],
    },
    chart: { type: 'LINE', x: 'requestDate.month', measure: 'count' },
  },
  {
    key: 'admissions-month',
    name: '入库趋势：每月新入库机构',
    description: '按入库日期的月份统计新入库的服务机构',
    query: {
      dataset: 'institutions',
      filter: ADMITTED,
      groupBy: [{ field: 'admittedOn', granularity: 'MONTH' }],
      measures: [{ aggregate: 'COUNT' }],
    },
    chart: { type: 'BAR', x: 'admittedOn.month', measure: 'count' },
  },
];

const DEFAULT_CARDS: { query: string; width: 1 | 2 }[] = [
  { query: 'institutions-city-category-nature', width: 2 },
  { query: 'institutions-city-nature', width: 1 },
  { query: 'applications-batch-status', width: 1 },
  { query: 'bookings-response-city-month', width: 2 },
  { query: 'bookings-month', width: 1 },
  { query: 'admissions-month', width: 1 },
];

const chartText = (c: SystemQuery['chart']) =>
  JSON.stringify({ type: c.type, x: c.x ?? null, series: c.series ?? null, measure: c.measure ?? null });

/** Idempotent, on every start with the reference data: adds missing system queries; the dashboard only once. */
export async function syncAnalyticsDefaults(em: EntityManager): Promise<void> {
  const existing = await em.getRepository(SavedAnalyticsQueryRow).find({ where: { systemKey: In(SYSTEM_QUERIES.map((q) => q.key)) } });
  const ids = new Map(existing.map((r) => [r.systemKey!, r.id]));
  for (const q of SYSTEM_QUERIES) {
    if (ids.has(q.key)) continue;
    const result = await em.insert(SavedAnalyticsQueryRow, {
      ownerId: null,
      systemKey: q.key,
      name: q.name,
      description: q.description,
      shared: true,
      dataset: q.query.dataset,
      definition: JSON.stringify(q.query),
      chart: chartText(q.chart),
      version: 1,
    });
    ids.set(q.key, Number(result.identifiers[0].id));
  }
  if (await em.getRepository(AnalyticsDashboardRow).exists({ where: { key: DEFAULT_DASHBOARD_KEY } })) return;
  const dashboard = await em.insert(AnalyticsDashboardRow, {
    key: DEFAULT_DASHBOARD_KEY,
    title: '服务资源概览',
    description: '在库机构分布、入库申请进度、预约答复与趋势；各主管部门看到本辖区的数据',
    version: 1,
  });
  const dashboardId = Number(dashboard.identifiers[0].id);
  await em.insert(
    AnalyticsDashboardCardRow,
    DEFAULT_CARDS.map((c, i) => ({
      dashboardId,
      savedQueryId: ids.get(c.query)!,
      position: i + 1,
      title: null,
      width: c.width,
      chart: null,
    })),
  );
}
