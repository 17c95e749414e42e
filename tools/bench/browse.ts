/**
 * Registry browsing under load: 100k institutions and their products in a throwaway MariaDB, the browse query
 * through the real GraphQL stack (Apollo + TypeGraphQL + TypeORM, in this process) beside a bare mysql2 handler
 * running the same SQL, both hammered by autocannon (a separate process, loopback only). Writes docs/benchmarks.md.
 * The floor of each row replays the statements the GraphQL request sent (captured once, same parameters) through
 * mysql2 and serialises the rows; the text rows also show the old LIKE path, written out, as the baseline. The main
 * admin screens run on a second database with the demo data; the load run hammers the first page at 16 and 64
 * connections and samples the process memory.
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/browse.ts [--institutions 100000] [--duration 10]
 * --keep loads the data, prints the database URL and waits (Ctrl-C) instead of measuring, for EXPLAIN sessions.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import inspector from 'node:inspector';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import mysql from 'mysql2/promise';
import { DocumentNode, print } from 'graphql';
import { DataSource } from 'typeorm';
import { generateInstitutions } from '@hebei/demo-data';
import * as admin from '../../apps/admin/src/graphql/generated/graphql';
import { createApp } from '../../apps/api/src/app';
import { bootstrap } from '../../apps/api/src/bootstrap';
import { FixedClock } from '../../apps/api/src/common/clock';
import { loadConfig } from '../../apps/api/src/common/config';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { generateProducts, insertProducts } from '../../apps/api/src/database/demo-seed-services';
import { DEMO_PASSWORD, demoPlaces, insertInstitutions } from '../../apps/api/src/database/demo-seed';
import { syncReferenceData } from '../../apps/api/src/database/reference-data';
import { Division } from '../../apps/api/src/modules/division/division.entity';
import { createServices } from '../../apps/api/src/services';
import { createDatabase, startMariaDb } from '../test-db/mariadb';
import { Captured, capture, replay } from './capture';
import { machineLines, numberArg, writeBenchSection } from './report';

const root = path.resolve(__dirname, '../..');
const arg = numberArg;
const INSTITUTIONS = arg('institutions', 100_000);
const DURATION = arg('duration', 10);
const KEEP = process.argv.includes('--keep');
const CONNECTIONS = 10;
const PAGE = 20;
const LOAD_SECONDS = arg('load-seconds', 60);
/** --cpu-prof: profile this process during the first-page GraphQL row and print self time by package. */
const CPU_PROF = process.argv.includes('--cpu-prof');
/** --no-write: print, do not rewrite docs/benchmarks.md (for trial runs). */
const NO_WRITE = process.argv.includes('--no-write');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** Self time of a V8 CPU profile by where the code lives (package under node_modules, our code, Node, GC/idle). */
function summarizeProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const where = (n: ProfileNode) => {
    const url = n.callFrame.url;
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (m) return m[1];
    if (url.includes('/apps/api/')) return 'apps/api (our code)';
    if (url.includes('/libs/')) return 'libs (our code)';
    if (url.startsWith('node:') || (!url && /^\(?[a-z]/i.test(n.callFrame.functionName) && !n.callFrame.functionName.startsWith('(')))
      return 'node internals';
    return n.callFrame.functionName || '(anonymous)';
  };
  const total = new Map<string, number>();
  let sum = 0;
  profile.samples.forEach((id, k) => {
    const dt = profile.timeDeltas[k] ?? 0;
    const key = where(byId.get(id)!);
    total.set(key, (total.get(key) ?? 0) + dt);
    sum += dt;
  });
  const busy = sum - (total.get('(idle)') ?? 0);
  return [...total.entries()]
    .filter(([k]) => k !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 14)
    .map(([k, t]) => `| ${k} | ${(t / 1000).toFixed(0)} | ${((100 * t) / busy).toFixed(1)}% |`)
    .join('\n');
}

interface Filter {
  nature?: string;
  categories?: string[];
  divisionCode?: string;
  text?: string;
}

interface Scenario {
  key: string;
  title: string;
  filter?: Filter;
  /** Also totalCount and both facets (the whole search screen). */
  screen: boolean;
}

