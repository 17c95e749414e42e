import type { EphemeralMariaDb } from '../../../tools/test-db/mariadb';

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __MARIADB__?: EphemeralMariaDb }).__MARIADB__;
  if (db) await db.stop();
}
