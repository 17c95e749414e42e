import crypto from 'node:crypto';
import { EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from './auth.errors';
import { LoginFailure } from './login-failure.entity';
import { UserAccount } from './user.entity';

/** Whose consecutive failures an attempt counts against: the account, or the unknown name's own row. */
export type ThrottleTarget = { kind: 'account'; id: number } | { kind: 'unknown'; usernameHash: string };

export type Verdict =
  | { kind: 'OK' }
  | { kind: 'LOCKED'; lockedUntil: Date }
  | { kind: 'FAILED'; failures: number }
  | { kind: 'NOW_LOCKED'; failures: number; lockedUntil: Date };

export const unknownTarget = (normalizedUsername: string): ThrottleTarget => ({
  kind: 'unknown',
  usernameHash: crypto.createHash('sha256').update(normalizedUsername).digest('hex'),
});

function table(target: ThrottleTarget): { entity: EntityTarget<ObjectLiteral>; key: string; value: string | number } {
  return target.kind === 'account'
    ? { entity: UserAccount, key: 'id', value: target.id }
    : { entity: LoginFailure, key: 'usernameHash', value: target.usernameHash };
}

const UNLOCKED = '(lockedUntil IS NULL OR lockedUntil <= :now)';

/** The unknown name's row must exist before `judge` updates it; created in its own transaction (see RateLimiter). */
export async function ensureUnknownRow(em: EntityManager, target: ThrottleTarget, now: Date): Promise<void> {
  if (target.kind !== 'unknown') return;
  await em
    .createQueryBuilder()
    .insert()
    .into(LoginFailure)
    .values({ usernameHash: target.usernameHash, failedLoginCount: 0, lockedUntil: null, lastFailedAt: now })
    .orIgnore()
    .execute();
}

/**
 * Decides one attempt, atomically and in the caller's transaction. Every change is a conditional UPDATE that only
 * applies while the target is unlocked, so of concurrent attempts the database serialises the increments: exactly
 * MAX_FAILED_LOGINS failures are counted before the lock, and an attempt that read the row before the lock was set
 * (a stale request) can neither count nor clear it.
 */
export async function judge(em: EntityManager, target: ThrottleTarget, passwordOk: boolean, now: Date): Promise<Verdict> {
  const { entity, key, value } = table(target);
  const update = (set: Record<string, unknown>, condition: string) =>
    em.createQueryBuilder().update(entity).set(set).where(`${key} = :tid AND ${condition}`, { tid: value, now }).execute();
  // Re-read in the same transaction: on MySQL the UPDATE above holds the row lock, so this is our own increment.
  const read = async () =>
    (await em
      .createQueryBuilder(entity, 't')
      .select(['t.failedLoginCount', 't.lockedUntil'])
      .where(`t.${key} = :tid`, { tid: value })
      .getOne()) as { failedLoginCount: number; lockedUntil: Date | null } | null;

  const locked = async (): Promise<Verdict> => {
    const row = await read();
    return { kind: 'LOCKED', lockedUntil: row?.lockedUntil ?? new Date(now.getTime() + LOCK_MINUTES * 60_000) };
  };

  if (passwordOk) {
    const set: Record<string, unknown> = { failedLoginCount: 0, lockedUntil: null };
    if (target.kind === 'account') set.lastLoginAt = now;
    const reset = await update(set, UNLOCKED);
    return reset.affected ? { kind: 'OK' } : locked();
  }
  const set: Record<string, unknown> = { failedLoginCount: () => 'failedLoginCount + 1' };
  if (target.kind === 'unknown') set.lastFailedAt = now;
  const counted = await update(set, UNLOCKED);
  if (!counted.affected) return locked();
  const failures = (await read())?.failedLoginCount ?? MAX_FAILED_LOGINS;
  if (failures < MAX_FAILED_LOGINS) return { kind: 'FAILED', failures };
  const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  await update({ failedLoginCount: 0, lockedUntil }, '1 = 1');
  return { kind: 'NOW_LOCKED', failures, lockedUntil };
}
