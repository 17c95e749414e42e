import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';

/** Lets the other transaction's statements go in between, as awaiting real I/O would. */
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('SQLite transactions on the one better-sqlite3 connection', () => {
  let dir: string;
  let db: DataSource;
  const values = async () => (await db.query('SELECT v FROM t ORDER BY v')).map((r: { v: string }) => r.v);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-tx-'));
    db = createDataSource({ sqlitePath: path.join(dir, 'tx.sqlite'), withoutMigrations: true });
    await db.initialize();
    await db.query('CREATE TABLE t (v TEXT NOT NULL)');
  });
  afterAll(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => db.query('DELETE FROM t'));

  it('runs two transactions started at once one after the other, each committing its own rows', async () => {
    const write = (tag: string) =>
      db.transaction(async (em) => {
        await em.query('INSERT INTO t (v) VALUES (?)', [`${tag}1`]);
        await yieldTurn();
        await em.query('INSERT INTO t (v) VALUES (?)', [`${tag}2`]);
        return tag;
      });
    await expect(Promise.all([write('a'), write('b'), write('c')])).resolves.toEqual(['a', 'b', 'c']);
    expect(await values()).toEqual(['a1', 'a2', 'b1', 'b2', 'c1', 'c2']);
  });

  it('rolls back only the transaction that failed', async () => {
    const failing = db.transaction(async (em) => {
      await em.query('INSERT INTO t (v) VALUES (?)', ['lost']);
      await yieldTurn();
      throw new Error('refused');
    });
    const fine = db.transaction((em) => em.query('INSERT INTO t (v) VALUES (?)', ['kept']));
    await expect(failing).rejects.toThrow('refused');
    await fine;
    expect(await values()).toEqual(['kept']);
  });

  it('does not queue a transaction started inside another behind itself', async () => {
    await db.transaction(async (em) => {
      await em.query('INSERT INTO t (v) VALUES (?)', ['outer']);
      await db.transaction((inner) => inner.query('INSERT INTO t (v) VALUES (?)', ['inner']));
    });
    expect(await values()).toEqual(['inner', 'outer']);
  });
});
