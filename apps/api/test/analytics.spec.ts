import { dateBucketKey, DateGranularity, toIsoDateInShanghai } from '@hebei/domain';
import { DivisionLevel, Role } from '../src/common/enums';
import { personalFieldsOf } from '../src/common/personal-data';
import { compileAnalyticsQuery, registryCityExpression } from '../src/modules/analytics/analytics.compiler';
import { ANALYTICS_DATASETS } from '../src/modules/analytics/datasets';
import { Application } from '../src/modules/application/application.entity';
import { Institution } from '../src/modules/institution/institution.entity';
import { RUN } from './analytics-support';
import { engines, errorCode, GqlResult, startTestApi, TestApi } from './harness';

const CATALOG = `{ analyticsCatalog {
  datasets { key label fields { key label type ops aggregates dimension listed sortable personalData enumValues { code label } } }
  limits { maxFilterDepth maxFilterLeaves maxGroups statementTimeoutMs }
} }`;

const FACETS = `query($filter: BrowseFilter) { browseInstitutions(first: 1, filter: $filter) { totalCount facets { natures { code count } } } }`;

const MASKED_PHONE = /^\d{3}\*+\d{4}$/;
const ADMITTED = { field: 'registryStatus', op: 'EQ', values: ['ADMITTED'] };

