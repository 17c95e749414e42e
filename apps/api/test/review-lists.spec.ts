import ExcelJS from 'exceljs';
import { BULK_REVIEW_MAX } from '@hebei/domain';
import { createOpenBatch, registerInstitution, submitEligibleApplication, VERSION } from './factories';
import { engines, errorCode, startTestApi, TestApi } from './harness';

/**
 * Issue #12 item 4 (the rest): 入库审核, 预约处理 and 我的预约 sorted on the server, exported as the screen shows them,
 * and bulk approve/return on the review queues.
 */
const APPS = `query($first: Int, $after: String, $sort: ApplicationSort, $filter: ApplicationFilter) {
  applications(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name divisionCode batch { id } status contactPhone } }
  }
}`;
const INBOX = `query($first: Int, $after: String, $sort: BookingSort, $filter: BookingFilter) {
  bookingInbox(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id productName status requestDate responseDeadline } }
  }
}`;
const MINE = INBOX.replace('bookingInbox', 'myBookings');
const BULK = 'mutation($i: BulkReviewInput!) { reviewApplications(input: $i) { id status version } }';
const NOTICES = `{ myNotifications(first: 50) { edges { node { type subjectId } } } }`;

type Node = Record<string, unknown> & { id: string };

describe.each(engines())('review and booking lists on %s', (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(engine);
  }, 300_000);
  afterAll(() => api.close());

  async function walk(
    doc: string,
    field: string,
    who: string,
    vars: Record<string, unknown>,
    first: number,
  ): Promise<{ rows: Node[]; total: number }> {
    const token = await api.login(who);
    const rows: Node[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 500; guard++) {
      const data: any = await api.ok(doc, { ...vars, first, after }, token);
      const conn = data[field];
      total = conn.totalCount;
      rows.push(...conn.edges.map((e: { node: Node }) => e.node));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    return { rows, total };
  }

  const valueOf = (r: Node, field: string): string | number =>
    field === 'NAME'
      ? (r.name as string)
      : field === 'DIVISION'
        ? (r.divisionCode as string)
        : field === 'BATCH'
          ? Number((r.batch as { id: string }).id)
          : field === 'REQUEST_DATE'
            ? (r.requestDate as string)
            : field === 'RESPONSE_DEADLINE'
              ? (r.responseDeadline as string)
              : field === 'PRODUCT_NAME'
                ? (r.productName as string)
                : field === 'STATUS'
                  ? (r.status as string)
                  : Number(r.id);
  const compare = (a: string | number, b: string | number) => (typeof a === 'number' ? a - (b as number) : a < b ? -1 : a > b ? 1 : 0);

  function expectSorted(rows: Node[], field: string, direction: string) {
    const sign = direction === 'ASC' ? 1 : -1;
    for (let i = 1; i < rows.length; i++) {
      const c = sign * compare(valueOf(rows[i], field), valueOf(rows[i - 1], field));
      expect(c).toBeGreaterThanOrEqual(0);
      if (c === 0) expect(sign * (Number(rows[i].id) - Number(rows[i - 1].id))).toBeGreaterThan(0);
    }
  }

  describe.each([
    ['applications (province, every tab)', APPS, 'applications', 'province', {}, ['ID', 'NAME', 'DIVISION', 'BATCH']],
    [
      'bookingInbox (institution)',
      INBOX,
      'bookingInbox',
      'institution',
      {},
      ['ID', 'REQUEST_DATE', 'RESPONSE_DEADLINE', 'PRODUCT_NAME', 'STATUS'],
    ],
    [
      'myBookings (enterprise)',
      MINE,
      'myBookings',
      'enterprise',
      {},
      ['ID', 'REQUEST_DATE', 'RESPONSE_DEADLINE', 'PRODUCT_NAME', 'STATUS'],
    ],
  ] as const)('%s', (_name, doc, field, who, vars, sortFields) => {
    it.each(sortFields.flatMap((f) => [[f, 'ASC'] as const, [f, 'DESC'] as const]))(
      'walks every row once sorted by %s %s, at any page size',
      async (sortField, direction) => {
        const sort = { field: sortField, direction };
        const big = await walk(doc, field, who, { ...vars, sort }, 100);
        const small = await walk(doc, field, who, { ...vars, sort }, 3);
        expect(big.total).toBeGreaterThan(3);
        expect(big.rows.length).toBe(big.total);
        expect(new Set(big.rows.map((r) => r.id)).size).toBe(big.total);
        expect(small.rows.map((r) => r.id)).toEqual(big.rows.map((r) => r.id));
        expectSorted(big.rows, sortField, direction);
      },
    );

    it('refuses a cursor cut from another sort', async () => {
      const token = await api.login(who);
      const first: any = await api.ok(doc, { ...vars, first: 2, sort: { field: sortFields[1], direction: 'ASC' } }, token);
      const result = await api.gql(doc, { ...vars, first: 2, after: first[field].pageInfo.endCursor }, token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect((result.errors![0].extensions!.fields as { code: string }[])[0].code).toBe('CURSOR_SORT_MISMATCH');
    });
  });

  it('keeps the default orders the screens and 下一条 rely on (applications oldest first, bookings newest first)', async () => {
    const apps = await walk(APPS, 'applications', 'province', {}, 100);
    expectSorted(apps.rows, 'ID', 'ASC');
    const inbox = await walk(INBOX, 'bookingInbox', 'institution', {}, 100);
    expectSorted(inbox.rows, 'ID', 'DESC');
  });

  describe('导出Excel: the tab as the screen shows it', () => {
    const get = async (path: string, who: string) =>
      fetch(api.url.replace('/graphql', path), { headers: { authorization: `Bearer ${await api.login(who)}` } });
    const sheetOf = async (res: Response) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      return wb.worksheets[0];
    };
    const column = (ws: ExcelJS.Worksheet, n: number) => {
      const out: unknown[] = [];
      ws.eachRow((row, i) => {
        if (i > 1) out.push(row.getCell(n).value);
      });
      return out;
    };

    it.each([
      ['province', {}, 'NAME', 'DESC'],
      ['chengde', {}, 'DIVISION', 'ASC'],
      ['analyst', { queue: 'ADMITTED' }, 'BATCH', 'DESC'],
      ['pingquan', { queue: 'PENDING_COUNTY' }, 'ID', 'ASC'],
    ])('applications.xlsx as %s %j by %s %s: the rows of the list, masked like it', async (who, filter, field, direction) => {
      const { rows } = await walk(APPS, 'applications', who, { filter, sort: { field, direction } }, 100);
      const res = await get(`/api/exports/applications.xlsx?${new URLSearchParams({ ...filter, sort: `${field}.${direction}` })}`, who);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-export-rows')).toBe(String(rows.length));
      const ws = await sheetOf(res);
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
        '序号',
        '单位名称',
        '统一社会信用代码',
        '所在地区',
        '申报批次',
        '主要服务方向',
        '状态',
        '提交时间',
        '联系人',
        '联系电话',
      ]);
      expect(column(ws, 2)).toEqual(rows.map((r) => r.name));
      expect(column(ws, 10).map((p) => p || null)).toEqual(rows.map((r) => r.contactPhone || null));
    });

    it.each([
      ['booking-inbox.xlsx', INBOX, 'bookingInbox', 'institution', { status: 'REQUESTED' }, 'REQUEST_DATE.ASC'],
      ['booking-inbox.xlsx', INBOX, 'bookingInbox', 'institution', { overdue: true }, 'RESPONSE_DEADLINE.DESC'],
      ['my-bookings.xlsx', MINE, 'myBookings', 'enterprise', {}, 'PRODUCT_NAME.ASC'],
    ])('%s %j sorted %s: the rows of the list', async (file, doc, field, who, filter, sortText) => {
      const [sf, dir] = sortText.split('.');
      const { rows } = await walk(doc, field, who, { filter, sort: { field: sf, direction: dir } }, 100);
      const query = new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, String(v)])), sort: sortText });
      const res = await get(`/api/exports/${file}?${query}`, who);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-export-rows')).toBe(String(rows.length));
      const ws = await sheetOf(res);
      expect(ws.getRow(1).getCell(2).value).toBe(file === 'my-bookings.xlsx' ? '服务机构' : '企业');
      expect(column(ws, 3)).toEqual(rows.map((r) => r.productName));
      expect(column(ws, 7)).toEqual(rows.map((r) => r.responseDeadline));
    });

    it.each([
      ['/api/exports/applications.xlsx?queue=NOPE', 'province', 400, 'queue'],
      ['/api/exports/applications.xlsx?sort=PASSWORD.ASC', 'province', 400, 'sort'],
      ['/api/exports/applications.xlsx?batchId=x', 'province', 400, 'batchId'],
      ['/api/exports/booking-inbox.xlsx?overdue=maybe', 'institution', 400, 'overdue'],
      ['/api/exports/booking-inbox.xlsx?status=NOPE', 'institution', 400, 'status'],
      ['/api/exports/my-bookings.xlsx?sort=REQUEST_DATE.UP', 'enterprise', 400, 'sort'],
      ['/api/exports/applications.xlsx', 'enterprise', 403, null],
      ['/api/exports/booking-inbox.xlsx', 'enterprise', 403, null],
      ['/api/exports/my-bookings.xlsx', 'institution', 403, null],
      ['/api/exports/booking-inbox.xlsx', 'province', 403, null],
    ])('%s as %s: a typed %i and no file', async (path, who, status, field) => {
      const res = await get(path, who);
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/json/);
      const body = await res.json();
      if (field) expect(body.error.fields[0].field).toBe(field);
    });
  });

  describe('bulk approve / return (reviewApplications)', () => {
    let seq = 0;
    /** `n` fresh applications submitted in 平泉 (the county's queue) and one in 保定 (out of pingquan's sight). */
    async function queue(n: number) {
      const batchId = await createOpenBatch(api, `批量审核批次-${engine}-${++seq}`);
      const ids: string[] = [];
      const tokens: string[] = [];
      for (let i = 0; i < n; i++) {
        const inst = await registerInstitution(api, '130881', `平泉市批量审核${seq}号${i}测试有限公司`);
        ids.push(await submitEligibleApplication(api, inst.token, batchId));
        tokens.push(inst.token);
      }
      const county = await api.login('pingquan');
      const items = async (chosen = ids) =>
        Promise.all(
          chosen.map(async (applicationId) => ({
            applicationId,
            expectedVersion: (await api.ok(VERSION, { id: applicationId }, county)).application.version,
          })),
        );
      return { batchId, ids, tokens, county, items };
    }
    const statuses = async (ids: string[], token: string) =>
      Promise.all(ids.map(async (id) => (await api.ok(VERSION, { id }, token)).application.status as string));
    const audits = async (ids: string[]) => {
      const rows: { entityId: string; action: string }[] = await api.services.db.query(
        `SELECT entityId, action FROM audit_log WHERE entityType = 'Application' AND action LIKE 'REVIEW_%' AND entityId IN (${ids.map(() => '?').join(',')}) ORDER BY id`,
        ids,
      );
      return rows.map((r) => [String(r.entityId), r.action]);
    };

    it('approves two with one opinion: each moves on, each audited and on its timeline', async () => {
      const q = await queue(2);
      const data = await api.ok(BULK, { i: { items: await q.items(), action: 'APPROVE', opinion: '材料齐全，同意' } }, q.county);
      expect(data.reviewApplications.map((a: Node) => [a.id, a.status])).toEqual(q.ids.map((id) => [id, 'COUNTY_APPROVED']));
      expect(await audits(q.ids)).toEqual(q.ids.map((id) => [id, 'REVIEW_APPROVE']));
      const events = await api.services.db.query(
        `SELECT applicationId, opinion, level FROM application_event WHERE type = 'APPROVE' AND applicationId IN (?, ?) ORDER BY applicationId`,
        q.ids.map(Number),
      );
      expect(events.map((e: { opinion: string; level: string }) => [e.opinion, e.level])).toEqual([
        ['材料齐全，同意', 'COUNTY'],
        ['材料齐全，同意', 'COUNTY'],
      ]);
    });

    it('returns two with one reason: each applicant is notified as by a single return', async () => {
      const q = await queue(2);
      await api.ok(BULK, { i: { items: await q.items(), action: 'RETURN', opinion: '请补充近三年服务案例' } }, q.county);
      expect(await statuses(q.ids, q.county)).toEqual(['RETURNED', 'RETURNED']);
      for (const [i, token] of q.tokens.entries()) {
        const notes = (await api.ok(NOTICES, {}, token)).myNotifications.edges.map((e: { node: Node }) => e.node);
        expect(notes.filter((n: Node) => n.type === 'APPLICATION_RETURNED' && n.subjectId === q.ids[i])).toHaveLength(1);
      }
    });

    it.each([
      ['a return without a reason', 'RETURN', '', 'opinion', 'REASON_REQUIRED'],
      ['a rejection (decided one by one)', 'REJECT', '不符合条件', 'action', 'BULK_ACTION_NOT_ALLOWED'],
    ])('refuses %s before reading anything', async (_what, action, opinion, field, code) => {
      const q = await queue(2);
      const result = await api.gql(BULK, { i: { items: await q.items(), action, opinion } }, q.county);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field, code })]);
      expect(await statuses(q.ids, q.county)).toEqual(['SUBMITTED', 'SUBMITTED']);
    });

    it('refuses more than the maximum, an empty and a repeated selection', async () => {
      const county = await api.login('pingquan');
      const many = Array.from({ length: BULK_REVIEW_MAX + 1 }, (_, i) => ({ applicationId: String(i + 1), expectedVersion: 1 }));
      for (const items of [many, [], [many[0], many[0]]]) {
        const result = await api.gql(BULK, { i: { items, action: 'APPROVE', opinion: '同意' } }, county);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
      }
    });

    it('all or nothing: a stale version names the item and nothing is written', async () => {
      const q = await queue(3);
      const items = await q.items();
      items[2] = { ...items[2], expectedVersion: items[2].expectedVersion - 1 };
      const result = await api.gql(BULK, { i: { items, action: 'APPROVE', opinion: '同意' } }, q.county);
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors![0].message).toMatch(/^“.+”：该申请已被他人处理，请刷新后查看最新状态；整批未生效$/);
      expect(result.errors![0].extensions).toMatchObject({ position: 2 });
      expect(await statuses(q.ids, q.county)).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED']);
      expect(await audits(q.ids)).toEqual([]);
    });

    it('all or nothing: an item in the wrong state (already reviewed) is named', async () => {
      const q = await queue(2);
      const [first, second] = await q.items();
      await api.ok(BULK, { i: { items: [second], action: 'APPROVE', opinion: '同意' } }, q.county);
      const fresh = (await q.items([q.ids[1]]))[0];
      const result = await api.gql(BULK, { i: { items: [first, fresh], action: 'APPROVE', opinion: '同意' } }, q.county);
      expect(errorCode(result)).toBe('INVALID_TRANSITION');
      expect(result.errors![0].message).toMatch(/^“.+”：当前状态为“.+”，.+；整批未生效$/);
      expect(await statuses(q.ids, q.county)).toEqual(['SUBMITTED', 'COUNTY_APPROVED']);
    });

    it('out of the jurisdiction answers like a missing id, naming its place in the selection', async () => {
      const q = await queue(1);
      const batchId = await createOpenBatch(api, `批量审核保定批次-${engine}`);
      const other = await registerInstitution(api, '130602', '保定市批量审核管辖外测试有限公司');
      const outside = await submitEligibleApplication(api, other.token, batchId);
      const items = [...(await q.items()), { applicationId: outside, expectedVersion: 1 }];
      const result = await api.gql(BULK, { i: { items, action: 'APPROVE', opinion: '同意' } }, q.county);
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect(result.errors![0].message).toBe('第2项：申请不存在；整批未生效');
      expect(await statuses(q.ids, q.county)).toEqual(['SUBMITTED']);
    });

    it('the city recommends several with one opinion, which it must give', async () => {
      const q = await queue(2);
      await api.ok(BULK, { i: { items: await q.items(), action: 'APPROVE', opinion: '同意' } }, q.county);
      const city = await api.login('chengde');
      const items = await Promise.all(
        q.ids.map(async (id) => ({ applicationId: id, expectedVersion: (await api.ok(VERSION, { id }, city)).application.version })),
      );
      const missing = await api.gql(BULK, { i: { items, action: 'APPROVE' } }, city);
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
      await api.ok(BULK, { i: { items, action: 'APPROVE', opinion: '推荐入库' } }, city);
      expect(await statuses(q.ids, city)).toEqual(['CITY_RECOMMENDED', 'CITY_RECOMMENDED']);
    });
  });
});
