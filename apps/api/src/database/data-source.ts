import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { mysqlMigrations } from './migrations/mysql';
import { sqliteMigrations } from './migrations/sqlite';

export type Dialect = 'mysql' | 'sqlite';

export interface DataSourceSettings {
  databaseUrl?: string;
  sqlitePath: string;
  logging?: boolean;
  /** Leave out migrations (the migration generator diffs entities against the migrated schema itself). */
  withoutMigrations?: boolean;
}

export function dialectOf(settings: Pick<DataSourceSettings, 'databaseUrl'>): Dialect {
  return /^(mysql|mariadb):/.test(settings.databaseUrl ?? '') ? 'mysql' : 'sqlite';
}

/** One code path, two engines: MySQL/MariaDB via mysql2 in production, embedded SQLite by default. */
export function createDataSource(settings: DataSourceSettings): DataSource {
  const common = {
    entities,
    synchronize: false,
    migrationsRun: false,
    logging: settings.logging ?? false,
  } as const;
  let options: DataSourceOptions;
  if (dialectOf(settings) === 'mysql') {
    options = {
      ...common,
      // mariadb:// selects TypeORM's MariaDB flavour (how it reads column defaults back); same mysql2 driver.
      type: settings.databaseUrl!.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      url: settings.databaseUrl,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      migrations: settings.withoutMigrations ? [] : mysqlMigrations,
      extra: { connectionLimit: 10 },
    };
  } else {
    if (settings.sqlitePath !== ':memory:') fs.mkdirSync(path.dirname(settings.sqlitePath), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: settings.sqlitePath,
      migrations: settings.withoutMigrations ? [] : sqliteMigrations,
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  const dataSource = new DataSource(options);
  if (options.type === 'better-sqlite3') serializeTransactions(dataSource);
  return dataSource;
}

/**
 * SQLite has one connection per data source (TypeORM's better-sqlite3 driver) and one writer at a time. Two
 * transactions started at the same moment would both issue BEGIN on that one connection ("cannot start a transaction
 * within a transaction") or interleave as savepoints of each other. Top-level transactions therefore run one after
 * the other in this process, as SQLite would run them anyway; nested ones (em.transaction) are savepoints as before.
 * MySQL keeps its pool and row locks. See docs/decisions/0012-sqlite-transactions-in-turn.md.
 */
function serializeTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const run = tail.then(() => transaction(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as typeof manager.transaction;
}
