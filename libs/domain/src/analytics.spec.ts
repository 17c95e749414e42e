import { describe, expect, it } from '@jest/globals';
import {
  AnalyticsQuery,
  ANALYTICS_LIMITS,
  CatalogDataset,
  CatalogField,
  dateBucketCount,
  dateBucketKey,
  dateBucketLabel,
  estimatedGroupCount,
  isoWeekOf,
  normalizeAnalyticsQuery,
  opsForType,
  aggregatesForType,
  relativeDateRange,
  AnalyticsFilter,
} from './analytics';
import { explainAnalyticsQuery } from './analytics-explain';

const field = (f: Partial<CatalogField> & Pick<CatalogField, 'key' | 'label' | 'type'>): CatalogField => ({
  ops: opsForType(f.type),
  aggregates: aggregatesForType(f.type),
  dimension: ['ENUM', 'DIVISION', 'DATE', 'BOOLEAN'].includes(f.type),
  column: true,
  nullable: true,
  personalData: null,
  enumValues: [],
  ...f,
});

const BOOKINGS: CatalogDataset = {
  key: 'bookings',
  label: '服务预约',
  unit: '预约',
  defaultColumns: ['requestDate', 'status'],
  fields: [
    field({ key: 'requestDate', label: '提交日期', type: 'DATE', earliest: '2025-01-01' }),
    field({
      key: 'status',
      label: '状态',
      type: 'ENUM',
      enumValues: [
        { code: 'REQUESTED', label: '待答复' },
        { code: 'COMPLETED', label: '已完成' },
      ],
    }),
    field({ key: 'rating', label: '评分', type: 'NUMBER', dimension: false }),
    field({ key: 'divisionCode', label: '所在地区', type: 'DIVISION' }),
    field({ key: 'respondedInTime', label: '按时答复', type: 'BOOLEAN' }),
    field({ key: 'productName', label: '产品名称', type: 'TEXT', dimension: false }),
    field({ key: 'contactPhone', label: '联系电话', type: 'TEXT', dimension: true, personalData: 'phone' }),
  ],
};

const options = { today: '2026-11-27', masked: false, isDivision: (c: string) => ['130800', '130881', '130600'].includes(c) };
const analyst = { ...options, masked: true };

function problems(q: Partial<AnalyticsQuery>, opts = options) {
  const r = normalizeAnalyticsQuery({ dataset: 'bookings', ...q }, BOOKINGS, opts);
  return r.ok ? [] : r.violations.map((v) => [v.field, v.code]);
}

const nest = (depth: number): AnalyticsFilter => (depth <= 1 ? { field: 'rating', op: 'GT', values: ['1'] } : { and: [nest(depth - 1)] });

describe('relative dates are computed from the clock’s Beijing date (SPEC §6)', () => {
  it.each([
    ['LAST_N_DAYS', 30, '2026-11-27', '2026-10-29', '2026-11-27', 'today included'],
    ['LAST_N_DAYS', 1, '2026-11-27', '2026-11-27', '2026-11-27', 'one day = today'],
    ['THIS_MONTH', null, '2026-02-10', '2026-02-01', '2026-02-28', 'February of a common year'],
    ['THIS_MONTH', null, '2028-02-10', '2028-02-01', '2028-02-29', 'leap year'],
    ['LAST_MONTH', null, '2026-01-15', '2025-12-01', '2025-12-31', 'across the year'],
    ['THIS_QUARTER', null, '2026-11-27', '2026-10-01', '2026-12-31', 'Q4'],
    ['LAST_QUARTER', null, '2026-02-01', '2025-10-01', '2025-12-31', 'Q1 → last year’s Q4'],
    ['THIS_YEAR', null, '2026-11-27', '2026-01-01', '2026-12-31', ''],
    ['LAST_YEAR', null, '2026-11-27', '2025-01-01', '2025-12-31', ''],
  ] as const)('%s n=%s on %s → %s … %s %s', (kind, n, today, from, to, _note) => {
    expect(relativeDateRange({ kind, n }, today)).toEqual({ from, to });
  });
});

