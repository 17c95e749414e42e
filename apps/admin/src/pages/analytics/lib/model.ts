import {
  dateBucketLabel,
  type AnalyticsFilter,
  type AnalyticsQuery,
  type CatalogDataset,
  type CatalogField,
  type DateGranularity,
} from '@hebei/domain';
import type { AnalyticsCatalogQuery as CatalogDoc, RunAnalyticsQuery as RunDoc } from '../../../graphql/generated/graphql';

export type CatalogInfo = CatalogDoc['analyticsCatalog'];
export type DatasetInfo = CatalogInfo['datasets'][number];
export type FieldInfo = DatasetInfo['fields'][number];
export type AnalyticsResultData = RunDoc['runAnalyticsQuery'];
export type ResultColumn = AnalyticsResultData['columns'][number];
export type ChartType = 'TABLE' | 'BAR' | 'STACKED_BAR' | 'LINE' | 'PIE' | 'HEAT_TABLE';

export interface ChartSpec {
  type: ChartType;
  x?: string | null;
  series?: string | null;
  measure?: string | null;
}

/** The catalogue as the domain's explanation reads it. */
export function toCatalogDataset(d: DatasetInfo): CatalogDataset {
  return {
    key: d.key,
    label: d.label,
    unit: d.unit,
    defaultColumns: d.defaultColumns,
    fields: d.fields.map((f): CatalogField => ({
      key: f.key,
      label: f.label,
      type: f.type === 'PERCENT' ? 'NUMBER' : f.type,
      ops: f.ops,
      aggregates: f.aggregates,
      dimension: f.dimension,
      column: f.listed,
      nullable: f.nullable,
      personalData: (f.personalData as CatalogField['personalData']) ?? null,
      enumValues: f.enumValues,
      unit: f.unit,
    })),
  };
}

/** A new query on a dataset: a summary counting its rows. */
export function emptyQuery(dataset: string): AnalyticsQuery {
  return { dataset, filter: { and: [] }, groupBy: [], measures: [{ aggregate: 'COUNT' }], having: [], sort: [] };
}

/** Row mode is marked by chosen columns; everything else is a summary (which needs at least one dimension to run). */
export function queryMode(q: AnalyticsQuery): 'groups' | 'rows' {
  return q.groupBy?.length || !q.columns ? 'groups' : 'rows';
}

/** Leaves without a field or op, empty groups: what the user has not finished yet is left out of the request. */
export function pruneFilter(node: AnalyticsFilter | null | undefined): AnalyticsFilter | null {
  if (!node) return null;
  if (node.and || node.or) {
    const kids = (node.and ?? node.or ?? []).map(pruneFilter).filter((k): k is AnalyticsFilter => !!k);
    if (kids.length === 0) return null;
    return node.and ? { and: kids } : { or: kids };
  }
  if (node.not) {
    const inner = pruneFilter(node.not);
    return inner ? { not: inner } : null;
  }
  if (!node.field || !node.op) return null;
  if (node.op === 'IS_NULL') return { field: node.field, op: node.op };
  if (node.relative) return { field: node.field, op: node.op, relative: node.relative };
  const values = (node.values ?? []).filter((v) => v !== '');
  if (values.length === 0) return null;
  return { field: node.field, op: node.op, values };
}

