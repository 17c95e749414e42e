import { DataSource, EntityManager } from 'typeorm';

type Db = DataSource | EntityManager;

const dataSourceOf = (db: Db): DataSource => (db instanceof DataSource ? db : db.connection);

export function isMysql(db: Db): boolean {
  const type = dataSourceOf(db).options.type;
  return type === 'mysql' || type === 'mariadb';
}

/**
 * A raw statement with named parameters (`:name`, `:...list`), converted by the driver exactly as query builders are
 * (dates, booleans, lists) — for the few set-based statements a builder cannot express (INSERT … SELECT).
 */
export async function rawQuery<T = Record<string, unknown>>(db: Db, sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const [query, values] = dataSourceOf(db).driver.escapeQueryWithParameters(sql, params);
  const result = await db.query(query, values);
  return Array.isArray(result) ? (result as T[]) : [];
}

/** `INSERT IGNORE` (MySQL) / `INSERT OR IGNORE` (SQLite): a row whose unique key exists is skipped, not an error. */
export function insertIgnore(db: Db): string {
  return isMysql(db) ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
}

/** Deadlocks and busy databases are retried: the statements retried are idempotent (unique keys, compare-and-set). */
export function isRetryableConflict(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = err?.driverError?.code ?? err?.code;
  const errno = err?.driverError?.errno ?? err?.errno;
  // ER_AUTOINC_READ_FAILED (1467): MariaDB's answer when two INSERT … SELECT wait on each other's AUTO-INC lock.
  return (
    ['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_AUTOINC_READ_FAILED', 'SQLITE_BUSY'].includes(String(code)) ||
    [1213, 1205, 1467].includes(Number(errno))
  );
}

export async function retryOnConflict<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (e) {
      if (i >= attempts || !isRetryableConflict(e)) throw e;
    }
  }
}

/** A unique key refused the row (two writers raced to the same key). */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = err?.driverError?.code ?? err?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * A DATE read through a raw statement: a string on SQLite, a Date at UTC midnight on MySQL (the pool runs in UTC,
 * timezone 'Z'). Entity reads are converted by TypeORM already.
 */
export function sqlDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}
