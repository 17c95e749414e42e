import type { ImportError, ImportTableKey } from '@hebei/domain';
import { restFetch } from '../../../app/rest';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export interface ImportPreview<T> {
  table: ImportTableKey;
  title: string;
  maxRows: number;
  rows: { row: number; value: T }[];
  errors: ImportError[];
}

/** The server's limits, checked before sending: an .xlsx of at most 2 MB. */
export function checkImportFile(file: File): string | null {
  if (!/\.xlsx$/i.test(file.name)) return `“${file.name}”不是 .xlsx 文件，请用下载的模板填写（Excel 2007 及以上格式）`;
  if (file.size === 0) return `“${file.name}”是空文件`;
  if (file.size > MAX_IMPORT_BYTES) return `“${file.name}”超过2MB，请只保留模板中的表格`;
  return null;
}

/** POST /api/imports/<table>: parsed and checked on the server, nothing stored; the rows come back for the form. */
export async function previewImport<T>(table: ImportTableKey, file: File): Promise<ImportPreview<T>> {
  const res = await restFetch(`/api/imports/${table}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'X-File-Name': encodeURIComponent(file.name),
    },
    body: file,
  });
  return (await res.json()) as ImportPreview<T>;
}

/** 第 3 行 姓名：请填写姓名 — row 1 is the header, row 0 the whole table. */
export function importErrorText(e: ImportError): string {
  const where = e.row === 0 ? '全表' : e.row === 1 ? '第 1 行（表头）' : `第 ${e.row} 行`;
  return `${where}${e.column ? ` ${e.column}` : ''}：${e.message}`;
}
