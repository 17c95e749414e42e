/**
 * Analysts' custom queries (SPEC §6): the query language, its limits and the rules that decide whether a query is
 * acceptable — pure, shared by the API's compiler and the admin's query builder. No SQL here: the API turns a
 * normalised query into one statement; this module only knows the catalogue's field descriptions.
 */
import { addDays, daysBetween, dayOfWeek, isIsoDate, isoDate, IsoDate, parseIsoDate } from './calendar';
import { FieldViolation } from './errors';

export const ANALYTICS_FIELD_TYPES = ['TEXT', 'NUMBER', 'MONEY', 'DATE', 'ENUM', 'DIVISION', 'BOOLEAN'] as const;
export type AnalyticsFieldType = (typeof ANALYTICS_FIELD_TYPES)[number];
/** A result column is a field type, or a share (the average of a yes/no field). */
export type AnalyticsColumnType = AnalyticsFieldType | 'PERCENT';

export const ANALYTICS_OPS = ['EQ', 'NE', 'IN', 'NOT_IN', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'CONTAINS', 'IS_NULL'] as const;
export type AnalyticsOp = (typeof ANALYTICS_OPS)[number];

export const ANALYTICS_AGGREGATES = ['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX'] as const;
export type AnalyticsAggregate = (typeof ANALYTICS_AGGREGATES)[number];

export const DATE_GRANULARITIES = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type DateGranularity = (typeof DATE_GRANULARITIES)[number];

export const DIVISION_LEVELS = ['CITY', 'COUNTY'] as const;
export type AnalyticsDivisionLevel = (typeof DIVISION_LEVELS)[number];

export const RELATIVE_DATE_KINDS = [
  'LAST_N_DAYS',
  'THIS_MONTH',
  'THIS_QUARTER',
  'THIS_YEAR',
  'LAST_MONTH',
  'LAST_QUARTER',
  'LAST_YEAR',
] as const;
export type RelativeDateKind = (typeof RELATIVE_DATE_KINDS)[number];

