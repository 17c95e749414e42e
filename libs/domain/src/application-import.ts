import { SERVICE_NATURES, ServiceNatureCode } from './catalog';

/**
 * Importing Attachment 2's staff table (服务人员基本情况表) and served-enterprise table (服务企业情况登记表) from an
 * .xlsx template (issue #12 item 5). The columns and limits are the form's (ApplicationStaffInput /
 * ApplicationServedEnterpriseInput); a cell arrives as the reader saw it and is judged here, row by row.
 */

/** A cell as read from the sheet: text, a number, a boolean, or nothing (dates arrive as 'YYYY-MM-DD' text). */
export type ImportCell = string | number | boolean | null;

export interface ImportSheetRow {
  /** The row's number in Excel (the header is row 1). */
  row: number;
  cells: ImportCell[];
}

export interface ImportError {
  /** Excel row number; 1 is the header. */
  row: number;
  /** The column's Chinese header; '' for a problem of the whole row or file. */
  column: string;
  message: string;
}

export interface ImportResult<T> {
  rows: { row: number; value: T }[];
  errors: ImportError[];
}

type ColumnKind =
  | { kind: 'text'; max: number }
  | { kind: 'yesNo' }
  | { kind: 'choice'; options: readonly { value: string; labels: readonly string[] }[]; hint: string };

export interface ImportColumn<T> {
  key: keyof T & string;
  /** The header as printed in Attachment 2 (the template's header cell). */
  header: string;
  /** Other spellings accepted in an uploaded header (the paper form spaces some: 姓  名). */
  aliases?: readonly string[];
  required: boolean;
  /** One line for the template's 填写说明 sheet. */
  rule: string;
  type: ColumnKind;
}

export interface ImportTable<T> {
  key: ImportTableKey;
  /** Sheet and dialog title. */
  title: string;
  /** Most rows the form accepts (the input's ArrayMaxSize). */
  maxRows: number;
  columns: readonly ImportColumn<T>[];
}

export type ImportTableKey = 'application-staff' | 'application-served-enterprises';

export interface StaffImportRow {
  name: string;
  post: string;
  title: string;
  education: string;
  hasContractProof: boolean;
}

export interface ServedEnterpriseImportRow {
  name: string;
  nature: ServiceNatureCode;
  satisfaction: string;
}

/** The template's first column, as the paper prints it; ignored on import. */
export const IMPORT_SEQUENCE_HEADER = '序号';

const text = (max: number): ColumnKind => ({ kind: 'text', max });

export const STAFF_IMPORT: ImportTable<StaffImportRow> = {
  key: 'application-staff',
  title: '服务人员基本情况表',
  maxRows: 200,
  columns: [
    { key: 'name', header: '姓名', required: true, rule: '必填，最多50个字', type: text(50) },
    { key: 'post', header: '职务', required: true, rule: '必填，最多50个字', type: text(50) },
    { key: 'title', header: '职称', required: true, rule: '必填，最多50个字；无职称填“无”', type: text(50) },
    { key: 'education', header: '学历', required: true, rule: '必填，最多20个字，如 本科', type: text(20) },
    {
      key: 'hasContractProof',
      header: '有无合同、社保证明等',
      aliases: ['有无合同、社保证明', '有无合同社保证明'],
      required: true,
      rule: '必填，填“有”或“无”',
      type: { kind: 'yesNo' },
    },
  ],
};

export const SATISFACTION_LEVELS = ['满意', '基本满意', '不满意'] as const;

export const SERVED_ENTERPRISE_IMPORT: ImportTable<ServedEnterpriseImportRow> = {
  key: 'application-served-enterprises',
  title: '服务企业情况登记表',
  maxRows: 500,
  columns: [
    { key: 'name', header: '企业名称', required: true, rule: '必填，最多200个字', type: text(200) },
    {
      key: 'nature',
      header: '服务性质',
      required: true,
      rule: `必填，填“${SERVICE_NATURES.map((n) => n.name).join('”或“')}”`,
      type: {
        kind: 'choice',
        options: SERVICE_NATURES.map((n) => ({ value: n.code, labels: [n.name, n.code] })),
        hint: SERVICE_NATURES.map((n) => n.name).join('/'),
      },
    },
    {
      key: 'satisfaction',
      header: '服务满意度',
      required: true,
      rule: `必填，填“${SATISFACTION_LEVELS.join('”“')}”之一`,
      type: { kind: 'choice', options: SATISFACTION_LEVELS.map((s) => ({ value: s, labels: [s] })), hint: SATISFACTION_LEVELS.join('/') },
    },
  ],
};

export const IMPORT_TABLES = { 'application-staff': STAFF_IMPORT, 'application-served-enterprises': SERVED_ENTERPRISE_IMPORT } as const;

