import { performance } from 'node:perf_hooks';
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  ANALYTICS_LIMITS,
  AnalyticsColumnType,
  AnalyticsOp,
  AnalyticsDivisionLevel,
  AnalyticsQuery,
  AnalyticsScalar,
  DateGranularity,
  dimensionLabel,
  estimatedGroupCount,
  explainAnalyticsQuery,
  IsoDate,
  measureLabel,
  NormalizedAnalyticsQuery,
  NormalizedFilter,
  NormalizedMeasure,
  normalizeAnalyticsQuery,
} from '@hebei/domain';
import { DivisionLevel, Role } from '../../common/enums';
import { AppError } from '../../common/errors';
import { masksPersonalData, maskValue } from '../../common/personal-data';
import { applyScope, Scope, scopeCondition } from '../../common/scope';
import { DivisionService } from '../division/division.service';
import { ResolvedDataset, ResolvedField } from './analytics.catalog';
import { AnalyticsDialect } from './analytics.dialect';
import { groupsOverflow, invalidQuery, tooManyGroups } from './analytics.errors';
import { findDataset } from './datasets';

/**
 * Input → ONE parameterised SELECT, built with TypeORM's query builder. Field keys resolve through the catalogue to
 * declared SQL; every value the user typed is a bound parameter with a generated name (`aq0`, `aq1`, …); aliases in the
 * statement are generated too (`d0`, `m0`, `c0`). The caller's jurisdiction comes from the dataset's scope rules through
 * `applyScope` — the compiler has no scope logic of its own.
 */
export interface CompileRequest {
  query: AnalyticsQuery;
  scope: Scope;
  role: Role | null | undefined;
  today: IsoDate;
  divisions: DivisionService;
  dialect: AnalyticsDialect;
  db: DataSource | EntityManager;
  timeLimitMs: number;
  /** Summaries over buckets or cities in two steps (default); false only to compare both plans in tests. */
  preAggregate?: boolean;
  /** Row mode only. */
  page?: { first?: number | null; after?: string | null; withTotal?: boolean; maxPageSize?: number };
}

export type ColumnRole = 'DIMENSION' | 'MEASURE' | 'FIELD';

export interface ResultColumn {
  key: string;
  label: string;
  type: AnalyticsColumnType;
  role: ColumnRole;
  field: string | null;
  granularity: DateGranularity | null;
  level: AnalyticsDivisionLevel | null;
  /** A list of values (e.g. an institution's main service directions). */
  multiple: boolean;
  unit: string | null;
  personalData: boolean;
}

