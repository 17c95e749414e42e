import { performance } from 'node:perf_hooks';
import { DataSource, QueryFailedError } from 'typeorm';
import { DateGranularity } from '@hebei/domain';

/**
 * Everything the two engines write differently, in one place (issue #11: "write the bucket expressions per dialect in
 * one place of the compiler and prove equality with tests"). Arguments are server-built SQL fragments (column paths and
 * generated parameter names), never user text.
 *
 * Text is compared as code points on both engines: SQLite's BINARY collation, and on MySQL/MariaDB the bytes of the
 * UTF-8 value (CAST … AS BINARY), so `utf8mb4_unicode_ci`'s case, width and trailing-space folding cannot make the
 * engines disagree; a contained text is found with INSTR, so `%` and `_` are plain characters.
 */
export type AnalyticsEngine = 'sqlite' | 'mysql' | 'mariadb';

export interface AnalyticsDialect {
  engine: AnalyticsEngine;
  /** The Beijing calendar date of a UTC instant column, comparable with 'YYYY-MM-DD' parameters. */
  beijingDate(expr: string): string;
  /** A calendar date as 'YYYY-MM-DD' text (what rows and buckets return). */
  dateText(expr: string): string;
  /** The bucket key of a calendar date, identical on both engines (see `dateBucketKey` in libs/domain). */
  bucket(expr: string, granularity: DateGranularity): string;
  /** An operand compared, grouped and ordered by code points. */
  binary(expr: string): string;
  /** Whether `expr` contains the parameter's text literally. */
  contains(expr: string, param: string): string;
  concat(parts: string[]): string;
  /** An integer prefix of a text (1-based). */
  prefix(expr: string, length: number): string;
  /** A number as a double, so averages are computed the same way on both engines. */
  float(expr: string): string;
  /** The values of a to-many column as one comma-separated text, in order. */
  list(table: string, alias: string, value: string, order: string, correlation: string): string;
  /** The statement with the engine's statement time limit (SQLite: see `guard`). */
  withTimeLimit(sql: string, ms: number): string;
  /** A WHERE term that aborts the statement after its deadline (SQLite, which has no server-side limit). */
  guard(deadlineParam: string): string | null;
}

const MYSQL_BUCKETS: Record<DateGranularity, (x: string) => string> = {
  DAY: (x) => `DATE_FORMAT(${x}, '%Y-%m-%d')`,
  WEEK: (x) => `DATE_FORMAT(DATE_SUB(${x}, INTERVAL WEEKDAY(${x}) DAY), '%Y-%m-%d')`,
  MONTH: (x) => `DATE_FORMAT(${x}, '%Y-%m')`,
  QUARTER: (x) => `CONCAT(DATE_FORMAT(${x}, '%Y'), '-Q', QUARTER(${x}))`,
  YEAR: (x) => `DATE_FORMAT(${x}, '%Y')`,
};

const SQLITE_BUCKETS: Record<DateGranularity, (x: string) => string> = {
  DAY: (x) => `date(${x})`,
  // 'weekday 0' moves forward to the next Sunday (or stays on one); six days back is that ISO week's Monday.
  WEEK: (x) => `date(${x}, 'weekday 0', '-6 days')`,
  MONTH: (x) => `substr(${x}, 1, 7)`,
  QUARTER: (x) => `(substr(${x}, 1, 4) || '-Q' || ((CAST(substr(${x}, 6, 2) AS INTEGER) + 2) / 3))`,
  YEAR: (x) => `substr(${x}, 1, 4)`,
};

