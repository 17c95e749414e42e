import path from 'node:path';

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
  /** Dev/e2e only: pretend it is this instant (ISO), e.g. to show year-end banners or run the admission job. */
  fixedNow?: string;
  /** Default interval of the background jobs (JOB_INTERVAL_MS). */
  jobIntervalMs: number;
}

const DEV_SECRET = 'dev-only-secret-change-me-in-production';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const jwtSecret = env.JWT_SECRET ?? DEV_SECRET;
  if (production && env.APP_NOW) throw new Error('APP_NOW is for development and tests only');
  if (production && jwtSecret === DEV_SECRET) {
    throw new Error('JWT_SECRET must be set in production');
  }
  const jobIntervalMs = Number(env.JOB_INTERVAL_MS ?? 10 * 60_000);
  if (!Number.isSafeInteger(jobIntervalMs) || jobIntervalMs < 1000) throw new Error('JOB_INTERVAL_MS must be a whole number ≥ 1000');
  const dataDir = env.DATA_DIR ?? path.resolve(process.cwd(), 'data');
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    sqlitePath: env.SQLITE_PATH ?? path.join(dataDir, 'registry.sqlite'),
    jwtSecret,
    jwtTtlSeconds: Number(env.JWT_TTL_SECONDS ?? 8 * 3600),
    // Demo data only on the embedded default unless asked for explicitly.
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : !env.DATABASE_URL,
    corsOrigins: (env.CORS_ORIGINS ?? 'http://localhost:4200')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    production,
    uploadDir: env.UPLOAD_DIR ?? path.join(dataDir, 'uploads'),
    fixedNow: env.APP_NOW || undefined,
    jobIntervalMs,
  };
}
