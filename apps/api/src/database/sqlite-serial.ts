import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource } from 'typeorm';

/**
 * TypeORM drives better-sqlite3 through one connection and turns a transaction started while another is open into a
 * SAVEPOINT of it. Two requests whose transactions interleave (any await on real I/O inside one — bcrypt, a file)
 * then share one transaction: one's rollback undoes the other's writes, one's COMMIT commits the other half-way.
 * So on SQLite, transactions take turns; a transaction started inside another (same async context) nests as before.
 */
export function serializeTransactions(ds: DataSource): void {
  const holding = new AsyncLocalStorage<true>();
  const manager = ds.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    if (holding.getStore()) return original(...args);
    const run = () => holding.run(true, () => original(...args));
    const result = tail.then(run, run);
    tail = result.catch(() => undefined);
    return result;
  }) as typeof manager.transaction;
}
