import ExcelJS from 'exceljs';
import { ImportCell, ImportSheetRow } from '@hebei/domain';
import { xlsxUnreadable } from './import.errors';
import { checkXlsxArchive } from './zip-check';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** exceljs' cell value → what the domain judges: rich text and hyperlinks as their text, formulas as their result. */
export function plainCell(value: ExcelJS.CellValue | undefined): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDay(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainCell((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

export interface ReadSheet {
  header: ImportCell[];
  body: ImportSheetRow[];
}

/**
 * The sheet named `sheetName` (the template's), else the first one: row 1 is the header, the rest the body with their
 * Excel row numbers. The archive is checked first (zip-check.ts); anything exceljs cannot read is XLSX_UNREADABLE.
 */
export async function readImportSheet(buf: Buffer, sheetName: string): Promise<ReadSheet> {
  checkXlsxArchive(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw xlsxUnreadable();
  }
  const ws = wb.worksheets.find((w) => w.name === sheetName) ?? wb.worksheets[0];
  if (!ws) throw xlsxUnreadable();
  const cellsOf = (row: ExcelJS.Row) => {
    const values = Array.isArray(row.values) ? row.values : [];
    return Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => plainCell(values[i + 1]));
  };
  const header = cellsOf(ws.getRow(1));
  const body: ImportSheetRow[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) body.push({ row: n, cells: cellsOf(row) });
  });
  return { header, body };
}