describe('date buckets: week = ISO week from Monday, keys identical to the SQL of both engines', () => {
  it.each([
    ['2026-11-27', 'DAY', '2026-11-27'],
    ['2026-11-27', 'WEEK', '2026-11-23'],
    ['2026-11-23', 'WEEK', '2026-11-23'],
    ['2026-11-29', 'WEEK', '2026-11-23'],
    ['2027-01-01', 'WEEK', '2026-12-28'],
    ['2026-11-27', 'MONTH', '2026-11'],
    ['2026-03-31', 'QUARTER', '2026-Q1'],
    ['2026-04-01', 'QUARTER', '2026-Q2'],
    ['2026-12-31', 'QUARTER', '2026-Q4'],
    ['2026-11-27', 'YEAR', '2026'],
  ] as const)('%s by %s → %s', (date, g, key) => {
    expect(dateBucketKey(date, g)).toBe(key);
  });

  it.each([
    ['2026-01-01', 2026, 1],
    ['2027-01-01', 2026, 53],
    ['2024-12-30', 2025, 1],
    ['2021-01-03', 2020, 53],
    ['2026-11-27', 2026, 48],
  ])('ISO week of %s is %i-W%i', (date, year, week) => {
    expect(isoWeekOf(date)).toEqual({ year, week });
  });

  it.each([
    ['2026-11-23', 'WEEK', '2026年第48周（11月23日起）'],
    ['2026-12-28', 'WEEK', '2026年第53周（12月28日起）'],
    ['2026-11', 'MONTH', '2026年11月'],
    ['2026-Q4', 'QUARTER', '2026年第4季度'],
    ['2026', 'YEAR', '2026年'],
  ] as const)('label of %s (%s) is %s', (key, g, label) => {
    expect(dateBucketLabel(key, g)).toBe(label);
  });

  it.each([
    ['2026-01-01', '2026-12-31', 'DAY', 365],
    ['2026-11-23', '2026-11-29', 'WEEK', 1],
    ['2026-11-22', '2026-11-23', 'WEEK', 2],
    ['2025-12-15', '2026-02-01', 'MONTH', 3],
    ['2025-12-15', '2026-02-01', 'QUARTER', 2],
    ['2020-06-01', '2026-01-01', 'YEAR', 7],
  ] as const)('%s … %s has %i buckets by %s', (from, to, g, n) => {
    expect(dateBucketCount(from, to, g)).toBe(n);
  });
});

describe('a valid query is normalised: typed values, relative dates resolved, keys for every column', () => {
  it('bookings per city per month with the average rating', () => {
    const r = normalizeAnalyticsQuery(
      {
        dataset: 'bookings',
        filter: {
          and: [
            { field: 'requestDate', op: 'BETWEEN', relative: { kind: 'LAST_N_DAYS', n: 90 } },
            { not: { field: 'status', op: 'EQ', values: ['REQUESTED'] } },
          ],
        },
        groupBy: [
          { field: 'divisionCode', level: 'CITY' },
          { field: 'requestDate', granularity: 'MONTH' },
        ],
        measures: [{ aggregate: 'COUNT' }, { aggregate: 'AVG', field: 'rating' }],
        having: [{ measure: 'count', op: 'GTE', values: ['2'] }],
        sort: [{ key: 'avg.rating', direction: 'DESC' }],
        limit: 50,
      },
      BOOKINGS,
      options,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.query.mode).toBe('groups');
    expect(r.query.dimensions.map((d) => d.key)).toEqual(['divisionCode.city', 'requestDate.month']);
    expect(r.query.measures.map((m) => [m.key, m.type])).toEqual([
      ['count', 'NUMBER'],
      ['avg.rating', 'NUMBER'],
    ]);
    expect(r.query.filter).toMatchObject({
      kind: 'and',
      children: [{ kind: 'leaf', op: 'BETWEEN', values: ['2026-08-30', '2026-11-27'] }, {}],
    });
    expect(r.query.having[0].values).toEqual([2]);
    expect(r.query.sort[0].target).toEqual({ kind: 'measure', index: 1 });
  });

  it('no group-by → row mode with the default columns; a division dimension defaults to county level', () => {
    const rows = normalizeAnalyticsQuery({ dataset: 'bookings' }, BOOKINGS, options);
    expect(rows.ok && rows.query.columns.map((c) => c.key)).toEqual(['requestDate', 'status']);
    const g = normalizeAnalyticsQuery({ dataset: 'bookings', groupBy: [{ field: 'divisionCode' }] }, BOOKINGS, options);
    expect(g.ok && [g.query.dimensions[0].key, g.query.measures[0].key]).toEqual(['divisionCode.county', 'count']);
  });

  it('a percentage in having is entered in per cent', () => {
    const r = normalizeAnalyticsQuery(
      {
        dataset: 'bookings',
        groupBy: [{ field: 'status' }],
        measures: [{ aggregate: 'AVG', field: 'respondedInTime' }],
        having: [{ measure: 'avg.respondedInTime', op: 'LT', values: ['80'] }],
      },
      BOOKINGS,
      options,
    );
    expect(r.ok && [r.query.measures[0].type, r.query.having[0].values]).toEqual(['PERCENT', [0.8]]);
  });
});

