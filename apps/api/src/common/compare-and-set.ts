import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict } from './errors';

/** A row guarded by a version column (every row that moves through states or is edited by several people). */
export interface Versioned {
  id: number;
  version: number;
}

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?` and check the affected rows: of two people
 * acting on the same row at once exactly one wins, the other gets CONFLICT (TypeORM's save() would silently overwrite).
 * Returns the row as written.
 */
export async function compareAndSet<T extends ObjectLiteral & Versioned>(
  em: EntityManager,
  entity: EntityTarget<T>,
  row: T,
  patch: Partial<T>,
  conflictMessage?: string,
): Promise<T> {
  const version = row.version + 1;
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...patch, version } as never)
    .where('id = :casId AND version = :casVersion', { casId: row.id, casVersion: row.version })
    .execute();
  if (!result.affected) throw conflict(conflictMessage);
  return Object.assign(row, patch, { version });
}