/** What is sent: unfinished parts dropped, the mode's fields only. */
export function requestQuery(q: AnalyticsQuery): AnalyticsQuery {
  const filter = pruneFilter(q.filter);
  const base: AnalyticsQuery = { dataset: q.dataset, ...(filter ? { filter } : {}) };
  if (q.groupBy?.length) {
    return {
      ...base,
      groupBy: q.groupBy,
      measures: q.measures?.length ? q.measures : [{ aggregate: 'COUNT' }],
      ...(q.having?.length ? { having: q.having.filter((h) => h.values.every((v) => v !== '') && h.values.length > 0) } : {}),
      ...(q.sort?.length ? { sort: q.sort } : {}),
      ...(q.limit ? { limit: q.limit } : {}),
    };
  }
  return { ...base, ...(q.columns?.length ? { columns: q.columns } : {}), ...(q.sort?.length ? { sort: q.sort } : {}) };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** A query's definition as a URL parameter (a link opens it). */
export function encodeQueryParam(q: AnalyticsQuery, chart?: ChartSpec | null): string {
  return toBase64Url(JSON.stringify(chart && chart.type !== 'TABLE' ? { ...q, chart } : q));
}

export function decodeQueryParam(param: string): { query: AnalyticsQuery; chart: ChartSpec | null } | null {
  try {
    const parsed = JSON.parse(fromBase64Url(param)) as AnalyticsQuery & { chart?: ChartSpec };
    if (!parsed || typeof parsed !== 'object' || typeof parsed.dataset !== 'string') return null;
    const { chart, ...query } = parsed;
    return { query, chart: chart ?? null };
  } catch {
    return null;
  }
}

export interface LabelContext {
  divisionName: (code: string) => string | undefined;
  field: (key: string | null | undefined) => FieldInfo | undefined;
}

/** A cell as users read it: option labels, place names, 是/否, date buckets, percentages, units. */
export function cellText(column: ResultColumn, value: unknown, ctx: LabelContext): string {
  if (value === null || value === undefined) return column.role === 'MEASURE' ? '—' : '（空）';
  if (Array.isArray(value)) return value.map((v) => cellText({ ...column, multiple: false }, v, ctx)).join('、');
  const field = ctx.field(column.field);
  switch (column.type) {
    case 'ENUM':
      return field?.enumValues.find((e) => e.code === value)?.label ?? String(value);
    case 'DIVISION':
      return ctx.divisionName(String(value)) ?? String(value);
    case 'BOOLEAN':
      return value === true || value === 'true' ? '是' : '否';
    case 'PERCENT':
      return `${(Number(value) * 100).toFixed(1)}%`;
    case 'DATE':
      return column.granularity ? dateBucketLabel(String(value), column.granularity as DateGranularity) : String(value);
    case 'MONEY':
      return `${Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}${column.unit ? ` ${column.unit}` : ''}`;
    case 'NUMBER':
      return `${Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}${column.unit ? ` ${column.unit}` : ''}`;
    default:
      return String(value);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The dates of a bucket key, for drilling from a bucket to its rows. */
export function bucketRange(key: string, granularity: DateGranularity): [string, string] | null {
  if (granularity === 'DAY') return [key, key];
  if (granularity === 'WEEK') {
    const [y, m, d] = key.split('-').map(Number);
    const end = new Date(Date.UTC(y, m - 1, d + 6));
    return [key, `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`];
  }
  if (granularity === 'MONTH') {
    const [y, m] = key.split('-').map(Number);
    return [`${key}-01`, `${key}-${pad(lastDay(y, m))}`];
  }
  if (granularity === 'QUARTER') {
    const y = Number(key.slice(0, 4));
    const q = Number(key.slice(6));
    const m0 = (q - 1) * 3 + 1;
    return [`${y}-${pad(m0)}-01`, `${y}-${pad(m0 + 2)}-${pad(lastDay(y, m0 + 2))}`];
  }
  return [`${key}-01-01`, `${key}-12-31`];
}

export interface DrillPick {
  column: ResultColumn;
  value: unknown;
}

/**
 * Drill-through: the rows behind one group (or a bar, which may merge several groups) — the summary's own filter and
 * the picked dimension values as conditions, in row mode with the dataset's default columns.
 */
export function drillQuery(q: AnalyticsQuery, picks: DrillPick[]): AnalyticsQuery {
  const conditions: AnalyticsFilter[] = [];
  const base = pruneFilter(q.filter);
  if (base) conditions.push(base);
  for (const { column: c, value: v } of picks) {
    if (c.role !== 'DIMENSION' || !c.field) continue;
    if (v === null || v === undefined) conditions.push({ field: c.field, op: 'IS_NULL' });
    else if (c.type === 'DATE' && c.granularity) {
      const range = bucketRange(String(v), c.granularity as DateGranularity);
      if (range) conditions.push({ field: c.field, op: 'BETWEEN', values: range });
    } else conditions.push({ field: c.field, op: 'EQ', values: [String(v)] });
  }
  return { dataset: q.dataset, ...(conditions.length ? { filter: { and: conditions } } : {}) };
}

/** A whole group row's dimensions. */
export function rowPicks(columns: ResultColumn[], row: unknown[]): DrillPick[] {
  return columns.map((column, i) => ({ column, value: row[i] })).filter((p) => p.column.role === 'DIMENSION');
}
