import fc from 'fast-check';
import { ANALYTICS_LIMITS, AnalyticsFilter, AnalyticsQuery, dimensionKey, measureKey } from '@hebei/domain';
import { ResolvedDataset, ResolvedField } from '../src/modules/analytics/analytics.catalog';
import { ANALYTICS_DATASETS } from '../src/modules/analytics/datasets';
import { RUN } from './analytics-support';
import { engines, GqlResult, startTestApi, TestApi } from './harness';

/**
 * Property-based tests (issue #11): random queries built from the catalogue. Valid ones give the same answer on SQLite
 * and MariaDB — the same rows in the same order, or the same typed refusal (e.g. over the cost limit); invalid ones give
 * a typed error on both. Nothing ever answers INTERNAL_SERVER_ERROR. Runs are seeded (FC_SEED overrides) so CI is
 * reproducible.
 */
const SEED = Number(process.env.FC_SEED ?? 20261127);
const RUNS = Number(process.env.FC_RUNS ?? 150);
const TYPED = ['BAD_USER_INPUT', 'ANALYTICS_COST_LIMIT_EXCEEDED'];

const TEXTS = ['检测', '有限公司', '承德', '服务', '平泉', '数字化', '%', '_', "'", 'a', '中心', '2026年第二批', '机械'];
const CODES = ['130800', '130881', '130600', '130602', '130682', '130181', '133100', '130629', '130100', '130000', '131100'];

const isoDate = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function valueOf(field: ResolvedField): fc.Arbitrary<string> {
  switch (field.type) {
    case 'TEXT':
      return fc.oneof(fc.constantFrom(...TEXTS), fc.string({ minLength: 1, maxLength: 4 }));
    case 'NUMBER':
    case 'MONEY':
      return fc.oneof(fc.integer({ min: -5, max: 5000 }).map(String), fc.constantFrom('0', '1', '2.5', '100', '4'));
    case 'DATE':
      return isoDate;
    case 'ENUM':
      return fc.constantFrom(...field.enumValues.map((e) => e.code));
    case 'DIVISION':
      return fc.constantFrom(...CODES);
    case 'BOOLEAN':
      return fc.constantFrom('true', 'false');
  }
}

function leafOf(dataset: ResolvedDataset): fc.Arbitrary<AnalyticsFilter> {
  const fields = dataset.fields.filter((f) => f.ops.length);
  return fc.constantFrom(...fields).chain((field) =>
    fc.constantFrom(...field.ops).chain((op): fc.Arbitrary<AnalyticsFilter> => {
      if (op === 'IS_NULL') return fc.constant({ field: field.key, op });
      if (field.type === 'DATE' && (op === 'BETWEEN' || op === 'GTE' || op === 'LT')) {
        const relative = fc.oneof(
          fc.record({ kind: fc.constant('LAST_N_DAYS' as const), n: fc.integer({ min: 1, max: 800 }) }),
          fc.record({ kind: fc.constantFrom('THIS_MONTH', 'THIS_QUARTER', 'THIS_YEAR', 'LAST_MONTH', 'LAST_QUARTER', 'LAST_YEAR') }),
        );
        return fc.oneof(
          fc.record({ field: fc.constant(field.key), op: fc.constant(op), relative }),
          op === 'BETWEEN'
            ? fc.tuple(isoDate, isoDate).map(([a, b]) => ({ field: field.key, op, values: a <= b ? [a, b] : [b, a] }))
            : isoDate.map((v) => ({ field: field.key, op, values: [v] })),
        );
      }
      if (op === 'BETWEEN') {
        return fc.tuple(valueOf(field), valueOf(field)).map(([a, b]) => {
          const [x, y] = field.type === 'DATE' ? [a, b] : [Number(a), Number(b)];
          return { field: field.key, op, values: x <= y ? [a, b] : [b, a] };
        });
      }
      if (op === 'IN' || op === 'NOT_IN')
        return fc.uniqueArray(valueOf(field), { minLength: 1, maxLength: 4 }).map((values) => ({ field: field.key, op, values }));
      return valueOf(field).map((v) => ({ field: field.key, op, values: [v] }));
    }),
  );
}

function filterOf(dataset: ResolvedDataset): fc.Arbitrary<AnalyticsFilter> {
  const { tree } = fc.letrec<{ tree: AnalyticsFilter }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leafOf(dataset),
      fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((and) => ({ and })),
      fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((or) => ({ or })),
      tie('tree').map((not) => ({ not })),
    ),
  }));
  return tree;
}