const SCENARIOS: Scenario[] = [
  { key: 'list', title: '第一页20条 + 主要服务方向 + 已发布产品（无筛选）', screen: false },
  {
    key: 'filtered',
    title: '公益性 + 检验检测/数字赋能 + 承德市，含总数和分面',
    filter: { nature: 'PUBLIC_WELFARE', categories: ['TESTING_INSPECTION', 'DIGITAL_EMPOWERMENT'], divisionCode: '130800' },
    screen: true,
  },
  { key: 'text', title: '名称或产品名称含“检测”，含总数和分面', filter: { text: '检测' }, screen: true },
  { key: 'text-rare', title: '名称或产品名称含“孵化”，含总数和分面', filter: { text: '孵化' }, screen: true },
  // The most common bigram of the demo names: the worst case of a two-character keyword (every match is counted).
  { key: 'text-common', title: '名称或产品名称含“中心”，含总数和分面', filter: { text: '中心' }, screen: true },
  { key: 'text-long', title: '名称或产品名称含“技术转移中心”，含总数和分面', filter: { text: '技术转移中心' }, screen: true },
];

const gqlQuery = (screen: boolean) => `query Browse($first: Int, $filter: BrowseFilter) {
  browseInstitutions(first: $first, filter: $filter) {
    ${screen ? 'totalCount facets { natures { code count } categories { code count } }' : ''}
    edges { cursor node { id name nature divisionCode address contactPerson contactPhone admittedOn
      mainCategories { code name } products { id name categoryCode nature priceNote } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The same SQL the service runs, written out for mysql2 (no ORM, no GraphQL). */
function rawWhere(
  filter: Filter,
  jurisdiction: (code: string) => string[],
  except?: 'nature' | 'categories' | 'both',
): [string, unknown[]] {
  const parts = ["i.registryStatus = 'ADMITTED'"];
  const params: unknown[] = [];
  if (filter.divisionCode) {
    const codes = jurisdiction(filter.divisionCode);
    parts.push(`i.divisionCode IN (${codes.map(() => '?').join(',')})`);
    params.push(...codes);
  }
  if (filter.nature && except !== 'nature' && except !== 'both') {
    parts.push('i.nature = ?');
    params.push(filter.nature);
  }
  if (filter.categories?.length && except !== 'categories' && except !== 'both') {
    parts.push(
      `EXISTS (SELECT 1 FROM institution_main_category fm WHERE fm.institutionId = i.id AND fm.categoryCode IN (${filter.categories.map(() => '?').join(',')}))`,
    );
    params.push(...filter.categories);
  }
  if (filter.text) {
    const like = `%${filter.text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
    parts.push(
      "(i.name LIKE ? ESCAPE '!' OR EXISTS (SELECT 1 FROM service_product tp WHERE tp.institutionId = i.id AND tp.published = 1 AND tp.name LIKE ? ESCAPE '!'))",
    );
    params.push(like, like);
  }
  return [parts.join(' AND '), params];
}

