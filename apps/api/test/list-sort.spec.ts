import ExcelJS from 'exceljs';
import { engines, errorCode, startTestApi, TestApi } from './harness';

/** Issue #12 item 4: server-side sort with keyset pages that stay correct under every sort. */
const PAGE = `query($first: Int, $after: String, $sort: InstitutionSort, $filter: InstitutionFilter) {
  institutions(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name divisionCode admittedOn } }
  }
}`;

type Row = { id: string; name: string; divisionCode: string; admittedOn: string | null };

describe.each(engines())('sorted lists on %s', (engine) => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    token = await api.login('province');
  });
  afterAll(() => api.close());

  async function walk(sort: unknown, first: number, filter: unknown = {}): Promise<{ rows: Row[]; total: number }> {
    const rows: Row[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 200; guard++) {
      const data: any = await api.ok(PAGE, { first, after, sort, filter }, token);
      total = data.institutions.totalCount;
      rows.push(...data.institutions.edges.map((e: { node: Row }) => e.node));
      if (!data.institutions.pageInfo.hasNextPage) break;
      after = data.institutions.pageInfo.endCursor;
    }
    return { rows, total };
  }

  it.each([
    ['ID', 'ASC'],
    ['ID', 'DESC'],
    ['NAME', 'ASC'],
    ['NAME', 'DESC'],
    ['DIVISION', 'ASC'],
    ['DIVISION', 'DESC'],
    ['ADMITTED_ON', 'ASC'],
    ['ADMITTED_ON', 'DESC'],
  ])('walks every row exactly once sorted by %s %s, whatever the page size', async (field, direction) => {
    const sort = { field, direction };
    const big = await walk(sort, 100);
    const small = await walk(sort, 7);
    expect(big.rows.length).toBe(big.total);
    expect(big.total).toBeGreaterThan(14);
    expect(new Set(big.rows.map((r) => r.id)).size).toBe(big.total);
    expect(small.rows.map((r) => r.id)).toEqual(big.rows.map((r) => r.id));
    const sign = direction === 'ASC' ? 1 : -1;
    for (let i = 1; i < big.rows.length; i++) {
      const [a, b] = [big.rows[i - 1], big.rows[i]];
      if (field === 'ID') expect(sign * (Number(b.id) - Number(a.id))).toBeGreaterThan(0);
      if (field === 'DIVISION') expect(sign * b.divisionCode.localeCompare(a.divisionCode)).toBeGreaterThanOrEqual(0);
      if (field === 'ADMITTED_ON') {
        // NULL is lowest on both engines: first ascending, last descending.
        const [x, y] = [a.admittedOn ?? '', b.admittedOn ?? ''];
        expect(sign * y.localeCompare(x)).toBeGreaterThanOrEqual(0);
        if (x === y) expect(sign * (Number(b.id) - Number(a.id))).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the filter under a sort (admitted only, newest admission first)', async () => {
    const { rows, total } = await walk({ field: 'ADMITTED_ON', direction: 'DESC' }, 5, { registryStatus: 'ADMITTED' });
    expect(rows.length).toBe(total);
    expect(rows.every((r) => r.admittedOn)).toBe(true);
  });

  it.each([
    ['a cursor of another sort field', { field: 'ADMITTED_ON', direction: 'ASC' }, 'CURSOR_SORT_MISMATCH'],
    ['a cursor of the other direction', { field: 'NAME', direction: 'DESC' }, 'CURSOR_SORT_MISMATCH'],
    ['a cursor of the default sort', undefined, 'CURSOR_SORT_MISMATCH'],
  ])('refuses %s with a typed BAD_USER_INPUT', async (_what, sort, code) => {
    const first = await api.ok(PAGE, { first: 3, sort: { field: 'NAME', direction: 'ASC' } }, token);
    const result = await api.gql(PAGE, { first: 3, after: first.institutions.pageInfo.endCursor, sort }, token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const fields = result.errors![0].extensions!.fields as { field: string; code: string; message: string }[];
    expect(fields[0]).toMatchObject({ field: 'after', code });
    expect(fields[0].message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['the old id cursor', Buffer.from('id:5').toString('base64url')],
    ['a wrong value type', Buffer.from(JSON.stringify(['ADMITTED_ON', 'ASC', 12, 3])).toString('base64url')],
    ['a forged id', Buffer.from(JSON.stringify(['ADMITTED_ON', 'ASC', null, 'x'])).toString('base64url')],
  ])('refuses %s as a cursor with a typed BAD_USER_INPUT', async (_what, after) => {
    const result = await api.gql(PAGE, { first: 3, after, sort: { field: 'ADMITTED_ON', direction: 'ASC' } }, token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('refuses an unknown sort field as bad input', async () => {
    const result = await api.gql(PAGE, { first: 3, sort: { field: 'PASSWORD', direction: 'ASC' } }, token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  describe('导出Excel of the filtered, sorted list', () => {
    const exportOf = async (query: string, who: string) =>
      fetch(api.url.replace('/graphql', `/api/exports/institutions.xlsx?${query}`), {
        headers: { authorization: `Bearer ${await api.login(who)}` },
      });
    const sheetOf = async (res: Response) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      return wb.worksheets[0];
    };

    it.each([
      ['chengde', 'ADMITTED_ON', 'DESC', { registryStatus: 'ADMITTED' }],
      ['province', 'NAME', 'ASC', { nature: 'PUBLIC_WELFARE' }],
      ['analyst', 'DIVISION', 'DESC', {}],
    ])('as %s by %s %s: the rows of the screen in its order, Chinese headers', async (who, field, direction, filter) => {
      token = await api.login(who);
      const { rows } = await walk({ field, direction }, 100, filter);
      token = await api.login('province');
      const res = await exportOf(new URLSearchParams({ ...filter, sort: `${field}.${direction}` }).toString(), who);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-export-rows')).toBe(String(rows.length));
      const ws = await sheetOf(res);
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
        '序号',
        '单位名称',
        '统一社会信用代码',
        '所在地区',
        '服务性质',
        '主要服务方向',
        '入库状态',
        '入库日期',
        '联系人',
        '联系电话',
      ]);
      const names: unknown[] = [];
      const phones: unknown[] = [];
      ws.eachRow((row, n) => {
        if (n === 1) return;
        names.push(row.getCell(2).value);
        phones.push(row.getCell(10).value);
      });
      expect(names).toEqual(rows.map((r) => r.name));
      if (who === 'analyst') expect(phones.filter((p) => p && !String(p).includes('*'))).toEqual([]);
    });

    it.each([
      ['an unknown sort', 'sort=PASSWORD.ASC', 'sort'],
      ['an unknown status', 'registryStatus=NOPE', 'registryStatus'],
      ['a malformed division', 'divisionCode=13', 'divisionCode'],
      ['a repeated parameter', 'nature=MARKET&nature=PUBLIC_WELFARE', 'nature'],
    ])('refuses %s with a typed 400 and writes nothing', async (_what, query, field) => {
      const res = await exportOf(query, 'province');
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/json/);
      const body = await res.json();
      expect(body.error.code).toBe('BAD_USER_INPUT');
      expect(body.error.fields[0].field).toBe(field);
    });

    it('refuses an enterprise (the public registry is its list)', async () => {
      expect((await exportOf('', 'enterprise')).status).toBe(403);
    });
  });
});
