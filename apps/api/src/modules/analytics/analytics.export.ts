import { once } from 'node:events';
import { Writable } from 'node:stream';
import {
  ANALYTICS_LIMITS,
  AnalyticsQuery,
  analyticsValueLabel,
  dateBucketLabel,
  formatShanghaiDateTime,
  toIsoDateInShanghai,
} from '@hebei/domain';
import { Clock } from '../../common/clock';
import { PreparedExport } from '../../common/rest';
import { masksPersonalData } from '../../common/personal-data';
import { DivisionService } from '../division/division.service';
import { XlsxColumn, XlsxWriter } from '../export/xlsx-writer';
import { CompiledAnalyticsQuery, ResultColumn } from './analytics.compiler';
import { tooManyExportRows } from './analytics.errors';
import { AnalyticsCaller, AnalyticsService } from './analytics.service';

export type ExportFormat = 'xlsx' | 'csv';

/** An analytics download: its media type and row count are always known before the first byte. */
export type PreparedAnalyticsExport = PreparedExport & Required<Pick<PreparedExport, 'contentType' | 'rows'>>;

/** Rows fetched per statement: keyset pages, so memory stays flat whatever the size of the export. */
export const EXPORT_CHUNK = 2000;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

type Cell = string | number | null;

/** A result column in the workbook: its width and how its cells are typed (dates as date cells, money and shares formatted). */
export function xlsxColumn(c: ResultColumn): Omit<XlsxColumn, 'header'> {
  const width = c.type === 'TEXT' || c.multiple ? 30 : 16;
  if (c.multiple || (c.role === 'DIMENSION' && c.granularity)) return { width, format: 'text' };
  const format = ({ DATE: 'date', MONEY: 'money', PERCENT: 'percent', NUMBER: 'number' } as const)[c.type as 'DATE'];
  return { width, format: format ?? 'text' };
}

/** CSV text that a spreadsheet will not read as a formula (=, +, -, @ at the start). */
export function csvField(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Beijing time of the export in the file name: YYYYMMDD-HHmm. */
function stamp(clock: Clock): string {
  return formatShanghaiDateTime(clock.now()).replace(/-/g, '').replace(' ', '-').replace(':', '');
}

export class AnalyticsExportService {
  /** Rows per statement (a property so tests can make an export span several statements). */
  chunkSize = EXPORT_CHUNK;

  constructor(
    private readonly analytics: AnalyticsService,
    private readonly divisions: DivisionService,
    private readonly clock: Clock,
  ) {}

  /**
   * How each column's values become cells, decided once per column (not per cell): names for codes and places, 是/否,
   * bucket labels; personal data already masked by the compiler.
   */
  private converters(compiled: CompiledAnalyticsQuery): ((value: unknown) => Cell)[] {
    const ctx = { divisionName: (code: string) => this.divisions.get(code)?.name };
    return compiled.columns.map((column) => {
      const field = compiled.dataset.fields.find((f) => f.key === column.field);
      const granularity = column.role === 'DIMENSION' ? column.granularity : null;
      return (value: unknown): Cell => {
        if (value === null || value === undefined) return null;
        if (Array.isArray(value)) return value.map((v) => analyticsValueLabel(field, String(v), ctx)).join('、');
        if (granularity) return dateBucketLabel(String(value), granularity);
        if (typeof value === 'boolean') return value ? '是' : '否';
        if (typeof value === 'number') return value;
        return analyticsValueLabel(field, String(value), ctx);
      };
    });
  }

  /**
   * Everything that can be refused is checked before the first byte: the query, its cost, the number of rows and the
   * first page. After that the file streams; a failure then aborts the response, so no partial file is ever saved.
   */
  async prepare(caller: AnalyticsCaller, query: AnalyticsQuery, format: ExportFormat): Promise<PreparedAnalyticsExport> {
    const size = this.chunkSize;
    const page = (after: string | null, withTotal = false) => ({ first: size, after, withTotal, maxPageSize: size });
    const first = this.analytics.compile(caller, query, page(null, true));
    const firstRows = first.decode(await this.analytics.execute(first));
    const total = first.normalized.mode === 'groups' ? firstRows.rows.length : (firstRows.totalCount ?? 0);
    if (total > ANALYTICS_LIMITS.maxExportRows) throw tooManyExportRows(total);
    const dataset = first.dataset;
    const fileName = `数据分析-${dataset.label}-${stamp(this.clock)}.${format}`;
    const header = first.columns.map((c) => (c.unit ? `${c.label}（${c.unit}）` : c.label));
    const convert = this.converters(first);
    const toCells = (rows: unknown[][]) => rows.map((r) => r.map((v, i) => convert[i](v)));

    const fetchPage = async (cursor: string) => {
      const next = this.analytics.compile(caller, query, page(cursor));
      return next.decode(await this.analytics.execute(next));
    };
    // The next page is asked for before this one is written: the database reads while we build the XML (two processes,
    // two cores), instead of each waiting for the other. At most one page is in flight.
    const pages = async function* (): AsyncGenerator<Cell[][]> {
      let current = firstRows;
      for (;;) {
        const next = current.hasNextPage && current.endCursor ? fetchPage(current.endCursor) : null;
        // A consumer that stops early (the client went away) must not leave a rejection unhandled.
        next?.catch(() => undefined);
        yield toCells(current.rows);
        if (!next) return;
        current = await next;
      }
    };

    const drain = async (out: Writable) => {
      if (out.writableNeedDrain) await once(out, 'drain');
    };

    const about: [string, string | number][] = [
      ['数据集', dataset.label],
      ['查询说明', first.explanation],
      ['记录数', total],
      ['导出时间', `${toIsoDateInShanghai(this.clock.now())}（北京时间）`],
      ['导出人', caller.user?.displayName ?? ''],
      ['个人信息', masksPersonalData(caller.user?.role) ? '联系电话、电子信箱等已脱敏' : '按本人权限导出，请妥善保管'],
    ];

    if (format === 'csv') {
      return {
        fileName,
        contentType: CONTENT_TYPES.csv,
        rows: total,
        write: async (out) => {
          // A byte-order mark so spreadsheet programs read the Chinese headers as UTF-8.
          out.write(`\ufeff${header.map(csvField).join(',')}\r\n`);
          for await (const rows of pages()) {
            out.write(rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join(''));
            await drain(out);
          }
          out.end();
        },
      };
    }
    return {
      fileName,
      contentType: CONTENT_TYPES.xlsx,
      rows: total,
      write: async (out) => {
        const xlsx = new XlsxWriter(out);
        await xlsx.sheet({ name: '查询结果', columns: first.columns.map((c, i) => ({ header: header[i], ...xlsxColumn(c) })) }, pages());
        await xlsx.sheet({ name: '查询说明', columns: [{ width: 14 }, { width: 100 }], headerRow: false }, [about]);
        await xlsx.finish();
      },
    };
  }
}
