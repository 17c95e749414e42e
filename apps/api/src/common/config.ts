import path from 'node:path';
import { parseTrustProxy } from './client-ip';
import { DEFAULT_RATE_LIMITS, RateLimits } from './rate-limit';
import { resolveJwtSecret } from './secret';

export interface AppConfig {
  port: number;
  databaseUrl?: string;
  sqlitePath: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  seedDemoData: boolean;
  corsOrigins: string[];
  production: boolean;
  uploadDir: string;
  /** Reverse proxies in front of the API that append to X-Forwarded-For (0: the socket address is the client). */
  trustProxyHops: number;
  /** Per-client limits on anonymous entry points, counted in the database (shared by every API instance). */
  rateLimits: RateLimits;
  /** Dev/e2e only: pretend it is this instant (ISO), e.g. to show year-end banners or run the admission job. */
  fixedNow?: string;
  /** Time limit of one analytics statement (ms). */
  analyticsTimeoutMs: number;
  /** Default interval of the background jobs (JOB_INTERVAL_MS). */
  jobIntervalMs: number;
  /** Tests and e2e only (CAPTCHA_TEST_ANSWER): every captcha shows this text, so a browser test can type it. */
  captchaTestAnswer?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  if (production && env.APP_NOW) throw new Error('APP_NOW is for development and tests only');
  if (production && env.CAPTCHA_TEST_ANSWER) throw new Error('CAPTCHA_TEST_ANSWER is for tests only');
  if (env.CAPTCHA_TEST_ANSWER !== undefined && !/^[A-Za-z0-9]{4,8}$/.test(env.CAPTCHA_TEST_ANSWER))
    throw new Error('CAPTCHA_TEST_ANSWER must be 4–8 letters or digits');
  const jobIntervalMs = Number(env.JOB_INTERVAL_MS ?? 10 * 60_000);
  if (!Number.isSafeInteger(jobIntervalMs) || jobIntervalMs < 1000) throw new Error('JOB_INTERVAL_MS must be a whole number ≥ 1000');
  const dataDir = env.DATA_DIR ?? path.resolve(process.cwd(), 'data');
  const ttl = Number(env.JWT_TTL_SECONDS ?? 8 * 3600);
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 7 * 24 * 3600)
    throw new Error('JWT_TTL_SECONDS must be an integer between 60 and 604800');
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    sqlitePath: env.SQLITE_PATH ?? path.join(dataDir, 'registry.sqlite'),
    jwtSecret: resolveJwtSecret(env.JWT_SECRET || undefined, dataDir),
    jwtTtlSeconds: ttl,
    // Demo data only on the embedded default unless asked for explicitly.
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : !env.DATABASE_URL,
    corsOrigins: (env.CORS_ORIGINS ?? 'http://localhost:4200')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    production,
    uploadDir: env.UPLOAD_DIR ?? path.join(dataDir, 'uploads'),
    trustProxyHops: parseTrustProxy(env.TRUST_PROXY),
    rateLimits: DEFAULT_RATE_LIMITS,
    fixedNow: env.APP_NOW || undefined,
    analyticsTimeoutMs: Number(env.ANALYTICS_TIMEOUT_MS ?? 15_000),
    jobIntervalMs,
    captchaTestAnswer: env.CAPTCHA_TEST_ANSWER || undefined,
  };
}