function groupQueryOf(dataset: ResolvedDataset): fc.Arbitrary<AnalyticsQuery> {
  const dims = dataset.fields.filter((f) => f.dimension);
  const dim = fc
    .constantFrom(...dims)
    .chain((f) =>
      f.type === 'DATE'
        ? fc.constantFrom('WEEK', 'MONTH', 'QUARTER', 'YEAR', 'DAY').map((granularity) => ({ field: f.key, granularity }))
        : f.type === 'DIVISION'
          ? fc.constantFrom('CITY', 'COUNTY').map((level) => ({ field: f.key, level }))
          : fc.constant({ field: f.key }),
    );
  const measure = fc.oneof(
    fc.constant({ aggregate: 'COUNT' as const }),
    fc
      .constantFrom(...dataset.fields.filter((f) => f.aggregates.length))
      .chain((f) => fc.constantFrom(...f.aggregates).map((aggregate) => ({ aggregate, field: f.key }))),
  );
  return fc
    .record({
      filter: fc.option(filterOf(dataset), { nil: undefined }),
      groupBy: fc.uniqueArray(dim, { minLength: 1, maxLength: 3, selector: (d) => dimensionKey(d as never) }),
      measures: fc.uniqueArray(measure, { minLength: 1, maxLength: 3, selector: (m) => measureKey(m as never) }),
      limit: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
      havingValue: fc.option(fc.integer({ min: 0, max: 5 }).map(String), { nil: undefined }),
      desc: fc.boolean(),
      sortBy: fc.nat(),
    })
    .map(({ filter, groupBy, measures, limit, havingValue, desc, sortBy }) => {
      const keys = [...groupBy.map((d) => dimensionKey(d as never)), ...measures.map((m) => measureKey(m as never))];
      return {
        dataset: dataset.key,
        ...(filter ? { filter } : {}),
        groupBy: groupBy as never,
        measures,
        ...(limit ? { limit } : {}),
        ...(havingValue ? { having: [{ measure: measureKey(measures[0] as never), op: 'GTE' as const, values: [havingValue] }] } : {}),
        sort: [{ key: keys[sortBy % keys.length], direction: desc ? ('DESC' as const) : ('ASC' as const) }],
      };
    });
}

function rowQueryOf(dataset: ResolvedDataset): fc.Arbitrary<AnalyticsQuery> {
  const listed = dataset.fields.filter((f) => f.column);
  const sortable = listed.filter((f) => !f.decl.many && !f.personalData);
  return fc
    .record({
      filter: fc.option(filterOf(dataset), { nil: undefined }),
      columns: fc.uniqueArray(fc.constantFrom(...listed.map((f) => f.key)), { minLength: 1, maxLength: 5 }),
      sort: fc.option(
        fc.record({ key: fc.constantFrom(...sortable.map((f) => f.key)), direction: fc.constantFrom('ASC' as const, 'DESC' as const) }),
        {
          nil: undefined,
        },
      ),
    })
    .map(({ filter, columns, sort }) => ({
      dataset: dataset.key,
      columns,
      ...(filter ? { filter } : {}),
      ...(sort ? { sort: [sort] } : {}),
    }));
}

const validQuery = fc.constantFrom(...ANALYTICS_DATASETS).chain((d) => fc.oneof(groupQueryOf(d), rowQueryOf(d)));

