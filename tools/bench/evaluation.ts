/**
 * The annual evaluation at province scale (issue #10): N institutions admitted in 2025, a year of bookings (100 per
 * institution) and 4 quarterly reports each, in a throwaway MariaDB. Measures opening the 2025 campaign and refreshing
 * it through the service (snapshot + set-based figures + totals), the statements it sends replayed by bare mysql2 in
 * one run (the floor), and the scoring desk's next-sheet request through the real GraphQL stack (p50, statements).
 * Writes docs/benchmarks.md.
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/evaluation.ts [--institutions 10000] [--bookings 100]
 */
import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import mysql from 'mysql2/promise';
import { QueryRunner } from 'typeorm';
import { generateInstitutions } from '@hebei/demo-data';
import { createApp } from '../../apps/api/src/app';
import { FixedClock } from '../../apps/api/src/common/clock';
import { loadConfig } from '../../apps/api/src/common/config';
import { Role } from '../../apps/api/src/common/enums';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { generateProducts, insertProducts } from '../../apps/api/src/database/demo-seed-services';
import { demoPlaces, insertInstitutions } from '../../apps/api/src/database/demo-seed';
import { syncReferenceData } from '../../apps/api/src/database/reference-data';
import { hashPassword } from '../../apps/api/src/modules/auth/password';
import { Division } from '../../apps/api/src/modules/division/division.entity';
import { createServices } from '../../apps/api/src/services';
import { createDatabase, startMariaDb } from '../test-db/mariadb';
import { numberArg, writeBenchSection } from './report';