export type SortDirection = 'ASC' | 'DESC';
export const HAVING_OPS = ['EQ', 'NE', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN'] as const satisfies readonly AnalyticsOp[];
export type HavingOp = (typeof HAVING_OPS)[number];

/** Bounds that keep every query cheap enough to run while the user waits (SPEC §6 "bounded by a row/time cost limit"). */
export const ANALYTICS_LIMITS = {
  /** A filter tree deeper than this is refused (a single condition has depth 1). */
  maxFilterDepth: 10,
  maxFilterLeaves: 100,
  maxDimensions: 3,
  maxMeasures: 8,
  maxHaving: 5,
  maxSort: 4,
  maxColumns: 30,
  maxInValues: 200,
  maxValueLength: 200,
  maxLastNDays: 3660,
  /** Estimated or actual groups of one summary. */
  maxGroups: 10_000,
  /** Rows per page in row mode. */
  maxPageSize: 100,
  defaultPageSize: 20,
  maxExportRows: 200_000,
  maxNumber: 1e12,
} as const;

export interface AnalyticsRelativeDate {
  kind: RelativeDateKind;
  /** Days for LAST_N_DAYS (today included). */
  n?: number | null;
}

/** A filter node: exactly one of and / or / not, or a leaf (field + op + values or a relative date). */
export interface AnalyticsFilter {
  and?: AnalyticsFilter[] | null;
  or?: AnalyticsFilter[] | null;
  not?: AnalyticsFilter | null;
  field?: string | null;
  op?: AnalyticsOp | null;
  /** Values as text, read according to the field's type (numbers, YYYY-MM-DD dates, codes, true/false). */
  values?: string[] | null;
  relative?: AnalyticsRelativeDate | null;
}

export interface AnalyticsDimension {
  field: string;
  granularity?: DateGranularity | null;
  level?: AnalyticsDivisionLevel | null;
}

export interface AnalyticsMeasure {
  aggregate: AnalyticsAggregate;
  /** Without a field, COUNT counts rows. */
  field?: string | null;
}

export interface AnalyticsHaving {
  /** A measure's key, e.g. `count` or `avg.rating`. */
  measure: string;
  op: HavingOp;
  values: string[];
}

export interface AnalyticsSort {
  /** A column key: a dimension's or measure's key, or in row mode a field key. */
  key: string;
  direction?: SortDirection | null;
}

export interface AnalyticsQuery {
  dataset: string;
  filter?: AnalyticsFilter | null;
  groupBy?: AnalyticsDimension[] | null;
  measures?: AnalyticsMeasure[] | null;
  having?: AnalyticsHaving[] | null;
  sort?: AnalyticsSort[] | null;
  limit?: number | null;
  /** Row mode (no groupBy): the fields shown, in order; default the dataset's default columns. */
  columns?: string[] | null;
}

/** What the catalogue says about a field — all the rules need. */
export interface CatalogField {
  key: string;
  label: string;
  type: AnalyticsFieldType;
  ops: readonly AnalyticsOp[];
  aggregates: readonly AnalyticsAggregate[];
  /** May be a group-by dimension. */
  dimension: boolean;
  /** May be a row-mode column. */
  column: boolean;
  nullable: boolean;
  personalData: 'phone' | 'email' | 'idNumber' | null;
  enumValues: readonly { code: string; label: string }[];
  unit?: string | null;
  /** Earliest plausible date of a date field, for estimating date buckets. */
  earliest?: IsoDate | null;
  /** Rough number of distinct values of a text dimension. */
  cardinality?: number | null;
}

export interface CatalogDataset {
  key: string;
  label: string;
  /** What one row is, e.g. 家 / 条 / 个 — used in explanations. */
  unit: string;
  fields: readonly CatalogField[];
  defaultColumns: readonly string[];
}

// ---------------------------------------------------------------------------
// Types → ops and aggregates
// ---------------------------------------------------------------------------

const OPS_BY_TYPE: Record<AnalyticsFieldType, readonly AnalyticsOp[]> = {
  TEXT: ['EQ', 'NE', 'IN', 'NOT_IN', 'CONTAINS', 'IS_NULL'],
  NUMBER: ['EQ', 'NE', 'IN', 'NOT_IN', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IS_NULL'],
  MONEY: ['EQ', 'NE', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IS_NULL'],
  DATE: ['EQ', 'NE', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IS_NULL'],
  ENUM: ['EQ', 'NE', 'IN', 'NOT_IN', 'IS_NULL'],
  DIVISION: ['EQ', 'NE', 'IN', 'NOT_IN', 'IS_NULL'],
  BOOLEAN: ['EQ', 'NE', 'IS_NULL'],
};

const AGGREGATES_BY_TYPE: Record<AnalyticsFieldType, readonly AnalyticsAggregate[]> = {
  TEXT: ['COUNT', 'COUNT_DISTINCT'],
  NUMBER: ['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX'],
  MONEY: ['COUNT', 'SUM', 'AVG', 'MIN', 'MAX'],
  DATE: ['COUNT', 'COUNT_DISTINCT', 'MIN', 'MAX'],
  ENUM: ['COUNT', 'COUNT_DISTINCT'],
  DIVISION: ['COUNT', 'COUNT_DISTINCT'],
  /** The average of a yes/no field is the share of yes (e.g. answered within 5 working days). */
  BOOLEAN: ['COUNT', 'AVG'],
};

/** The ops a field of this type may use; a declaration can narrow them, never widen. */
export function opsForType(type: AnalyticsFieldType, nullable = true): AnalyticsOp[] {
  return OPS_BY_TYPE[type].filter((op) => nullable || op !== 'IS_NULL');
}

export function aggregatesForType(type: AnalyticsFieldType): AnalyticsAggregate[] {
  return [...AGGREGATES_BY_TYPE[type]];
}

/** Group-by needs few distinct values: codes, places, dates in buckets, yes/no, or a declared text dimension. */
export function isDimensionType(type: AnalyticsFieldType): boolean {
  return type === 'ENUM' || type === 'DIVISION' || type === 'DATE' || type === 'BOOLEAN' || type === 'TEXT';
}

/** ANALYST reads personal data masked (SPEC §1): such a field may be shown (masked) and counted, nothing else. */
export function personalFieldUse(masked: boolean, use: 'column' | 'filter' | 'dimension' | 'sort' | 'aggregate', op?: string): boolean {
  if (!masked) return true;
  if (use === 'column') return true;
  if (use === 'filter') return op === 'IS_NULL';
  if (use === 'aggregate') return op === 'COUNT';
  return false;
}

// ---------------------------------------------------------------------------
// Dates: relative ranges and buckets (Beijing calendar dates; a week starts on Monday, ISO 8601)
// ---------------------------------------------------------------------------

function lastDayOfMonth(y: number, m: number): IsoDate {
  return addDays(m === 12 ? isoDate(y + 1, 1, 1) : isoDate(y, m + 1, 1), -1);
}

/** The inclusive date range a relative date stands for on `today`. */
export function relativeDateRange(rel: AnalyticsRelativeDate, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const [y, m] = parseIsoDate(today);
  const q = Math.floor((m - 1) / 3);
  switch (rel.kind) {
    case 'LAST_N_DAYS':
      return { from: addDays(today, -((rel.n ?? 1) - 1)), to: today };
    case 'THIS_MONTH':
      return { from: isoDate(y, m, 1), to: lastDayOfMonth(y, m) };
    case 'LAST_MONTH': {
      const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
      return { from: isoDate(py, pm, 1), to: lastDayOfMonth(py, pm) };
    }
    case 'THIS_QUARTER':
      return { from: isoDate(y, q * 3 + 1, 1), to: lastDayOfMonth(y, q * 3 + 3) };
    case 'LAST_QUARTER': {
      const [py, pq] = q === 0 ? [y - 1, 3] : [y, q - 1];
      return { from: isoDate(py, pq * 3 + 1, 1), to: lastDayOfMonth(py, pq * 3 + 3) };
    }
    case 'THIS_YEAR':
      return { from: isoDate(y, 1, 1), to: isoDate(y, 12, 31) };
    case 'LAST_YEAR':
      return { from: isoDate(y - 1, 1, 1), to: isoDate(y - 1, 12, 31) };
  }
}

/** Monday of the ISO week containing `date`. */
export function isoWeekStart(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** ISO 8601 week-numbering year and week of a date (the week belongs to the year of its Thursday). */
export function isoWeekOf(date: IsoDate): { year: number; week: number } {
  const thursday = addDays(isoWeekStart(date), 3);
  const year = parseIsoDate(thursday)[0];
  return { year, week: Math.floor(daysBetween(isoDate(year, 1, 1), thursday) / 7) + 1 };
}

/**
 * The bucket key of a date, exactly as the SQL of both engines computes it: day `2026-11-27`, week the Monday
 * `2026-11-23`, month `2026-11`, quarter `2026-Q4`, year `2026`.
 */
export function dateBucketKey(date: IsoDate, granularity: DateGranularity): string {
  switch (granularity) {
    case 'DAY':
      return date;
    case 'WEEK':
      return isoWeekStart(date);
    case 'MONTH':
      return date.slice(0, 7);
    case 'QUARTER':
      return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
    case 'YEAR':
      return date.slice(0, 4);
  }
}

/** How a bucket key reads in Chinese. */
export function dateBucketLabel(key: string, granularity: DateGranularity): string {
  switch (granularity) {
    case 'DAY':
      return key;
    case 'WEEK': {
      if (!isIsoDate(key)) return key;
      const { year, week } = isoWeekOf(key);
      return `${year}年第${week}周（${Number(key.slice(5, 7))}月${Number(key.slice(8, 10))}日起）`;
    }
    case 'MONTH':
      return /^\d{4}-\d{2}$/.test(key) ? `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月` : key;
    case 'QUARTER':
      return /^\d{4}-Q[1-4]$/.test(key) ? `${key.slice(0, 4)}年第${key.slice(6)}季度` : key;
    case 'YEAR':
      return /^\d{4}$/.test(key) ? `${key}年` : key;
  }
}

/** Number of buckets between two dates (both included). */
export function dateBucketCount(from: IsoDate, to: IsoDate, granularity: DateGranularity): number {
  if (from > to) return 0;
  const [fy, fm] = parseIsoDate(from);
  const [ty, tm] = parseIsoDate(to);
  switch (granularity) {
    case 'DAY':
      return daysBetween(from, to) + 1;
    case 'WEEK':
      return daysBetween(isoWeekStart(from), isoWeekStart(to)) / 7 + 1;
    case 'MONTH':
      return (ty - fy) * 12 + (tm - fm) + 1;
    case 'QUARTER':
      return (ty - fy) * 4 + (Math.floor((tm - 1) / 3) - Math.floor((fm - 1) / 3)) + 1;
    case 'YEAR':
      return ty - fy + 1;
  }
}

// ---------------------------------------------------------------------------
// Keys of result columns
// ---------------------------------------------------------------------------

export function dimensionKey(d: AnalyticsDimension): string {
  return [d.field, d.granularity?.toLowerCase(), d.level?.toLowerCase()].filter(Boolean).join('.');
}

const AGGREGATE_KEYS: Record<AnalyticsAggregate, string> = {
  COUNT: 'count',
  COUNT_DISTINCT: 'countDistinct',
  SUM: 'sum',
  AVG: 'avg',
  MIN: 'min',
  MAX: 'max',
};

export function measureKey(m: AnalyticsMeasure): string {
  return m.field ? `${AGGREGATE_KEYS[m.aggregate]}.${m.field}` : AGGREGATE_KEYS[m.aggregate];
}

// ---------------------------------------------------------------------------
// Normalisation: validated, typed, relative dates resolved
// ---------------------------------------------------------------------------

export type AnalyticsScalar = string | number | boolean;

export type NormalizedFilter =
  | { kind: 'and' | 'or'; children: NormalizedFilter[] }
  | { kind: 'not'; child: NormalizedFilter }
  /** BETWEEN has [low, high]; IS_NULL none; relative dates are already resolved to BETWEEN / GTE / … . */
  | { kind: 'leaf'; field: CatalogField; op: AnalyticsOp; values: AnalyticsScalar[] };

export interface NormalizedDimension {
  key: string;
  field: CatalogField;
  granularity: DateGranularity | null;
  level: AnalyticsDivisionLevel | null;
}

export interface NormalizedMeasure {
  key: string;
  aggregate: AnalyticsAggregate;
  field: CatalogField | null;
  type: AnalyticsColumnType;
}

export interface NormalizedHaving {
  measure: NormalizedMeasure;
  op: HavingOp;
  values: number[];
}

export type SortTarget =
  { kind: 'dimension'; index: number } | { kind: 'measure'; index: number } | { kind: 'column'; field: CatalogField };

export interface NormalizedSort {
  key: string;
  direction: SortDirection;
  target: SortTarget;
}

export interface NormalizedAnalyticsQuery {
  dataset: CatalogDataset;
  mode: 'groups' | 'rows';
  filter: NormalizedFilter | null;
  dimensions: NormalizedDimension[];
  measures: NormalizedMeasure[];
  having: NormalizedHaving[];
  sort: NormalizedSort[];
  /** Groups: the user's limit (top N) or null; rows: ignored (pages). */
  limit: number | null;
  columns: CatalogField[];
}

export interface NormalizeOptions {
  today: IsoDate;
  /** The caller reads personal data masked (ANALYST). */
  masked: boolean;
  /** Whether a code is a division of the registry (any level). */
  isDivision: (code: string) => boolean;
}

export type NormalizeResult = { ok: true; query: NormalizedAnalyticsQuery } | { ok: false; violations: FieldViolation[] };

const OP_LABELS: Record<AnalyticsOp, string> = {
  EQ: '等于',
  NE: '不等于',
  IN: '属于',
  NOT_IN: '不属于',
  LT: '小于',
  LTE: '小于等于',
  GT: '大于',
  GTE: '大于等于',
  BETWEEN: '介于',
  CONTAINS: '包含',
  IS_NULL: '为空',
};

export const ANALYTICS_OP_LABELS: Readonly<Record<AnalyticsOp, string>> = OP_LABELS;

export const ANALYTICS_AGGREGATE_LABELS: Readonly<Record<AnalyticsAggregate, string>> = {
  COUNT: '计数',
  COUNT_DISTINCT: '去重计数',
  SUM: '求和',
  AVG: '平均值',
  MIN: '最小值',
  MAX: '最大值',
};

export const DATE_GRANULARITY_LABELS: Readonly<Record<DateGranularity, string>> = {
  DAY: '按日',
  WEEK: '按周',
  MONTH: '按月',
  QUARTER: '按季度',
  YEAR: '按年',
};

export const DIVISION_LEVEL_LABELS: Readonly<Record<AnalyticsDivisionLevel, string>> = { CITY: '市级', COUNTY: '县级' };

export const ANALYTICS_FIELD_TYPE_LABELS: Readonly<Record<AnalyticsColumnType, string>> = {
  TEXT: '文本',
  NUMBER: '数值',
  MONEY: '金额',
  DATE: '日期',
  ENUM: '选项',
  DIVISION: '行政区划',
  BOOLEAN: '是/否',
  PERCENT: '比例',
};

const NUMBER_RE = /^-?\d{1,13}(\.\d{1,6})?$/;

const VALUE_COUNT: Partial<Record<AnalyticsOp, [number, number]>> = {
  IS_NULL: [0, 0],
  IN: [1, ANALYTICS_LIMITS.maxInValues],
  NOT_IN: [1, ANALYTICS_LIMITS.maxInValues],
  BETWEEN: [2, 2],
};

/** Depth and leaves of a raw filter tree, without recursing past the limits (a hostile tree costs nothing). */
export function filterTreeSize(filter: AnalyticsFilter | null | undefined): { depth: number; leaves: number } {
  let leaves = 0;
  let deepest = 0;
  const visit = (node: AnalyticsFilter, depth: number) => {
    deepest = Math.max(deepest, depth);
    if (depth > ANALYTICS_LIMITS.maxFilterDepth || leaves > ANALYTICS_LIMITS.maxFilterLeaves) return;
    const children = [...(node.and ?? []), ...(node.or ?? []), ...(node.not ? [node.not] : [])];
    if (!children.length) leaves += 1;
    for (const c of children) visit(c, depth + 1);
  };
  if (filter) visit(filter, 1);
  return { depth: deepest, leaves };
}

/**
 * Checks a query against its dataset's catalogue and returns it typed, or every problem with a field path
 * (`filter.and.1.values.0`, `groupBy.2.field`, …) and a Chinese message.
 */
export function normalizeAnalyticsQuery(
  query: AnalyticsQuery,
  dataset: CatalogDataset | undefined,
  options: NormalizeOptions,
): NormalizeResult {
  const violations: FieldViolation[] = [];
  const fail = (field: string, code: string, message: string) => {
    violations.push({ field, code, message });
  };
  if (!dataset) {
    fail('dataset', 'UNKNOWN_DATASET', `没有名为“${clip(query.dataset)}”的数据集`);
    return { ok: false, violations };
  }
  const byKey = new Map(dataset.fields.map((f) => [f.key, f]));
  const fieldOf = (key: string | null | undefined, path: string): CatalogField | undefined => {
    const f = key ? byKey.get(key) : undefined;
    if (!f) fail(path, 'UNKNOWN_FIELD', key ? `“${dataset.label}”中没有字段“${clip(key)}”` : '请选择字段');
    return f;
  };

  // --- filter --------------------------------------------------------------
  let filter: NormalizedFilter | null = null;
  const size = filterTreeSize(query.filter);
  if (size.depth > ANALYTICS_LIMITS.maxFilterDepth) {
    fail('filter', 'FILTER_TOO_DEEP', `筛选条件最多嵌套${ANALYTICS_LIMITS.maxFilterDepth}层`);
  } else if (size.leaves > ANALYTICS_LIMITS.maxFilterLeaves) {
    fail('filter', 'FILTER_TOO_WIDE', `筛选条件最多${ANALYTICS_LIMITS.maxFilterLeaves}个`);
  } else if (query.filter) {
    filter = normalizeFilter(query.filter, 'filter');
  }

  function normalizeFilter(node: AnalyticsFilter, path: string): NormalizedFilter | null {
    const kinds = [node.and != null, node.or != null, node.not != null, node.field != null || node.op != null].filter(Boolean).length;
    if (kinds !== 1) {
      fail(path, 'INVALID_FILTER', '每个筛选节点应为“且”“或”“非”之一，或一个字段条件');
      return null;
    }
    if (node.and || node.or) {
      const list = (node.and ?? node.or)!;
      const key = node.and ? 'and' : 'or';
      if (!list.length) {
        fail(`${path}.${key}`, 'EMPTY_GROUP', '条件组中至少要有一个条件');
        return null;
      }
      const children = list.map((c, i) => normalizeFilter(c, `${path}.${key}.${i}`));
      return children.every((c): c is NormalizedFilter => c !== null) ? { kind: key, children } : null;
    }
    if (node.not) {
      const child = normalizeFilter(node.not, `${path}.not`);
      return child ? { kind: 'not', child } : null;
    }
    return normalizeLeaf(node, path);
  }

  function normalizeLeaf(node: AnalyticsFilter, path: string): NormalizedFilter | null {
    const field = fieldOf(node.field, `${path}.field`);
    if (!field) return null;
    const op = node.op;
    if (!op || !(ANALYTICS_OPS as readonly string[]).includes(op)) {
      fail(`${path}.op`, 'UNKNOWN_OP', '请选择比较方式');
      return null;
    }
    if (!field.ops.includes(op)) {
      fail(`${path}.op`, 'OP_NOT_ALLOWED', `“${field.label}”（${ANALYTICS_FIELD_TYPE_LABELS[field.type]}）不能使用“${OP_LABELS[op]}”`);
      return null;
    }
    if (field.personalData && !personalFieldUse(options.masked, 'filter', op)) {
      fail(`${path}.field`, 'PERSONAL_DATA_NOT_ALLOWED', `“${field.label}”是个人信息，分析人员只能按“为空”筛选`);
      return null;
    }
    const values = node.values ?? [];
    if (node.relative) {
      if (field.type !== 'DATE') {
        fail(`${path}.relative`, 'RELATIVE_DATE_NOT_ALLOWED', `“${field.label}”不是日期，不能使用相对日期`);
        return null;
      }
      if (!['BETWEEN', 'GTE', 'GT', 'LTE', 'LT'].includes(op)) {
        fail(`${path}.op`, 'OP_NOT_ALLOWED', `相对日期只能用于“介于”“早于”“晚于”等比较`);
        return null;
      }
      if (values.length) {
        fail(`${path}.values`, 'VALUES_NOT_ALLOWED', '使用相对日期时不再填写具体日期');
        return null;
      }
      const rel = node.relative;
      if (!(RELATIVE_DATE_KINDS as readonly string[]).includes(rel.kind)) {
        fail(`${path}.relative.kind`, 'UNKNOWN_RELATIVE_DATE', '未知的相对日期');
        return null;
      }
      if (rel.kind === 'LAST_N_DAYS') {
        const n = rel.n;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > ANALYTICS_LIMITS.maxLastNDays) {
          fail(`${path}.relative.n`, 'INVALID_DAYS', `天数应为1–${ANALYTICS_LIMITS.maxLastNDays}的整数`);
          return null;
        }
      }
      const { from, to } = relativeDateRange(rel, options.today);
      switch (op) {
        case 'BETWEEN':
          return { kind: 'leaf', field, op, values: [from, to] };
        case 'GTE':
        case 'LT':
          return { kind: 'leaf', field, op, values: [from] };
        default:
          return { kind: 'leaf', field, op, values: [to] };
      }
    }
    const [min, max] = VALUE_COUNT[op] ?? [1, 1];
    if (values.length < min || values.length > max) {
      const message =
        min === max
          ? min === 0
            ? `“${OP_LABELS[op]}”不需要填写值`
            : min === 2
              ? '“介于”需要填写起止两个值'
              : '请填写一个值'
          : `请填写1–${max}个值`;
      fail(`${path}.values`, 'VALUE_COUNT', message);
      return null;
    }
    const parsed: AnalyticsScalar[] = [];
    let ok = true;
    values.forEach((raw, i) => {
      const v = parseValue(field, op, raw, `${path}.values.${i}`);
      if (v === undefined) ok = false;
      else parsed.push(v);
    });
    if (!ok) return null;
    if (op === 'BETWEEN' && parsed[0] > parsed[1]) {
      fail(`${path}.values.1`, 'INVALID_RANGE', '结束值不能小于开始值');
      return null;
    }
    return { kind: 'leaf', field, op, values: parsed };
  }

  function parseValue(field: CatalogField, op: AnalyticsOp, raw: unknown, path: string): AnalyticsScalar | undefined {
    if (typeof raw !== 'string') {
      fail(path, 'INVALID_VALUE', '值应为文本');
      return undefined;
    }
    if ([...raw].length > ANALYTICS_LIMITS.maxValueLength) {
      fail(path, 'VALUE_TOO_LONG', `值最多${ANALYTICS_LIMITS.maxValueLength}个字`);
      return undefined;
    }
    switch (field.type) {
      case 'TEXT':
        if (op === 'CONTAINS' && raw === '') {
          fail(path, 'EMPTY_VALUE', '请输入要包含的文字');
          return undefined;
        }
        return raw;
      case 'NUMBER':
      case 'MONEY': {
        const n = Number(raw);
        if (!NUMBER_RE.test(raw.trim()) || !Number.isFinite(n) || Math.abs(n) > ANALYTICS_LIMITS.maxNumber) {
          fail(path, 'INVALID_NUMBER', `“${clip(raw)}”不是有效的数值`);
          return undefined;
        }
        return n;
      }
      case 'DATE':
        if (!isIsoDate(raw)) {
          fail(path, 'INVALID_DATE', `日期“${clip(raw)}”不存在（应为YYYY-MM-DD）`);
          return undefined;
        }
        return raw;
      case 'ENUM':
        if (!field.enumValues.some((e) => e.code === raw)) {
          fail(path, 'UNKNOWN_VALUE', `“${field.label}”没有选项“${clip(raw)}”`);
          return undefined;
        }
        return raw;
      case 'DIVISION':
        if (!/^\d{6}$/.test(raw) || !options.isDivision(raw)) {
          fail(path, 'UNKNOWN_DIVISION', `“${clip(raw)}”不是河北省的行政区划代码`);
          return undefined;
        }
        return raw;
      case 'BOOLEAN':
        if (raw !== 'true' && raw !== 'false') {
          fail(path, 'INVALID_BOOLEAN', '值应为“是”或“否”');
          return undefined;
        }
        return raw === 'true';
    }
  }

  // --- group by / measures ------------------------------------------------
  const grouped = !!query.groupBy?.length;
  const dimensions: NormalizedDimension[] = [];
  const measures: NormalizedMeasure[] = [];
  if ((query.groupBy?.length ?? 0) > ANALYTICS_LIMITS.maxDimensions) {
    fail('groupBy', 'TOO_MANY_DIMENSIONS', `最多按${ANALYTICS_LIMITS.maxDimensions}个维度汇总`);
  } else {
    (query.groupBy ?? []).forEach((d, i) => {
      const path = `groupBy.${i}`;
      const field = fieldOf(d.field, `${path}.field`);
      if (!field) return;
      if (field.personalData && !personalFieldUse(options.masked, 'dimension')) {
        fail(`${path}.field`, 'PERSONAL_DATA_NOT_ALLOWED', `“${field.label}”是个人信息，分析人员不能按其汇总`);
        return;
      }
      if (!field.dimension || !isDimensionType(field.type)) {
        fail(`${path}.field`, 'NOT_A_DIMENSION', `不能按“${field.label}”汇总`);
        return;
      }
      const granularity = d.granularity ?? null;
      const level = d.level ?? null;
      if (field.type === 'DATE' && !granularity) {
        fail(`${path}.granularity`, 'GRANULARITY_REQUIRED', `请选择“${field.label}”按日、周、月、季度还是年汇总`);
        return;
      }
      if (granularity && field.type !== 'DATE') {
        fail(`${path}.granularity`, 'GRANULARITY_NOT_ALLOWED', `“${field.label}”不是日期，不能按时间粒度汇总`);
        return;
      }
      if (granularity && !(DATE_GRANULARITIES as readonly string[]).includes(granularity)) {
        fail(`${path}.granularity`, 'UNKNOWN_GRANULARITY', '未知的时间粒度');
        return;
      }
      if (level && field.type !== 'DIVISION') {
        fail(`${path}.level`, 'LEVEL_NOT_ALLOWED', `“${field.label}”不是行政区划，不能选择层级`);
        return;
      }
      const dim: AnalyticsDimension = {
        field: field.key,
        granularity,
        level: field.type === 'DIVISION' ? (level ?? 'COUNTY') : null,
      };
      const key = dimensionKey(dim);
      if (dimensions.some((x) => x.key === key)) {
        fail(`${path}.field`, 'DUPLICATE_DIMENSION', `“${field.label}”重复`);
        return;
      }
      dimensions.push({ key, field, granularity: dim.granularity ?? null, level: dim.level ?? null });
    });
  }
  const rawMeasures = query.measures ?? [];
  if (!grouped && rawMeasures.length) {
    fail('measures', 'MEASURES_NEED_GROUP_BY', '明细查询不计算指标：请先选择汇总维度，或只看明细');
  } else if (rawMeasures.length > ANALYTICS_LIMITS.maxMeasures) {
    fail('measures', 'TOO_MANY_MEASURES', `最多${ANALYTICS_LIMITS.maxMeasures}个指标`);
  } else if (grouped) {
    (rawMeasures.length ? rawMeasures : [{ aggregate: 'COUNT' as const }]).forEach((m, i) => {
      const path = `measures.${i}`;
      if (!(ANALYTICS_AGGREGATES as readonly string[]).includes(m.aggregate)) {
        fail(`${path}.aggregate`, 'UNKNOWN_AGGREGATE', '未知的统计方式');
        return;
      }
      let field: CatalogField | null = null;
      if (m.field) {
        field = fieldOf(m.field, `${path}.field`) ?? null;
        if (!field) return;
        if (!field.aggregates.includes(m.aggregate)) {
          fail(`${path}.aggregate`, 'AGGREGATE_NOT_ALLOWED', `“${field.label}”不能计算${ANALYTICS_AGGREGATE_LABELS[m.aggregate]}`);
          return;
        }
        if (field.personalData && !personalFieldUse(options.masked, 'aggregate', m.aggregate)) {
          fail(`${path}.field`, 'PERSONAL_DATA_NOT_ALLOWED', `“${field.label}”是个人信息，分析人员只能计数`);
          return;
        }
      } else if (m.aggregate !== 'COUNT') {
        fail(`${path}.field`, 'FIELD_REQUIRED', `${ANALYTICS_AGGREGATE_LABELS[m.aggregate]}需要选择字段`);
        return;
      }
      const key = measureKey({ aggregate: m.aggregate, field: field?.key });
      if (measures.some((x) => x.key === key)) {
        fail(`${path}.field`, 'DUPLICATE_MEASURE', '指标重复');
        return;
      }
      measures.push({ key, aggregate: m.aggregate, field, type: measureType(m.aggregate, field) });
    });
  }

  // --- having -------------------------------------------------------------
  const having: NormalizedHaving[] = [];
  if (query.having?.length && !grouped) {
    fail('having', 'HAVING_NEEDS_GROUP_BY', '只有汇总查询才能筛选指标');
  } else if ((query.having?.length ?? 0) > ANALYTICS_LIMITS.maxHaving) {
    fail('having', 'TOO_MANY_HAVING', `指标筛选最多${ANALYTICS_LIMITS.maxHaving}个`);
  } else {
    (query.having ?? []).forEach((h, i) => {
      const path = `having.${i}`;
      const measure = measures.find((m) => m.key === h.measure);
      if (!measure) {
        fail(`${path}.measure`, 'UNKNOWN_MEASURE', `没有指标“${clip(h.measure)}”`);
        return;
      }
      if (!(HAVING_OPS as readonly string[]).includes(h.op)) {
        fail(`${path}.op`, 'OP_NOT_ALLOWED', '指标只能按大小比较');
        return;
      }
      const n = h.op === 'BETWEEN' ? 2 : 1;
      if ((h.values ?? []).length !== n) {
        fail(`${path}.values`, 'VALUE_COUNT', n === 2 ? '“介于”需要填写起止两个值' : '请填写一个值');
        return;
      }
      const values: number[] = [];
      h.values.forEach((raw, j) => {
        const v = typeof raw === 'string' ? Number(raw) : NaN;
        if (typeof raw !== 'string' || !NUMBER_RE.test(raw.trim()) || !Number.isFinite(v) || Math.abs(v) > ANALYTICS_LIMITS.maxNumber)
          fail(`${path}.values.${j}`, 'INVALID_NUMBER', `“${clip(String(raw))}”不是有效的数值`);
        else values.push(measure.type === 'PERCENT' ? v / 100 : v);
      });
      if (values.length === n) having.push({ measure, op: h.op, values });
    });
  }

  // --- columns (row mode) -------------------------------------------------
  const columns: CatalogField[] = [];
  if (!grouped) {
    const keys = query.columns?.length ? query.columns : dataset.defaultColumns;
    if (keys.length > ANALYTICS_LIMITS.maxColumns) fail('columns', 'TOO_MANY_COLUMNS', `最多显示${ANALYTICS_LIMITS.maxColumns}列`);
    else
      keys.forEach((k, i) => {
        const f = fieldOf(k, `columns.${i}`);
        if (!f) return;
        if (!f.column) fail(`columns.${i}`, 'NOT_A_COLUMN', `“${f.label}”不能作为明细列`);
        else if (columns.includes(f)) fail(`columns.${i}`, 'DUPLICATE_COLUMN', `“${f.label}”重复`);
        else columns.push(f);
      });
  } else if (query.columns?.length) {
    fail('columns', 'COLUMNS_WITH_GROUP_BY', '汇总查询的列由维度和指标决定');
  }

  // --- sort ---------------------------------------------------------------
  const sort: NormalizedSort[] = [];
  const maxSort = grouped ? ANALYTICS_LIMITS.maxSort : 1;
  if ((query.sort?.length ?? 0) > maxSort) {
    fail('sort', 'TOO_MANY_SORTS', grouped ? `最多按${maxSort}列排序` : '明细查询只能按一列排序');
  } else {
    (query.sort ?? []).forEach((s, i) => {
      const path = `sort.${i}`;
      const direction: SortDirection = s.direction === 'DESC' ? 'DESC' : 'ASC';
      if (s.direction && s.direction !== 'ASC' && s.direction !== 'DESC') fail(`${path}.direction`, 'INVALID_DIRECTION', '排序方向无效');
      let target: SortTarget | undefined;
      if (grouped) {
        const di = dimensions.findIndex((d) => d.key === s.key);
        const mi = measures.findIndex((m) => m.key === s.key);
        target = di >= 0 ? { kind: 'dimension', index: di } : mi >= 0 ? { kind: 'measure', index: mi } : undefined;
      } else {
        const f = byKey.get(s.key);
        if (f && f.column) {
          if (f.personalData && !personalFieldUse(options.masked, 'sort')) {
            fail(`${path}.key`, 'PERSONAL_DATA_NOT_ALLOWED', `“${f.label}”是个人信息，分析人员不能按其排序`);
            return;
          }
          target = { kind: 'column', field: f };
        }
      }
      if (!target) {
        fail(`${path}.key`, 'UNKNOWN_SORT', `不能按“${clip(s.key)}”排序：请选择结果中的列`);
        return;
      }
      if (sort.some((x) => x.key === s.key)) {
        fail(`${path}.key`, 'DUPLICATE_SORT', '排序列重复');
        return;
      }
      sort.push({ key: s.key, direction, target });
    });
  }

  // --- limit --------------------------------------------------------------
  let limit: number | null = null;
  if (query.limit != null) {
    if (!grouped) fail('limit', 'LIMIT_WITHOUT_GROUP_BY', '明细查询按页显示，不设条数上限');
    else if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > ANALYTICS_LIMITS.maxGroups)
      fail('limit', 'INVALID_LIMIT', `显示条数应为1–${ANALYTICS_LIMITS.maxGroups}`);
    else limit = query.limit;
  }

  if (violations.length) return { ok: false, violations };
  return {
    ok: true,
    query: { dataset, mode: grouped ? 'groups' : 'rows', filter, dimensions, measures, having, sort, limit, columns },
  };
}

function measureType(aggregate: AnalyticsAggregate, field: CatalogField | null): AnalyticsColumnType {
  if (aggregate === 'COUNT' || aggregate === 'COUNT_DISTINCT' || !field) return 'NUMBER';
  if (aggregate === 'AVG') return field.type === 'BOOLEAN' ? 'PERCENT' : field.type === 'MONEY' ? 'MONEY' : 'NUMBER';
  return field.type;
}

function clip(text: string | null | undefined): string {
  const s = String(text ?? '');
  return [...s].length > 30 ? `${[...s].slice(0, 30).join('')}…` : s;
}

// ---------------------------------------------------------------------------
// Cost: how many groups a summary can produce, before it runs
// ---------------------------------------------------------------------------

export interface CostContext {
  today: IsoDate;
  /** Divisions of this level the caller's scope covers. */
  divisionCount: (level: AnalyticsDivisionLevel) => number;
}

/** Bounds a top-level AND of the filter puts on a date field (what narrows a date dimension's buckets). */
export function dateBounds(filter: NormalizedFilter | null, fieldKey: string): { from?: IsoDate; to?: IsoDate } {
  const out: { from?: IsoDate; to?: IsoDate } = {};
  const leaves = !filter ? [] : filter.kind === 'and' ? filter.children : [filter];
  for (const l of leaves) {
    if (l.kind !== 'leaf' || l.field.key !== fieldKey) continue;
    const [a, b] = l.values as string[];
    const lower = l.op === 'BETWEEN' || l.op === 'EQ' || l.op === 'GTE' || l.op === 'GT' ? a : undefined;
    const upper = l.op === 'BETWEEN' ? b : l.op === 'EQ' || l.op === 'LTE' || l.op === 'LT' ? a : undefined;
    if (lower && (!out.from || lower > out.from)) out.from = lower;
    if (upper && (!out.to || upper < out.to)) out.to = upper;
  }
  return out;
}

/** An upper bound of the groups a summary can produce: the product of its dimensions' possible values. */
export function estimatedGroupCount(query: NormalizedAnalyticsQuery, ctx: CostContext): number {
  let total = 1;
  for (const d of query.dimensions) {
    let n: number;
    switch (d.field.type) {
      case 'ENUM':
        n = d.field.enumValues.length + 1;
        break;
      case 'BOOLEAN':
        n = 3;
        break;
      case 'DIVISION':
        n = ctx.divisionCount(d.level ?? 'COUNTY') + 1;
        break;
      case 'DATE': {
        const b = dateBounds(query.filter, d.field.key);
        const from = b.from ?? d.field.earliest ?? '2000-01-01';
        const to = b.to ?? addDays(ctx.today, 366);
        n = dateBucketCount(from, to, d.granularity ?? 'DAY') + 1;
        break;
      }
      default:
        n = d.field.cardinality ?? ANALYTICS_LIMITS.maxGroups;
    }
    total *= Math.max(n, 1);
  }
  return total;
}

// ---------------------------------------------------------------------------
// A query from untyped JSON (a link, a file, a REST body): shape only, the rules above do the rest
// ---------------------------------------------------------------------------

export type ParseQueryResult = { ok: true; query: AnalyticsQuery } | { ok: false; violations: FieldViolation[] };

/** Checks the shape of untyped input (strings where strings go, lists where lists go) without trusting any of it. */
export function parseAnalyticsQueryJson(input: unknown): ParseQueryResult {
  const violations: FieldViolation[] = [];
  const bad = (field: string, message = '格式不正确') => {
    violations.push({ field, code: 'INVALID_SHAPE', message: `查询格式不正确：${field} ${message}` });
  };
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  const str = (v: unknown, path: string, optional = true): string | undefined => {
    if (v === undefined || v === null) {
      if (!optional) bad(path, '不能为空');
      return undefined;
    }
    if (typeof v !== 'string' || v.length > 1000) {
      bad(path, '应为文本');
      return undefined;
    }
    return v;
  };
  const strList = (v: unknown, path: string, max: number): string[] | undefined => {
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.length > max || v.some((x) => typeof x !== 'string' || x.length > 1000)) {
      bad(path, '应为文本列表');
      return undefined;
    }
    return v as string[];
  };
  const list = <T>(v: unknown, path: string, max: number, item: (x: unknown, p: string) => T | undefined): T[] | undefined => {
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.length > max) {
      bad(path, '应为列表');
      return undefined;
    }
    return v.map((x, i) => item(x, `${path}.${i}`)).filter((x): x is T => x !== undefined);
  };
  let leaves = 0;
  const filter = (v: unknown, path: string, depth: number): AnalyticsFilter | undefined => {
    if (!isObj(v)) {
      bad(path, '应为筛选条件');
      return undefined;
    }
    if (depth > ANALYTICS_LIMITS.maxFilterDepth) {
      violations.push({ field: 'filter', code: 'FILTER_TOO_DEEP', message: `筛选条件最多嵌套${ANALYTICS_LIMITS.maxFilterDepth}层` });
      return undefined;
    }
    const out: AnalyticsFilter = {};
    if (v.and != null) out.and = list(v.and, `${path}.and`, ANALYTICS_LIMITS.maxFilterLeaves + 1, (x, p) => filter(x, p, depth + 1));
    if (v.or != null) out.or = list(v.or, `${path}.or`, ANALYTICS_LIMITS.maxFilterLeaves + 1, (x, p) => filter(x, p, depth + 1));
    if (v.not != null) out.not = filter(v.not, `${path}.not`, depth + 1);
    if (v.field != null || v.op != null) {
      if (++leaves > ANALYTICS_LIMITS.maxFilterLeaves + 1) return undefined;
      out.field = str(v.field, `${path}.field`);
      out.op = str(v.op, `${path}.op`) as AnalyticsOp | undefined;
      out.values = strList(v.values, `${path}.values`, ANALYTICS_LIMITS.maxInValues + 1);
      if (v.relative != null) {
        if (!isObj(v.relative)) bad(`${path}.relative`);
        else {
          const n = v.relative.n;
          if (n != null && typeof n !== 'number') bad(`${path}.relative.n`, '应为数字');
          out.relative = {
            kind: str(v.relative.kind, `${path}.relative.kind`, false) as RelativeDateKind,
            n: typeof n === 'number' ? n : null,
          };
        }
      }
    }
    return out;
  };
  if (!isObj(input)) {
    bad('query', '应为查询对象');
    return { ok: false, violations };
  }
  const query: AnalyticsQuery = { dataset: str(input.dataset, 'dataset', false) ?? '' };
  if (input.filter != null) query.filter = filter(input.filter, 'filter', 1);
  query.groupBy = list(input.groupBy, 'groupBy', ANALYTICS_LIMITS.maxDimensions + 1, (x, p) =>
    isObj(x)
      ? {
          field: str(x.field, `${p}.field`, false) ?? '',
          granularity: str(x.granularity, `${p}.granularity`) as DateGranularity | undefined,
          level: str(x.level, `${p}.level`) as AnalyticsDivisionLevel | undefined,
        }
      : (bad(p), undefined),
  );
  query.measures = list(input.measures, 'measures', ANALYTICS_LIMITS.maxMeasures + 1, (x, p) =>
    isObj(x)
      ? { aggregate: str(x.aggregate, `${p}.aggregate`, false) as AnalyticsAggregate, field: str(x.field, `${p}.field`) }
      : (bad(p), undefined),
  );
  query.having = list(input.having, 'having', ANALYTICS_LIMITS.maxHaving + 1, (x, p) =>
    isObj(x)
      ? {
          measure: str(x.measure, `${p}.measure`, false) ?? '',
          op: str(x.op, `${p}.op`, false) as HavingOp,
          values: strList(x.values, `${p}.values`, 2) ?? [],
        }
      : (bad(p), undefined),
  );
  query.sort = list(input.sort, 'sort', ANALYTICS_LIMITS.maxSort + 1, (x, p) =>
    isObj(x)
      ? { key: str(x.key, `${p}.key`, false) ?? '', direction: str(x.direction, `${p}.direction`) as SortDirection | undefined }
      : (bad(p), undefined),
  );
  if (input.limit != null) {
    if (typeof input.limit !== 'number') bad('limit', '应为数字');
    else query.limit = input.limit;
  }
  query.columns = strList(input.columns, 'columns', ANALYTICS_LIMITS.maxColumns + 1);
  return violations.length ? { ok: false, violations } : { ok: true, query };
}