function mysqlFamily(engine: 'mysql' | 'mariadb'): AnalyticsDialect {
  return {
    engine,
    beijingDate: (x) => `DATE(DATE_ADD(${x}, INTERVAL 8 HOUR))`,
    dateText: (x) => `DATE_FORMAT(${x}, '%Y-%m-%d')`,
    bucket: (x, g) => MYSQL_BUCKETS[g](x),
    binary: (x) => `CAST(${x} AS BINARY)`,
    contains: (x, p) => `INSTR(CAST(${x} AS BINARY), CAST(${p} AS BINARY)) > 0`,
    concat: (parts) => `CONCAT(${parts.join(', ')})`,
    prefix: (x, n) => `SUBSTRING(${x}, 1, ${n})`,
    float: (x) => `(${x} + 0E0)`,
    list: (table, a, value, order, correlation) =>
      `(SELECT GROUP_CONCAT(${a}.${value} ORDER BY ${a}.${order} SEPARATOR ',') FROM ${table} ${a} WHERE ${correlation})`,
    withTimeLimit: (sql, ms) =>
      engine === 'mariadb'
        ? // MariaDB has no MAX_EXECUTION_TIME hint; max_statement_time (seconds) scoped to this one statement.
          `SET STATEMENT max_statement_time=${(Math.max(ms, 1) / 1000).toFixed(3)} FOR ${sql}`
        : sql.replace(/^SELECT /, `SELECT /*+ MAX_EXECUTION_TIME(${Math.max(Math.round(ms), 1)}) */ `),
    guard: () => null,
  };
}

const SQLITE: AnalyticsDialect = {
  engine: 'sqlite',
  beijingDate: (x) => `date(${x}, '+8 hours')`,
  dateText: (x) => x,
  bucket: (x, g) => SQLITE_BUCKETS[g](x),
  binary: (x) => x,
  contains: (x, p) => `instr(${x}, ${p}) > 0`,
  concat: (parts) => `(${parts.join(' || ')})`,
  prefix: (x, n) => `substr(${x}, 1, ${n})`,
  float: (x) => `(${x} * 1.0)`,
  list: (table, a, value, order, correlation) =>
    `(SELECT group_concat(${a}.${value}, ',' ORDER BY ${a}.${order}) FROM ${table} ${a} WHERE ${correlation})`,
  withTimeLimit: (sql) => sql,
  guard: (p) => `analytics_guard(${p}) = 1`,
};

export function dialectFor(db: DataSource): AnalyticsDialect {
  const type = db.options.type;
  if (type === 'mariadb') return mysqlFamily('mariadb');
  if (type === 'mysql') return mysqlFamily('mysql');
  return SQLITE;
}

/** Raised inside SQLite by the guard function when a statement runs past its deadline. */
export class AnalyticsInterrupted extends Error {
  constructor() {
    super('ANALYTICS_STATEMENT_INTERRUPTED');
  }
}

/**
 * SQLite runs in-process and synchronously, so nothing can cancel a statement from outside; the guard is a function
 * the statement calls for each row it examines, which throws once the deadline (a `performance.now()` value bound as a
 * parameter) has passed — SQLite then abandons the statement. Registered on every SQLite connection.
 */
export function registerAnalyticsGuard(db: {
  function(name: string, options: { deterministic: boolean; directOnly: boolean }, fn: (deadline: unknown) => number): unknown;
}): void {
  db.function('analytics_guard', { deterministic: false, directOnly: true }, (deadline) => {
    if (performance.now() > Number(deadline)) throw new AnalyticsInterrupted();
    return 1;
  });
}

/** The statement hit its time limit: MySQL 3024, MariaDB 1969, or the SQLite guard. */
export function isStatementTimeout(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = (error as QueryFailedError & { driverError?: { code?: string; errno?: number; message?: string } }).driverError;
  return (
    driver instanceof AnalyticsInterrupted ||
    driver?.code === 'ER_QUERY_TIMEOUT' ||
    driver?.code === 'ER_STATEMENT_TIMEOUT' ||
    driver?.errno === 3024 ||
    driver?.errno === 1969 ||
    (driver?.message ?? '').includes('ANALYTICS_STATEMENT_INTERRUPTED')
  );
}