describe('bad input: every problem with its field path and a typed code (issue #11 “Bad input”)', () => {
  it('an unknown dataset', () => {
    const r = normalizeAnalyticsQuery({ dataset: 'users' }, undefined, options);
    expect(r.ok ? [] : r.violations.map((v) => v.code)).toEqual(['UNKNOWN_DATASET']);
  });

  it.each<[string, Partial<AnalyticsQuery>, [string, string][]]>([
    ['unknown field', { filter: { field: 'password', op: 'EQ', values: ['x'] } }, [['filter.field', 'UNKNOWN_FIELD']]],
    ['unknown op', { filter: { field: 'rating', op: 'LIKE' as never, values: ['x'] } }, [['filter.op', 'UNKNOWN_OP']]],
    ['text gt (type mismatch)', { filter: { field: 'productName', op: 'GT', values: ['a'] } }, [['filter.op', 'OP_NOT_ALLOWED']]],
    [
      'a date that does not exist',
      { filter: { field: 'requestDate', op: 'EQ', values: ['2026-02-30'] } },
      [['filter.values.0', 'INVALID_DATE']],
    ],
    ['a number that is not one', { filter: { field: 'rating', op: 'GT', values: ['4 OR 1=1'] } }, [['filter.values.0', 'INVALID_NUMBER']]],
    [
      'an enum value that does not exist',
      { filter: { field: 'status', op: 'IN', values: ['COMPLETED', 'X'] } },
      [['filter.values.1', 'UNKNOWN_VALUE']],
    ],
    [
      'a division outside Hebei',
      { filter: { field: 'divisionCode', op: 'EQ', values: ['110000'] } },
      [['filter.values.0', 'UNKNOWN_DIVISION']],
    ],
    ['between with one value', { filter: { field: 'rating', op: 'BETWEEN', values: ['1'] } }, [['filter.values', 'VALUE_COUNT']]],
    ['between upside down', { filter: { field: 'rating', op: 'BETWEEN', values: ['5', '1'] } }, [['filter.values.1', 'INVALID_RANGE']]],
    ['is null with a value', { filter: { field: 'rating', op: 'IS_NULL', values: ['1'] } }, [['filter.values', 'VALUE_COUNT']]],
    [
      'relative date on a number',
      { filter: { field: 'rating', op: 'BETWEEN', relative: { kind: 'THIS_YEAR' } } },
      [['filter.relative', 'RELATIVE_DATE_NOT_ALLOWED']],
    ],
    [
      'last 0 days',
      { filter: { field: 'requestDate', op: 'BETWEEN', relative: { kind: 'LAST_N_DAYS', n: 0 } } },
      [['filter.relative.n', 'INVALID_DAYS']],
    ],
    ['a node that is two things', { filter: { and: [], field: 'rating', op: 'EQ', values: ['1'] } }, [['filter', 'INVALID_FILTER']]],
    ['an empty group', { filter: { or: [] } }, [['filter.or', 'EMPTY_GROUP']]],
    ['deeper than 10', { filter: nest(11) }, [['filter', 'FILTER_TOO_DEEP']]],
    [
      'wider than 100 leaves',
      { filter: { or: Array.from({ length: 101 }, () => ({ field: 'rating', op: 'EQ' as const, values: ['1'] })) } },
      [['filter', 'FILTER_TOO_WIDE']],
    ],
    [
      'too many values in IN',
      { filter: { field: 'rating', op: 'IN', values: Array.from({ length: 201 }, (_, i) => String(i)) } },
      [['filter.values', 'VALUE_COUNT']],
    ],
    [
      'a value too long',
      { filter: { field: 'productName', op: 'EQ', values: ['长'.repeat(201)] } },
      [['filter.values.0', 'VALUE_TOO_LONG']],
    ],
    [
      'four dimensions',
      { groupBy: ['status', 'divisionCode', 'respondedInTime', 'contactPhone'].map((f) => ({ field: f })) },
      [['groupBy', 'TOO_MANY_DIMENSIONS']],
    ],
    ['a number as dimension', { groupBy: [{ field: 'rating' }] }, [['groupBy.0.field', 'NOT_A_DIMENSION']]],
    ['a date without granularity', { groupBy: [{ field: 'requestDate' }] }, [['groupBy.0.granularity', 'GRANULARITY_REQUIRED']]],
    [
      'granularity on an enum',
      { groupBy: [{ field: 'status', granularity: 'MONTH' }] },
      [['groupBy.0.granularity', 'GRANULARITY_NOT_ALLOWED']],
    ],
    ['level on an enum', { groupBy: [{ field: 'status', level: 'CITY' }] }, [['groupBy.0.level', 'LEVEL_NOT_ALLOWED']]],
    [
      'unknown aggregate',
      { groupBy: [{ field: 'status' }], measures: [{ aggregate: 'MEDIAN' as never, field: 'rating' }] },
      [['measures.0.aggregate', 'UNKNOWN_AGGREGATE']],
    ],
    [
      'sum of text',
      { groupBy: [{ field: 'status' }], measures: [{ aggregate: 'SUM', field: 'productName' }] },
      [['measures.0.aggregate', 'AGGREGATE_NOT_ALLOWED']],
    ],
    ['avg without a field', { groupBy: [{ field: 'status' }], measures: [{ aggregate: 'AVG' }] }, [['measures.0.field', 'FIELD_REQUIRED']]],
    ['measures without group-by', { measures: [{ aggregate: 'COUNT' }] }, [['measures', 'MEASURES_NEED_GROUP_BY']]],
    [
      'having on a measure not asked for',
      { groupBy: [{ field: 'status' }], having: [{ measure: 'sum.rating', op: 'GT', values: ['1'] }] },
      [['having.0.measure', 'UNKNOWN_MEASURE']],
    ],
    [
      'having with text',
      { groupBy: [{ field: 'status' }], having: [{ measure: 'count', op: 'GT', values: ["1' --"] }] },
      [['having.0.values.0', 'INVALID_NUMBER']],
    ],
    [
      'sort by something not in the result',
      { groupBy: [{ field: 'status' }], sort: [{ key: 'rating' }] },
      [['sort.0.key', 'UNKNOWN_SORT']],
    ],
    ['two sorts in row mode', { sort: [{ key: 'requestDate' }, { key: 'status' }] }, [['sort', 'TOO_MANY_SORTS']]],
    ['limit above the cap', { groupBy: [{ field: 'status' }], limit: ANALYTICS_LIMITS.maxGroups + 1 }, [['limit', 'INVALID_LIMIT']]],
    ['limit in row mode', { limit: 10 }, [['limit', 'LIMIT_WITHOUT_GROUP_BY']]],
    ['an unknown column', { columns: ['requestDate', 'secret'] }, [['columns.1', 'UNKNOWN_FIELD']]],
  ])('%s', (_name, q, expected) => {
    expect(problems(q)).toEqual(expected);
  });
});

