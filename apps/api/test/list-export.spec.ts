import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../src/common/errors';
import { LIST_EXPORT_MAX_ROWS, listExport } from '../src/common/list-export';

const columns = [
  { header: '序号', width: 6 },
  { header: '单位名称', width: 40 },
  { header: '入库日期', width: 12 },
];

async function* rowsOf(n: number) {
  for (let i = 1; i <= n; i++) yield [i, `机构${i}`, i % 2 ? '2026-11-02' : ''];
}

describe("listExport (every list's 导出Excel, #12 item 4)", () => {
  it.each([
    [LIST_EXPORT_MAX_ROWS, false],
    [LIST_EXPORT_MAX_ROWS + 1, true],
  ])('a filtered list of %i rows is refused: %s (typed EXPORT_TOO_LARGE, before anything is written)', (total, refused) => {
    const prepare = () => listExport({ fileName: 'x.xlsx', sheet: '服务机构', columns, total, rows: () => rowsOf(0) });
    if (!refused) {
      expect(prepare().rows).toBe(total);
      return;
    }
    let error: unknown;
    try {
      prepare();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.message).toBe(`导出条数（${total}条）超过上限${LIST_EXPORT_MAX_ROWS}条，请先缩小筛选范围`);
    expect(e.extensions.fields).toEqual([{ field: 'filter', code: 'EXPORT_TOO_LARGE', message: e.message }]);
  });

  it.each([0, 1, 499, 500, 501, 1234])('%i rows come out in order under one bold header, across page boundaries', async (n) => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => out.on('end', resolve));
    await listExport({ fileName: 'x.xlsx', sheet: '服务机构', columns, total: n, rows: () => rowsOf(n) }).write(out);
    out.end();
    await ended;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('服务机构')!;
    expect(ws.getRow(1).values).toEqual([undefined, '序号', '单位名称', '入库日期']);
    expect(ws.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(ws.rowCount).toBe(n + 1);
    if (n) {
      expect(ws.getRow(2).values).toEqual([undefined, 1, '机构1', '2026-11-02']);
      expect(ws.getRow(n + 1).getCell(2).value).toBe(`机构${n}`);
      expect(ws.getRow(3).getCell(3).value).toBeNull();
    }
  });
});