const arg = numberArg;
const INSTITUTIONS = arg('institutions', 10_000);
const BOOKINGS_EACH = arg('bookings', 100);
const NEXT_RUNS = 60;
const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const maria = await startMariaDb();
  let db: ReturnType<typeof createDataSource> | undefined;
  let close: (() => Promise<void>) | undefined;
  try {
    const url = await createDatabase(maria.url, 'bench_eval');
    db = createDataSource({ databaseUrl: url, sqlitePath: '' });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await syncReferenceData(db);
    const divisions = await db.getRepository(Division).find({ order: { code: 'ASC' } });
    const generated = generateInstitutions(INSTITUTIONS, demoPlaces(divisions)).map((g) => ({
      ...g,
      registryStatus: 'ADMITTED',
      admittedOn: '2024-11-20',
    }));
    const ids = await insertInstitutions(db, generated as never, 1000);
    const products = generateProducts(
      ids.map((id, k) => ({ id, nature: generated[k].nature, mainCategories: generated[k].mainCategories })),
    );
    await insertProducts(db, products, 1000);
    await db.query(`INSERT INTO enterprise (name, uscc, divisionCode) VALUES ('基准测试企业', '91130100MA0BENCH01', '130102')`);
    await db.query(
      `INSERT INTO user_account (username, passwordHash, role, displayName, divisionCode) VALUES ('province', ?, ?, '河北省工业和信息化厅', '130000')`,
      [await hashPassword('Bench#2026'), Role.PROVINCE],
    );
    log(`${ids.length} institutions, ${products.length} products`);
    // A year of bookings, set-based on the server (MariaDB's sequence engine): in time, late, declined, completed, rated.
    await db.query(
      `INSERT INTO service_booking (productId, productName, institutionId, divisionCode, enterpriseId, need, contactPerson, contactPhone,
         status, requestedAt, requestDate, responseDeadline, respondedAt, respondedOn, completedAt, rating, version)
       SELECT p.id, p.name, p.institutionId, i.divisionCode, 1, '需求', '王强', '13900000000',
         CASE WHEN s.seq % 10 = 0 THEN 'DECLINED' WHEN s.seq % 10 < 7 THEN 'COMPLETED' ELSE 'ACCEPTED' END,
         TIMESTAMP(DATE_ADD('2025-01-02', INTERVAL (s.seq * 3 + i.id) % 340 DAY), '02:00:00'),
         DATE_ADD('2025-01-02', INTERVAL (s.seq * 3 + i.id) % 340 DAY),
         DATE_ADD('2025-01-09', INTERVAL (s.seq * 3 + i.id) % 340 DAY),
         TIMESTAMP(DATE_ADD('2025-01-02', INTERVAL (s.seq * 3 + i.id) % 340 + (s.seq + i.id) % 10 DAY), '02:00:00'),
         DATE_ADD('2025-01-02', INTERVAL (s.seq * 3 + i.id) % 340 + (s.seq + i.id) % 10 DAY),
         NULL,
         CASE WHEN s.seq % 10 BETWEEN 1 AND 6 THEN 1 + (s.seq + i.id) % 5 ELSE NULL END, 1
       FROM institution i
       JOIN service_product p ON p.id = (SELECT MIN(p2.id) FROM service_product p2 WHERE p2.institutionId = i.id)
       JOIN seq_1_to_${BOOKINGS_EACH} s`,
    );
    await db.query(
      `INSERT INTO service_report (institutionId, divisionCode, deadline, periodStart, status, enterprisesServed, publicWelfareCount, submittedAt, submittedOn, onTime, version)
       SELECT i.id, i.divisionCode, d.deadline, '2024-11-20', 'SUBMITTED', 10 + (i.id + s.seq) % 30, (i.id + s.seq) % 3,
         TIMESTAMP(DATE_ADD(d.deadline, INTERVAL IF((i.id + s.seq) % 7 = 0, 3, -2) DAY), '02:00:00'),
         DATE_ADD(d.deadline, INTERVAL IF((i.id + s.seq) % 7 = 0, 3, -2) DAY), IF((i.id + s.seq) % 7 = 0, 0, 1), 1
       FROM institution i
       JOIN seq_1_to_4 s
       JOIN (SELECT 1 AS k, DATE('2025-03-15') AS deadline UNION ALL SELECT 2, '2025-06-15' UNION ALL SELECT 3, '2025-09-15' UNION ALL SELECT 4, '2025-12-15') d ON d.k = s.seq`,
    );
    await db.query('ANALYZE TABLE institution, service_booking, service_report');
    const [[{ b }], [{ r }]] = [
      await db.query('SELECT COUNT(*) AS b FROM service_booking'),
      await db.query('SELECT COUNT(*) AS r FROM service_report'),
    ];
    log(`${b} bookings, ${r} reports`);

    const config = {
      ...loadConfig({ NODE_ENV: 'test' } as NodeJS.ProcessEnv),
      databaseUrl: url,
      seedDemoData: false,
      jwtSecret: 'bench-secret',
    };
    const services = createServices(db, new FixedClock(new Date('2026-01-20T02:00:00Z')), config);
    await services.divisions.load();
    const user = {
      id: 1,
      username: 'province',
      role: Role.PROVINCE,
      displayName: '河北省工业和信息化厅',
      divisionCode: '130000',
      institutionId: null,
      enterpriseId: null,
    };
    const actor = { ip: null, user };

    // Record every statement the service sends (for the floor), and count them.
    const recorded: [string, unknown[]][] = [];
    let recording = false;
    const create = db.driver.createQueryRunner.bind(db.driver);
    db.driver.createQueryRunner = (mode) => {
      const runner: QueryRunner = create(mode);
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, params?: unknown[], ...rest: unknown[]) => {
        if (recording) recorded.push([sql, params ?? []]);
        return (query as (...a: unknown[]) => Promise<unknown>)(sql, params, ...rest);
      }) as QueryRunner['query'];
      return runner;
    };
    const rubricId = (await db.query('SELECT MIN(id) AS id FROM evaluation_rubric'))[0].id;
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const rssBefore = process.memoryUsage().rss;
    let t = Date.now();
    recording = true;
    const campaign = await services.evaluations.openCampaign(
      { year: 2025, rubricId: String(rubricId), referenceDate: '2025-12-31' },
      actor,
    );
    recording = false;
    const openMs = Date.now() - t;
    const openStatements = recorded.length;
    log(`open: ${openMs} ms, ${openStatements} statements`);
    recorded.length = 0;
    t = Date.now();
    recording = true;
    await services.evaluations.refresh(campaign.id, actor);
    recording = false;
    const refreshMs = Date.now() - t;
    const refreshStatements = [...recorded];
    clearInterval(sampler);
    log(
      `refresh: ${refreshMs} ms, ${refreshStatements.length} statements; rss ${Math.round(rssBefore / 1e6)} → peak ${Math.round(peakRss / 1e6)} MB`,
    );

    // Floor: the refresh's statements, replayed by bare mysql2 in one run.
    const raw = await mysql.createConnection({ uri: url.replace(/^mariadb:/, 'mysql:'), charset: 'utf8mb4_unicode_ci' });
    t = Date.now();
    for (const [sql, params] of refreshStatements) {
      if (/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(sql.trim())) await raw.query(sql);
      else await raw.query(sql, params);
    }
    const floorRefreshMs = Date.now() - t;
    log(`floor (mysql2, same SQL): ${floorRefreshMs} ms`);

    // The next-sheet request through the GraphQL stack.
    const app = await createApp(services);
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    close = async () => {
      await app.apollo.stop();
      await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
    };
    const gqlUrl = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
    const post = async (query: string, variables: Record<string, unknown>, token?: string) =>
      (await (
        await fetch(gqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as { data?: any; errors?: unknown };
    const token = (
      await post('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'province', p: 'Bench#2026' })
    ).data.login.token;
    const NEXT = `query($c: ID!, $a: ID!) { nextPendingEvaluationSheet(campaignId: $c, afterId: $a) { id version institutionName total grade
      indicators { code kind points source count base value notApplicable score cityScore comment maxScore } } }`;
    const sheetIds: number[] = (
      await db.query('SELECT id FROM evaluation_sheet WHERE campaignId = ? ORDER BY id LIMIT ?', [campaign.id, NEXT_RUNS + 5])
    ).map((x: { id: number }) => Number(x.id));
    const times: number[] = [];
    const counts: number[] = [];
    let lastStatements: [string, unknown[]][] = [];
    for (let k = 0; k < NEXT_RUNS; k++) {
      recorded.length = 0;
      recording = true;
      const s = performance.now();
      const res = await post(NEXT, { c: String(campaign.id), a: String(sheetIds[k]) }, token);
      times.push(performance.now() - s);
      recording = false;
      if (res.errors || !res.data.nextPendingEvaluationSheet) throw new Error(JSON.stringify(res.errors));
      counts.push(recorded.length);
      lastStatements = [...recorded];
    }
    const floorTimes: number[] = [];
    for (let k = 0; k < NEXT_RUNS; k++) {
      const s = performance.now();
      for (const [sql, params] of lastStatements) await raw.query(sql, params);
      floorTimes.push(performance.now() - s);
    }
    await raw.end();
    const nextP50 = p50(times);
    log(
      `next sheet: p50 ${nextP50.toFixed(1)} ms, ${Math.max(...counts)} statements (auth included); floor p50 ${p50(floorTimes).toFixed(1)} ms`,
    );

    const [{ v: mariaVersion }] = await db.query('SELECT VERSION() AS v');
    const section = [
      '## Annual evaluation at province scale (issue #10)',
      '',
      `Run on ${new Date().toISOString().slice(0, 10)} (wall clock of the run) — MariaDB ${mariaVersion}, Node ${process.version}, ${os.cpus().length} cores shared with other work.`,
      `Data: ${INSTITUTIONS} institutions admitted before 2025, ${b} bookings requested in 2025, ${r} quarterly reports.`,
      '',
      '| step | time | statements | floor (bare mysql2, same SQL, one run) |',
      '|---|---:|---:|---:|',
      `| open the 2025 campaign (lock rubric, snapshot ${INSTITUTIONS} sheets, figures, totals) | ${(openMs / 1000).toFixed(1)} s | ${openStatements} | — |`,
      `| refresh the computed indicators | ${(refreshMs / 1000).toFixed(1)} s | ${refreshStatements.length} | ${(floorRefreshMs / 1000).toFixed(1)} s |`,
      `| next sheet (\`nextPendingEvaluationSheet\`, GraphQL, p50 of ${NEXT_RUNS}) | ${nextP50.toFixed(1)} ms | ${Math.max(...counts)} (auth included) | ${p50(floorTimes).toFixed(1)} ms |`,
      '',
      `Memory: RSS ${Math.round(rssBefore / 1e6)} MB before opening, peak ${Math.round(peakRss / 1e6)} MB during open + refresh (the figures never come to Node;`,
      `totals are computed in pages of 500 sheets and written with one \`CASE\` per page).`,
      '',
      'How to run (needs `mariadbd`):',
      '',
      '```',
      'SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/evaluation.ts [--institutions 10000] [--bookings 100]',
      '```',
    ].join('\n');
    writeBenchSection('evaluation', section);
    log('wrote docs/benchmarks.md');
  } finally {
    await close?.();
    await db?.destroy();
    await maria.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
