import { Writable } from 'node:stream';
import { IMPORT_SEQUENCE_HEADER, IMPORT_TABLES, ImportResult, ImportTableKey, validateImportRows } from '@hebei/domain';
import { AuthUser } from '../../common/context';
import { Role } from '../../common/enums';
import { forbidden } from '../../common/errors';
import { PreparedExport } from '../../common/rest';
import { XlsxWriter } from '../export/xlsx-writer';
import { importEmpty, importTooLarge, MAX_IMPORT_BYTES } from './import.errors';
import { readImportSheet } from './xlsx-reader';

export const IMPORT_TABLE_KEYS = Object.keys(IMPORT_TABLES) as ImportTableKey[];

/** Who fills Attachment 2: the applicant institution (the same role as saveApplication). */
const IMPORTERS = [Role.INSTITUTION];

export interface ImportPreview<T = Record<string, unknown>> extends ImportResult<T> {
  table: ImportTableKey;
  title: string;
  maxRows: number;
}

/**
 * The .xlsx template of an application table and the preview of a filled one (issue #12 item 5; ADR 0022). Neither
 * writes anything: the preview answers the parsed rows and their errors, the editor puts them into the form, and the
 * user saves the draft as always (saveApplication validates them once more).
 */
export class ImportService {
  authorize(user: AuthUser): void {
    if (!IMPORTERS.includes(user.role)) throw forbidden();
  }

  template(user: AuthUser, key: ImportTableKey): PreparedExport {
    this.authorize(user);
    const table = IMPORT_TABLES[key];
    return {
      fileName: `${table.title}（导入模板）.xlsx`,
      rows: 0,
      async write(out: Writable) {
        const x = new XlsxWriter(out);
        await x.sheet(
          {
            name: table.title,
            columns: [
              { header: IMPORT_SEQUENCE_HEADER, width: 8 },
              ...table.columns.map((c) => ({ header: c.header, width: Math.max(14, c.header.length * 2 + 4) })),
            ],
          },
          [],
        );
        await x.sheet({ name: '填写说明', headerRow: false, columns: [{ width: 24 }, { width: 10 }, { width: 60 }] }, [
          [
            [`${table.title}填写说明`, null, null],
            ['从第2行起每行填写一条，序号可不填；请勿修改第1行表头。导入时只读取第一张表（或名为本表名称的表）。', null, null],
            [`最多${table.maxRows}行；空行自动跳过。导入前会逐行检查，有错误的行会列出行号和原因。`, null, null],
            [null, null, null],
            ['列名', '是否必填', '格式与取值'],
            ...table.columns.map((c) => [c.header, c.required ? '必填' : '选填', c.rule]),
          ],
        ]);
        await x.finish();
      },
    };
  }

  async preview(user: AuthUser, key: ImportTableKey, body: Buffer): Promise<ImportPreview> {
    this.authorize(user);
    if (body.length > MAX_IMPORT_BYTES) throw importTooLarge();
    if (body.length === 0) throw importEmpty();
    const table = IMPORT_TABLES[key];
    const sheet = await readImportSheet(body, table.title);
    const result = validateImportRows<Record<string, unknown>>(
      table as unknown as Parameters<typeof validateImportRows<Record<string, unknown>>>[0],
      sheet.header,
      sheet.body,
    );
    return { table: key, title: table.title, maxRows: table.maxRows, ...result };
  }
}
