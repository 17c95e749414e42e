import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import { createApp, RunningApp } from '../src/app';
import { bootstrap } from '../src/bootstrap';
import { FixedClock } from '../src/common/clock';
import { AppConfig, loadConfig } from '../src/common/config';
import { DEFAULT_RATE_LIMITS, RateLimits } from '../src/common/rate-limit';
import { DEMO_PASSWORD } from '../src/database/demo-seed';
import { Services } from '../src/services';
import { createDatabase, dropDatabase } from '../../../tools/test-db/mariadb';

export type Engine = 'sqlite' | 'mysql';

/** SQLite always; MariaDB when the global setup started one (always in CI). */
export function engines(): Engine[] {
  return process.env.TEST_MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
}

export interface GqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestApi {
  engine: Engine;
  url: string;
  clock: FixedClock;
  services: Services;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** Asserts success and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  login(username: string, password?: string): Promise<string>;
  /** A new token at the clock's current time (the cached one may have expired after time travel). */
  freshLogin(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** 2026-11-27 10:00 in Beijing. */
export const TEST_NOW = '2026-11-27T02:00:00.000Z';

let counter = 0;

/**
 * Most suites sign up and log in far more often than one client may; they get generous limits. Suites about the
 * limits themselves pass `rateLimits: DEFAULT_RATE_LIMITS`.
 */
export const GENEROUS_RATE_LIMITS: RateLimits = {
  loginFailures: { ...DEFAULT_RATE_LIMITS.loginFailures, limit: 100_000 },
  registrations: { ...DEFAULT_RATE_LIMITS.registrations, limit: 100_000 },
  objections: DEFAULT_RATE_LIMITS.objections,
};

export interface TestApiOptions {
  demoInstitutions?: number;
  /** NODE_ENV=production behaviour (no introspection, no suggestions). */
  production?: boolean;
  rateLimits?: RateLimits;
  config?: Partial<AppConfig>;
}

/** A real API over HTTP on a real database, migrated and seeded with the demo data. */
export async function startTestApi(engine: Engine, options: TestApiOptions = {}): Promise<TestApi> {
  const tag = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  let databaseUrl: string | undefined;
  let sqlitePath = ':memory:';
  let tmpDir: string | undefined;
  if (engine === 'mysql') {
    databaseUrl = await createDatabase(process.env.TEST_MYSQL_URL!, tag);
  } else {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hebei-sqlite-'));
    sqlitePath = path.join(tmpDir, 'test.sqlite');
  }
  const config: AppConfig = {
    // Its own random secret: never a value a token could be forged with.
    ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: crypto.randomBytes(32).toString('hex') } as NodeJS.ProcessEnv),
    databaseUrl,
    sqlitePath,
    seedDemoData: true,
    uploadDir: path.join(os.tmpdir(), `${tag}-uploads`),
    production: options.production ?? false,
    rateLimits: options.rateLimits ?? GENEROUS_RATE_LIMITS,
    ...options.config,
  };
  const clock = new FixedClock(new Date(TEST_NOW));
  const services = await bootstrap(config, clock, { demoInstitutions: options.demoInstitutions ?? 200 });
  const running: RunningApp = await createApp(services);
  await new Promise<void>((resolve) => running.httpServer.listen(0, '127.0.0.1', resolve));
  const port = (running.httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  };
  const ok = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> => {
    const result = await gql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  };
  const tokens = new Map<string, string>();
  return {
    engine,
    url,
    clock,
    services,
    gql,
    ok,
    async login(username, password = DEMO_PASSWORD) {
      const key = `${username}:${password}`;
      if (!tokens.has(key)) {
        const data = await ok<{ login: { token: string } }>(
          'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
          { u: username, p: password },
        );
        tokens.set(key, data.login.token);
      }
      return tokens.get(key)!;
    },
    async freshLogin(username, password = DEMO_PASSWORD) {
      const data = await ok<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      return data.login.token;
    },
    async close() {
      await running.apollo.stop();
      await services.db.destroy();
      if (engine === 'mysql') await dropDatabase(process.env.TEST_MYSQL_URL!, tag);
      if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
      fs.rmSync(config.uploadDir, { recursive: true, force: true });
    },
  };
}

export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
