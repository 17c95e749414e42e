/**
 * What a query does, in plain Chinese and without SQL (issue #11: the builder shows it under the query, the saved
 * query list and exports repeat it). Works on unvalidated input too: unknown keys are shown as they are.
 */
import {
  ANALYTICS_AGGREGATE_LABELS,
  ANALYTICS_OP_LABELS,
  AnalyticsFilter,
  AnalyticsQuery,
  CatalogDataset,
  CatalogField,
  DATE_GRANULARITY_LABELS,
  DIVISION_LEVEL_LABELS,
  measureKey,
  dimensionKey,
  RelativeDateKind,
} from './analytics';

export interface ExplainContext {
  /** A division's name for its code (e.g. 130800 → 承德市). */
  divisionName?: (code: string) => string | undefined;
}

const RELATIVE_LABELS: Record<RelativeDateKind, string> = {
  LAST_N_DAYS: '近N天',
  THIS_MONTH: '本月',
  THIS_QUARTER: '本季度',
  THIS_YEAR: '本年',
  LAST_MONTH: '上月',
  LAST_QUARTER: '上季度',
  LAST_YEAR: '上年',
};

export function relativeDateLabel(kind: RelativeDateKind, n?: number | null): string {
  return kind === 'LAST_N_DAYS' ? `近${n ?? '?'}天` : RELATIVE_LABELS[kind];
}

/** A value as users read it: option labels, place names, 是/否. */
export function analyticsValueLabel(field: CatalogField | undefined, value: string, ctx: ExplainContext = {}): string {
  if (!field) return value;
  switch (field.type) {
    case 'ENUM':
      return field.enumValues.find((e) => e.code === value)?.label ?? value;
    case 'DIVISION':
      return ctx.divisionName?.(value) ?? value;
    case 'BOOLEAN':
      return value === 'true' ? '是' : value === 'false' ? '否' : value;
    default:
      return value;
  }
}

function fieldLabel(dataset: CatalogDataset, key: string | null | undefined): string {
  if (!key) return '（未选字段）';
  return dataset.fields.find((f) => f.key === key)?.label ?? key;
}

function explainLeaf(node: AnalyticsFilter, dataset: CatalogDataset, ctx: ExplainContext): string {
  const field = dataset.fields.find((f) => f.key === node.field);
  const name = fieldLabel(dataset, node.field);
  const op = node.op;
  if (!op) return `${name}（未选比较方式）`;
  const values = (node.values ?? []).map((v) => analyticsValueLabel(field, v, ctx));
  const quoted = (v: string) => (field?.type === 'TEXT' ? `“${v}”` : v);
  if (node.relative) {
    const period = relativeDateLabel(node.relative.kind, node.relative.n);
    switch (op) {
      case 'BETWEEN':
        return `${name}在${period}内`;
      case 'GTE':
        return `${name}不早于${period}开始`;
      case 'GT':
        return `${name}晚于${period}`;
      case 'LTE':
        return `${name}不晚于${period}结束`;
      case 'LT':
        return `${name}早于${period}`;
      default:
        return `${name}${ANALYTICS_OP_LABELS[op]}${period}`;
    }
  }
  switch (op) {
    case 'IS_NULL':
      return `${name}为空`;
    case 'BETWEEN':
      return `${name}介于${quoted(values[0] ?? '?')}至${quoted(values[1] ?? '?')}`;
    case 'IN':
    case 'NOT_IN':
      return `${name}${op === 'IN' ? '是' : '不是'}${values.map(quoted).join('、') || '?'}${values.length > 1 ? '之一' : ''}`;
    case 'EQ':
      return `${name}为${quoted(values[0] ?? '?')}`;
    case 'NE':
      return `${name}不为${quoted(values[0] ?? '?')}`;
    case 'CONTAINS':
      return `${name}包含${quoted(values[0] ?? '?')}`;
    default:
      return `${name}${ANALYTICS_OP_LABELS[op]}${values[0] ?? '?'}`;
  }
}

/** A filter tree as a sentence: 且 / 或 / 并非, with brackets where a group sits inside another. */
export function explainAnalyticsFilter(node: AnalyticsFilter, dataset: CatalogDataset, ctx: ExplainContext = {}, nested = false): string {
  const list = node.and ?? node.or;
  if (list) {
    const parts = list.map((c) => explainAnalyticsFilter(c, dataset, ctx, true));
    const text = parts.join(node.and ? '，且' : '，或');
    return nested && parts.length > 1 ? `（${text}）` : text;
  }
  if (node.not) return `并非${explainAnalyticsFilter(node.not, dataset, ctx, true).replace(/^(?!（)(.*)$/, '（$1）')}`;
  return explainLeaf(node, dataset, ctx);
}