/** Header text compared without spaces of any width (姓  名 = 姓名) and with full-width parentheses as typed. */
const normalizeHeader = (value: ImportCell): string => (value === null ? '' : String(value)).replace(/[\s\u3000]+/g, '');

const cellText = (value: ImportCell): string =>
  value === null ? '' : typeof value === 'boolean' ? (value ? '是' : '否') : String(value).trim();

const YES = new Set(['有', '是', 'Y', 'YES', 'TRUE', '1', '√']);
const NO = new Set(['无', '否', '没有', 'N', 'NO', 'FALSE', '0', '×']);

type Judged = { ok: true; value: unknown } | { ok: false; message: string };

function judgeCell<T>(column: ImportColumn<T>, raw: ImportCell): Judged {
  const t = column.type;
  if (t.kind === 'yesNo' && typeof raw === 'boolean') return { ok: true, value: raw };
  const value = cellText(raw);
  if (!value) return column.required ? { ok: false, message: `请填写${column.header}` } : { ok: true, value: null };
  switch (t.kind) {
    case 'text':
      return value.length > t.max ? { ok: false, message: `${column.header}最多${t.max}个字` } : { ok: true, value };
    case 'yesNo': {
      const v = value.toUpperCase();
      if (YES.has(v)) return { ok: true, value: true };
      if (NO.has(v)) return { ok: true, value: false };
      return { ok: false, message: `应填“有”或“无”，不能是“${value.slice(0, 20)}”` };
    }
    case 'choice': {
      const hit = t.options.find((o) => o.labels.includes(value));
      return hit ? { ok: true, value: hit.value } : { ok: false, message: `应为 ${t.hint} 之一，不能是“${value.slice(0, 20)}”` };
    }
  }
}

/** Where each column sits in the uploaded header row, or the header's problems (row 1). */
export function importHeaderColumns<T>(table: ImportTable<T>, header: ImportCell[]): { positions: number[] } | { errors: ImportError[] } {
  const seen = header.map(normalizeHeader);
  const errors: ImportError[] = [];
  const positions = table.columns.map((c) => {
    const names = [c.header, ...(c.aliases ?? [])].map(normalizeHeader);
    const at = seen.flatMap((h, i) => (names.includes(h) ? [i] : []));
    if (at.length === 0) errors.push({ row: 1, column: c.header, message: `缺少“${c.header}”列，请使用下载的模板` });
    if (at.length > 1) errors.push({ row: 1, column: c.header, message: `“${c.header}”列出现了${at.length}次` });
    return at[0] ?? -1;
  });
  return errors.length ? { errors } : { positions };
}

/**
 * The whole preview: the header first (nothing else is judged without it), then every non-empty row; a row with any
 * error is left out of `rows`. Blank rows are skipped, as Excel users leave them; more rows than the form accepts is an
 * error of its own (the rows are still judged, so the user fixes everything in one pass).
 */
export function validateImportRows<T>(table: ImportTable<T>, header: ImportCell[], body: ImportSheetRow[]): ImportResult<T> {
  const head = importHeaderColumns(table, header);
  if ('errors' in head) return { rows: [], errors: head.errors };
  const rows: ImportResult<T>['rows'] = [];
  const errors: ImportError[] = [];
  let filled = 0;
  for (const line of body) {
    const cells = head.positions.map((p) => line.cells[p] ?? null);
    if (cells.every((c) => cellText(c) === '')) continue;
    filled += 1;
    const value: Record<string, unknown> = {};
    let good = true;
    table.columns.forEach((column, i) => {
      const judged = judgeCell(column, cells[i]);
      if (judged.ok) value[column.key] = judged.value;
      else {
        good = false;
        errors.push({ row: line.row, column: column.header, message: judged.message });
      }
    });
    if (good) rows.push({ row: line.row, value: value as T });
  }
  if (filled === 0) errors.push({ row: 2, column: '', message: `表中没有数据，请从第2行起填写${table.title}` });
  if (filled > table.maxRows) errors.push({ row: 0, column: '', message: `${table.title}最多${table.maxRows}行，文件中有${filled}行` });
  return { rows, errors };
}

/** The rows the user asked for: the imported ones replace the table, or follow what is already there; capped by the form's limit. */
export function mergeImportedRows<T>(
  existing: readonly T[],
  imported: readonly T[],
  mode: 'replace' | 'append',
  maxRows: number,
): { rows: T[] } | { error: string } {
  const rows = mode === 'replace' ? [...imported] : [...existing, ...imported];
  return rows.length > maxRows ? { error: `导入后共${rows.length}行，超过最多${maxRows}行的限制` } : { rows };
}
