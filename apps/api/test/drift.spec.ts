import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSchema } from '../src/schema';
import { pendingQueries } from '../../../tools/migrations/generate';
import { createDatabase, dropDatabase } from '../../../tools/test-db/mariadb';
import { engines } from './harness';
import { mysqlMigrations } from '../src/database/migrations/mysql';
import { sqliteMigrations } from '../src/database/migrations/sqlite';

describe('generated artifacts', () => {
  it('apps/api/schema.graphql matches the code (run `npm run schema:emit` after changing resolvers)', async () => {
    const tmp = path.join(os.tmpdir(), `schema-${process.pid}.graphql`);
    await createSchema(null, tmp);
    const emitted = fs.readFileSync(tmp, 'utf8');
    fs.rmSync(tmp);
    const committed = fs.readFileSync(path.resolve(__dirname, '../schema.graphql'), 'utf8');
    expect(committed).toBe(emitted);
  });

  it.each([
    ['mysql', mysqlMigrations],
    ['sqlite', sqliteMigrations],
  ] as const)('%s migrations run in the order they were written (TypeORM sorts by the last 13 characters of the name)', (_d, list) => {
    const order = list.map((m) => parseInt(new (m as new () => { name: string })().name.slice(-13), 10));
    expect(order.every((t) => Number.isFinite(t))).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });

  it.each(engines())("migrations on %s produce exactly the entities' schema (run `npm run migration:generate -- Name`)", async (engine) => {
    if (engine === 'sqlite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drift-'));
      const sql = await pendingQueries('sqlite', undefined, path.join(dir, 'drift.sqlite'));
      fs.rmSync(dir, { recursive: true, force: true });
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
    } else {
      const name = `drift_${process.pid}`;
      const url = await createDatabase(process.env.TEST_MYSQL_URL!, name);
      try {
        const sql = await pendingQueries('mysql', url, '');
        expect(sql.upQueries.map((q) => q.query)).toEqual([]);
      } finally {
        await dropDatabase(process.env.TEST_MYSQL_URL!, name);
      }
    }
  });
});
