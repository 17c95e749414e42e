import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { UsernameKeySubscriber } from '../modules/auth/username.subscriber';
import { mysqlMigrations } from './migrations/mysql';
import { sqliteMigrations } from './migrations/sqlite';
import { registerAnalyticsGuard } from '../modules/analytics/analytics.dialect';
import { serializeSqliteTransactions } from './sqlite-transactions';

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
    subscribers: [UsernameKeySubscriber] as Function[],
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
      prepareDatabase: (db: { pragma(s: string): unknown } & Parameters<typeof registerAnalyticsGuard>[0]) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
        // The analytics statement time limit on SQLite (analytics.dialect.ts).
        registerAnalyticsGuard(db);
      },
    };
  }
  const ds = new DataSource(options);
  if (options.type === 'better-sqlite3') {
    // SQLite stores any text in TEXT; declaring MySQL's wider text types keeps one entity definition for both engines.
    ds.driver.supportedDataTypes.push('mediumtext');
    serializeSqliteTransactions(ds);
  }
  return ds;
}
