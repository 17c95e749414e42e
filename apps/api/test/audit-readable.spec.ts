import ExcelJS from 'exceljs';
import { makeUscc } from '@hebei/domain';
import { engines, errorCode, startTestApi, TestApi } from './harness';

/** Issue #12 item 7: the audit log names its objects and actors, has one IP format, sorts and exports. */
const LIST = `query($sort: AuditLogSort, $filter: AuditLogFilter, $after: String) {
  auditLogs(first: 20, sort: $sort, filter: $filter, after: $after) {
    totalCount pageInfo { endCursor } edges { node { id action entityType entityId entityName actorUsername actorName ip } }
  }
}`;

describe.each(engines())('the readable audit log on %s', (engine) => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    token = await api.login('province');
    // One audited change with a name to show (the demo data is seeded, not audited).
    await api.ok(
      'mutation($input: InstitutionInput!) { createInstitution(input: $input) { id } }',
      {
        input: {
          name: '平泉市审计测试检验检测有限公司',
          uscc: makeUscc('91130881MA0TAU001'),
          institutionType: 'ENTERPRISE',
          nature: 'MARKET',
          divisionCode: '130881',
          mainCategories: ['TESTING_INSPECTION'],
        },
      },
      await api.login('chengde'),
    );
  });
  afterAll(() => api.close());

  it('names the object and the actor, and shows IPv4-mapped addresses as IPv4', async () => {
    await api.services.db.query(
      `UPDATE audit_log SET ip = '::ffff:10.9.8.7' WHERE id = (SELECT id FROM (SELECT MIN(id) AS id FROM audit_log WHERE entityType = 'Institution') t)`,
    );
    const data: any = await api.ok(LIST, { filter: { entityType: 'Institution' }, sort: { field: 'TIME', direction: 'ASC' } }, token);
    const rows = data.auditLogs.edges.map((e: any) => e.node);
    expect(rows.length).toBeGreaterThan(0);
    const [first] = rows;
    const name = (await api.services.db.query('SELECT name FROM institution WHERE id = ?', [Number(first.entityId)]))[0]?.name;
    expect(first.entityName).toBe(name);
    expect(first.ip).toBe('10.9.8.7');
    for (const r of rows) if (r.actorUsername && r.actorName) expect(r.actorName).toMatch(/\S/);
  });

  it('sorts by action and refuses a cursor of another sort', async () => {
    const data: any = await api.ok(LIST, { sort: { field: 'ACTION', direction: 'ASC' } }, token);
    const actions = data.auditLogs.edges.map((e: any) => e.node.action);
    expect([...actions].sort()).toEqual(actions);
    const result = await api.gql(LIST, { after: data.auditLogs.pageInfo.endCursor }, token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('exports the filtered list with the field changes in words', async () => {
    const screen: any = await api.ok(LIST, { filter: { entityType: 'Institution' } }, token);
    const res = await fetch(api.url.replace('/graphql', '/api/exports/audit-logs.xlsx?entityType=Institution'), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '时间',
      '操作人',
      '角色',
      '操作',
      '对象',
      '对象名称',
      '对象ID',
      'IP',
      '变更内容',
    ]);
    expect(ws.rowCount - 1).toBe(screen.auditLogs.totalCount);
    expect(ws.getRow(2).getCell(5).value).toBe('服务机构');
    const refused = await fetch(api.url.replace('/graphql', '/api/exports/audit-logs.xlsx'), {
      headers: { authorization: `Bearer ${await api.login('chengde')}` },
    });
    expect(refused.status).toBe(403);
    const bad = await fetch(api.url.replace('/graphql', '/api/exports/audit-logs.xlsx?from=yesterday'), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bad.status).toBe(400);
  });
});
