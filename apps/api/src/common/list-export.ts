import { Writable } from 'node:stream';
import { validate } from 'class-validator';
import { AppError, badInput, FieldError } from './errors';
import { Sort, SortDirection } from './pagination';
import type { PreparedExport } from './rest';
import { XlsxFormat, XlsxValue, XlsxWriter } from '../modules/export/xlsx-writer';

/** A list export is the whole filtered list, but not an unbounded dump: above this the filter must narrow it. */
export const LIST_EXPORT_MAX_ROWS = 20_000;

export interface ListExportColumn {
  header: string;
  width: number;
  /** How the cells are typed (default text: what the screen shows, character for character). */
  format?: XlsxFormat;
}

/** Rows go to the writer in pages of this many: one XML string and one write each. */
const PAGE_ROWS = 500;

function flatten(errors: Awaited<ReturnType<typeof validate>>): FieldError[] {
  return errors.flatMap((e) => Object.entries(e.constraints ?? {}).map(([code, message]) => ({ field: e.property, code, message })));
}

/**
 * A list's GraphQL filter rebuilt from the query string and checked by the same class-validator rules; enum fields
 * (checked by GraphQL itself there) are named in `enums`. Repeated parameters are refused, unknown ones ignored.
 */
export async function filterFromQuery<T extends object>(
  cls: new () => T,
  query: Record<string, unknown>,
  fields: readonly (keyof T & string)[],
  enums: Partial<Record<keyof T & string, Record<string, string>>> = {},
): Promise<T> {
  const filter = new cls();
  const errors: FieldError[] = [];
  for (const field of fields) {
    const value = query[field];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || value.length > 200) {
      errors.push({ field, code: 'INVALID', message: '筛选条件无效' });
      continue;
    }
    const allowed = enums[field];
    if (allowed && !Object.values(allowed).includes(value)) errors.push({ field, code: 'INVALID', message: '筛选条件无效' });
    (filter as Record<string, unknown>)[field] = value;
  }
  errors.push(...flatten(await validate(filter, { forbidUnknownValues: false })));
  if (errors.length) throw badInput(errors);
  return filter;
}

/** `sort=FIELD.DIRECTION` as the admin's URL carries it; absent means the list's default order. */
export function sortFromQuery<F extends string>(value: unknown, fields: Record<string, F>): Sort<F> | undefined {
  if (value === undefined || value === '') return undefined;
  const m = typeof value === 'string' ? /^([A-Z_]{1,40})\.(ASC|DESC)$/.exec(value) : null;
  if (!m || !Object.values(fields).includes(m[1] as F)) throw badInput([{ field: 'sort', code: 'INVALID_SORT', message: '排序字段无效' }]);
  return { field: m[1] as F, direction: m[2] as SortDirection };
}

interface ListExportSpec {
  fileName: string;
  sheet: string;
  columns: readonly ListExportColumn[];
  /** The filtered list's size, counted before anything is written. */
  total: number;
  rows: () => AsyncIterable<readonly unknown[]>;
}

/**
 * One sheet: a bold, frozen Chinese header, then the rows streamed as the keyset pages arrive (our own writer, ADR
 * 0017); refused above the cap before anything is written. The row count goes out as X-Export-Rows (sendExport).
 */
export function listExport({ fileName, sheet, columns, total, rows }: ListExportSpec): PreparedExport {
  if (total > LIST_EXPORT_MAX_ROWS) {
    const message = `导出条数（${total}条）超过上限${LIST_EXPORT_MAX_ROWS}条，请先缩小筛选范围`;
    throw new AppError('BAD_USER_INPUT', message, { fields: [{ field: 'filter', code: 'EXPORT_TOO_LARGE', message }] });
  }
  async function* pages(): AsyncIterable<XlsxValue[][]> {
    let page: XlsxValue[][] = [];
    for await (const row of rows()) {
      page.push(row as XlsxValue[]);
      if (page.length === PAGE_ROWS) {
        yield page;
        page = [];
      }
    }
    if (page.length) yield page;
  }
  return {
    fileName,
    rows: total,
    write: async (out: Writable) => {
      const xlsx = new XlsxWriter(out);
      await xlsx.sheet({ name: sheet, columns: columns.map((c) => ({ header: c.header, width: c.width, format: c.format })) }, pages());
      await xlsx.finish();
    },
  };
}