type Result = {
  mode: string;
  explanation: string;
  totalCount: number | null;
  columns: { key: string }[];
  rows: unknown[][];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

function fieldCodes(r: GqlResult): string[] {
  return (r.errors?.[0]?.extensions?.fields ?? []).map((f: { code: string }) => f.code);
}

describe.each(engines())('analytics (issue #11) on %s', (engine) => {
  let api: TestApi;
  let province: string;
  let analyst: string;
  let chengde: string;
  const run = async (q: Record<string, unknown>, token: string, extra: Record<string, unknown> = {}): Promise<Result> =>
    (await api.ok<{ runAnalyticsQuery: Result }>(RUN, { q, ...extra }, token)).runAnalyticsQuery;
  /** Every row of a row-mode query, page by page. */
  const allRows = async (q: Record<string, unknown>, token: string, first = 100) => {
    const rows: unknown[][] = [];
    let after: string | null = null;
    for (;;) {
      const r: Result = await run(q, token, { first, after });
      rows.push(...r.rows);
      if (!r.pageInfo.hasNextPage) return rows;
      after = r.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    api = await startTestApi(engine);
    [province, analyst, chengde] = await Promise.all([api.login('province'), api.login('analyst'), api.login('chengde')]);
  });
  afterAll(() => api.close());

  describe('the catalogue', () => {
    it('serves every dataset with typed fields and Chinese labels; personal data follows the @PersonalData declarations', async () => {
      const { analyticsCatalog } = await api.ok(CATALOG, {}, province);
      expect(analyticsCatalog.datasets.map((d: { key: string }) => d.key)).toEqual([
        'institutions',
        'applications',
        'bookings',
        'products',
      ]);
      expect(analyticsCatalog.limits).toMatchObject({ maxFilterDepth: 10, maxFilterLeaves: 100, maxGroups: 10000 });
      for (const d of ANALYTICS_DATASETS) {
        for (const f of d.fields) {
          const m = f.decl.column ? /^(\w+)\.(\w+)$/.exec(f.decl.column) : null;
          const entity =
            m &&
            (m[1] === d.decl.root.alias ? d.decl.root.entity : Object.values(d.decl.joins ?? {}).find((j) => j.alias === m[1])?.entity);
          const declared = m && entity ? (personalFieldsOf(entity).get(m[2]) ?? null) : null;
          expect({ field: `${d.key}.${f.key}`, personal: f.personalData }).toEqual({ field: `${d.key}.${f.key}`, personal: declared });
        }
      }
      const phone = analyticsCatalog.datasets[0].fields.find((f: { key: string }) => f.key === 'contactPhone');
      expect(phone).toMatchObject({ personalData: 'phone', dimension: false });
    });

    it('tells ANALYST what it may do with personal data: show it masked, filter on empty, count', async () => {
      const { analyticsCatalog } = await api.ok(CATALOG, {}, analyst);
      const phone = analyticsCatalog.datasets[0].fields.find((f: { key: string }) => f.key === 'contactPhone');
      expect(phone).toMatchObject({
        personalData: 'phone',
        ops: ['IS_NULL'],
        aggregates: ['COUNT'],
        dimension: false,
        listed: true,
        sortable: false,
      });
    });

    it.each(['enterprise', 'institution'])('is not served to %s', async (user) => {
      expect(errorCode(await api.gql(CATALOG, {}, await api.login(user)))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(RUN, { q: { dataset: 'institutions' } }, await api.login(user)))).toBe('FORBIDDEN');
    });

    it('needs a login', async () => {
      expect(errorCode(await api.gql(RUN, { q: { dataset: 'institutions' } }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('done when', () => {
    const byCityAndNature = {
      dataset: 'institutions',
      filter: ADMITTED,
      groupBy: [{ field: 'divisionCode', level: 'CITY' }, { field: 'nature' }],
    };

    it('a group-by of institutions by city × nature equals the registry’s browse facets', async () => {
      const result = await run(byCityAndNature, province);
      expect(result.columns.map((c) => c.key)).toEqual(['divisionCode.city', 'nature', 'count']);
      const cities = api.services.divisions.list({ level: DivisionLevel.CITY });
      expect(cities.length).toBe(14);
      let checked = 0;
      for (const city of cities) {
        const facets = (await api.ok(FACETS, { filter: { divisionCode: city.code } })).browseInstitutions;
        for (const n of facets.facets.natures as { code: string; count: number }[]) {
          const row = result.rows.find((r) => r[0] === city.code && r[1] === n.code);
          expect({ city: city.name, nature: n.code, count: row?.[2] ?? 0 }).toEqual({ city: city.name, nature: n.code, count: n.count });
          checked += n.count;
        }
      }
      const withNature = result.rows.filter((r) => r[1] !== null).reduce((t, r) => t + (r[2] as number), 0);
      expect(checked).toBe(withNature);
      expect(checked).toBeGreaterThan(100);
    });

    it('chengde’s same query returns only 承德’s places', async () => {
      const result = await run(byCityAndNature, chengde);
      expect(new Set(result.rows.map((r) => r[0]))).toEqual(new Set(['130800']));
      const facets = (await api.ok(FACETS, { filter: { divisionCode: '130800' } })).browseInstitutions;
      expect(result.rows.reduce((t, r) => t + (r[2] as number), 0)).toBe(facets.totalCount);
      const counties = await run({ ...byCityAndNature, groupBy: [{ field: 'divisionCode' }] }, chengde);
      const jurisdiction = api.services.divisions.jurisdiction('130800') as string[];
      expect(counties.rows.length).toBeGreaterThan(1);
      for (const [code] of counties.rows) expect(jurisdiction).toContain(code);
      // Asking for another city's places is not an error: it is simply nothing, like a place without rows.
      const baoding = await run({ ...byCityAndNature, filter: { field: 'divisionCode', op: 'EQ', values: ['130600'] } }, chengde);
      expect(baoding.rows).toEqual([]);
      // Every dataset is scoped, the bureau of a county sees its county only.
      const pingquan = await api.login('pingquan');
      for (const dataset of ['institutions', 'applications', 'bookings', 'products']) {
        const rows = await allRows({ dataset, columns: ['divisionCode'] }, chengde);
        for (const [code] of rows) expect(jurisdiction).toContain(code);
        const county = await allRows({ dataset, columns: ['divisionCode'] }, pingquan);
        for (const [code] of county) expect(code).toBe('130881');
      }
    });

    it('analyst rows mask phones and e-mails; officers read them whole', async () => {
      const q = {
        dataset: 'institutions',
        columns: ['name', 'contactPhone', 'email'],
        filter: { not: { field: 'contactPhone', op: 'IS_NULL' } },
      };
      const masked = await run(q, analyst, { first: 50 });
      const whole = await run(q, province, { first: 50 });
      expect(masked.rows.length).toBe(50);
      expect(masked.columns.map((c: any) => c.personalData)).toEqual([false, true, true]);
      masked.rows.forEach((r, i) => {
        expect(r[0]).toBe(whole.rows[i][0]);
        expect(r[1]).toMatch(MASKED_PHONE);
        expect(whole.rows[i][1]).toMatch(/^\d{11}$/);
        if (r[2] !== null) expect(r[2]).toMatch(/^.\*\*\*@/);
      });
      const apps = await run({ dataset: 'applications', columns: ['name', 'contactPhone'] }, analyst);
      for (const r of apps.rows) if (r[1] !== null) expect(r[1]).toMatch(MASKED_PHONE);
      // …and never as a dimension, a filter value or a sort key.
      const refused = await api.gql(RUN, { q: { dataset: 'institutions', groupBy: [{ field: 'contactPhone' }] } }, analyst);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(fieldCodes(refused)).toEqual(['PERSONAL_DATA_NOT_ALLOWED']);
      const probe = await api.gql(
        RUN,
        { q: { dataset: 'institutions', filter: { field: 'contactPhone', op: 'CONTAINS', values: ['139'] } } },
        analyst,
      );
      expect(fieldCodes(probe)).toEqual(['PERSONAL_DATA_NOT_ALLOWED']);
    });

    describe('an injection attempt in every value position is matched literally or refused with a typed error', () => {
      const PAYLOADS = [
        "' OR '1'='1",
        '%',
        '_',
        '!',
        '\\',
        "'; DROP TABLE institution; --",
        '" OR ""="',
        '1) OR (1=1',
        "%' --",
        '*/ SELECT 1 /*',
        '?',
        ':aq0',
      ];
      let names: string[];
      let before: number;
      beforeAll(async () => {
        // One institution whose name holds the characters SQL and LIKE treat specially.
        const target = await api.services.db
          .getRepository(Institution)
          .findOneOrFail({ where: { divisionCode: '130881' }, order: { id: 'DESC' } });
        await api.services.db.getRepository(Institution).update(target.id, { name: '平泉100%_合格!机构\'\\"; --?:aq0' });
        names = (await api.services.db.getRepository(Institution).find()).map((i) => i.name);
        before = names.length;
      });
      afterAll(async () => {
        expect(await api.services.db.getRepository(Institution).count()).toBe(before);
      });

      it.each(PAYLOADS)('text values: %j', async (payload) => {
        const count = async (filter: Record<string, unknown>, token = province) =>
          (await run({ dataset: 'institutions', columns: ['name'], filter }, token, { first: 1 })).totalCount;
        const contains = names.filter((n) => n.includes(payload)).length;
        expect(await count({ field: 'name', op: 'CONTAINS', values: [payload] })).toBe(contains);
        expect(await count({ field: 'name', op: 'EQ', values: [payload] })).toBe(names.filter((n) => n === payload).length);
        expect(await count({ field: 'name', op: 'NE', values: [payload] })).toBe(names.filter((n) => n !== payload).length);
        expect(await count({ field: 'name', op: 'IN', values: [payload, `${payload}x`] })).toBe(0);
        expect(await count({ field: 'name', op: 'NOT_IN', values: [payload] })).toBe(names.length);
        expect(await count({ not: { field: 'name', op: 'CONTAINS', values: [payload] } })).toBe(names.length - contains);
        const having = await api.gql(
          RUN,
          { q: { dataset: 'institutions', groupBy: [{ field: 'nature' }], having: [{ measure: 'count', op: 'GT', values: [payload] }] } },
          province,
        );
        expect(fieldCodes(having)).toEqual(['INVALID_NUMBER']);
      });

      it('the whole special name is found by itself', async () => {
        const r = await run(
          { dataset: 'institutions', columns: ['name'], filter: { field: 'name', op: 'EQ', values: ['平泉100%_合格!机构\'\\"; --?:aq0'] } },
          chengde,
          {
            first: 5,
          },
        );
        expect(r.totalCount).toBe(1);
      });

      it.each<[string, Record<string, unknown>, string]>([
        ['number', { dataset: 'institutions', filter: { field: 'employees', op: 'GT', values: ['1 OR 1=1'] } }, 'INVALID_NUMBER'],
        [
          'between bound',
          { dataset: 'institutions', filter: { field: 'employees', op: 'BETWEEN', values: ['1', "9'; --"] } },
          'INVALID_NUMBER',
        ],
        [
          'date',
          { dataset: 'institutions', filter: { field: 'admittedOn', op: 'GTE', values: ["2026-01-01' OR '1'='1"] } },
          'INVALID_DATE',
        ],
        ['option', { dataset: 'institutions', filter: { field: 'nature', op: 'IN', values: ["MARKET' OR 1=1 --"] } }, 'UNKNOWN_VALUE'],
        [
          'division',
          { dataset: 'institutions', filter: { field: 'divisionCode', op: 'EQ', values: ['130800 OR 1=1'] } },
          'UNKNOWN_DIVISION',
        ],
        ['boolean', { dataset: 'applications', filter: { field: 'skipsCounty', op: 'EQ', values: ['1 OR 1'] } }, 'INVALID_BOOLEAN'],
        ['dataset key', { dataset: 'institution; DROP TABLE institution' }, 'UNKNOWN_DATASET'],
        ['filter field key', { dataset: 'institutions', filter: { field: 'name) OR (1=1', op: 'EQ', values: ['x'] } }, 'UNKNOWN_FIELD'],
        ['dimension key', { dataset: 'institutions', groupBy: [{ field: 'nature`; --' }] }, 'UNKNOWN_FIELD'],
        [
          'measure key',
          {
            dataset: 'institutions',
            groupBy: [{ field: 'nature' }],
            measures: [{ aggregate: 'SUM', field: 'employees) FROM user_account --' }],
          },
          'UNKNOWN_FIELD',
        ],
        [
          'having key',
          { dataset: 'institutions', groupBy: [{ field: 'nature' }], having: [{ measure: 'count) OR (1', op: 'GT', values: ['1'] }] },
          'UNKNOWN_MEASURE',
        ],
        ['sort key', { dataset: 'institutions', sort: [{ key: 'id; DELETE FROM institution', direction: 'DESC' }] }, 'UNKNOWN_SORT'],
        ['column key', { dataset: 'institutions', columns: ['name', 'passwordHash'] }, 'UNKNOWN_FIELD'],
      ])('%s', async (_position, q, code) => {
        const r = await api.gql(RUN, { q }, province);
        expect(errorCode(r)).toBe('BAD_USER_INPUT');
        expect(fieldCodes(r)).toContain(code);
      });

      it('a cursor that is not ours', async () => {
        for (const after of [
          "' OR 1=1 --",
          Buffer.from('["name","x\' OR 1=1",1]').toString('base64url'),
          Buffer.from('[null,null,"1 OR 1"]').toString('base64url'),
        ]) {
          const r = await api.gql(RUN, { q: { dataset: 'institutions' }, after }, province);
          expect(fieldCodes(r)).toEqual(['INVALID_CURSOR']);
        }
      });

      it('an op or granularity that is not in the language is refused by the schema', async () => {
        const r = await api.gql(
          RUN,
          { q: { dataset: 'institutions', filter: { field: 'name', op: "EQ' OR 1=1", values: ['x'] } } },
          province,
        );
        expect(errorCode(r)).toBe('BAD_USER_INPUT');
      });
    });
  });

  describe('bad input answers a typed error with the field', () => {
    it.each<[string, Record<string, unknown>, string, string]>([
      ['unknown dataset', { dataset: 'users' }, 'BAD_USER_INPUT', 'UNKNOWN_DATASET'],
      ['text gt', { dataset: 'institutions', filter: { field: 'name', op: 'GT', values: ['a'] } }, 'BAD_USER_INPUT', 'OP_NOT_ALLOWED'],
      [
        'a date that does not exist',
        { dataset: 'bookings', filter: { field: 'requestDate', op: 'EQ', values: ['2026-02-30'] } },
        'BAD_USER_INPUT',
        'INVALID_DATE',
      ],
      [
        'sum of an option',
        { dataset: 'institutions', groupBy: [{ field: 'nature' }], measures: [{ aggregate: 'SUM', field: 'nature' }] },
        'BAD_USER_INPUT',
        'AGGREGATE_NOT_ALLOWED',
      ],
      [
        'a filter deeper than 10',
        { dataset: 'institutions', filter: Array.from({ length: 10 }).reduce((f) => ({ not: f }), ADMITTED) },
        'BAD_USER_INPUT',
        'FILTER_TOO_DEEP',
      ],
      [
        'a filter wider than 100 leaves',
        { dataset: 'institutions', filter: { or: Array.from({ length: 101 }, () => ADMITTED) } },
        'BAD_USER_INPUT',
        'FILTER_TOO_WIDE',
      ],
      [
        'four dimensions',
        { dataset: 'institutions', groupBy: ['nature', 'institutionType', 'registryStatus', 'category'].map((field) => ({ field })) },
        'BAD_USER_INPUT',
        'TOO_MANY_DIMENSIONS',
      ],
      [
        'over the cost limit: county × day, no date range',
        { dataset: 'bookings', groupBy: [{ field: 'divisionCode' }, { field: 'requestDate', granularity: 'DAY' }] },
        'ANALYTICS_COST_LIMIT_EXCEEDED',
        'TOO_MANY_GROUPS',
      ],
    ])('%s', async (_name, q, code, field) => {
      const r = await api.gql(RUN, { q }, province);
      expect(errorCode(r)).toBe(code);
      expect(fieldCodes(r)).toContain(field);
      expect(r.errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
    });

    it('a filter nested thousands of levels deep is refused before GraphQL coerces it (no stack overflow, no 500)', async () => {
      const n = 20000;
      const filter = '{"not":'.repeat(n) + '{"field":"name","op":"IS_NULL"}' + '}'.repeat(n);
      const body = `{"query":${JSON.stringify(RUN)},"variables":{"q":{"dataset":"institutions","filter":${filter}}}}`;
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${province}` };
      const res = await fetch(api.url, { method: 'POST', headers, body });
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED' });
      const rest = await fetch(api.url.replace(/graphql$/, 'api/exports/analytics.csv'), {
        method: 'POST',
        headers,
        body: `{"query":{"dataset":"institutions","filter":${filter}}}`,
      });
      expect(rest.status).toBe(400);
      expect((await rest.json()).error.fields[0].code).toBe('FILTER_TOO_DEEP');
    });

    it('the input bounds hold on every node of the query tree (nested validators run), with the field path', async () => {
      const deep = {
        dataset: 'institutions',
        filter: { and: [{ field: 'name', op: 'IS_NULL' }, { not: { field: 'k'.repeat(101), op: 'EQ', values: ['1'] } }] },
      };
      const r = await api.gql(RUN, { q: deep }, province);
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.fields).toEqual([
        { field: 'query.filter.and.1.not.field', code: 'maxLength', message: '字段键无效' },
      ]);
      const having = {
        dataset: 'bookings',
        groupBy: [{ field: 'status' }],
        having: [{ measure: 'count', op: 'GT', values: ['长'.repeat(201)] }],
      };
      const h = await api.gql(RUN, { q: having }, province);
      expect(h.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'query.having.0.values', code: 'maxLength' }],
      });
      const saved = await api.gql(
        'mutation($input: SaveAnalyticsQueryInput!) { saveAnalyticsQuery(input: $input) { id } }',
        { input: { name: '过长的维度', shared: false, query: { dataset: 'bookings', groupBy: [{ field: 'd'.repeat(101) }] } } },
        province,
      );
      expect(saved.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'query.groupBy.0.field', code: 'maxLength' }],
      });
    });

    it('a page larger than 100', async () => {
      const r = await api.gql(RUN, { q: { dataset: 'institutions' }, first: 101 }, province);
      expect(fieldCodes(r)).toEqual(['INVALID_PAGE_SIZE']);
    });

    it('a statement over its time limit is stopped and answers ANALYTICS_TIMEOUT, not a hang or a 500', async () => {
      const analytics = api.services.analytics;
      const limit = analytics.statementTimeoutMs;
      if (engine === 'mysql') {
        // Enough rows that the statement outlasts one millisecond: 211 × 211 pairs in a derived table.
        analytics.statementTimeoutMs = 1;
        const q = { dataset: 'institutions', groupBy: [{ field: 'nature' }], measures: [{ aggregate: 'COUNT' }] };
        const compiled = analytics.compile({ user: { role: 'PROVINCE' } as never, ip: null, scope: { kind: 'ALL' } }, q as never);
        const heavy = compiled.sql.replace(
          'FROM `institution` `i`',
          'FROM `institution` `i` CROSS JOIN `institution` `x1` CROSS JOIN `institution` `x2`',
        );
        await expect(analytics.execute({ sql: heavy, parameters: compiled.parameters })).rejects.toMatchObject({
          extensions: { code: 'ANALYTICS_TIMEOUT' },
        });
      } else {
        // The SQLite guard: a deadline that has already passed stops the statement at its first row.
        analytics.statementTimeoutMs = 0;
        try {
          const r = await api.gql(RUN, { q: { dataset: 'institutions', groupBy: [{ field: 'nature' }] } }, province);
          expect(errorCode(r)).toBe('ANALYTICS_TIMEOUT');
          expect(r.errors?.[0].message).toContain('时间限制');
        } finally {
          analytics.statementTimeoutMs = limit;
        }
      }
      analytics.statementTimeoutMs = limit;
      expect((await run({ dataset: 'institutions', groupBy: [{ field: 'nature' }] }, province)).rows.length).toBeGreaterThan(0);
    });
  });

  describe('results', () => {
    it('date buckets equal the domain’s dateBucketKey on every granularity (dates and Beijing dates of instants)', async () => {
      const institutions = await api.services.db.getRepository(Institution).find();
      const applications = await api.services.db.getRepository(Application).find();
      const cases: [string, string, (string | null)[]][] = [
        ['institutions', 'admittedOn', institutions.map((i) => i.admittedOn)],
        [
          'applications',
          'submittedOn',
          applications.filter((a) => a.status !== 'DRAFT').map((a) => (a.submittedAt ? toIsoDateInShanghai(a.submittedAt) : null)),
        ],
      ];
      for (const [dataset, field, dates] of cases) {
        for (const g of ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as DateGranularity[]) {
          const expected = new Map<string | null, number>();
          for (const d of dates) {
            const key = d ? dateBucketKey(d, g) : null;
            expected.set(key, (expected.get(key) ?? 0) + 1);
          }
          const filter = g === 'DAY' ? { field, op: 'BETWEEN', values: ['2020-01-01', '2027-12-31'] } : undefined;
          const r = await run({ dataset, groupBy: [{ field, granularity: g }], ...(filter ? { filter } : {}) }, province);
          const got = new Map(r.rows.map((row) => [row[0] as string | null, row[1] as number]));
          if (filter) expected.delete(null);
          expect({ dataset, g, buckets: Object.fromEntries(got) }).toEqual({ dataset, g, buckets: Object.fromEntries(expected) });
        }
      }
    });

    it('a summary over buckets or cities gives the same groups in one step or two (the pre-aggregated plan)', async () => {
      const analytics = api.services.analytics;
      const queries = [
        {
          dataset: 'bookings',
          groupBy: [
            { field: 'divisionCode', level: 'CITY' },
            { field: 'requestDate', granularity: 'MONTH' },
          ],
          measures: [
            { aggregate: 'COUNT' },
            { aggregate: 'AVG', field: 'rating' },
            { aggregate: 'SUM', field: 'rating' },
            { aggregate: 'MIN', field: 'requestDate' },
            { aggregate: 'MAX', field: 'respondedOn' },
            { aggregate: 'COUNT', field: 'rating' },
            { aggregate: 'AVG', field: 'respondedInTime' },
          ],
          having: [{ measure: 'count', op: 'GTE', values: ['1'] }],
          sort: [{ key: 'avg.rating', direction: 'DESC' }],
        },
        {
          dataset: 'applications',
          groupBy: [{ field: 'batchName' }, { field: 'submittedOn', granularity: 'MONTH' }],
          measures: [{ aggregate: 'AVG', field: 'serviceAssets' }],
        },
        {
          dataset: 'institutions',
          groupBy: [{ field: 'divisionCode', level: 'CITY' }, { field: 'nature' }],
          measures: [{ aggregate: 'SUM', field: 'totalAssets' }],
          limit: 7,
          sort: [{ key: 'sum.totalAssets', direction: 'DESC' }],
        },
      ];
      for (const query of queries) {
        const caller = { user: { role: Role.PROVINCE }, ip: null, scope: { kind: 'ALL' as const } };
        const req = {
          query: query as never,
          scope: caller.scope,
          role: caller.user.role,
          today: api.clock.today(),
          divisions: api.services.divisions,
          dialect: analytics.dialect,
          db: api.services.db,
          timeLimitMs: 10_000,
        };
        const twoStep = compileAnalyticsQuery(req);
        const oneStep = compileAnalyticsQuery({ ...req, preAggregate: false });
        expect(twoStep.sql).toContain('aq_pre');
        expect(oneStep.sql).not.toContain('aq_pre');
        const a = twoStep.decode(await analytics.execute(twoStep)).rows;
        const b = oneStep.decode(await analytics.execute(oneStep)).rows;
        expect(a.length).toBeGreaterThan(0);
        expect(a).toEqual(b);
      }
    });

    it('city-level bucketing follows the registry for every place (定州, 辛集 and 雄安新区 are cities of their own)', async () => {
      const divisions = api.services.divisions;
      const places = divisions.list().filter((d) => divisions.isRegistrableDivision(d.code));
      expect(places.length).toBeGreaterThan(150);
      const dialect = api.services.analytics.dialect;
      const source = places.map((p) => `SELECT '${p.code}' AS code`).join(' UNION ALL ');
      const rows: { code: string; city: string }[] = await api.services.db.query(
        `SELECT t.code AS code, ${registryCityExpression('t.code', divisions, dialect)} AS city FROM (${source}) t`,
      );
      expect(rows).toHaveLength(places.length);
      for (const r of rows) expect({ code: r.code, city: r.city }).toEqual({ code: r.code, city: divisions.cityOf(r.code)!.code });
      expect(rows.find((r) => r.code === '130682')?.city).toBe('130682');
      expect(rows.find((r) => r.code === '130181')?.city).toBe('130181');
      expect(rows.find((r) => r.code === '130629')?.city).toBe('133100');
    });

    it('row mode pages by cursor: every row exactly once, in order, nulls where both engines put them', async () => {
      const q = { dataset: 'institutions', columns: ['name', 'totalAssets'], sort: [{ key: 'totalAssets', direction: 'DESC' }] };
      const rows = await allRows(q, province, 17);
      const total = (await run(q, province, { first: 1 })).totalCount;
      expect(rows).toHaveLength(total!);
      const assets = rows.map((r) => r[1] as number | null);
      const nonNull = assets.filter((a): a is number => a !== null);
      expect(nonNull).toEqual([...nonNull].sort((a, b) => b - a));
      expect(assets.slice(nonNull.length).every((a) => a === null)).toBe(true);
      const asc = await allRows({ ...q, sort: [{ key: 'name' }] }, province, 33);
      expect(asc).toHaveLength(total!);
      const sortedNames = asc.map((r) => r[0] as string);
      expect(sortedNames).toEqual([...sortedNames].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
      // A cursor belongs to its sort.
      const page = await run(q, province, { first: 5 });
      const other = await api.gql(RUN, { q: { ...q, sort: [{ key: 'name' }] }, after: page.pageInfo.endCursor }, province);
      expect(fieldCodes(other)).toEqual(['INVALID_CURSOR']);
    });

    it('the main service directions: a filter selects institutions, a dimension counts each in its directions', async () => {
      const all = await allRows({ dataset: 'institutions', columns: ['category'], filter: ADMITTED }, province);
      const pairs = new Map<string, number>();
      for (const [cats] of all) for (const c of cats as string[]) pairs.set(c, (pairs.get(c) ?? 0) + 1);
      const grouped = await run({ dataset: 'institutions', filter: ADMITTED, groupBy: [{ field: 'category' }] }, province);
      expect(Object.fromEntries(grouped.rows.filter((r) => r[0] !== null).map((r) => [r[0], r[1]]))).toEqual(Object.fromEntries(pairs));
      const testing = await run(
        {
          dataset: 'institutions',
          columns: ['category'],
          filter: { and: [ADMITTED, { field: 'category', op: 'EQ', values: ['TESTING_INSPECTION'] }] },
        },
        province,
        { first: 1 },
      );
      expect(testing.totalCount).toBe(pairs.get('TESTING_INSPECTION'));
      const none = await run(
        {
          dataset: 'institutions',
          columns: ['category'],
          filter: { and: [ADMITTED, { not: { field: 'category', op: 'EQ', values: ['TESTING_INSPECTION'] } }] },
        },
        province,
        { first: 1 },
      );
      expect(none.totalCount).toBe(all.length - pairs.get('TESTING_INSPECTION')!);
    });

    it('not / or over empty values mean what they say (every condition is true or false, never unknown)', async () => {
      const total = (await run({ dataset: 'bookings', columns: ['rating'] }, province, { first: 1 })).totalCount!;
      const rated = (
        await run({ dataset: 'bookings', columns: ['rating'], filter: { field: 'rating', op: 'GTE', values: ['4'] } }, province, {
          first: 1,
        })
      ).totalCount!;
      const notRated = (
        await run({ dataset: 'bookings', columns: ['rating'], filter: { not: { field: 'rating', op: 'GTE', values: ['4'] } } }, province, {
          first: 1,
        })
      ).totalCount!;
      expect(rated).toBeGreaterThan(0);
      expect(rated + notRated).toBe(total);
    });

    it('the booking response rate by city and month is a share of the bookings due', async () => {
      const r = await run(
        {
          dataset: 'bookings',
          filter: { field: 'due', op: 'EQ', values: ['true'] },
          groupBy: [{ field: 'divisionCode', level: 'CITY' }],
          measures: [{ aggregate: 'AVG', field: 'respondedInTime' }, { aggregate: 'COUNT' }],
          having: [{ measure: 'avg.respondedInTime', op: 'LTE', values: ['100'] }],
          sort: [{ key: 'count', direction: 'DESC' }],
        },
        province,
      );
      expect(r.columns.map((c: any) => c.type)).toEqual(['DIVISION', 'PERCENT', 'NUMBER']);
      for (const [, rate] of r.rows) expect(rate as number).toBeGreaterThanOrEqual(0);
      expect(r.rows.find((row) => row[0] === '130800')).toBeDefined();
      expect(r.explanation).toContain('按时答复的比例');
    });
  });

  describe('statements', () => {
    const count = async (query: string, variables: Record<string, unknown>, token: string) => {
      await api.ok(query, variables, token);
      const before = api.statements();
      await api.ok(query, variables, token);
      return api.statements() - before;
    };

    it('runAnalyticsQuery is one statement beyond authentication, grouped or paged with a total', async () => {
      const auth = await count(CATALOG, {}, province); // the catalogue itself needs no statement
      expect(auth).toBe(1);
      for (const q of [
        {
          dataset: 'bookings',
          groupBy: [
            { field: 'divisionCode', level: 'CITY' },
            { field: 'requestDate', granularity: 'MONTH' },
          ],
          measures: [{ aggregate: 'COUNT' }, { aggregate: 'AVG', field: 'rating' }],
        },
        { dataset: 'institutions', columns: ['name', 'category', 'divisionCode', 'contactPhone'], sort: [{ key: 'name' }] },
        { dataset: 'products', groupBy: [{ field: 'category' }] },
      ]) {
        expect(await count(RUN, { q, first: 100 }, chengde)).toBe(auth + 1);
      }
    });
  });
});
