import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import { DataSource, QueryRunner } from 'typeorm';
import { createApp, RunningApp } from '../src/app';
import { bootstrap } from '../src/bootstrap';
import { FixedClock } from '../src/common/clock';
import { AppConfig, loadConfig } from '../src/common/config';
import { DEFAULT_RATE_LIMITS, RateLimits } from '../src/common/rate-limit';
import { createDataSource } from '../src/database/data-source';
import { DEMO_PASSWORD } from '../src/database/demo-seed';
import { createServices, Services } from '../src/services';
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
  /**
   * SQL statements sent to the database so far (all connections); read it before and after a request. A replica on
   * SQLite shares its primary's connection, and so its counter.
   */
  statements(): number;
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

/** Every captcha of a test API shows this text (the test-only answer channel, CAPTCHA_TEST_ANSWER). */
export const CAPTCHA_TEST_ANSWER = 'T3ST';

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
  passwordResets: { ...DEFAULT_RATE_LIMITS.passwordResets, limit: 100_000 },
};

export interface TestApiOptions {
  demoInstitutions?: number;
  /** NODE_ENV=production behaviour (no introspection, no suggestions). */
  production?: boolean;
  rateLimits?: RateLimits;
  config?: Partial<AppConfig>;
  /** Another API process on the database of this one (its own services, clock and scheduler identity). */
  replicaOf?: TestApi;
}

/** A real API over HTTP on a real database, migrated and seeded with the demo data. */
export async function startTestApi(engine: Engine, options: TestApiOptions = {}): Promise<TestApi> {
  const tag = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  let databaseUrl: string | undefined;
  let sqlitePath = ':memory:';
  let tmpDir: string | undefined;
  if (options.replicaOf) {
    const replica = await startReplica(options.replicaOf);
    return serve(engine, replica, replica.services.db === options.replicaOf.services.db ? options.replicaOf.statements : undefined);
  }
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
    captchaTestAnswer: CAPTCHA_TEST_ANSWER,
    ...options.config,
  };
  const clock = new FixedClock(new Date(TEST_NOW));
  const services = await bootstrap(config, clock, { demoInstitutions: options.demoInstitutions ?? 200 });
  return serve(engine, {
    services,
    clock,
    async close() {
      await services.passwordResets.settled();
      await services.db.destroy();
      if (engine === 'mysql') await dropDatabase(process.env.TEST_MYSQL_URL!, tag);
      if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
      fs.rmSync(config.uploadDir, { recursive: true, force: true });
    },
  });
}

/** The HTTP API over services; `statements` defaults to a fresh counter on their data source. */
async function serve(engine: Engine, replica: Replica, statements = countStatements(replica.services.db)): Promise<TestApi> {
  const { services, clock } = replica;
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
    statements,
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
      await replica.close();
    },
  };
}

/** Counts every statement any query runner of the data source sends (test instrumentation, not production code). */
function countStatements(db: DataSource): () => number {
  let n = 0;
  const wrap = (runner: QueryRunner) => {
    const marked = runner as QueryRunner & { __counted?: boolean };
    if (marked.__counted) return runner;
    const query = runner.query.bind(runner);
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      n++;
      return query(...args);
    }) as QueryRunner['query'];
    marked.__counted = true;
    return runner;
  };
  const create = db.driver.createQueryRunner.bind(db.driver);
  db.driver.createQueryRunner = (mode) => wrap(create(mode));
  return () => n;
}

export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** Another API process on the database of `api`: its own services, clock and scheduler identity. */
export interface Replica {
  services: Services;
  clock: FixedClock;
  close(): Promise<void>;
}

/**
 * A second replica on the same database, as two API processes behind a load balancer would be. On MySQL it has its
 * own connection pool. On SQLite it shares the connection: SQLite has one writer, and two connections inside one
 * Node process would stall each other (better-sqlite3 waits for the file lock synchronously, blocking the event
 * loop the other connection needs to commit); several processes on one database is a MySQL deployment.
 */
export async function startReplica(api: TestApi): Promise<Replica> {
  const config = api.services.config;
  const shared = api.engine === 'sqlite';
  const db = shared ? api.services.db : createDataSource({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
  if (!shared) await db.initialize();
  const clock = new FixedClock(api.clock.now());
  const services = createServices(db, clock, config);
  await services.divisions.load();
  return {
    services,
    clock,
    async close() {
      if (!shared) await db.destroy();
    },
  };
}
