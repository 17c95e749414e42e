import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { createOpenBatch, PDF, registerInstitution, review, submitEligibleApplication, upload } from './factories';
import { engines, startTestApi, TestApi } from './harness';
import { filesUnder, rowCounts } from './security/lib/db';
import { bearer, raw, restUrl } from './security/lib/http';

/** Issue #12 item 5: the staff / served-enterprise tables from an .xlsx template, and the field diff after a return. */
const STAFF_HEADER = ['序号', '姓名', '职务', '职称', '学历', '有无合同、社保证明等'];
const SERVED_HEADER = ['序号', '企业名称', '服务性质', '服务满意度'];

async function workbook(header: unknown[], rows: unknown[][], sheet = '服务人员基本情况表'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A ZIP with one stored or deflated entry and honest or lying sizes: enough to build the archives exceljs must never see. */
function zipOf(name: string, content: Buffer, opts: { declared?: number } = {}): Buffer {
  const data = zlib.deflateRawSync(content);
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(opts.declared ?? content.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(opts.declared ?? content.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  central.writeUInt32LE(0, 42);
  const localPart = Buffer.concat([local, nameBuf, data]);
  const dir = Buffer.concat([central, nameBuf]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, dir, end]);
}

const DETAIL_CHANGES =
  'query($id: ID!) { application(id: $id) { status changesSinceReturn { level returnedAt changes { field label kind before after } } } }';
const SAVE = 'mutation($id: ID!, $i: ApplicationInput!) { saveApplication(id: $id, input: $i) { id } }';

describe.each(engines())('application table import and changes since a return on %s', (engine) => {
  let api: TestApi;
  let owner: string;
  let batchId: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    batchId = await createOpenBatch(api, `导入测试批次-${engine}`);
    owner = (await registerInstitution(api, '130881', '平泉市导入测试有限公司')).token;
  }, 300_000);
  afterAll(() => api.close());

  const post = (table: string, body: Buffer, token: string | null = owner, headers: Record<string, string> = {}) =>
    raw(restUrl(api, `/api/imports/${table}`), {
      method: 'POST',
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ...bearer(token ?? undefined),
        ...headers,
      },
      body: new Uint8Array(body),
    });

  it.each([
    ['application-staff', '服务人员基本情况表', STAFF_HEADER],
    ['application-served-enterprises', '服务企业情况登记表', SERVED_HEADER],
  ])('serves the %s template: Attachment 2 headers, a 填写说明 sheet, an xlsx download', async (table, title, header) => {
    const res = await fetch(restUrl(api, `/api/templates/${table}.xlsx`), { headers: bearer(owner) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain(`${title}（导入模板）.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([title, '填写说明']);
    expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(header);
    expect(wb.worksheets[0].rowCount).toBe(1);
    const notes = wb.worksheets[1].getColumn(1).values.filter(Boolean).map(String);
    expect(notes).toEqual(expect.arrayContaining(['列名', ...header.slice(1)]));
    expect(wb.worksheets[1].getRow(6).values).toEqual([undefined, header[1], '必填', expect.stringContaining('必填')]);
  });

  it('previews a filled template: good rows with their values, the bad row by its Excel row and column; nothing is written', async () => {
    const file = await workbook(STAFF_HEADER, [
      [1, '张三', '总经理', '高级工程师', '本科', '有'],
      [2, '', '顾问', '工程师', '硕士', '有'],
      [3, '李四', '技术员', '助理工程师', '大专', '无'],
      [4, '王五', '顾问', '无', '本科', '不确定'],
    ]);
    const [files, rows] = [filesUnder(api.services.config.uploadDir), await rowCounts(api)];
    const r = await post('application-staff', file);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      table: 'application-staff',
      title: '服务人员基本情况表',
      maxRows: 200,
      rows: [
        { row: 2, value: { name: '张三', post: '总经理', title: '高级工程师', education: '本科', hasContractProof: true } },
        { row: 4, value: { name: '李四', post: '技术员', title: '助理工程师', education: '大专', hasContractProof: false } },
      ],
      errors: [
        { row: 3, column: '姓名', message: '请填写姓名' },
        { row: 5, column: '有无合同、社保证明等', message: '应填“有”或“无”，不能是“不确定”' },
      ],
    });
    expect(filesUnder(api.services.config.uploadDir)).toEqual(files);
    expect(await rowCounts(api)).toEqual(rows);
  });

  it('previews served enterprises: natures by their Chinese names, formulas by their results', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(SERVED_HEADER);
    ws.addRow([1, { richText: [{ text: '承德' }, { text: '某某有限公司' }] }, '社会化', '满意']);
    ws.addRow([2, '平泉某公司', '公益性', { formula: '"基本"&"满意"', result: '基本满意' }]);
    ws.addRow([3, '某公司', '营利性', '满意']);
    const r = await post('application-served-enterprises', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.status).toBe(200);
    expect(r.json.rows.map((x: any) => x.value)).toEqual([
      { name: '承德某某有限公司', nature: 'MARKET', satisfaction: '满意' },
      { name: '平泉某公司', nature: 'PUBLIC_WELFARE', satisfaction: '基本满意' },
    ]);
    expect(r.json.errors).toEqual([{ row: 4, column: '服务性质', message: '应为 公益性/社会化 之一，不能是“营利性”' }]);
  });

  it('answers a wrong header as row-1 errors, judging no row', async () => {
    const r = await post('application-staff', await workbook(['姓名', '职务'], [['张三', '经理']]));
    expect(r.status).toBe(200);
    expect(r.json.rows).toEqual([]);
    expect(r.json.errors.map((e: any) => [e.row, e.column])).toEqual([
      [1, '职称'],
      [1, '学历'],
      [1, '有无合同、社保证明等'],
    ]);
  });

  const bomb = zipOf('xl/workbook.xml', Buffer.alloc(30 * 1024 * 1024, 0x20));
  const lyingBomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(25 * 1024 * 1024, 0x41), { declared: 100 });
  const notWorkbook = zipOf('word/document.xml', Buffer.from('<w:document/>'));
  const brokenWorkbook = zipOf('xl/workbook.xml', Buffer.from('<workbook>not really'));
  it.each<[string, () => Promise<Buffer> | Buffer, Record<string, string>, number, string]>([
    ['a PDF', () => PDF, {}, 400, 'NOT_XLSX'],
    ['random bytes', () => Buffer.alloc(4096, 0x41), {}, 400, 'NOT_XLSX'],
    ['an empty body', () => Buffer.alloc(0), {}, 400, 'FILE_EMPTY'],
    ['a truncated workbook', async () => (await workbook(STAFF_HEADER, [[1, '张三']])).subarray(0, 600), {}, 400, 'XLSX_UNREADABLE'],
    ['a zip that is no workbook', () => notWorkbook, {}, 400, 'NOT_XLSX'],
    ['a workbook.xml that is not XML', () => brokenWorkbook, {}, 400, 'XLSX_UNREADABLE'],
    ['a zip bomb (30 MB of spaces in 30 KB)', () => bomb, {}, 400, 'XLSX_TOO_BIG_UNPACKED'],
    ['a zip bomb whose header lies about its size', () => lyingBomb, {}, 400, 'XLSX_TOO_BIG_UNPACKED'],
    ['a file over 2 MB', () => Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024 + 1)]), {}, 413, 'BAD_USER_INPUT'],
  ])('refuses %s with a typed 4xx and writes nothing', async (_what, make, headers, status, code) => {
    const [files, rows] = [filesUnder(api.services.config.uploadDir), await rowCounts(api)];
    const r = await post('application-staff', await make(), owner, headers);
    expect(r.status).toBe(status);
    const fieldCode = r.json?.error?.fields?.[0]?.code;
    expect(code === 'BAD_USER_INPUT' ? r.json.error.code : fieldCode).toBe(code === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : code);
    expect(r.json.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(filesUnder(api.services.config.uploadDir)).toEqual(files);
    expect(await rowCounts(api)).toEqual(rows);
  });

  it.each([
    ['anonymous', undefined, 401, 'UNAUTHENTICATED'],
    ['a county officer', 'pingquan', 403, 'FORBIDDEN'],
    ['the province', 'province', 403, 'FORBIDDEN'],
    ['an analyst', 'analyst', 403, 'FORBIDDEN'],
    ['an enterprise', 'enterprise', 403, 'FORBIDDEN'],
  ])('refuses templates and imports to %s', async (_who, user, status, code) => {
    const token = user ? await api.login(user) : undefined;
    const file = await workbook(STAFF_HEADER, [[1, '张三', '总经理', '高级工程师', '本科', '有']]);
    for (const table of ['application-staff', 'application-served-enterprises']) {
      const t = await raw(restUrl(api, `/api/templates/${table}.xlsx`), { headers: bearer(token) });
      expect([t.status, t.json?.error?.code]).toEqual([status, code]);
      const i = await post(table, file, token ?? null);
      expect([i.status, i.json?.error?.code]).toEqual([status, code]);
    }
  });

  it('shows reviewers what changed since the return: fields, table rows and attachments; nothing for the applicant', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市退回对比测试有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    const county = await api.login('pingquan');
    expect((await api.ok(DETAIL_CHANGES, { id }, county)).application.changesSinceReturn).toBeNull();
    expect((await review(api, 'pingquan', id, 'RETURN', '服务场地面积证明不清，请补充')).errors).toBeUndefined();
    const [snap] = await api.services.db.query('SELECT level, content FROM application_snapshot WHERE applicationId = ?', [Number(id)]);
    expect(snap.level).toBe('COUNTY');
    expect(JSON.parse(snap.content).fields.premisesArea).toBe(150);
    // While it is with the applicant there is nothing to compare yet.
    expect((await api.ok(DETAIL_CHANGES, { id }, county)).application.changesSinceReturn).toBeNull();

    await api.ok(
      SAVE,
      {
        id,
        i: {
          premisesArea: 180,
          staff: [
            { name: '李工', post: '技术负责人', title: '正高级工程师', education: '硕士', hasContractProof: true },
            { name: '张三', post: '检验员', title: '工程师', education: '本科', hasContractProof: false },
          ],
          servedEnterprises: [],
        },
      },
      inst.token,
    );
    expect((await upload(api, inst.token, id, 4, Buffer.concat([PDF, Buffer.from('产权证')]), '产权证.pdf')).status).toBe(201);
    await api.ok('mutation($id: ID!) { submitApplication(id: $id) { status } }', { id }, inst.token);

    const seen = (await api.ok(DETAIL_CHANGES, { id }, county)).application;
    expect(seen.status).toBe('SUBMITTED');
    expect(seen.changesSinceReturn.level).toBe('COUNTY');
    expect(seen.changesSinceReturn.changes).toEqual([
      { field: 'premisesArea', label: '服务场地（平方米）', kind: 'CHANGED', before: '150', after: '180' },
      { field: 'staff[李工].title', label: '服务人员“李工” 职称', kind: 'CHANGED', before: '高级工程师', after: '正高级工程师' },
      { field: 'staff[张三]', label: '服务人员（新增）', kind: 'ADDED', before: null, after: '张三，检验员，工程师，本科，无' },
      {
        field: 'servedEnterprises[平泉市某机械有限公司]',
        label: '服务企业（删除）',
        kind: 'REMOVED',
        before: '平泉市某机械有限公司，公益性，满意',
        after: null,
      },
      {
        field: 'attachments[4]',
        label: '材料4 服务场地不动产权证书（或租赁合同）复印件',
        kind: 'CHANGED',
        before: '材料4.pdf',
        after: '产权证.pdf',
      },
    ]);
    // The province (scope: everything) sees the same; the applicant and the analyst get nothing.
    expect((await api.ok(DETAIL_CHANGES, { id }, await api.login('province'))).application.changesSinceReturn.changes).toHaveLength(5);
    expect((await api.ok(DETAIL_CHANGES, { id }, inst.token)).application.changesSinceReturn).toBeNull();
    expect((await api.ok(DETAIL_CHANGES, { id }, await api.login('analyst'))).application.changesSinceReturn).toBeNull();
    // Out of scope: the detail itself is NOT_FOUND, as before.
    expect((await api.gql(DETAIL_CHANGES, { id }, await api.login('baoding'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('resubmitted without a change: an empty list, not null', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市原样重提测试有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    expect((await review(api, 'pingquan', id, 'RETURN', '请核对')).errors).toBeUndefined();
    await api.ok('mutation($id: ID!) { submitApplication(id: $id) { status } }', { id }, inst.token);
    const c = (await api.ok(DETAIL_CHANGES, { id }, await api.login('pingquan'))).application.changesSinceReturn;
    expect(c).toMatchObject({ level: 'COUNTY', changes: [] });
  });
});