/** The whole query in one or a few Chinese sentences. */
export function explainAnalyticsQuery(query: AnalyticsQuery, dataset: CatalogDataset | undefined, ctx: ExplainContext = {}): string {
  if (!dataset) return `未知的数据集“${query.dataset}”。`;
  const parts: string[] = [];
  const hasFilter = !!query.filter && !!(query.filter.field || query.filter.and?.length || query.filter.or?.length || query.filter.not);
  parts.push(
    `从“${dataset.label}”中${hasFilter ? `选出${explainAnalyticsFilter(query.filter!, dataset, ctx)}的${dataset.unit}` : `取全部${dataset.unit}`}`,
  );
  const grouped = !!query.groupBy?.length;
  const labelOfKey = (key: string): string => {
    const dim = query.groupBy?.find((d) => dimensionKey(d) === key);
    if (dim) return dimensionLabel(dataset, dim.field, dim.granularity, dim.level);
    const measure = (query.measures?.length ? query.measures : [{ aggregate: 'COUNT' as const }]).find((m) => measureKey(m) === key);
    if (measure) return measureLabel(dataset, measure.aggregate, measure.field);
    return fieldLabel(dataset, key);
  };
  if (grouped) {
    const dims = query.groupBy!.map((d) => dimensionLabel(dataset, d.field, d.granularity, d.level));
    const measures = (query.measures?.length ? query.measures : [{ aggregate: 'COUNT' as const }]).map((m) =>
      measureLabel(dataset, m.aggregate, m.field),
    );
    parts.push(`按${dims.join('、')}汇总，计算${measures.join('、')}`);
    if (query.having?.length) {
      const conditions = query.having.map((h) => {
        const name = labelOfKey(h.measure);
        return h.op === 'BETWEEN'
          ? `${name}介于${h.values[0] ?? '?'}至${h.values[1] ?? '?'}`
          : `${name}${ANALYTICS_OP_LABELS[h.op]}${h.values[0] ?? '?'}`;
      });
      parts.push(`只保留${conditions.join('且')}的分组`);
    }
  } else {
    const columns = (query.columns?.length ? query.columns : dataset.defaultColumns).map((k) => fieldLabel(dataset, k));
    parts.push(`逐条列出${columns.join('、')}`);
  }
  if (query.sort?.length) {
    parts.push(`按${query.sort.map((s) => `${labelOfKey(s.key)}${s.direction === 'DESC' ? '从高到低' : '从低到高'}`).join('、再按')}排列`);
  }
  if (grouped && query.limit) parts.push(`最多显示${query.limit}组`);
  return `${parts.join('；')}。`;
}

export function dimensionLabel(
  dataset: CatalogDataset,
  field: string,
  granularity?: keyof typeof DATE_GRANULARITY_LABELS | null,
  level?: keyof typeof DIVISION_LEVEL_LABELS | null,
): string {
  const name = fieldLabel(dataset, field);
  if (granularity) return `${name}（${DATE_GRANULARITY_LABELS[granularity]}）`;
  if (level) return `${name}（${DIVISION_LEVEL_LABELS[level]}）`;
  return name;
}

export function measureLabel(dataset: CatalogDataset, aggregate: keyof typeof ANALYTICS_AGGREGATE_LABELS, field?: string | null): string {
  if (!field) return aggregate === 'COUNT' ? `${dataset.unit}数` : ANALYTICS_AGGREGATE_LABELS[aggregate];
  const name = fieldLabel(dataset, field);
  switch (aggregate) {
    case 'COUNT':
      return `${name}（非空）个数`;
    case 'COUNT_DISTINCT':
      return `不同${name}的个数`;
    case 'SUM':
      return `${name}合计`;
    case 'AVG': {
      const f = dataset.fields.find((x) => x.key === field);
      return f?.type === 'BOOLEAN' ? `${name}的比例` : `${name}平均值`;
    }
    case 'MIN':
      return `${name}最小值`;
    case 'MAX':
      return `${name}最大值`;
  }
}