export interface DecodedResult {
  rows: unknown[][];
  totalCount: number | null;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface CompiledAnalyticsQuery {
  dataset: ResolvedDataset;
  normalized: NormalizedAnalyticsQuery;
  sql: string;
  parameters: unknown[];
  columns: ResultColumn[];
  explanation: string;
  decode(raw: Record<string, unknown>[]): DecodedResult;
}

const invalidCursor = () =>
  new AppError('BAD_USER_INPUT', '分页游标无效', { fields: [{ field: 'after', code: 'INVALID_CURSOR', message: '分页游标无效' }] });

const SELECT_ONLY = /^(SET STATEMENT max_statement_time=[0-9.]+ FOR )?SELECT /;
const CODE_RE = /^\d{6}$/;

type Qb = SelectQueryBuilder<ObjectLiteral>;

/** City-level bucketing follows the registry (ADR 0003): the places whose registry city is not their code prefix. */
const cityExceptions = new WeakMap<DivisionService, { size: number; groups: [string, string[]][] }>();

function registryCityGroups(divisions: DivisionService): [string, string[]][] {
  const all = divisions.list();
  const cached = cityExceptions.get(divisions);
  if (cached && cached.size === all.length) return cached.groups;
  const byCity = new Map<string, string[]>();
  for (const d of all) {
    // Places only: counties and the city-level units (a prefecture city's own code maps to itself anyway).
    if (d.level !== 'COUNTY' && !d.cityLevel) continue;
    const city = divisions.cityOf(d.code)?.code;
    if (!city || city === `${d.code.slice(0, 4)}00`) continue;
    if (!CODE_RE.test(d.code) || !CODE_RE.test(city)) throw new Error(`analytics: unexpected division code ${d.code} → ${city}`);
    byCity.set(city, [...(byCity.get(city) ?? []), d.code]);
  }
  const groups = [...byCity].sort(([a], [b]) => a.localeCompare(b));
  cityExceptions.set(divisions, { size: all.length, groups });
  return groups;
}

/**
 * The registry city of a county-level code as SQL: the GB/T 2260 prefix, except for the places the registry treats
 * as city-level (定州, 辛集, 雄安新区's counties), listed from the division data. Codes are validated reference data.
 */
export function registryCityExpression(expr: string, divisions: DivisionService, dialect: AnalyticsDialect): string {
  const whens = registryCityGroups(divisions).map(
    ([city, codes]) => `WHEN ${expr} IN (${codes.map((c) => `'${c}'`).join(', ')}) THEN '${city}'`,
  );
  return `CASE ${whens.join(' ')} ELSE ${dialect.concat([dialect.prefix(expr, 4), "'00'"])} END`;
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

function toNumber(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

function toText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

class Compiler {
  private n = 0;
  private readonly joins = new Set<string>();
  private readonly params: Record<string, unknown> = {};
  private readonly masked: boolean;

  constructor(
    private readonly req: CompileRequest,
    private readonly dataset: ResolvedDataset,
    private readonly q: NormalizedAnalyticsQuery,
  ) {
    this.masked = masksPersonalData(req.role ?? null);
  }

  private param(value: unknown): string {
    const name = `aq${this.n++}`;
    this.params[name] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    return `:${name}`;
  }

  private listParam(values: unknown[]): string {
    const name = `aq${this.n++}`;
    this.params[name] = values.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v));
    return `(:...${name})`;
  }

  private use(field: ResolvedField): void {
    for (const a of field.aliases) this.useAlias(a);
  }

  private useAlias(alias: string): void {
    if (alias === this.dataset.decl.root.alias) return;
    const entry = Object.entries(this.dataset.decl.joins ?? {}).find(([, j]) => j.alias === alias);
    if (!entry) throw new Error(`analytics: unknown alias ${alias}`);
    for (const dep of entry[1].after ?? []) this.useAlias(this.dataset.decl.joins![dep].alias);
    this.joins.add(entry[0]);
  }

  /** The value a filter compares: the column, or the Beijing date of an instant. */
  private raw(field: ResolvedField): string {
    const d = field.decl;
    const base = d.column ?? d.expression!.sql;
    return field.type === 'DATE' && d.storage === 'datetime' ? this.req.dialect.beijingDate(base) : base;
  }

  /** The value a row shows. */
  private output(field: ResolvedField): string {
    const d = field.decl;
    if (d.many) {
      const m = d.many;
      const a = `aql${this.n++}`;
      return this.req.dialect.list(m.table, a, m.valueColumn, m.orderColumn, `${a}.${m.ownerColumn} = ${this.rootColumn(m.rootColumn)}`);
    }
    return field.type === 'DATE' ? this.req.dialect.dateText(this.raw(field)) : this.raw(field);
  }

  private rootColumn(column: string): string {
    return `${this.dataset.decl.root.alias}.${column}`;
  }

  /** The operand of an ordered or equality comparison on this field. */
  private comparable(field: ResolvedField): string {
    return field.type === 'TEXT' ? this.req.dialect.binary(this.raw(field)) : this.raw(field);
  }

  private divisionCodes(values: AnalyticsScalar[]): string[] | 'ALL' {
    const codes = new Set<string>();
    for (const v of values) {
      const j = this.req.divisions.jurisdiction(String(v));
      if (j === 'ALL') return 'ALL';
      codes.add(String(v));
      for (const c of j) codes.add(c);
    }
    return [...codes].sort();
  }

  // --- filter -------------------------------------------------------------

  filter(node: NormalizedFilter): string {
    switch (node.kind) {
      case 'and':
      case 'or':
        return `(${node.children.map((c) => this.filter(c)).join(node.kind === 'and' ? ' AND ' : ' OR ')})`;
      case 'not':
        return `(NOT ${this.filter(node.child)})`;
      case 'leaf':
        return this.leaf(node.field as ResolvedField, node.op, node.values);
    }
  }

  private leaf(field: ResolvedField, op: AnalyticsOp, values: AnalyticsScalar[]): string {
    if (field.decl.many) return this.manyLeaf(field, op, values);
    this.use(field);
    const x = this.comparable(field);
    const nullable = field.nullable;
    // Every leaf is TRUE or FALSE, never NULL, so NOT and OR mean what they say on rows with empty values.
    const present = (sql: string) => (nullable ? `(${this.raw(field)} IS NOT NULL AND ${sql})` : sql);
    const absentOr = (sql: string) => (nullable ? `(${this.raw(field)} IS NULL OR ${sql})` : sql);
    if (field.type === 'DIVISION' && op !== 'IS_NULL') {
      const codes = this.divisionCodes(values);
      const inside = codes === 'ALL' ? `${x} IS NOT NULL` : `${x} IN ${this.listParam(codes)}`;
      if (op === 'EQ' || op === 'IN') return codes === 'ALL' ? inside : present(inside);
      return codes === 'ALL' ? `${x} IS NULL` : absentOr(`${x} NOT IN ${this.listParam(codes)}`);
    }
    switch (op) {
      case 'EQ':
        return present(`${x} = ${this.param(values[0])}`);
      case 'NE':
        return absentOr(`${x} <> ${this.param(values[0])}`);
      case 'IN':
        return present(`${x} IN ${this.listParam(values)}`);
      case 'NOT_IN':
        return absentOr(`${x} NOT IN ${this.listParam(values)}`);
      case 'LT':
        return present(`${x} < ${this.param(values[0])}`);
      case 'LTE':
        return present(`${x} <= ${this.param(values[0])}`);
      case 'GT':
        return present(`${x} > ${this.param(values[0])}`);
      case 'GTE':
        return present(`${x} >= ${this.param(values[0])}`);
      case 'BETWEEN':
        return present(`${x} BETWEEN ${this.param(values[0])} AND ${this.param(values[1])}`);
      case 'CONTAINS':
        return present(this.req.dialect.contains(this.raw(field), this.param(values[0])));
      case 'IS_NULL':
        return `${this.raw(field)} IS NULL`;
    }
  }

  /** To-many values: "is X" means one of them is; "is not X" none is; "empty" there are none. */
  private manyLeaf(field: ResolvedField, op: string, values: AnalyticsScalar[]): string {
    const m = field.decl.many!;
    const a = `aqm${this.n++}`;
    const owner = `${a}.${m.ownerColumn} = ${this.rootColumn(m.rootColumn)}`;
    const exists = (cond?: string) => `EXISTS (SELECT 1 FROM ${m.table} ${a} WHERE ${owner}${cond ? ` AND ${cond}` : ''})`;
    switch (op) {
      case 'EQ':
        return exists(`${a}.${m.valueColumn} = ${this.param(values[0])}`);
      case 'IN':
        return exists(`${a}.${m.valueColumn} IN ${this.listParam(values)}`);
      case 'NE':
        return `NOT ${exists(`${a}.${m.valueColumn} = ${this.param(values[0])}`)}`;
      case 'NOT_IN':
        return `NOT ${exists(`${a}.${m.valueColumn} IN ${this.listParam(values)}`)}`;
      case 'IS_NULL':
        return `NOT ${exists()}`;
      default:
        throw new Error(`analytics: op ${op} on a to-many field`);
    }
  }

  // --- statement ----------------------------------------------------------

  /**
   * The compiler's own parameters stay out of TypeORM's hands (its SQLite driver writes numbers into the SQL text);
   * they are bound here, in the order their placeholders appear among TypeORM's own `?` (the scope's parameters).
   */
  bind(text: string, typeormParams: unknown[]): { sql: string; parameters: unknown[] } {
    const parameters: unknown[] = [];
    let k = 0;
    const sql = text.replace(/\?|:(\.\.\.)?(aq\d+)\b/g, (token, spread: string | undefined, name: string | undefined) => {
      if (token === '?') {
        parameters.push(typeormParams[k++]);
        return token;
      }
      const value = this.params[name!];
      if (spread) {
        const list = value as unknown[];
        parameters.push(...list);
        return list.map(() => '?').join(', ');
      }
      parameters.push(value);
      return '?';
    });
    if (k !== typeormParams.length) throw new Error('analytics: parameter binding out of step');
    return { sql, parameters };
  }

  build(): { qb: Qb; columns: ResultColumn[]; decode: (raw: Record<string, unknown>[]) => DecodedResult } {
    const { dataset, q, req } = this;
    const root = dataset.decl.root;
    const qb = req.db.createQueryBuilder(root.entity, root.alias) as Qb;
    const guard = req.dialect.guard(this.param(performance.now() + req.timeLimitMs));
    // The guard first, so SQLite evaluates it for every row it looks at.
    if (guard) qb.where(guard);

    const select: [string, string][] = [];
    let columns: ResultColumn[];
    let decode: (raw: Record<string, unknown>[]) => DecodedResult;
    let groupJoins: { entity: ResolvedField; alias: string }[] = [];

    let statement: Qb = qb;
    if (q.mode === 'groups') {
      const dims = q.dimensions;
      let measureSql: string[];
      if (this.preAggregates()) {
        ({ outer: statement, measureSql } = this.preAggregated(qb, select));
      } else {
        dims.forEach((d, i) => {
          const field = d.field as ResolvedField;
          let expr: string;
          if (field.decl.many) {
            const alias = `aqg${i}`;
            groupJoins.push({ entity: field, alias });
            expr = `${alias}.${field.decl.many.valueColumn}`;
          } else {
            this.use(field);
            expr = this.dimension(d, this.raw(field));
          }
          select.push([expr, `d${i}`]);
        });
        measureSql = q.measures.map((m) => this.measure(m));
        measureSql.forEach((sql, i) => select.push([sql, `m${i}`]));
        this.applyFilterAndScope(qb);
        for (const g of groupJoins) {
          const m = g.entity.decl.many!;
          qb.leftJoin(m.entity, g.alias, `${g.alias}.${m.ownerColumn} = ${this.rootColumn(m.rootColumn)}`);
        }
      }
      columns = [
        ...dims.map((d): ResultColumn => ({
          key: d.key,
          label: dimensionLabel(dataset, d.field.key, d.granularity, d.level),
          type: d.field.type,
          role: 'DIMENSION',
          field: d.field.key,
          granularity: d.granularity,
          level: d.level,
          multiple: false,
          unit: null,
          personalData: !!d.field.personalData,
        })),
        ...q.measures.map((m): ResultColumn => ({
          key: m.key,
          label: measureLabel(dataset, m.aggregate, m.field?.key),
          type: m.type,
          role: 'MEASURE',
          field: m.field?.key ?? null,
          granularity: null,
          level: null,
          multiple: false,
          unit: m.aggregate === 'COUNT' || m.aggregate === 'COUNT_DISTINCT' ? null : (m.field?.unit ?? null),
          personalData: false,
        })),
      ];
      const overflowCheck = q.limit === null;
      const limit = q.limit ?? ANALYTICS_LIMITS.maxGroups + 1;
      decode = (raw) => {
        if (overflowCheck && raw.length > ANALYTICS_LIMITS.maxGroups) throw groupsOverflow();
        const rows = raw.map((r) => [
          ...dims.map((d, i) => this.decodeValue(d.field.type, r[`d${i}`])),
          ...q.measures.map((m, i) => this.decodeMeasure(m, r[`m${i}`])),
        ]);
        return { rows, totalCount: rows.length, hasNextPage: false, endCursor: null };
      };
      this.finishGroups(statement, select, measureSql, limit);
    } else {
      groupJoins = [];
      const id = root.id;
      select.push([id, 'aq_id']);
      q.columns.forEach((f, i) => {
        const field = f as ResolvedField;
        if (!field.decl.many) this.use(field);
        select.push([this.output(field), `c${i}`]);
      });
      columns = q.columns.map((f): ResultColumn => ({
        key: f.key,
        label: f.label,
        type: f.type,
        role: 'FIELD',
        field: f.key,
        granularity: null,
        level: null,
        multiple: !!(f as ResolvedField).decl.many,
        unit: f.unit ?? null,
        personalData: !!f.personalData,
      }));
      const page = req.page ?? {};
      const maxPage = page.maxPageSize ?? ANALYTICS_LIMITS.maxPageSize;
      const size = page.first ?? ANALYTICS_LIMITS.defaultPageSize;
      if (!Number.isInteger(size) || size < 1 || size > maxPage) {
        throw new AppError('BAD_USER_INPUT', `每页条数应为1–${maxPage}`, {
          fields: [{ field: 'first', code: 'INVALID_PAGE_SIZE', message: `每页条数应为1–${maxPage}` }],
        });
      }
      const sort = q.sort[0];
      const sortField = sort?.target.kind === 'column' ? (sort.target.field as ResolvedField) : null;
      if (sortField?.decl.many) {
        throw invalidQuery([{ field: 'sort.0.key', code: 'NOT_SORTABLE', message: `不能按“${sortField.label}”排序` }]);
      }
      if (sortField) this.use(sortField);
      const sortIndex = sortField ? q.columns.indexOf(sortField) : -1;
      const sortOutput = sortField && sortIndex < 0 ? this.output(sortField) : null;
      if (sortOutput) select.push([sortOutput, 'aq_sort']);
      const direction = sort?.direction ?? 'ASC';
      const cursor = this.decodeCursor(page.after, sort?.key ?? null);
      if (cursor) qb.andWhere(this.keyset(sortField, direction, cursor, id));
      if (page.withTotal) select.push(['COUNT(*) OVER ()', 'aq_total']);
      this.finishRows(qb, select, sortField, direction, id, size + 1);
      decode = (raw) => {
        const pageRows = raw.slice(0, size);
        const last = pageRows[pageRows.length - 1];
        const sortValueOf = (r: Record<string, unknown>) =>
          sortField ? this.decodeValue(sortField.type, r[sortIndex >= 0 ? `c${sortIndex}` : 'aq_sort']) : null;
        return {
          rows: pageRows.map((r) =>
            q.columns.map((f, i) => {
              const field = f as ResolvedField;
              const value = field.decl.many ? this.decodeList(r[`c${i}`]) : this.decodeValue(f.type, r[`c${i}`]);
              return field.personalData && this.masked ? maskValue(field.personalData, value) : value;
            }),
          ),
          totalCount: page.withTotal ? (raw.length ? Number(raw[0].aq_total) : 0) : null,
          hasNextPage: raw.length > size,
          endCursor: last ? this.encodeCursor(sort?.key ?? null, sortValueOf(last), Number(last.aq_id)) : null,
        };
      };
    }
    return { qb: statement, columns, decode };
  }

  /** A dimension's value from its operand (the column, or a pre-aggregated column of it). */
  private dimension(d: NormalizedAnalyticsQuery['dimensions'][number], x: string): string {
    const { dialect, divisions } = this.req;
    if (d.field.type === 'DATE') return dialect.bucket(x, d.granularity!);
    if (d.field.type === 'DIVISION' && d.level === 'CITY') return registryCityExpression(x, divisions, dialect);
    if (d.field.type === 'TEXT') return dialect.binary(x);
    return x;
  }

  /**
   * A summary over buckets or cities is computed in two steps inside the one statement: the rows grouped by the plain
   * columns (which an index delivers in order, without a temporary table), then those few partial groups regrouped by
   * bucket and city. Every measure but a distinct count splits into partial sums and counts; results are the same.
   */
  private preAggregates(): boolean {
    const { q, req } = this;
    return (
      req.preAggregate !== false &&
      q.measures.every((m) => m.aggregate !== 'COUNT_DISTINCT') &&
      q.dimensions.every((d) => !(d.field as ResolvedField).decl.many) &&
      q.dimensions.some((d) => d.granularity !== null || d.level === 'CITY')
    );
  }

  private preAggregated(inner: Qb, select: [string, string][]): { outer: Qb; measureSql: string[] } {
    const { q, req } = this;
    const innerSelect: [string, string][] = [];
    const groupOperands: string[] = [];
    q.dimensions.forEach((d, i) => {
      const field = d.field as ResolvedField;
      this.use(field);
      const raw = this.raw(field);
      // Text groups by code point already in the first step (a case-folding collation must not merge groups).
      const operand = field.type === 'TEXT' ? req.dialect.binary(raw) : raw;
      innerSelect.push([operand, `r${i}`]);
      groupOperands.push(operand);
      select.push([field.type === 'TEXT' ? `aq_pre.r${i}` : this.dimension(d, `aq_pre.r${i}`), `d${i}`]);
    });
    const measureSql = q.measures.map((m, j) => {
      const field = m.field as ResolvedField | null;
      if (field) this.use(field);
      const x = field ? this.raw(field) : null;
      switch (m.aggregate) {
        case 'COUNT':
          innerSelect.push([x ? `COUNT(${x})` : 'COUNT(*)', `p${j}n`]);
          return `SUM(aq_pre.p${j}n)`;
        case 'SUM':
          innerSelect.push([`SUM(${x})`, `p${j}s`]);
          return `SUM(aq_pre.p${j}s)`;
        case 'AVG':
          innerSelect.push([`SUM(${req.dialect.float(x!)})`, `p${j}s`], [`COUNT(${x})`, `p${j}n`]);
          return `SUM(aq_pre.p${j}s) / SUM(aq_pre.p${j}n)`;
        default: {
          innerSelect.push([`${m.aggregate}(${x})`, `p${j}v`]);
          const outer = `${m.aggregate}(aq_pre.p${j}v)`;
          return field!.type === 'DATE' ? req.dialect.dateText(outer) : outer;
        }
      }
    });
    measureSql.forEach((sql, i) => select.push([sql, `m${i}`]));
    this.applyFilterAndScope(inner);
    inner.select(innerSelect[0][0], innerSelect[0][1]);
    for (const [expr, alias] of innerSelect.slice(1)) inner.addSelect(expr, alias);
    groupOperands.forEach((g, i) => (i === 0 ? inner.groupBy(g) : inner.addGroupBy(g)));
    const outer = (req.db.createQueryBuilder() as Qb).from(`(${inner.getQuery()})`, 'aq_pre').setParameters(inner.getParameters());
    return { outer, measureSql };
  }

  private measure(m: NormalizedMeasure): string {
    const field = m.field as ResolvedField | null;
    if (!field) return 'COUNT(*)';
    this.use(field);
    const x = this.raw(field);
    switch (m.aggregate) {
      case 'COUNT':
        return `COUNT(${x})`;
      case 'COUNT_DISTINCT':
        return `COUNT(DISTINCT ${field.type === 'TEXT' ? this.req.dialect.binary(x) : x})`;
      case 'SUM':
        return `SUM(${x})`;
      case 'AVG':
        return `AVG(${this.req.dialect.float(x)})`;
      case 'MIN':
      case 'MAX':
        return field.type === 'DATE' ? this.req.dialect.dateText(`${m.aggregate}(${x})`) : `${m.aggregate}(${x})`;
    }
  }

  private finishGroups(qb: Qb, select: [string, string][], measureSql: string[], limit: number) {
    const { q } = this;
    qb.select(select[0][0], select[0][1]);
    for (const [expr, alias] of select.slice(1)) qb.addSelect(expr, alias);
    q.dimensions.forEach((_d, i) => (i === 0 ? qb.groupBy(`d${i}`) : qb.addGroupBy(`d${i}`)));
    for (const h of q.having) {
      const expr = measureSql[q.measures.indexOf(h.measure)];
      const cond =
        h.op === 'BETWEEN'
          ? `${expr} BETWEEN ${this.param(h.values[0])} AND ${this.param(h.values[1])}`
          : `${expr} ${{ EQ: '=', NE: '<>', LT: '<', LTE: '<=', GT: '>', GTE: '>=' }[h.op]} ${this.param(h.values[0])}`;
      qb.andHaving(cond);
    }
    const orders: [string, 'ASC' | 'DESC'][] = q.sort.map((s) => [
      s.target.kind === 'dimension' ? `d${s.target.index}` : `m${(s.target as { index: number }).index}`,
      s.direction,
    ]);
    // Dimensions break ties, so both engines return the same order.
    q.dimensions.forEach((_d, i) => {
      if (!orders.some(([k]) => k === `d${i}`)) orders.push([`d${i}`, 'ASC']);
    });
    orders.forEach(([k, dir], i) => (i === 0 ? qb.orderBy(k, dir) : qb.addOrderBy(k, dir)));
    qb.limit(limit);
  }

  private finishRows(
    qb: Qb,
    select: [string, string][],
    sortField: ResolvedField | null,
    direction: 'ASC' | 'DESC',
    id: string,
    limit: number,
  ) {
    this.applyFilterAndScope(qb);
    qb.select(select[0][0], select[0][1]);
    for (const [expr, alias] of select.slice(1)) qb.addSelect(expr, alias);
    if (sortField) qb.orderBy(this.comparable(sortField), direction).addOrderBy(id, direction);
    else qb.orderBy(id, 'ASC');
    qb.limit(limit);
  }

  private applyFilterAndScope(qb: Qb) {
    const { dataset, req, q } = this;
    const where = q.filter ? this.filter(q.filter) : null;
    const scoped = dataset.decl.scope.filter((s) => scopeCondition(s.alias, req.scope, s.rule) !== null);
    for (const s of scoped) this.useAlias(s.alias);
    for (const [key, j] of Object.entries(dataset.decl.joins ?? {})) {
      if (this.joins.has(key)) qb.innerJoin(j.entity, j.alias, j.on);
    }
    for (const s of dataset.decl.scope) applyScope(qb, s.alias, req.scope, s.rule);
    if (where) qb.andWhere(where);
  }

  private keyset(sortField: ResolvedField | null, direction: 'ASC' | 'DESC', cursor: { value: unknown; id: number }, id: string): string {
    const idParam = this.param(cursor.id);
    const after = direction === 'ASC' ? '>' : '<';
    if (!sortField) return `${id} > ${idParam}`;
    const x = this.comparable(sortField);
    const raw = this.raw(sortField);
    // NULLs come first in ascending order and last in descending order on both engines.
    if (cursor.value === null) {
      return direction === 'ASC'
        ? `((${raw} IS NULL AND ${id} > ${idParam}) OR ${raw} IS NOT NULL)`
        : `(${raw} IS NULL AND ${id} < ${idParam})`;
    }
    const v = this.param(cursor.value);
    const tail = direction === 'DESC' && sortField.nullable ? ` OR ${raw} IS NULL` : '';
    return `(${x} ${after} ${v} OR (${x} = ${v} AND ${id} ${after} ${idParam})${tail})`;
  }

  private encodeCursor(sortKey: string | null, value: unknown, id: number): string {
    return Buffer.from(JSON.stringify([sortKey, value ?? null, id]), 'utf8').toString('base64url');
  }

  private decodeCursor(after: string | null | undefined, sortKey: string | null): { value: unknown; id: number } | null {
    if (!after) return null;
    try {
      const parsed: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
      if (
        Array.isArray(parsed) &&
        parsed.length === 3 &&
        parsed[0] === sortKey &&
        (parsed[1] === null || ['string', 'number', 'boolean'].includes(typeof parsed[1])) &&
        Number.isInteger(parsed[2])
      ) {
        return { value: typeof parsed[1] === 'boolean' ? (parsed[1] ? 1 : 0) : parsed[1], id: parsed[2] };
      }
    } catch {
      /* falls through */
    }
    throw invalidCursor();
  }

  private decodeValue(type: AnalyticsColumnType, v: unknown): unknown {
    if (v === null || v === undefined) return null;
    switch (type) {
      case 'NUMBER':
        return toNumber(v) === null ? null : roundTo(toNumber(v)!, 4);
      case 'MONEY':
        return toNumber(v) === null ? null : roundTo(toNumber(v)!, 2);
      case 'PERCENT':
        return toNumber(v) === null ? null : roundTo(toNumber(v)!, 4);
      case 'BOOLEAN':
        return toNumber(v) === null ? null : toNumber(v) !== 0;
      default:
        return toText(v);
    }
  }

  private decodeMeasure(m: NormalizedMeasure, v: unknown): unknown {
    if (m.aggregate === 'COUNT' || m.aggregate === 'COUNT_DISTINCT') return toNumber(v) ?? 0;
    return this.decodeValue(m.type, v);
  }

  private decodeList(v: unknown): string[] {
    const text = toText(v);
    return text ? text.split(',').filter(Boolean) : [];
  }
}

function divisionCount(req: CompileRequest, level: AnalyticsDivisionLevel): number {
  const { scope, divisions } = req;
  if (scope.kind === 'ALL') {
    return level === 'CITY'
      ? divisions.list({ level: DivisionLevel.CITY }).length
      : divisions.list().filter((d) => divisions.isRegistrableDivision(d.code)).length;
  }
  if (scope.kind === 'DIVISIONS') {
    return level === 'CITY' ? new Set(scope.codes.map((c) => divisions.cityOf(c)?.code)).size : scope.codes.length;
  }
  return 1;
}

/** Checks, costs and compiles a query for this caller; throws typed errors for anything it refuses. */
export function compileAnalyticsQuery(req: CompileRequest): CompiledAnalyticsQuery {
  const dataset = findDataset(typeof req.query?.dataset === 'string' ? req.query.dataset : '');
  const masked = masksPersonalData(req.role ?? null);
  const result = normalizeAnalyticsQuery(req.query, dataset, {
    today: req.today,
    masked,
    isDivision: (code) => !!req.divisions.get(code),
  });
  if (!result.ok) throw invalidQuery(result.violations);
  const q = result.query;
  if (q.mode === 'groups') {
    const estimate = estimatedGroupCount(q, { today: req.today, divisionCount: (level) => divisionCount(req, level) });
    if (estimate > ANALYTICS_LIMITS.maxGroups) throw tooManyGroups(estimate);
  }
  const compiler = new Compiler(req, dataset!, q);
  const { qb, columns, decode } = compiler.build();
  const bound = compiler.bind(...qb.getQueryAndParameters());
  const sql = req.dialect.withTimeLimit(bound.sql, req.timeLimitMs);
  const parameters = bound.parameters;
  // Read-only by construction; asserted anyway, so no future change can slip a write through the compiler.
  if (!SELECT_ONLY.test(sql)) throw new Error('analytics: compiled a statement that is not a SELECT');
  return {
    dataset: dataset!,
    normalized: q,
    sql,
    parameters,
    columns,
    explanation: explainAnalyticsQuery(req.query, dataset, { divisionName: (code) => req.divisions.get(code)?.name }),
    decode,
  };
}
