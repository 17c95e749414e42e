import { Writable } from 'node:stream';
import { ZipWriter } from './zip-writer';

/**
 * Our own streaming SpreadsheetML (.xlsx) writer for row exports (ADR 0017): inline strings (no shared-string table to
 * hold in memory), typed cells, dates as serial numbers with a date format, a bold frozen header row and column widths,
 * zipped at a low deflate level. Rows arrive in pages; each page becomes one XML string and one write, so memory stays
 * flat and the CPU goes to the data, not to per-cell objects. Checked with exceljs' reader in apps/api/test/xlsx-writer.spec.ts.
 */

export type XlsxValue = string | number | boolean | null | undefined;

/**
 * How a column's values are written: text, a plain number, money (#,##0.00), a share (0.0%), a date ('YYYY-MM-DD' → a
 * date cell) or a date-time ('YYYY-MM-DD HH:mm[:ss]', already in Beijing time → a date-time cell). A value that does not
 * fit its column's format (a date column holding '未填') is written as text, never dropped.
 */
export type XlsxFormat = 'text' | 'number' | 'money' | 'percent' | 'date' | 'dateTime';

export interface XlsxColumn {
  /** The header cell (bold); ignored when the sheet has `headerRow: false`. */
  header?: string;
  /** In characters, as Excel measures them. */
  width?: number;
  format?: XlsxFormat;
}

export interface XlsxSheet {
  name: string;
  columns: XlsxColumn[];
  /** A bold row of the columns' headers first (default true); without it the sheet is only its rows (e.g. key–value notes). */
  headerRow?: boolean;
  /** Keep the header row in view while scrolling (default true when there is a header row). */
  freezeHeader?: boolean;
}

/** Deflate level 1: the XML is repetitive, so level 1 already shrinks it ~8×, at a fraction of level 6's CPU. */
export const XLSX_DEFLATE_LEVEL = 1;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The most characters Excel keeps in one cell. */
const MAX_CELL_TEXT = 32767;

/** Style ids (cellXfs) in STYLES below. */
const STYLE: Record<XlsxFormat | 'header', number> = { text: 0, number: 0, header: 1, date: 2, dateTime: 3, money: 4, percent: 5 };

const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/>' +
  '<numFmt numFmtId="166" formatCode="0.0%"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** A column's letters: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

// Characters XML 1.0 does not allow (controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF), and markup.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(INVALID_XML, '').replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

/** Excel's day number (1900 date system) of a calendar date; null for anything that is not a real 'YYYY-MM-DD[ HH:mm[:ss]]'. */
export function excelSerial(value: string, withTime: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (!m || (!withTime && m[4] !== undefined)) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const utc = Date.UTC(y, mo - 1, d);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    return null;
  // 25569 = days from 1899-12-30 (Excel's day 0, leap-year bug included) to 1970-01-01.
  return utc / 86_400_000 + 25569 + (h * 3600 + mi * 60 + s) / 86400;
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, not blank, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 2)}（${n}）`;
  taken.add(name.toLowerCase());
  return name;
}

function textCell(ref: string, text: string, style: number): string {
  const t = text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
  const space = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t${space}>${escapeXml(t)}</t></is></c>`;
}

/** One cell's XML, or '' for an empty one (empty cells are simply left out). */
function cellXml(ref: string, value: XlsxValue, format: XlsxFormat): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? `<c r="${ref}"${STYLE[format] ? ` s="${STYLE[format]}"` : ''}><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (format === 'date' || format === 'dateTime') {
    const serial = excelSerial(value, format === 'dateTime');
    if (serial !== null) return `<c r="${ref}" s="${STYLE[format]}"><v>${serial}</v></c>`;
  }
  return textCell(ref, value, 0);
}

/**
 * Writes a workbook into `out` sheet by sheet. Usage: `const x = new XlsxWriter(out); await x.sheet(def, pages); …;
 * await x.finish()`. `pages` yields arrays of rows (each row an array of cells in column order).
 */
export class XlsxWriter {
  private readonly zip: ZipWriter;
  private readonly sheets: string[] = [];
  private readonly taken = new Set<string>();

  constructor(out: Writable, level = XLSX_DEFLATE_LEVEL) {
    this.zip = new ZipWriter(out, level);
  }

  async sheet(def: XlsxSheet, pages: Iterable<XlsxValue[][]> | AsyncIterable<XlsxValue[][]>): Promise<void> {
    const name = sheetName(def.name, this.taken);
    const index = this.sheets.push(name);
    const refs = def.columns.map((_, i) => columnName(i));
    const formats = def.columns.map((c) => c.format ?? 'text');
    const withHeader = def.headerRow !== false;
    const freeze = withHeader && def.freezeHeader !== false;
    await this.zip.entry(`xl/worksheets/sheet${index}.xml`, async (write) => {
      const view = freeze
        ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
          '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
      const cols = def.columns.length
        ? `<cols>${def.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 12}" customWidth="1"/>`).join('')}</cols>`
        : '';
      const header = def.columns.map((c, i) => (c.header ? textCell(`${refs[i]}1`, c.header, STYLE.header) : '')).join('');
      await write(
        `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${view}<sheetFormatPr defaultRowHeight="15"/>${cols}` +
          `<sheetData>${withHeader ? `<row r="1">${header}</row>` : ''}`,
      );
      let r = withHeader ? 1 : 0;
      for await (const rows of pages) {
        let xml = '';
        for (const row of rows) {
          r += 1;
          xml += `<row r="${r}">`;
          for (let i = 0; i < row.length; i++) {
            xml += cellXml(`${refs[i] ?? columnName(i)}${r}`, row[i], formats[i] ?? 'text');
          }
          xml += '</row>';
        }
        if (xml) await write(xml);
      }
      await write('</sheetData></worksheet>');
    });
  }

  /** The workbook's parts (sheet list, styles, relationships, content types), then the ZIP directory. */
  async finish(): Promise<void> {
    const n = this.sheets.length;
    const part = (name: string, xml: string) => this.zip.entry(name, (write) => write(xml));
    await part('xl/styles.xml', STYLES);
    await part(
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
        this.sheets.map((s, i) => `<sheet name="${escapeXml(s)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    );
    await part(
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        this.sheets
          .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
          .join('') +
        `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    );
    await part(
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
    await part(
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
        this.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`).join('') +
        `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`,
    );
    await this.zip.finish();
  }
}
