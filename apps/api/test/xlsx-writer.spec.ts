import { PassThrough, Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { columnName, escapeXml, excelSerial, sheetName, XlsxValue, XlsxWriter } from '../src/modules/export/xlsx-writer';

/** Everything the writer wrote into memory. */
function collect(): { out: Writable; done: Promise<Buffer> } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  return { out, done: new Promise((resolve) => out.on('end', () => resolve(Buffer.concat(chunks)))) };
}

describe('XlsxWriter (our streaming SpreadsheetML writer, ADR 0017)', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (index, name) => expect(columnName(index)).toBe(name));

  it.each([
    ['1900-03-01', false, 61],
    ['1970-01-01', false, 25569],
    ['2026-12-02', false, 46358],
    ['2026-12-02 12:00', true, 46358.5],
    ['2026-12-02 06:00:00', true, 46358.25],
    ['2026-02-30', false, null],
    ['2026-13-01', false, null],
    ['2026-12-02 24:00', true, null],
    ['2026-12-02 12:00', false, null],
    ['20261202', false, null],
    ['未填', false, null],
  ])('excelSerial(%s, time %s) = %s', (value, withTime, serial) => expect(excelSerial(value, withTime)).toBe(serial));

  it.each([
    ['查询结果', '查询结果'],
    ['a/b\\c?d*e[f]g:h', 'a_b_c_d_e_f_g_h'],
    ["'引号'", '引号'],
    ['   ', 'Sheet'],
    [
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三',
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一',
    ],
  ])('sheet name %j → %j', (wanted, name) => expect(sheetName(wanted, new Set())).toBe(name));

  it('makes repeated sheet names unique (Excel compares them case-insensitively)', () => {
    const taken = new Set<string>();
    expect([sheetName('Data', taken), sheetName('data', taken), sheetName('DATA', taken)]).toEqual(['Data', 'data（2）', 'DATA（3）']);
  });

  it('escapes markup and drops characters XML cannot carry, keeping surrogate pairs', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0008c\u000bd\ufffee\tf\ng')).toBe('abcde\tf\ng');
    expect(escapeXml('😀 \ud800 x \udc00')).toBe('😀  x ');
    expect(escapeXml('普通文本')).toBe('普通文本');
  });

  it('writes a workbook exceljs reads back: headers, Chinese text, numbers, dates, empty cells, 120 columns, sheet names, frozen header', async () => {
    const columns = Array.from({ length: 120 }, (_, i) => ({
      header: i === 0 ? '单位名称' : `列${i + 1}`,
      width: i === 0 ? 30 : 12,
      format:
        i === 2
          ? ('date' as const)
          : i === 3
            ? ('money' as const)
            : i === 4
              ? ('percent' as const)
              : i === 5
                ? ('dateTime' as const)
                : undefined,
    }));
    const row = (n: number): XlsxValue[] => {
      const r: XlsxValue[] = Array.from({ length: 120 }, () => null);
      r[0] = n === 1 ? '  河北<测试>&"机构"  ' : `第${n}家机构😀`;
      r[1] = n * 1.5;
      r[2] = n === 3 ? '未填' : `2026-01-${String(n).padStart(2, '0')}`;
      r[3] = 1234.5;
      r[4] = 0.625;
      r[5] = '2026-12-02 12:30';
      r[6] = undefined;
      r[7] = '';
      r[8] = true;
      r[119] = `末列${n}`;
      return r;
    };
    const { out, done } = collect();
    const xlsx = new XlsxWriter(out);
    async function* pages() {
      yield [row(1), row(2)];
      yield [];
      yield [row(3)];
    }
    await xlsx.sheet({ name: '查询结果', columns }, pages());
    await xlsx.sheet({ name: '查询说明', columns: [{ width: 14 }, { width: 100 }], headerRow: false }, [
      [
        ['数据集', '服务机构'],
        ['记录数', 3],
      ],
    ]);
    await xlsx.finish();
    const file = await done;

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['查询结果', '查询说明']);
    const ws = wb.getWorksheet('查询结果')!;
    expect(ws.rowCount).toBe(4);
    expect(ws.getCell('A1').value).toBe('单位名称');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('DP1').value).toBe('列120');
    expect(ws.getCell('A2').value).toBe('  河北<测试>&"机构"  ');
    expect(ws.getCell('A3').value).toBe('第2家机构😀');
    expect(ws.getCell('B3').value).toBe(3);
    expect(ws.getCell('C2').value).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('C4').value).toBe('未填');
    expect(ws.getCell('D2').value).toBe(1234.5);
    expect(ws.getCell('D2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('E2').value).toBe(0.625);
    expect(ws.getCell('E2').numFmt).toBe('0.0%');
    expect(ws.getCell('F2').value).toEqual(new Date(Date.UTC(2026, 11, 2, 12, 30)));
    expect(ws.getCell('G2').value).toBeNull();
    expect(ws.getCell('H2').value).toBeNull();
    expect(ws.getCell('I2').value).toBe(true);
    expect(ws.getCell('DP4').value).toBe('末列3');
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const notes = wb.getWorksheet('查询说明')!;
    expect(notes.getRow(1).values).toEqual([undefined, '数据集', '服务机构']);
    expect(notes.getRow(2).values).toEqual([undefined, '记录数', 3]);
    expect(notes.getCell('A1').font?.bold).toBeFalsy();

    // exceljs' streaming reader walks the local headers and data descriptors (what a one-pass unzip does).
    const seen: unknown[][] = [];
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), { worksheets: 'emit' });
    for await (const sheet of reader) {
      for await (const r of sheet as AsyncIterable<ExcelJS.Row>)
        seen.push([(sheet as { name?: string }).name, r.number, r.getCell(1).value]);
    }
    expect(seen.length).toBe(6);
    expect(seen[1]).toEqual([expect.anything(), 2, '  河北<测试>&"机构"  ']);
  });

  it('streams many rows with backpressure into a slow reader', async () => {
    let bytes = 0;
    const out = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _e, cb) {
        bytes += chunk.length;
        setImmediate(cb);
      },
    });
    const xlsx = new XlsxWriter(out);
    async function* pages() {
      for (let p = 0; p < 10; p++) yield Array.from({ length: 1000 }, (_, i) => [`机构${p * 1000 + i}`, i, '2026-12-02']);
    }
    await xlsx.sheet(
      { name: 'rows', columns: [{ header: '名称' }, { header: '数', format: 'number' }, { header: '日期', format: 'date' }] },
      pages(),
    );
    await xlsx.finish();
    expect(out.writableFinished).toBe(true);
    expect(bytes).toBeGreaterThan(10_000);
  });

  it('rejects instead of hanging when the output goes away mid-file', async () => {
    const out = new Writable({
      highWaterMark: 16,
      write(_c, _e, cb) {
        setImmediate(cb);
      },
    });
    const xlsx = new XlsxWriter(out);
    let served = 0;
    async function* pages() {
      for (;;) {
        served += 1;
        if (served === 3) out.destroy();
        yield Array.from({ length: 500 }, (_, i) => [`机构${i}`]);
      }
    }
    await expect(xlsx.sheet({ name: 'rows', columns: [{ header: '名称' }] }, pages())).rejects.toThrow();
  });
});
