import { engines, errorCode, startTestApi, TestApi } from './harness';
import { RegistryIndex } from '../src/modules/browse/registry-index';

const BROWSE = `query($first: Int, $after: String, $filter: BrowseFilter, $sort: BrowseSort) {
  browseInstitutions(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges { cursor node { id name nature divisionCode admittedOn mainCategories { code } products { name categoryCode nature published } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const FACETS = `query($filter: BrowseFilter) {
  browseInstitutions(first: 1, filter: $filter) { totalCount facets { natures { code name count } categories { code name count } } }
}`;
const TOTAL = 'query($filter: BrowseFilter) { browseInstitutions(first: 1, filter: $filter) { totalCount } }';
const DETAIL = `query($id: ID!) {
  publicInstitution(id: $id) {
    id name nature introduction division { code name } mainCategories { code name }
    products { id name category { code name } nature priceNote published }
    cases { title enterpriseName servedOn }
    averageRating ratingCount onTimeResponseRate
  }
}`;

type Node = {
  id: string;
  name: string;
  nature: string;
  divisionCode: string;
  admittedOn: string | null;
  mainCategories: { code: string }[];
  products: { name: string; published: boolean }[];
};

async function listAll(api: TestApi, filter?: Record<string, unknown>, sort?: string, first = 100, token?: string) {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await api.ok(BROWSE, { first, after, filter, sort }, token);
    nodes.push(...data.browseInstitutions.edges.map((e: any) => e.node));
    if (!data.browseInstitutions.pageInfo.hasNextPage) return { nodes, totalCount: data.browseInstitutions.totalCount as number };
    after = data.browseInstitutions.pageInfo.endCursor;
  }
}

const total = async (api: TestApi, filter: Record<string, unknown>) =>
  (await api.ok(TOTAL, { filter })).browseInstitutions.totalCount as number;

/** SQL statements the API runs while `run` is in flight (requests in a test file run one at a time). */
async function statements(api: TestApi, run: () => Promise<unknown>): Promise<string[]> {
  const logger = api.services.db.logger;
  const original = logger.logQuery;
  const seen: string[] = [];
  logger.logQuery = function (query, parameters, queryRunner) {
    seen.push(query);
    return original.call(this, query, parameters, queryRunner);
  };
  try {
    await run();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

describe.each(engines())('registry browsing on %s', (engine) => {
  let api: TestApi;
  let demoId: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    demoId = (await api.ok('{ me { institutionId } }', {}, await api.login('institution'))).me.institutionId;
  });
  afterAll(() => api.close());

  it('shows anonymous visitors exactly the admitted institutions', async () => {
    const { nodes, totalCount } = await listAll(api);
    expect(nodes).toHaveLength(totalCount);
    const province = await api.login('province');
    const admitted: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await api.ok(
        'query($after: String) { institutions(first: 100, after: $after, filter: { registryStatus: ADMITTED }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
        province,
      );
      admitted.push(...data.institutions.edges.map((e: any) => e.node.id));
      if (!data.institutions.pageInfo.hasNextPage) break;
      after = data.institutions.pageInfo.endCursor;
    }
    expect(nodes.map((n) => n.id).sort()).toEqual(admitted.sort());
    expect(totalCount).toBeGreaterThan(100);
    // Enterprise and officers see the same registry.
    expect((await listAll(api, undefined, undefined, 100, await api.login('enterprise'))).totalCount).toBe(totalCount);
    expect((await listAll(api, undefined, undefined, 100, await api.login('chengde'))).totalCount).toBe(totalCount);
  });

  it('filters by nature, several categories, city or county, and text over names and published product names', async () => {
    const welfare = await listAll(api, { nature: 'PUBLIC_WELFARE' });
    expect(welfare.totalCount).toBeGreaterThan(0);
    expect(welfare.nodes.every((n) => n.nature === 'PUBLIC_WELFARE')).toBe(true);

    const wanted = ['TESTING_INSPECTION', 'FINANCING'];
    const some = await listAll(api, { categories: wanted });
    expect(some.totalCount).toBeGreaterThan(0);
    expect(some.nodes.every((n) => n.mainCategories.some((c) => wanted.includes(c.code)))).toBe(true);
    expect(some.totalCount).toBeLessThan((await listAll(api)).totalCount);

    const chengde = await listAll(api, { divisionCode: '130800' });
    expect(chengde.totalCount).toBeGreaterThan(0);
    expect(chengde.nodes.every((n) => n.divisionCode.startsWith('1308'))).toBe(true);
    const pingquan = await listAll(api, { divisionCode: '130881', nature: 'PUBLIC_WELFARE', categories: ['TESTING_INSPECTION'] });
    expect(pingquan.nodes.map((n) => n.id)).toContain(demoId);
    expect(pingquan.nodes.every((n) => n.divisionCode === '130881')).toBe(true);

    const byName = await listAll(api, { text: '冀达数智' });
    expect(byName.nodes.map((n) => n.id)).toContain(demoId);
    // Only a product of the demo institution is called this; its own name does not contain it.
    const byProduct = await listAll(api, { text: '机械零部件尺寸' });
    expect(byProduct.nodes.map((n) => n.id)).toEqual([demoId]);
    // An unpublished product's name finds nothing.
    expect((await listAll(api, { text: '计量器具免费校准日' })).totalCount).toBe(0);
    const testing = await listAll(api, { text: '检测' });
    expect(testing.totalCount).toBeGreaterThan(0);
    for (const n of testing.nodes) {
      expect(n.name.includes('检测') || n.products.some((p) => p.name.includes('检测'))).toBe(true);
    }
    // Nested products are the published ones only.
    expect(testing.nodes.flatMap((n) => n.products).every((p) => p.published)).toBe(true);
  });

  it.each([
    ['no filter', {}],
    ['a nature', { nature: 'PUBLIC_WELFARE' }],
    ['two categories', { categories: ['TESTING_INSPECTION', 'DIGITAL_EMPOWERMENT'] }],
    ['a city and a text', { divisionCode: '130800', text: '科技' }],
    [
      'everything at once',
      { nature: 'MARKET', categories: ['BRAND', 'FINANCING', 'POLICY_CONSULTING'], divisionCode: '130600', text: '有限公司' },
    ],
  ])(
    'answers facets in the same request that equal the sums of the filtered lists (%s)',
    async (_what, filter: Record<string, unknown>) => {
      const data: any = await api.ok(FACETS, { filter });
      const { natures, categories } = data.browseInstitutions.facets;
      expect(natures.map((n: any) => n.code)).toEqual(['PUBLIC_WELFARE', 'MARKET']);
      expect(natures.map((n: any) => n.name)).toEqual(['公益性', '社会化']);
      expect(categories).toHaveLength(9);
      expect(categories[3]).toMatchObject({ code: 'TESTING_INSPECTION', name: '检验检测' });
      // Each facet counts with every filter but its own dimension, so choosing a value yields exactly its count.
      const { nature: _n, ...withoutNature } = filter;
      const { categories: _c, ...withoutCategories } = filter;
      for (const n of natures) expect(await total(api, { ...withoutNature, nature: n.code })).toBe(n.count);
      expect(natures.reduce((s: number, n: any) => s + n.count, 0)).toBe(await total(api, withoutNature));
      for (const c of categories) expect(await total(api, { ...withoutCategories, categories: [c.code] })).toBe(c.count);
      if (!('nature' in filter)) expect(natures.reduce((s: number, n: any) => s + n.count, 0)).toBe(data.browseInstitutions.totalCount);
    },
  );

  it("sorts by name and by admission date with complete cursor pages in the database's own order", async () => {
    const all = (await listAll(api)).nodes.map((n) => Number(n.id)).sort((a, b) => a - b);
    const byName = await listAll(api, undefined, 'NAME', 17);
    expect(byName.nodes.map((n) => Number(n.id)).sort((a, b) => a - b)).toEqual(all);
    const expectedByName: { id: number }[] = await api.services.db.query(
      "SELECT id FROM institution WHERE registryStatus = 'ADMITTED' ORDER BY name ASC, id ASC",
    );
    expect(byName.nodes.map((n) => Number(n.id))).toEqual(expectedByName.map((r) => Number(r.id)));

    const newest = await listAll(api, { nature: 'MARKET' }, 'NEWEST', 13);
    expect(newest.nodes).toHaveLength(newest.totalCount);
    for (let i = 1; i < newest.nodes.length; i++) {
      const [a, b] = [newest.nodes[i - 1], newest.nodes[i]];
      expect((a.admittedOn ?? '') > (b.admittedOn ?? '') || (a.admittedOn === b.admittedOn && Number(a.id) > Number(b.id))).toBe(true);
    }

    const page: any = await api.ok(BROWSE, { first: 5, sort: 'NAME' });
    const wrongSort = await api.gql(BROWSE, { first: 5, sort: 'NEWEST', after: page.browseInstitutions.pageInfo.endCursor });
    expect(errorCode(wrongSort)).toBe('BAD_USER_INPUT');
    expect(wrongSort.errors![0].message).toBe('分页游标无效');
    expect(errorCode(await api.gql(BROWSE, { first: 5, sort: 'NAME', after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
  });

  it("shows an admitted institution's profile, categories, published products, cases, rating and on-time rate", async () => {
    const { publicInstitution: d }: any = await api.ok(DETAIL, { id: demoId });
    expect(d).toMatchObject({
      name: '平泉市冀达数智数字科技有限公司',
      nature: 'PUBLIC_WELFARE',
      division: { code: '130881', name: '平泉市' },
    });
    expect(d.mainCategories.map((c: any) => c.code)).toEqual(['DIGITAL_EMPOWERMENT', 'TESTING_INSPECTION']);
    expect(d.products).toHaveLength(3);
    expect(d.products.every((p: any) => p.published)).toBe(true);
    expect(d.products.some((p: any) => p.category.code === 'TESTING_INSPECTION' && p.category.name === '检验检测')).toBe(true);
    expect(d.products.some((p: any) => p.name === '计量器具免费校准日')).toBe(false);
    expect(d.cases).toHaveLength(3);
    expect(d.cases.map((c: any) => c.servedOn)).toEqual(['2026-05-20', '2025-11-12', '2025-08-26']);
    // Seeded: completed and rated 5 in time, declined in time, accepted in time, one overdue without answer → 3 / 4.
    expect(d).toMatchObject({ averageRating: 5, ratingCount: 1, onTimeResponseRate: 0.75 });
  });

  it('answers "not found" for an institution that is not admitted, like for one that does not exist', async () => {
    const [applicant] = await api.services.db.query("SELECT id FROM institution WHERE registryStatus = 'APPLICANT' ORDER BY id LIMIT 1");
    const notAdmitted = await api.gql(DETAIL, { id: String(applicant.id) });
    const missing = await api.gql(DETAIL, { id: '99999999' });
    expect(errorCode(notAdmitted)).toBe('NOT_FOUND');
    expect(notAdmitted.errors![0].message).toBe(missing.errors![0].message);
    expect(notAdmitted.errors![0].message).toBe('服务机构不存在');
  });

  it('matches LIKE wildcards, quotes and SQL in keywords literally (issue #7: no refusal, no injection)', async () => {
    const [a, b] = await api.services.db.query("SELECT id FROM institution WHERE registryStatus = 'ADMITTED' ORDER BY id DESC LIMIT 2");
    await api.services.db.query('UPDATE institution SET name = ? WHERE id = ?', ['达标率100%检测中心', a.id]);
    await api.services.db.query('UPDATE institution SET name = ? WHERE id = ?', ["O'Neil aXb 咨询", b.id]);
    // Names change only together with the registry index (issue #13): the one function every write calls.
    await api.services.db.transaction((em) => RegistryIndex.refresh(em, [a.id, b.id]));
    const names = async (text: string) => {
      const result = await api.gql(BROWSE, { first: 100, filter: { text } });
      expect(result.errors).toBeUndefined();
      return result.data!.browseInstitutions.edges.map((e: any) => e.node.name);
    };
    expect(await names('100%')).toEqual(['达标率100%检测中心']);
    expect(await names('a_b')).toEqual([]);
    expect(await names('aXb')).toEqual(["O'Neil aXb 咨询"]);
    expect(await names("O'Neil")).toEqual(["O'Neil aXb 咨询"]);
    expect(await names("' OR 1=1 --")).toEqual([]);
    expect(await names('检测; DROP TABLE institution')).toEqual([]);
    expect(await names('%')).toEqual(['达标率100%检测中心']);
    const long = await api.gql(BROWSE, { first: 10, filter: { text: '测'.repeat(51) } });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].message).toBe('搜索词最多50个字');
  });

  it.each([
    ['an unknown category', { categories: ['ASTROLOGY'] }, 'filter.categories'],
    ['an unknown division', { divisionCode: '139999' }, 'filter.divisionCode'],
    ['a malformed division', { divisionCode: '13' }, 'filter.divisionCode'],
  ])('refuses %s with a typed Chinese error', async (_what, filter, field) => {
    const result = await api.gql(BROWSE, { first: 10, filter });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(result.errors![0].extensions!.fields.map((f: any) => f.field)).toContain(field);
    expect(result.data).toBeNull();
  });

  it('accepts ordinary punctuation in names and refuses a page over 100', async () => {
    expect((await api.gql(BROWSE, { first: 10, filter: { text: '（有限合伙）' } })).errors).toBeUndefined();
    const tooBig = await api.gql(BROWSE, { first: 101 });
    expect(errorCode(tooBig)).toBe('BAD_USER_INPUT');
    expect(tooBig.errors![0].message).toBe('每页最多100条');
  });

  it('serves a page with nested categories and products in at most 3 SQL statements, whatever the page size', async () => {
    const nested = `query($first: Int) { browseInstitutions(first: $first) {
      edges { node { id name division { name } mainCategories { code name } products { name category { name } nature } } }
      pageInfo { hasNextPage endCursor }
    } }`;
    for (const first of [5, 50, 100]) {
      const sql = await statements(api, () => api.ok(nested, { first }));
      expect(sql.length).toBeGreaterThan(0); // the counter sees the queries
      expect(sql.length).toBeLessThanOrEqual(3);
    }
    // The whole search screen — count, facets, page, categories, products, ratings — stays constant too.
    const screen = (filter: string) => `query($first: Int) { browseInstitutions(first: $first, filter: ${filter}) {
      totalCount facets { natures { count } categories { count } }
      edges { node { id mainCategories { code } products { name } averageRating onTimeResponseRate } }
    } }`;
    for (const [filter, most] of [
      ['{ nature: PUBLIC_WELFARE }', 6],
      ['{ text: "科技" }', 5],
    ] as const) {
      const small = await statements(api, () => api.ok(screen(filter), { first: 5 }));
      const large = await statements(api, () => api.ok(screen(filter), { first: 100 }));
      expect(small.length).toBe(large.length);
      // page, count, facets (one UNION ALL), categories, products, ratings; with a text filter count and facets are one pass
      expect(large.length).toBeLessThanOrEqual(most);
    }
  });
});
