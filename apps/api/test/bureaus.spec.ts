import ExcelJS from 'exceljs';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { BureauContact } from '../src/modules/bureau/bureau-contact.entity';
import { engines, errorCode, startTestApi, TestApi } from './harness';

// 主管部门名录 and the sorted 用户管理 list (issue #12 items 1 and 4) through the real API.

const BUREAUS = `query($f: BureauFilter, $first: Int, $after: String) { bureaus(first: $first, after: $after, filter: $f) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { code name fullName level accountCount canEditContact city { code name }
    accounts { username role status } contact { id contactPerson contactPhone address version } } } } }`;
const UPDATE = `mutation($i: BureauContactInput!) { updateBureauContact(input: $i) { id divisionCode contactPerson contactPhone address version } }`;
const ACCOUNTS = `query($f: AccountFilter, $s: AccountSort, $first: Int, $after: String) {
  managedAccounts(first: $first, after: $after, filter: $f, sort: $s) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id username displayName role division { code } } } } }`;

type Node = {
  code: string;
  fullName: string;
  level: string;
  accountCount: number;
  canEditContact: boolean;
  city: { code: string; name: string };
  accounts: { username: string; role: string; status: string }[];
  contact: { id: string; contactPerson: string; contactPhone: string; address: string; version: number } | null;
};

