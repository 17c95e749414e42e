import { makeUscc } from '@hebei/domain';
import { engines, errorCode, startTestApi, TestApi } from './harness';

const CREATE = `mutation($input: InstitutionInput!) {
  createInstitution(input: $input) { id name uscc divisionCode registryStatus mainCategories { code } }
}`;
const COUNTS = '{ institutions(first: 1) { totalCount } auditLogs(first: 1, filter: { action: "CREATE_INSTITUTION" }) { totalCount } }';

const valid = (over: Record<string, unknown> = {}) => ({
  name: '平泉市测试检验检测有限公司',
  uscc: makeUscc('91130881MA0TEX001'),
  institutionType: 'ENTERPRISE',
  nature: 'MARKET',
  divisionCode: '130881',
  mainCategories: ['TESTING_INSPECTION'],
  contactPhone: '13912345678',
  ...over,
});

describe.each(engines())('institutions on %s', (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(engine);
  });
  afterAll(() => api.close());

  it.each([
    ['an invalid USCC (check character)', { uscc: '91130881MA0TEX001X' }, 'uscc', 'USCC_INVALID'],
    ['an unknown division code', { divisionCode: '139999' }, 'divisionCode', 'DIVISION_UNKNOWN'],
    ['a category that does not exist', { mainCategories: ['ASTROLOGY'] }, 'mainCategories', 'CATEGORY_UNKNOWN'],
    ['more than two main categories', { mainCategories: ['BRAND', 'FINANCING', 'TECH_INNOVATION'] }, 'mainCategories', undefined],
    ['OTHER without a description', { mainCategories: ['OTHER'] }, 'otherCategoryDescription', undefined],
    ['a negative premises area', { premisesArea: -1 }, 'premisesArea', undefined],
    ['a malformed phone', { contactPhone: '12345' }, 'contactPhone', undefined],
    ['a founding date that does not exist', { foundedOn: '2026-02-30' }, 'foundedOn', 'INVALID_DATE'],
    ["a place outside the officer's jurisdiction", { divisionCode: '130602' }, 'divisionCode', 'DIVISION_OUT_OF_JURISDICTION'],
  ])('refuses %s with a field-level Chinese error and writes nothing', async (_what, over, field, code) => {
    const token = await api.login('chengde');
    const before = await api.ok(COUNTS, {}, await api.login('province'));
    const result = await api.gql(CREATE, { input: valid(over) }, token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const fields = result.errors![0].extensions!.fields as { field: string; code: string; message: string }[];
    const hit = fields.find((f) => f.field === field);
    expect(hit).toBeDefined();
    if (code) expect(hit!.code).toBe(code);
    expect(hit!.message).toMatch(/[\u4e00-\u9fa5]/);
    const after = await api.ok(COUNTS, {}, await api.login('province'));
    expect(after).toEqual(before);
  });

  it('creates an institution in jurisdiction and audits it in the same transaction', async () => {
    const token = await api.login('chengde');
    const data = await api.ok(CREATE, { input: valid({ uscc: makeUscc('91130881MA0TEX002') }) }, token);
    expect(data.createInstitution).toMatchObject({
      divisionCode: '130881',
      registryStatus: 'APPLICANT',
      mainCategories: [{ code: 'TESTING_INSPECTION' }],
    });
    const audit = await api.ok(
      'query($id: String) { auditLogs(filter: { entityType: "Institution", entityId: $id }) { edges { node { action actorUsername after } } } }',
      { id: data.createInstitution.id },
      await api.login('province'),
    );
    expect(audit.auditLogs.edges).toHaveLength(1);
    expect(audit.auditLogs.edges[0].node).toMatchObject({ action: 'CREATE_INSTITUTION', actorUsername: 'chengde' });
    expect(JSON.parse(audit.auditLogs.edges[0].node.after).name).toBe('平泉市测试检验检测有限公司');

    const again = await api.gql(CREATE, { input: valid({ uscc: makeUscc('91130881MA0TEX002') }) }, token);
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].extensions!.fields[0]).toMatchObject({ field: 'uscc', code: 'USCC_TAKEN' });
  });

  it('refuses institution and enterprise users', async () => {
    expect(errorCode(await api.gql(CREATE, { input: valid() }, await api.login('institution')))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CREATE, { input: valid() }, await api.login('analyst')))).toBe('FORBIDDEN');
  });

  it('pages with cursors and a total, and refuses a page over 100', async () => {
    const token = await api.login('province');
    const q =
      'query($after: String) { institutions(first: 30, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const data: any = await api.ok(q, { after }, token);
      total = data.institutions.totalCount;
      data.institutions.edges.forEach((e: any) => seen.add(e.node.id));
      if (!data.institutions.pageInfo.hasNextPage) break;
      after = data.institutions.pageInfo.endCursor;
    }
    expect(seen.size).toBe(total);
    expect(total).toBeGreaterThanOrEqual(200);
    const tooBig = await api.gql('{ institutions(first: 101) { totalCount } }', {}, token);
    expect(errorCode(tooBig)).toBe('BAD_USER_INPUT');
    expect(tooBig.errors![0].message).toBe('每页最多100条');
  });

  it('filters by nature, category and text, treating wildcards literally', async () => {
    const token = await api.login('province');
    const q =
      'query($filter: InstitutionFilter) { institutions(first: 100, filter: $filter) { totalCount edges { node { nature name mainCategories { code } } } } }';
    const welfare = await api.ok(q, { filter: { nature: 'PUBLIC_WELFARE', category: 'TESTING_INSPECTION' } }, token);
    expect(welfare.institutions.totalCount).toBeGreaterThan(0);
    for (const e of welfare.institutions.edges) {
      expect(e.node.nature).toBe('PUBLIC_WELFARE');
      expect(e.node.mainCategories.map((c: any) => c.code)).toContain('TESTING_INSPECTION');
    }
    expect((await api.ok(q, { filter: { text: '%' } }, token)).institutions.totalCount).toBe(0);
    expect((await api.ok(q, { filter: { text: "' OR 1=1 --" } }, token)).institutions.totalCount).toBe(0);
    const named = await api.ok(q, { filter: { text: '冀达数智' } }, token);
    expect(named.institutions.edges.some((e: any) => e.node.name === '平泉市冀达数智数字科技有限公司')).toBe(true);
  });
});