async function rawBrowse(pool: mysql.Pool, scenario: Scenario, jurisdiction: (code: string) => string[]) {
  const filter = scenario.filter ?? {};
  const [where, params] = rawWhere(filter, jurisdiction);
  const [rows] = await pool.query<mysql.RowDataPacket[]>(
    `SELECT i.id, i.name, i.nature, i.divisionCode, i.address, i.contactPerson, i.contactPhone, i.admittedOn FROM institution i WHERE ${where} ORDER BY i.id ASC LIMIT ?`,
    [...params, PAGE + 1],
  );
  const page = rows.slice(0, PAGE);
  const ids = page.map((r) => r.id);
  const [cats] = ids.length
    ? await pool.query<mysql.RowDataPacket[]>(
        'SELECT m.institutionId, c.code, c.name FROM institution_main_category m INNER JOIN service_category c ON c.code = m.categoryCode WHERE m.institutionId IN (?) ORDER BY m.institutionId, m.position',
        [ids],
      )
    : [[]];
  const [products] = ids.length
    ? await pool.query<mysql.RowDataPacket[]>(
        'SELECT id, institutionId, name, categoryCode, nature, priceNote FROM service_product WHERE institutionId IN (?) AND published = 1 ORDER BY institutionId, id',
        [ids],
      )
    : [[]];
  const result: Record<string, unknown> = {
    edges: page.map((r) => ({
      node: {
        ...r,
        mainCategories: (cats as mysql.RowDataPacket[])
          .filter((c) => c.institutionId === r.id)
          .map((c) => ({ code: c.code, name: c.name })),
        products: (products as mysql.RowDataPacket[]).filter((p) => p.institutionId === r.id),
      },
    })),
    pageInfo: { hasNextPage: rows.length > PAGE },
  };
  if (scenario.screen && filter.text) {
    // One pass for total and facets, as the service does when a text filter is present.
    const [bw, bp] = rawWhere(filter, jurisdiction, 'both');
    const categoryOk = filter.categories?.length
      ? `CASE WHEN EXISTS (SELECT 1 FROM institution_main_category fm WHERE fm.institutionId = i.id AND fm.categoryCode IN (${filter.categories.map(() => '?').join(',')})) THEN 1 ELSE 0 END`
      : '1';
    const [groups] = await pool.query<mysql.RowDataPacket[]>(
      `SELECT i.nature AS gNature, m.categoryCode AS gCategory, ${categoryOk} AS gCategoryOk, COUNT(m.categoryCode) AS pairs,
         SUM(CASE WHEN m.categoryCode IS NULL OR NOT EXISTS (SELECT 1 FROM institution_main_category m2 WHERE m2.institutionId = i.id AND m2.categoryCode < m.categoryCode) THEN 1 ELSE 0 END) AS firsts
       FROM institution i LEFT JOIN institution_main_category m ON m.institutionId = i.id WHERE ${bw} GROUP BY i.nature, m.categoryCode, gCategoryOk`,
      [...(filter.categories ?? []), ...bp],
    );
    const natureOk = (n: string | null) => !filter.nature || n === filter.nature;
    result.totalCount = groups.filter((g) => Number(g.gCategoryOk) === 1 && natureOk(g.gNature)).reduce((t, g) => t + Number(g.firsts), 0);
    result.facets = groups;
  } else if (scenario.screen) {
    const [[count]] = await pool.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM institution i WHERE ${where}`, params);
    const [nw, np] = rawWhere(filter, jurisdiction, 'nature');
    const [cw, cp] = rawWhere(filter, jurisdiction, 'categories');
    const [facets] = await pool.query<mysql.RowDataPacket[]>(
      `SELECT 'N' AS dim, i.nature AS code, COUNT(*) AS cnt FROM institution i WHERE ${nw} AND i.nature IS NOT NULL GROUP BY i.nature
       UNION ALL SELECT 'C', m.categoryCode, COUNT(*) FROM institution_main_category m INNER JOIN institution i ON i.id = m.institutionId WHERE ${cw} GROUP BY m.categoryCode`,
      [...np, ...cp],
    );
    result.totalCount = count.n;
    result.facets = facets;
  }
  return result;
}

interface Measured {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

function autocannon(url: string, body: string, connections = CONNECTIONS, duration = DURATION, headers: string[] = []): Promise<Measured> {
  const bin = path.join(root, 'node_modules/autocannon/autocannon.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        bin,
        '-c',
        String(connections),
        '-d',
        String(duration),
        ...headers.flatMap((h) => ['-H', h]),
        '-t',
        '30',
        '-m',
        'POST',
        '-H',
        'content-type=application/json',
        '-b',
        body,
        '--json',
        url,
      ],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const r = JSON.parse(out);
        resolve({
          p50: r.latency.p50,
          p99: r.latency.p99,
          rps: r.requests.average,
          requests: r.requests.total,
          errors: r.errors + r.non2xx + r.timeouts,
        });
      } catch (e) {
        reject(new Error(`autocannon output not JSON: ${out.slice(0, 500)}`));
      }
    });
  });
}

const post = async (url: string, body: string, headers: string[] = []) => {
  const extra = Object.fromEntries(headers.map((h) => [h.slice(0, h.indexOf('=')), h.slice(h.indexOf('=') + 1)]));
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...extra }, body });
  return (await res.json()) as Record<string, any>;
};

function writeReport(section: string) {
  if (NO_WRITE) {
    console.log(section);
    return;
  }
  writeBenchSection('browse', section);
}

interface ScreenScenario {
  key: string;
  title: string;
  user: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
}

const fmtRatio = (gql: Measured, floor: Measured) => (floor.p50 > 0 ? `${(gql.p50 / floor.p50).toFixed(2)}×` : '—');

async function main() {
  const t0 = Date.now();
  const log = (msg: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
  // The machine is shared: the 1-minute load average, sampled during the measured part of the run, goes into the report.
  const loads: number[] = [];
  const loadTimer = setInterval(() => loads.push(os.loadavg()[0]), 5000);
  loadTimer.unref();
  const maria = await startMariaDb();
  const servers: http.Server[] = [];
  const pools: mysql.Pool[] = [];
  const sources: DataSource[] = [];
  const listen = async (s: http.Server) => {
    servers.push(s);
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    return (s.address() as AddressInfo).port;
  };
  try {
    const url = await createDatabase(maria.url, 'bench');
    const db = createDataSource({ databaseUrl: url, sqlitePath: '' });
    sources.push(db);
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await syncReferenceData(db);
    log('migrated');

    const divisions = await db.getRepository(Division).find({ order: { code: 'ASC' } });
    const generated = generateInstitutions(INSTITUTIONS, demoPlaces(divisions));
    const ids = await insertInstitutions(db, generated, 1000);
    log(`inserted ${ids.length} institutions (and their registry index rows)`);
    const admitted = generated.map((g, k) => ({ g, id: ids[k] })).filter((x) => x.g.registryStatus === 'ADMITTED');
    const products = generateProducts(admitted.map(({ g, id }) => ({ id, nature: g.nature, mainCategories: g.mainCategories })));
    await insertProducts(db, products, 1000);
    log(`inserted ${products.length} products for ${admitted.length} admitted institutions (index refreshed)`);
    await db.query('ANALYZE TABLE institution, institution_main_category, service_product, registry_entry, registry_facet, search_gram');
    const [{ v: mariaVersion }] = await db.query('SELECT VERSION() AS v');
    const [{ n: gramRows }] = await db.query('SELECT COUNT(*) AS n FROM search_gram');
    const [{ n: cellRows }] = await db.query('SELECT COUNT(*) AS n FROM registry_facet WHERE n > 0');
    if (KEEP) {
      log(`data ready at ${url.replace(/^mariadb:/, 'mysql:')} — Ctrl-C to stop`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
      return;
    }

    const config = {
      // A secret of its own, so loadConfig does not generate one into ./data.
      ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: crypto.randomBytes(32).toString('hex') } as NodeJS.ProcessEnv),
      databaseUrl: url,
      seedDemoData: false,
    };
    const clock = new FixedClock(new Date('2026-11-27T02:00:00Z'));
    const services = createServices(db, clock, config);
    const gqlUrl = `http://127.0.0.1:${await listen((await createApp(services)).httpServer)}/graphql`;

    // The main screens: a second database with the demo data (accounts, applications at every stage, bookings…).
    const screensUrl = await createDatabase(maria.url, 'screens');
    const screenServices = await bootstrap({ ...config, databaseUrl: screensUrl, seedDemoData: true }, clock);
    sources.push(screenServices.db);
    const screensGqlUrl = `http://127.0.0.1:${await listen((await createApp(screenServices)).httpServer)}/graphql`;
    log('screens database seeded');

    const poolOf = (u: string) => {
      const p = mysql.createPool({
        uri: u.replace(/^mariadb:/, 'mysql:'),
        connectionLimit: 10,
        charset: 'utf8mb4_unicode_ci',
        dateStrings: true,
      });
      pools.push(p);
      return p;
    };
    const pool = poolOf(url);
    const screensPool = poolOf(screensUrl);
    const jurisdiction = (code: string) => {
      const codes = services.divisions.jurisdiction(code);
      return codes === 'ALL' ? [] : codes;
    };
    // One raw server for every floor: {replay: key} replays captured statements, {scenario: key} runs the old LIKE path.
    const captured = new Map<string, { pool: mysql.Pool; statements: Captured }>();
    const rawUrl = `http://127.0.0.1:${await listen(
      http.createServer((req, res) => {
        let body = '';
        req.on('data', (d) => (body += d));
        req.on('end', async () => {
          try {
            const msg = JSON.parse(body) as { replay?: string; scenario?: string };
            let data: unknown;
            if (msg.replay) {
              const c = captured.get(msg.replay)!;
              data = await replay(c.pool, c.statements);
            } else {
              data = await rawBrowse(
                pool,
                SCENARIOS.find((x) => x.key === msg.scenario)!,
                jurisdiction,
              );
            }
            res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
          } catch (e) {
            res.writeHead(500).end(String(e));
          }
        });
      }),
    )}/raw`;
    log(`servers up: ${gqlUrl}, ${screensGqlUrl} and ${rawUrl}`);

    const rows: string[] = [];
    const measurePair = async (
      key: string,
      title: string,
      matches: string | number,
      target: { url: string; body: string; headers: string[]; db: DataSource; pool: mysql.Pool },
    ) => {
      const statements = await capture(target.db, () => post(target.url, target.body, target.headers));
      captured.set(key, { pool: target.pool, statements });
      const session = CPU_PROF && key === 'list' ? new inspector.Session() : undefined;
      const postSession = (method: string) =>
        new Promise<any>((resolve, reject) => session!.post(method, (err, res) => (err ? reject(err) : resolve(res))));
      if (session) {
        session.connect();
        await postSession('Profiler.enable');
        await postSession('Profiler.start');
      }
      const gql = await autocannon(target.url, target.body, CONNECTIONS, DURATION, target.headers);
      if (session) {
        const { profile } = await postSession('Profiler.stop');
        fs.writeFileSync(path.join(os.tmpdir(), 'browse-first-page.cpuprofile'), JSON.stringify(profile));
        console.log(
          `CPU profile of the first-page GraphQL row (${gql.requests} requests), self time by package:\n| where | ms | share |\n|---|---:|---:|\n${summarizeProfile(profile)}`,
        );
        session.disconnect();
      }
      log(`${key} graphql: p50 ${gql.p50} ms, p99 ${gql.p99} ms, ${gql.rps} req/s, ${gql.errors} errors, ${statements.length} SELECTs`);
      const raw = await autocannon(rawUrl, JSON.stringify({ replay: key }));
      log(`${key} floor: p50 ${raw.p50} ms, p99 ${raw.p99} ms, ${raw.rps} req/s, ${raw.errors} errors`);
      rows.push(
        `| ${title} | ${matches} | GraphQL (Apollo + TypeGraphQL + TypeORM) | ${gql.p50} | ${gql.p99} | ${Math.round(gql.rps)} | ${gql.errors} | ${statements.length} | **${fmtRatio(gql, raw)}** |`,
        `| | | floor: the same ${statements.length} statements via mysql2 | ${raw.p50} | ${raw.p99} | ${Math.round(raw.rps)} | ${raw.errors} | | |`,
      );
      return { gql, raw };
    };

    let firstPage: { url: string; body: string } | undefined;
    for (const scenario of SCENARIOS) {
      const gqlBody = JSON.stringify({ query: gqlQuery(scenario.screen), variables: { first: PAGE, filter: scenario.filter } });
      if (scenario.key === 'list') firstPage = { url: gqlUrl, body: gqlBody };
      // Same rows from GraphQL and the old LIKE path before measuring.
      const viaGql = await post(gqlUrl, gqlBody);
      if (viaGql.errors) throw new Error(JSON.stringify(viaGql.errors));
      const viaRaw = await post(rawUrl, JSON.stringify({ scenario: scenario.key }));
      const gqlIds = viaGql.data.browseInstitutions.edges.map((e: any) => Number(e.node.id));
      const rawIds = viaRaw.data.edges.map((e: any) => Number(e.node.id));
      if (JSON.stringify(gqlIds) !== JSON.stringify(rawIds)) throw new Error(`${scenario.key}: different rows ${gqlIds} vs ${rawIds}`);
      if (scenario.screen && viaGql.data.browseInstitutions.totalCount !== Number(viaRaw.data.totalCount))
        throw new Error(`${scenario.key}: different totals ${viaGql.data.browseInstitutions.totalCount} vs ${viaRaw.data.totalCount}`);
      const total = scenario.screen ? viaGql.data.browseInstitutions.totalCount : '—';
      await measurePair(scenario.key, scenario.title, total, { url: gqlUrl, body: gqlBody, headers: [], db, pool });
      if (scenario.filter?.text) {
        const like = await autocannon(rawUrl, JSON.stringify({ scenario: scenario.key }));
        log(`${scenario.key} LIKE baseline: p50 ${like.p50} ms, p99 ${like.p99} ms, ${like.rps} req/s`);
        rows.push(
          `| | | baseline: the old \`LIKE '%…%'\` statements via mysql2 | ${like.p50} | ${like.p99} | ${Math.round(like.rps)} | ${like.errors} | 4 | |`,
        );
      }
    }

    // The admin's own registry operation (booking statistics too), as the registry page sends it.
    const adminBrowse = JSON.stringify({ query: print(admin.BrowseInstitutionsDocument), variables: { first: PAGE } });
    await measurePair('admin-browse', '服务资源库页面（admin 的 BrowseInstitutions，含评分和按时答复率）', '—', {
      url: gqlUrl,
      body: adminBrowse,
      headers: [],
      db,
      pool,
    });

    const screenRows: string[] = [];
    const login = async (username: string) =>
      (
        await post(
          screensGqlUrl,
          JSON.stringify({
            query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
            variables: { u: username, p: DEMO_PASSWORD },
          }),
        )
      ).data.login.token as string;
    const [someApplication] = await screenServices.db.query('SELECT id FROM application ORDER BY id LIMIT 1');
    const SCREENS: ScreenScenario[] = [
      {
        key: 'applications',
        title: '入库审核（province，待审核）',
        user: 'province',
        document: admin.ApplicationsDocument,
        variables: { filter: {} },
      },
      {
        key: 'application',
        title: '申报详情',
        user: 'province',
        document: admin.ApplicationDocument,
        variables: { id: String(someApplication.id) },
      },
      { key: 'bookings', title: '预约处理（institution）', user: 'institution', document: admin.BookingInboxDocument, variables: {} },
      { key: 'audit', title: '审计日志（province）', user: 'province', document: admin.AuditLogsDocument, variables: { filter: {} } },
      { key: 'notices', title: '公示管理（province）', user: 'province', document: admin.NoticesDocument, variables: {} },
      { key: 'products', title: '服务产品（institution）', user: 'institution', document: admin.MyServiceProductsDocument, variables: {} },
    ];
    for (const screen of SCREENS) {
      const token = await login(screen.user);
      const body = JSON.stringify({ query: print(screen.document), variables: screen.variables });
      const check = await post(screensGqlUrl, body, [`authorization=Bearer ${token}`]);
      if (check.errors) throw new Error(`${screen.key}: ${JSON.stringify(check.errors)}`);
      const before = rows.length;
      await measurePair(screen.key, screen.title, '—', {
        url: screensGqlUrl,
        body,
        headers: [`authorization=Bearer ${token}`],
        db: screenServices.db,
        pool: screensPool,
      });
      screenRows.push(...rows.splice(before));
    }

    // Under load: the first page at 16 connections (p99), then 64 connections for LOAD_SECONDS, memory sampled.
    const load16 = await autocannon(firstPage!.url, firstPage!.body, 16, DURATION);
    log(`load 16: p50 ${load16.p50} ms, p99 ${load16.p99} ms, ${load16.rps} req/s, ${load16.errors} errors`);
    // Memory with a forced full GC before every sample (garbage not yet collected is not growth), every 5 s.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const mem: { rss: number; heap: number }[] = [];
    const sample = () => {
      gc();
      const m = process.memoryUsage();
      mem.push({ rss: m.rss / 2 ** 20, heap: m.heapUsed / 2 ** 20 });
    };
    sample();
    const timer = setInterval(sample, 5000);
    const load64 = await autocannon(firstPage!.url, firstPage!.body, 64, LOAD_SECONDS);
    clearInterval(timer);
    sample();
    log(`load 64: p50 ${load64.p50} ms, p99 ${load64.p99} ms, ${load64.rps} req/s, ${load64.errors} errors`);
    // After the run, once more, idle: what the process keeps.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    sample();
    const idle = mem[mem.length - 1];
    const during = mem.slice(0, -1);
    const third = Math.max(1, Math.floor(during.length / 3));
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const rssFirst = avg(during.slice(0, third).map((m) => m.rss));
    const rssLast = avg(during.slice(-third).map((m) => m.rss));
    const heapFirst = avg(during.slice(0, third).map((m) => m.heap));
    const heapLast = avg(during.slice(-third).map((m) => m.heap));
    clearInterval(loadTimer);
    const loadRange = loads.length ? `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` : os.loadavg()[0].toFixed(1);

    const date = new Date().toISOString().slice(0, 10);
    writeReport(`## Registry browsing and the main screens, ${INSTITUTIONS.toLocaleString('en-US')} institutions

Measured ${date} by \`tools/bench/browse.ts\` (one run; every figure below is from it): ${INSTITUTIONS.toLocaleString('en-US')}
institutions from the demo generator (${admitted.length.toLocaleString('en-US')} admitted) and ${products.length.toLocaleString('en-US')} service
products in MariaDB, indexed by \`RegistryIndex\` (${Number(gramRows).toLocaleString('en-US')} bigram rows, ${Number(cellRows).toLocaleString('en-US')} non-empty
count rows); page size ${PAGE}; autocannon, ${CONNECTIONS} connections, ${DURATION} s per row, loopback.

**Floor** of each row: a bare \`http\` handler replaying, through a mysql2 pool (10 connections, like the API's), exactly the
SELECT statements the GraphQL request sent (captured once from TypeORM's logger, same SQL and parameters; statements the
API issued side by side are replayed side by side) and serialising the rows. "Ratio" is GraphQL p50 / floor p50 of
the same run. The text rows also show the **old path** (\`LIKE '%…%'\` over names and product names with the one-pass
total and facets, written out for mysql2) as the baseline the bigram index replaced. Servers, MariaDB and autocannon
share the machine, and so do five other engineers' builds and tests: the 1-minute load average on these 2 cores was
**${loadRange}** during the run (sampled every 5 s), so read every figure against its floor in the same row:

${machineLines(mariaVersion)}

| request | matches | server | p50 ms | p99 ms | req/s | errors | SELECTs | ratio |
|---|---:|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

### Main screens (admin operations from the generated documents, demo data on a second database)

| screen | | server | p50 ms | p99 ms | req/s | errors | SELECTs | ratio |
|---|---:|---|---:|---:|---:|---:|---:|---:|
${screenRows.join('\n')}

### Under load (first page, no filter)

| run | p50 ms | p99 ms | req/s | requests | errors |
|---|---:|---:|---:|---:|---:|
| 16 connections, ${DURATION} s | ${load16.p50} | ${load16.p99} | ${Math.round(load16.rps)} | ${load16.requests} | ${load16.errors} |
| 64 connections, ${LOAD_SECONDS} s | ${load64.p50} | ${load64.p99} | ${Math.round(load64.rps)} | ${load64.requests} | ${load64.errors} |

Memory of the API process during the 64-connection run, each sample after a forced full GC (every 5 s, ${during.length}
samples; the process also holds the idle floor server): JS heap used ${heapFirst.toFixed(0)} MiB in the first third →
${heapLast.toFixed(0)} MiB in the last third, ${idle.heap.toFixed(0)} MiB idle 2 s after the run; RSS ${rssFirst.toFixed(0)} → ${rssLast.toFixed(0)} MiB
(max ${Math.max(...mem.map((m) => m.rss)).toFixed(0)} MiB), ${idle.rss.toFixed(0)} MiB idle.

How to run (about ${Math.ceil((Date.now() - t0) / 60000)} minutes here; needs \`mariadbd\` installed, nothing else):

\`\`\`
SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/browse.ts [--institutions 100000] [--duration 10] [--load-seconds 60]
\`\`\``);
    log('wrote docs/benchmarks.md');
  } finally {
    // Requests autocannon gave up on may still be running: close the servers before the pools under them.
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
    for (const p of pools) await p.end();
    for (const d of sources) if (d.isInitialized) await d.destroy();
    await maria.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
