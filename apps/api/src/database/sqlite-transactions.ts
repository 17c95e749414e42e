import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource } from 'typeorm';

/**
 * better-sqlite3 gives TypeORM one connection for the whole process. Two transactions started at once (a request
 * while the job scheduler runs, two requests) both send BEGIN on it and the second fails with "cannot start a
 * transaction within a transaction" — or worse, they interleave. SQLite has one writer anyway, so top-level
 * transactions take turns here. A transaction started from inside another (same async context) is not queued
 * behind itself: it runs at once and TypeORM makes it a savepoint, as before.
 */
export function serializeSqliteTransactions(db: DataSource): void {
  const manager = db.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  const inside = new AsyncLocalStorage<true>();
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    if (inside.getStore()) return original(...args);
    const turn = tail.then(() => inside.run(true, () => original(...args)));
    tail = turn.catch(() => undefined);
    return turn;
  }) as typeof manager.transaction;
}