/** A valid query broken in one place the rules must catch. */
const invalidQuery = fc.constantFrom(...ANALYTICS_DATASETS).chain((d) =>
  fc.oneof(
    fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((s) => !ANALYTICS_DATASETS.some((x) => x.key === s))
      .map((dataset) => ({ dataset })),
    fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((s) => !d.fields.some((f) => f.key === s))
      .map((field) => ({ dataset: d.key, filter: { field, op: 'EQ', values: ['1'] } })),
    fc
      .constantFrom(...d.fields.filter((f) => f.type === 'TEXT' || f.type === 'ENUM'))
      .map((f) => ({ dataset: d.key, filter: { field: f.key, op: 'GT', values: ['1'] } })),
    fc
      .constantFrom(...d.fields.filter((f) => f.type === 'NUMBER' || f.type === 'MONEY'))
      .chain((f) =>
        fc
          .constantFrom('abc', '1e3', '1 OR 1=1', '', '--1', '0x10')
          .map((v) => ({ dataset: d.key, filter: { field: f.key, op: 'EQ', values: [v] } })),
      ),
    fc
      .constantFrom(...d.fields.filter((f) => f.type === 'DATE'))
      .chain((f) =>
        fc
          .constantFrom('2026-02-30', '2026-13-01', '2025-02-29', '26-01-01', '2026/01/01')
          .map((v) => ({ dataset: d.key, filter: { field: f.key, op: 'GTE', values: [v] } })),
      ),
    fc.integer({ min: ANALYTICS_LIMITS.maxFilterDepth, max: 30 }).map((n) => ({
      dataset: d.key,
      filter: Array.from({ length: n }).reduce<AnalyticsFilter>((f) => ({ not: f }), { field: d.fields[0].key, op: 'IS_NULL' }),
    })),
    fc.integer({ min: ANALYTICS_LIMITS.maxFilterLeaves + 1, max: 150 }).map((n) => ({
      dataset: d.key,
      filter: { or: Array.from({ length: n }, () => ({ field: d.fields[0].key, op: 'IS_NULL' })) },
    })),
    fc
      .constantFrom(...d.fields.filter((f) => f.type === 'NUMBER' || f.type === 'MONEY'))
      .map((f) => ({ dataset: d.key, groupBy: [{ field: f.key }] })),
    fc.constantFrom(...d.fields.filter((f) => f.type === 'DATE')).map((f) => ({ dataset: d.key, groupBy: [{ field: f.key }] })),
    fc.constantFrom(...d.fields.filter((f) => f.type === 'ENUM' && !f.aggregates.includes('SUM'))).map((f) => ({
      dataset: d.key,
      groupBy: [{ field: f.key }],
      measures: [{ aggregate: 'SUM', field: f.key }],
    })),
    fc
      .string({ minLength: 1, maxLength: 10 })
      .map((key) => ({ dataset: d.key, groupBy: [{ field: d.fields.find((f) => f.dimension)!.key }], sort: [{ key: `${key}!` }] })),
  ),
);

describe('analytics properties (fast-check)', () => {
  const apis: TestApi[] = [];
  const tokens: Record<string, string>[] = [];
  beforeAll(async () => {
    for (const engine of engines()) apis.push(await startTestApi(engine));
    for (const api of apis)
      tokens.push({ province: await api.login('province'), chengde: await api.login('chengde'), analyst: await api.login('analyst') });
  });
  afterAll(async () => {
    for (const api of apis) await api.close();
  });

  const outcome = (r: GqlResult) => {
    const code = r.errors?.[0]?.extensions?.code;
    if (code)
      return { code, fields: (r.errors![0].extensions!.fields ?? []).map((f: { field: string; code: string }) => `${f.field}:${f.code}`) };
    return {
      rows: r.data!.runAnalyticsQuery.rows,
      columns: r.data!.runAnalyticsQuery.columns.map((c: { key: string }) => c.key),
      next: r.data!.runAnalyticsQuery.pageInfo,
    };
  };

  it('the demo data is the same on both engines (so equal answers are expected)', async () => {
    const q = { dataset: 'institutions', columns: ['name', 'divisionCode', 'category', 'totalAssets', 'admittedOn'] };
    const answers = await Promise.all(apis.map((api, i) => api.gql(RUN, { q, first: 100 }, tokens[i].province)));
    for (const a of answers) expect(outcome(a)).toEqual(outcome(answers[0]));
  });

  it('valid queries: the same answer on every engine, never an internal error', async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(
        validQuery,
        fc.constantFrom('province', 'chengde', 'analyst'),
        fc.integer({ min: 1, max: 40 }),
        async (q, user, first) => {
          const answers = await Promise.all(apis.map((api, i) => api.gql(RUN, { q, first }, tokens[i][user])));
          for (const a of answers) {
            const code = a.errors?.[0]?.extensions?.code;
            if (code) expect(TYPED).toContain(code);
            else answered += 1;
            expect(outcome(a)).toEqual(outcome(answers[0]));
          }
          // The next page too, through each engine's own cursor.
          const next = answers.map((a) => a.data?.runAnalyticsQuery?.pageInfo);
          if (next[0]?.hasNextPage) {
            const pages = await Promise.all(apis.map((api, i) => api.gql(RUN, { q, first, after: next[i].endCursor }, tokens[i][user])));
            for (const p of pages) expect(outcome(p)).toEqual(outcome(pages[0]));
          }
        },
      ),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // Most generated queries are accepted, so the equality above is about data, not about refusals.
    expect(answered).toBeGreaterThan(RUNS * apis.length * 0.6);
  });

  it('invalid queries: a typed error (the same on every engine), never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(invalidQuery, fc.constantFrom('province', 'analyst'), async (q, user) => {
        const answers = await Promise.all(apis.map((api, i) => api.gql(RUN, { q }, tokens[i][user])));
        for (const a of answers) {
          expect(a.errors?.length).toBeGreaterThan(0);
          expect(TYPED).toContain(a.errors![0].extensions!.code);
          expect(a.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
          expect(outcome(a)).toEqual(outcome(answers[0]));
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