describe.each(engines())('主管部门名录 on %s', (engine) => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    api = await startTestApi(engine);
    for (const u of ['province', 'chengde', 'baoding', 'pingquan', 'analyst', 'institution']) tokens[u] = await api.login(u);
  });
  afterAll(() => api.close());

  async function all(user: string, f: Record<string, unknown> = {}): Promise<Node[]> {
    const out: Node[] = [];
    for (let after: string | undefined; ;) {
      const page = (await api.ok(BUREAUS, { f, first: 100, after }, tokens[user])).bureaus;
      out.push(...page.edges.map((e: { node: Node }) => e.node));
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
  }

  it('PROVINCE sees every city-level and county-level bureau, grouped by city, each city first', async () => {
    const rows = await all('province');
    const cities = rows.filter((r) => r.level === 'CITY');
    expect(cities.map((c) => c.fullName)).toEqual(expect.arrayContaining(['石家庄市', '承德市', '定州市', '辛集市', '雄安新区']));
    expect(cities.length).toBeGreaterThanOrEqual(13);
    expect(rows.length).toBeGreaterThan(150);
    // Grouped: once a city's block ends it never comes back, and the block opens with the city itself.
    const order = rows.map((r) => r.city.code);
    const blocks = order.filter((c, i) => i === 0 || order[i - 1] !== c);
    expect(new Set(blocks).size).toBe(blocks.length);
    for (const [i, r] of rows.entries()) if (i === 0 || rows[i - 1].city.code !== r.city.code) expect(r.code).toBe(r.city.code);
    const pingquan = rows.find((r) => r.code === '130881')!;
    expect(pingquan).toMatchObject({ fullName: '承德市平泉市', level: 'COUNTY', city: { name: '承德市' }, canEditContact: true });
    expect(pingquan.accounts).toEqual(expect.arrayContaining([{ username: 'pingquan', role: 'COUNTY', status: 'ACTIVE' }]));
    expect(pingquan.accountCount).toBe(pingquan.accounts.length);
    // Xiong'an's counties sit under 雄安新区, not 保定.
    expect(rows.find((r) => r.code === '130629')?.city.name).toBe('雄安新区');
  });

  it('a CITY bureau sees its own and its counties, a COUNTY its own; others are refused', async () => {
    const chengde = await all('chengde');
    expect(chengde[0]).toMatchObject({ code: '130800', level: 'CITY', canEditContact: true });
    expect(chengde.every((r) => r.city.code === '130800')).toBe(true);
    expect(chengde.find((r) => r.code === '130881')?.canEditContact).toBe(false);
    expect((await all('pingquan')).map((r) => r.code)).toEqual(['130881']);
    for (const u of ['analyst', 'institution']) expect(errorCode(await api.gql(BUREAUS, {}, tokens[u]))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(BUREAUS, {}))).toBe('UNAUTHENTICATED');
  });

  it('filters by city, level, name and accounts; pages with a cursor and refuses a foreign one', async () => {
    const counties = await all('province', { cityCode: '130800', level: 'COUNTY' });
    expect(counties.length).toBeGreaterThan(5);
    expect(counties.every((r) => r.level === 'COUNTY' && r.city.code === '130800')).toBe(true);
    expect((await all('province', { text: '平泉' })).map((r) => r.code)).toEqual(['130881']);
    const withAccounts = await all('province', { hasAccounts: true });
    expect(withAccounts.map((r) => r.code)).toEqual(expect.arrayContaining(['130800', '130600', '130881']));
    expect(withAccounts.every((r) => r.accountCount > 0)).toBe(true);
    const without = await all('province', { hasAccounts: false });
    expect(without.every((r) => r.accountCount === 0)).toBe(true);
    expect(withAccounts.length + without.length).toBe((await all('province')).length);

    const first = (await api.ok(BUREAUS, { first: 3 }, tokens.province)).bureaus;
    const second = (await api.ok(BUREAUS, { first: 3, after: first.pageInfo.endCursor }, tokens.province)).bureaus;
    const whole = await all('province');
    expect([...first.edges, ...second.edges].map((e: { node: Node }) => e.node.code)).toEqual(whole.slice(0, 6).map((r) => r.code));
    // A cursor from the province's list names a bureau outside pingquan's scope: refused, not a leak.
    const foreign = await api.gql(BUREAUS, { first: 3, after: first.pageInfo.endCursor }, tokens.pingquan);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', code: 'INVALID_CURSOR' }] });
    expect(errorCode(await api.gql(BUREAUS, { after: 'bm9wZQ' }, tokens.province))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(BUREAUS, { f: { cityCode: '13' } }, tokens.province))).toBe('BAD_USER_INPUT');
  });

  it('the bureau itself or PROVINCE edits the contact: audited, compare-and-set, scoped; refusals write nothing', async () => {
    const input = { divisionCode: '130881', contactPerson: '王立新', contactPhone: '0314-6012345', address: '平泉市平泉镇迎宾路1号' };
    // Not its own bureau: chengde may see 平泉 but not edit it; baoding does not see it at all.
    expect(errorCode(await api.gql(UPDATE, { i: { ...input, expectedVersion: 0 } }, tokens.chengde))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(UPDATE, { i: { ...input, expectedVersion: 0 } }, tokens.baoding))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(UPDATE, { i: { ...input, divisionCode: '130000', expectedVersion: 0 } }, tokens.province))).toBe(
      'NOT_FOUND',
    );
    const bad = await api.gql(UPDATE, { i: { ...input, contactPhone: '12', address: '', expectedVersion: 0 } }, tokens.pingquan);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await api.services.db.getRepository(BureauContact).count({ where: { divisionCode: '130881' } })).toBe(0);

    const created = (await api.ok(UPDATE, { i: { ...input, expectedVersion: 0 } }, tokens.pingquan)).updateBureauContact;
    expect(created).toMatchObject({ ...input, version: 1 });
    // A second "first edit" from a stale screen loses.
    expect(errorCode(await api.gql(UPDATE, { i: { ...input, expectedVersion: 0 } }, tokens.province))).toBe('CONFLICT');
    const edited = (await api.ok(UPDATE, { i: { ...input, contactPerson: '李静', expectedVersion: 1 } }, tokens.province))
      .updateBureauContact;
    expect(edited).toMatchObject({ contactPerson: '李静', version: 2 });
    expect(errorCode(await api.gql(UPDATE, { i: { ...input, expectedVersion: 1 } }, tokens.pingquan))).toBe('CONFLICT');

    const audits = await api.services.db
      .getRepository(AuditLog)
      .find({ where: { entityType: 'BureauContact', entityId: String(created.id) }, order: { id: 'ASC' } });
    expect(audits.map((a) => a.action)).toEqual(['UPDATE_BUREAU_CONTACT', 'UPDATE_BUREAU_CONTACT']);
    const row = (await all('chengde', { text: '平泉' }))[0];
    expect(row.contact).toMatchObject({ contactPerson: '李静', contactPhone: '0314-6012345', version: 2 });
  });

  it('exports the filtered directory as .xlsx: the screen rows, Chinese headers; bad filters and other roles refused', async () => {
    const screen = await all('chengde', { level: 'COUNTY' });
    const res = await fetch(api.url.replace('/graphql', '/api/exports/bureaus.xlsx?level=COUNTY'), {
      headers: { authorization: `Bearer ${tokens.chengde}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-export-rows')).toBe(String(screen.length));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['序号', '所属市', '主管部门（区划）']);
    const names: unknown[] = [];
    ws.eachRow((row, n) => n > 1 && names.push(row.getCell(3).value));
    expect(names).toEqual(screen.map((r) => r.fullName));
    for (const q of ['level=PROVINCE', 'hasAccounts=maybe', 'cityCode=1']) {
      const refused = await fetch(api.url.replace('/graphql', `/api/exports/bureaus.xlsx?${q}`), {
        headers: { authorization: `Bearer ${tokens.chengde}` },
      });
      expect(refused.status).toBe(400);
    }
    const analyst = await fetch(api.url.replace('/graphql', '/api/exports/bureaus.xlsx'), {
      headers: { authorization: `Bearer ${tokens.analyst}` },
    });
    expect(analyst.status).toBe(403);
  });
});

describe.each(engines())('用户管理 sorted on %s', (engine) => {
  let api: TestApi;
  let province: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    province = await api.login('province');
  });
  afterAll(() => api.close());

  type Row = { id: string; username: string; displayName: string; role: string; division: { code: string } | null };
  async function walk(sort: Record<string, string> | undefined, first = 2, f: Record<string, unknown> = {}): Promise<Row[]> {
    const out: Row[] = [];
    for (let after: string | undefined; ;) {
      const page = (await api.ok(ACCOUNTS, { s: sort, first, after, f }, province)).managedAccounts;
      out.push(...page.edges.map((e: { node: Row }) => e.node));
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
  }

  it.each([
    ['USERNAME', 'ASC'],
    ['USERNAME', 'DESC'],
    ['ROLE', 'ASC'],
    ['DIVISION', 'DESC'],
    ['DIVISION', 'ASC'],
    ['DISPLAY_NAME', 'ASC'],
  ])('sorts by %s %s across cursor pages, each row once', async (field, direction) => {
    const paged = await walk({ field, direction });
    const whole = await walk({ field, direction }, 100);
    expect(paged.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    expect(new Set(paged.map((r) => r.id)).size).toBe(paged.length);
    const key = (r: Row) =>
      field === 'USERNAME'
        ? r.username.toLowerCase()
        : field === 'ROLE'
          ? r.role
          : field === 'DIVISION'
            ? (r.division?.code ?? null)
            : null;
    if (field !== 'DISPLAY_NAME') {
      const keys = paged.map(key);
      const cmp = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
      const sorted = [...keys].sort((a, b) => (direction === 'ASC' ? cmp(a, b) : cmp(b, a)));
      expect(keys).toEqual(sorted);
    }
  });

  it('refuses a cursor cut from another sort, and a sort field that does not exist', async () => {
    const page = (await api.ok(ACCOUNTS, { s: { field: 'USERNAME', direction: 'ASC' }, first: 2 }, province)).managedAccounts;
    const mixed = await api.gql(ACCOUNTS, { s: { field: 'ROLE', direction: 'ASC' }, first: 2, after: page.pageInfo.endCursor }, province);
    expect(mixed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after', code: 'CURSOR_SORT_MISMATCH' }],
    });
    const flipped = await api.gql(
      ACCOUNTS,
      { s: { field: 'USERNAME', direction: 'DESC' }, first: 2, after: page.pageInfo.endCursor },
      province,
    );
    expect(flipped.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('CURSOR_SORT_MISMATCH');
    expect(errorCode(await api.gql(ACCOUNTS, { s: { field: 'PASSWORD', direction: 'ASC' } }, province))).toBe('BAD_USER_INPUT');
  });

  it('exports the filtered, sorted list: the same rows in the same order as the screen', async () => {
    const screen = await walk({ field: 'USERNAME', direction: 'DESC' }, 100, { role: 'COUNTY' });
    const res = await fetch(api.url.replace('/graphql', '/api/exports/accounts.xlsx?role=COUNTY&sort=USERNAME.DESC'), {
      headers: { authorization: `Bearer ${province}` },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const usernames: unknown[] = [];
    wb.worksheets[0].eachRow((row, n) => n > 1 && usernames.push(row.getCell(1).value));
    expect(usernames).toEqual(screen.map((r) => r.username));
    const bad = await fetch(api.url.replace('/graphql', '/api/exports/accounts.xlsx?sort=PASSWORD.ASC'), {
      headers: { authorization: `Bearer ${province}` },
    });
    expect(bad.status).toBe(400);
  });
});
