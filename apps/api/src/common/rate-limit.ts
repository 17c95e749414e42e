import crypto from 'node:crypto';
import { DataSource, LessThan } from 'typeorm';
import { Clock } from './clock';
import { AppError } from './errors';
import { RateLimitCounter } from './rate-limit.entity';

export interface RateLimitPolicy {
  /** Part of the counter's key, e.g. `objection`. */
  name: string;
  limit: number;
  windowSeconds: number;
  /** What the client is told, given the minutes until the window ends. */
  message: (retryMinutes: number) => string;
}

export interface RateLimits {
  /** Failed logins per client address (a successful login gives its attempt back). */
  loginFailures: RateLimitPolicy;
  /** Sign-ups (institution and enterprise together) per client address. */
  registrations: RateLimitPolicy;
  /** Public-notice objections per client address (Art. 8(4) notice page is anonymous). */
  objections: RateLimitPolicy;
  /** 忘记密码 requests per client address (a public form, ADR 0021). */
  passwordResets: RateLimitPolicy;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  loginFailures: {
    name: 'login',
    limit: 20,
    windowSeconds: 15 * 60,
    message: (m) => `登录失败次数过多，请于 ${m} 分钟后再试`,
  },
  registrations: {
    name: 'register',
    limit: 10,
    windowSeconds: 3600,
    message: (m) => `注册过于频繁，请于 ${m} 分钟后再试`,
  },
  objections: {
    name: 'objection',
    limit: 5,
    windowSeconds: 3600,
    message: (m) => `提交过于频繁，请于 ${m} 分钟后再试`,
  },
  passwordResets: {
    name: 'password-reset',
    limit: 5,
    windowSeconds: 3600,
    message: (m) => `重置密码申请过于频繁，请于 ${m} 分钟后再试`,
  },
};

export const rateLimited = (policy: RateLimitPolicy, retryAfterSeconds: number, retryAt: Date) =>
  new AppError('RATE_LIMITED', policy.message(Math.max(1, Math.ceil(retryAfterSeconds / 60))), {
    retryAfterSeconds,
    retryAt: retryAt.toISOString(),
  });

/** A consumed unit, so that it can be given back (e.g. a login that turned out to be right). */
export interface RateLimitTicket {
  bucket: string;
}

/** Deleting expired counters once every this many consumptions per process keeps the table small. */
const CLEANUP_EVERY = 200;

/**
 * Fixed-window counters in the database, so every API instance counts together. A consumption is one
 * `UPDATE … SET hits = hits + 1 WHERE bucket = ? AND hits < limit`: the database serialises concurrent updates of the
 * row, so of any number of parallel requests exactly `limit` get through per window. The row is created beforehand
 * by an INSERT that ignores duplicates, in its own transaction (an INSERT IGNORE followed by an UPDATE in one
 * InnoDB transaction can deadlock under contention). A window may be followed immediately by the next, so in the worst
 * case 2 × limit requests pass within one window's length around a boundary.
 */
export class RateLimiter {
  private consumed = 0;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async consume(policy: RateLimitPolicy, clientKey: string): Promise<RateLimitTicket> {
    const now = this.clock.now();
    const windowMs = policy.windowSeconds * 1000;
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    const end = new Date(start + windowMs);
    const digest = crypto.createHash('sha256').update(clientKey).digest('hex').slice(0, 32);
    const bucket = `${policy.name}:${start / 1000}:${digest}`;
    await this.db.transaction((em) =>
      em.createQueryBuilder().insert().into(RateLimitCounter).values({ bucket, hits: 0, expiresAt: end }).orIgnore().execute(),
    );
    const taken = await this.db.transaction((em) =>
      em
        .createQueryBuilder()
        .update(RateLimitCounter)
        .set({ hits: () => 'hits + 1' })
        .where('bucket = :bucket AND hits < :limit', { bucket, limit: policy.limit })
        .execute(),
    );
    if (++this.consumed % CLEANUP_EVERY === 0) await this.cleanup(now);
    if (!taken.affected) throw rateLimited(policy, Math.ceil((end.getTime() - now.getTime()) / 1000), end);
    return { bucket };
  }

  async refund(ticket: RateLimitTicket): Promise<void> {
    await this.db.transaction((em) =>
      em
        .createQueryBuilder()
        .update(RateLimitCounter)
        .set({ hits: () => 'hits - 1' })
        .where('bucket = :bucket AND hits > 0', { bucket: ticket.bucket })
        .execute(),
    );
  }

  async cleanup(now: Date = this.clock.now()): Promise<number> {
    const result = await this.db.transaction((em) => em.delete(RateLimitCounter, { expiresAt: LessThan(now) }));
    return result.affected ?? 0;
  }
}