describe('personal data (SPEC §1): ANALYST may see it masked in rows and count it, nothing else', () => {
  it.each<[string, Partial<AnalyticsQuery>, [string, string][]]>([
    ['as a dimension', { groupBy: [{ field: 'contactPhone' }] }, [['groupBy.0.field', 'PERSONAL_DATA_NOT_ALLOWED']]],
    [
      'filtered by its value',
      { filter: { field: 'contactPhone', op: 'CONTAINS', values: ['139'] } },
      [['filter.field', 'PERSONAL_DATA_NOT_ALLOWED']],
    ],
    ['sorted on', { columns: ['contactPhone'], sort: [{ key: 'contactPhone' }] }, [['sort.0.key', 'PERSONAL_DATA_NOT_ALLOWED']]],
    [
      'its distinct values counted',
      { groupBy: [{ field: 'status' }], measures: [{ aggregate: 'COUNT_DISTINCT', field: 'contactPhone' }] },
      [['measures.0.field', 'PERSONAL_DATA_NOT_ALLOWED']],
    ],
  ])('ANALYST: %s is refused', (_name, q, expected) => {
    expect(problems(q, analyst)).toEqual(expected);
  });

  it.each<[string, Partial<AnalyticsQuery>]>([
    ['shown as a column', { columns: ['productName', 'contactPhone'] }],
    ['filtered on being empty', { filter: { field: 'contactPhone', op: 'IS_NULL' } }],
    ['counted', { groupBy: [{ field: 'status' }], measures: [{ aggregate: 'COUNT', field: 'contactPhone' }] }],
  ])('ANALYST: %s is allowed', (_name, q) => {
    expect(problems(q, analyst)).toEqual([]);
  });

  it('officers are not restricted', () => {
    expect(problems({ groupBy: [{ field: 'contactPhone' }] })).toEqual([]);
  });
});

