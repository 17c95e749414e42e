import { mariaDbAvailable, startMariaDb } from '../../../tools/test-db/mariadb';

/** Starts one throwaway MariaDB for the run (required when CI=true); each test file makes its own database on it. */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_MYSQL_URL) return;
  if (!mariaDbAvailable()) {
    if (process.env.CI === 'true') throw new Error('CI=true but mariadbd is not installed: MariaDB integration tests are required in CI');
    console.warn('\n[api tests] mariadbd not found: MySQL-engine tests are skipped (install mariadb-server to run them)\n');
    return;
  }
  const db = await startMariaDb();
  process.env.TEST_MYSQL_URL = db.url;
  (globalThis as { __MARIADB__?: unknown }).__MARIADB__ = db;
}
