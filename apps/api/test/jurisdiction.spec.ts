import { engines, errorCode, startTestApi, TestApi } from './harness';

const LIST = `query($first: Int, $after: String, $filter: InstitutionFilter) {
  institutions(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id name divisionCode registryStatus contactPhone division { code name } mainCategories { code name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const GET = 'query($id: ID!) { institution(id: $id) { id name divisionCode } }';

async function listAll(api: TestApi, token: string, filter?: Record<string, unknown>) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await api.ok(LIST, { first: 100, after, filter }, token);
    nodes.push(...data.institutions.edges.map((e: any) => e.node));
    if (!data.institutions.pageInfo.hasNextPage) return { nodes, totalCount: data.institutions.totalCount };
    after = data.institutions.pageInfo.endCursor;
  }
}

describe.each(engines())('jurisdiction on %s', (engine) => {
  let api: TestApi;
  let baodingInstitutionId: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    const province = await api.login('province');
    const data: any = await api.ok(LIST, { first: 1, filter: { divisionCode: '130600' } }, province);
    baodingInstitutionId = data.institutions.edges[0].node.id;
  });
  afterAll(() => api.close());

  it('province reads a 保定 institution that chengde gets "not found" for, like an id that does not exist', async () => {
    const province = await api.ok(GET, { id: baodingInstitutionId }, await api.login('province'));
    expect(province.institution.divisionCode.startsWith('1306')).toBe(true);
    const chengde = await api.gql(GET, { id: baodingInstitutionId }, await api.login('chengde'));
    const missing = await api.gql(GET, { id: '99999999' }, await api.login('chengde'));
    expect(errorCode(chengde)).toBe('NOT_FOUND');
    expect(chengde.errors![0].message).toBe(missing.errors![0].message);
    expect(chengde.data).toEqual(missing.data);
  });

  it('pingquan sees only 平泉市', async () => {
    const { nodes, totalCount } = await listAll(api, await api.login('pingquan'));
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.length).toBe(totalCount);
    expect(new Set(nodes.map((n) => n.divisionCode))).toEqual(new Set(['130881']));
  });

  it('chengde sees exactly the 承德 institutions that province sees there', async () => {
    const mine = await listAll(api, await api.login('chengde'));
    const all = await listAll(api, await api.login('province'));
    const expected = all.nodes
      .filter((n) => n.divisionCode.startsWith('1308'))
      .map((n) => n.id)
      .sort();
    expect(mine.nodes.map((n) => n.id).sort()).toEqual(expected);
  });

  it("baoding does not cover Dingzhou or the Xiong'an counties (Art. 8(2))", async () => {
    const { nodes } = await listAll(api, await api.login('baoding'));
    const codes = new Set(nodes.map((n) => n.divisionCode));
    expect(nodes.length).toBeGreaterThan(0);
    for (const code of ['130682', '130629', '130632', '130638']) expect(codes.has(code)).toBe(false);
    const all = await listAll(api, await api.login('province'));
    expect(all.nodes.some((n) => ['130682', '130629', '130632', '130638'].includes(n.divisionCode))).toBe(true);
  });

  it('a city filter outside the jurisdiction returns nothing', async () => {
    const data = await api.ok(LIST, { filter: { divisionCode: '130600' } }, await api.login('chengde'));
    expect(data.institutions.totalCount).toBe(0);
  });

  it('an institution user sees only its own institution', async () => {
    const token = await api.login('institution');
    const me = await api.ok('{ me { institutionId } }', {}, token);
    const { nodes } = await listAll(api, token);
    expect(nodes.map((n) => n.id)).toEqual([me.me.institutionId]);
    expect(errorCode(await api.gql(GET, { id: baodingInstitutionId }, token))).toBe('NOT_FOUND');
  });

  it('an enterprise is refused the officer view (registration and financial data) and browses the public registry instead', async () => {
    const token = await api.login('enterprise');
    expect(errorCode(await api.gql(LIST, {}, token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(GET, { id: baodingInstitutionId }, token))).toBe('FORBIDDEN');
    const browse = await api.ok('{ browseInstitutions(first: 5) { totalCount edges { node { id name } } } }', {}, token);
    expect(browse.browseInstitutions.totalCount).toBeGreaterThan(0);
    const hasAssets = await api.gql('{ browseInstitutions(first: 1) { edges { node { totalAssets } } } }', {}, token);
    expect(errorCode(hasAssets)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('an analyst sees the whole province with phones masked', async () => {
    const analyst = await listAll(api, await api.login('analyst'));
    const province = await listAll(api, await api.login('province'));
    expect(analyst.totalCount).toBe(province.totalCount);
    expect(analyst.nodes[0].contactPhone).toMatch(/^\d{3}\*+\d{4}$/);
    expect(province.nodes[0].contactPhone).toMatch(/^\d{11}$/);
  });

  it('anonymous callers are refused', async () => {
    expect(errorCode(await api.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });
});