describe('the cost estimate multiplies the possible values of each dimension', () => {
  const estimate = (q: Partial<AnalyticsQuery>) => {
    const r = normalizeAnalyticsQuery({ dataset: 'bookings', ...q }, BOOKINGS, options);
    if (!r.ok) throw new Error(JSON.stringify(r.violations));
    return estimatedGroupCount(r.query, { today: '2026-11-27', divisionCount: (level) => (level === 'CITY' ? 14 : 180) });
  };
  it.each<[string, Partial<AnalyticsQuery>, number]>([
    ['status (2 options + empty)', { groupBy: [{ field: 'status' }] }, 3],
    ['city × status', { groupBy: [{ field: 'divisionCode', level: 'CITY' }, { field: 'status' }] }, 15 * 3],
    [
      'month bounded by the filter',
      {
        groupBy: [{ field: 'requestDate', granularity: 'MONTH' }],
        filter: { field: 'requestDate', op: 'BETWEEN', values: ['2026-01-01', '2026-12-31'] },
      },
      13,
    ],
    [
      'day without a date filter: from the field’s earliest date to a year ahead',
      { groupBy: [{ field: 'requestDate', granularity: 'DAY' }] },
      1062 + 1,
    ],
  ])('%s → %s', (_name, q, n) => {
    expect(estimate(q)).toBe(n);
  });
});

describe('the Chinese explanation says what the query does, without SQL', () => {
  it.each<[string, AnalyticsQuery, string]>([
    [
      'summary',
      {
        dataset: 'bookings',
        filter: {
          and: [
            { field: 'requestDate', op: 'BETWEEN', relative: { kind: 'LAST_N_DAYS', n: 30 } },
            {
              or: [
                { field: 'status', op: 'EQ', values: ['COMPLETED'] },
                { field: 'rating', op: 'GTE', values: ['4'] },
              ],
            },
          ],
        },
        groupBy: [
          { field: 'divisionCode', level: 'CITY' },
          { field: 'requestDate', granularity: 'MONTH' },
        ],
        measures: [{ aggregate: 'COUNT' }, { aggregate: 'AVG', field: 'rating' }],
        having: [{ measure: 'count', op: 'GT', values: ['5'] }],
        sort: [{ key: 'count', direction: 'DESC' }],
        limit: 100,
      },
      '从“服务预约”中选出提交日期在近30天内，且（状态为已完成，或评分大于等于4）的预约；按所在地区（市级）、提交日期（按月）汇总，计算预约数、评分平均值；只保留预约数大于5的分组；按预约数从高到低排列；最多显示100组。',
    ],
    [
      'rows with a negated condition and places by name',
      {
        dataset: 'bookings',
        filter: {
          and: [
            { not: { field: 'divisionCode', op: 'IN', values: ['130800', '130600'] } },
            { field: 'productName', op: 'CONTAINS', values: ["%' OR 1=1"] },
          ],
        },
        columns: ['requestDate', 'productName'],
      },
      "从“服务预约”中选出并非（所在地区是承德市、保定市之一），且产品名称包含“%' OR 1=1”的预约；逐条列出提交日期、产品名称。",
    ],
    ['everything', { dataset: 'bookings' }, '从“服务预约”中取全部预约；逐条列出提交日期、状态。'],
    [
      'a share',
      { dataset: 'bookings', groupBy: [{ field: 'status' }], measures: [{ aggregate: 'AVG', field: 'respondedInTime' }] },
      '从“服务预约”中取全部预约；按状态汇总，计算按时答复的比例。',
    ],
  ])('%s', (_name, q, text) => {
    const names: Record<string, string> = { '130800': '承德市', '130600': '保定市' };
    expect(explainAnalyticsQuery(q, BOOKINGS, { divisionName: (c) => names[c] })).toBe(text);
  });
});
