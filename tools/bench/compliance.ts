/**
 * Reporting compliance at province scale (issue #9, Performance): 100k admitted institutions × 8 closed report periods
 * (~800k quarterly reports: on time, late and missing) in a throwaway MariaDB. Measures
 *  (a) the escalation job — `ComplianceService.escalate`, the method the `compliance-escalation` job runs — on that
 *      data, then a second run for the same date (which must write nothing), each beside the very statements it sent
 *      (captured from TypeORM's logger) replayed through one mysql2 connection on the same data as the floor;
 *  (b) the province's 填报监测 first page — the admin's `ReportingCompliance` (and `ReportingComplianceSummary`)
 *      operations from the generated documents, through GraphQL, sequential requests — beside a bare `http` handler
 *      replaying the SELECTs the request sent through a mysql2 pool.
 * Writes its section of docs/benchmarks.md.
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/compliance.ts [--institutions 100000] [--runs 30]
 * --keep loads the data, prints the database URL and waits (Ctrl-C) instead of measuring, for EXPLAIN sessions;
 * --no-write prints the section instead of rewriting docs/benchmarks.md.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';
import { DocumentNode, print } from 'graphql';
import { DataSource } from 'typeorm';
import { addDays, closedReportDeadlines, currentReportDeadline, IsoDate, reportDeadlinesBetween, reportPeriodStart } from '@hebei/domain';
import { generateInstitutions, prng } from '@hebei/demo-data';
import { ReportingComplianceDocument, ReportingComplianceSummaryDocument } from '../../apps/admin/src/graphql/generated/graphql';
import { createApp } from '../../apps/api/src/app';
import { FixedClock } from '../../apps/api/src/common/clock';
import { loadConfig } from '../../apps/api/src/common/config';
import { SYSTEM_ACTOR } from '../../apps/api/src/common/context';
import { Role } from '../../apps/api/src/common/enums';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { DEMO_PASSWORD, demoPlaces } from '../../apps/api/src/database/demo-seed';
import { syncReferenceData } from '../../apps/api/src/database/reference-data';
import { hashPassword } from '../../apps/api/src/modules/auth/password';
import { Division } from '../../apps/api/src/modules/division/division.entity';
import { Institution } from '../../apps/api/src/modules/institution/institution.entity';
import { createServices } from '../../apps/api/src/services';
import { createDatabase, startMariaDb } from '../test-db/mariadb';
import { Captured, capture, replay } from './capture';
import { machineLines, numberArg, percentile, writeBenchSection } from './report';

const INSTITUTIONS = numberArg('institutions', 100_000);
const RUNS = numberArg('runs', 30);
const KEEP = process.argv.includes('--keep');
const NO_WRITE = process.argv.includes('--no-write');
const PAGE = 20;
/** Thursday after the 2026-09-15 deadline's quarter: 8 closed deadlines (2024-12-15 … 2026-09-15), 2026-12-15 open. */
const NOW = new Date('2026-11-27T02:00:00Z');
const TODAY: IsoDate = '2026-11-27';
/** Admissions between these dates: every institution's first deadline is 2024-12-15. */
const ADMITTED_FROM: IsoDate = '2024-09-16';
const ADMITTED_DAYS = 89;
/** Tables the escalation writes (all empty before the first run): emptied to replay the first run's statements. */
const WRITTEN = ['compliance_notice', 'removal_case', 'user_notification', 'audit_log'] as const;

const ms = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toString());
const n0 = (x: number) => x.toLocaleString('en-US');

async function post(url: string, body: unknown, token?: string): Promise<Record<string, any>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, any>;
}

/**
 * Every institution's reports for the 8 closed deadlines and the open one. Three habits: diligent (75%: on time 93%,
 * late 4%, missing 3%), irregular (17%: 60 / 15 / 25) and lapsing (8%: on time for 2–6 periods, then late 30% or missing).
 */
function* reportRows(institutions: { id: number; divisionCode: string; admittedOn: IsoDate }[]) {
  const rnd = prng(20269);
  const closed = reportDeadlinesBetween('2024-09-15', addDays(TODAY, -1));
  const current = currentReportDeadline(TODAY);
  const stats = { onTime: 0, late: 0, missing: 0, currentSubmitted: 0, currentDraft: 0 };
  const rowsOut: unknown[][] = [];
  const row = (inst: { id: number; divisionCode: string; admittedOn: IsoDate }, deadline: IsoDate, submittedOn: IsoDate | null) => {
    const served = 20 + Math.floor(rnd() * 60);
    const submittedAt = submittedOn ? new Date(`${submittedOn}T02:00:00Z`) : null;
    return [
      inst.id,
      inst.divisionCode,
      deadline,
      reportPeriodStart(deadline, inst.admittedOn),
      submittedOn ? 'SUBMITTED' : 'DRAFT',
      served + Math.floor(rnd() * 40),
      served,
      Math.floor(served / 4),
      1 + Math.floor(rnd() * 5),
      '参加“百场万家”公益服务活动，为县域企业提供免费诊断。',
      '举办专题对接会1场，参加市级服务活动2场。',
      Math.round((30 + rnd() * 150) * 100) / 100,
      '本期围绕县域中小企业需求开展上门诊断和线上咨询，服务质量稳定，企业反馈良好。',
      submittedOn ? Math.floor(rnd() * 12) : null,
      submittedOn ? Math.floor(rnd() * 8) : null,
      submittedOn ? Math.floor(rnd() * 6) : null,
      submittedAt,
      submittedOn,
      submittedOn !== null && submittedOn <= deadline ? 1 : 0,
      1,
      submittedAt ?? new Date(`${deadline}T02:00:00Z`),
      submittedAt ?? new Date(`${deadline}T02:00:00Z`),
    ];
  };
  for (const inst of institutions) {
    const habit = rnd();
    const lapseAfter = 2 + Math.floor(rnd() * 5);
    closed.forEach((deadline, k) => {
      const r = rnd();
      let kind: 'onTime' | 'late' | 'missing';
      if (habit < 0.75) kind = r < 0.93 ? 'onTime' : r < 0.97 ? 'late' : 'missing';
      else if (habit < 0.92) kind = r < 0.6 ? 'onTime' : r < 0.75 ? 'late' : 'missing';
      else kind = k < lapseAfter ? 'onTime' : r < 0.3 ? 'late' : 'missing';
      stats[kind]++;
      if (kind === 'missing') return;
      const submittedOn = kind === 'onTime' ? addDays(deadline, -Math.floor(rnd() * 20)) : addDays(deadline, 1 + Math.floor(rnd() * 40));
      // A late report submitted after today does not exist yet.
      if (submittedOn >= TODAY) {
        stats[kind]--;
        stats.missing++;
        return;
      }
      rowsOut.push(row(inst, deadline, submittedOn));
    });
    const c = rnd();
    if (c < 0.3) {
      stats.currentSubmitted++;
      rowsOut.push(row(inst, current, addDays(TODAY, -Math.floor(rnd() * 30))));
    } else if (c < 0.4) {
      stats.currentDraft++;
      rowsOut.push(row(inst, current, null));
    }
    if (rowsOut.length >= 5000) yield rowsOut.splice(0);
  }
  if (rowsOut.length) yield rowsOut.splice(0);
  return stats;
}
const REPORT_COLUMNS = [
  'institutionId',
  'divisionCode',
  'deadline',
  'periodStart',
  'status',
  'servicesDelivered',
  'enterprisesServed',
  'pointToPointServed',
  'publicWelfareCount',
  'publicWelfareDescription',
  'activities',
  'serviceRevenue',
  'narrative',
  'bookingsReceived',
  'bookingsAnsweredInTime',
  'bookingsCompleted',
  'submittedAt',
  'submittedOn',
  'onTime',
  'version',
  'createdAt',
  'updatedAt',
];

async function countWritten(conn: mysql.Connection): Promise<Record<(typeof WRITTEN)[number], number>> {
  const out = {} as Record<(typeof WRITTEN)[number], number>;
  for (const t of WRITTEN) {
    const [[r]] = await conn.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${t}`);
    out[t] = Number(r.n);
  }
  return out;
}

async function emptyWritten(conn: mysql.Connection) {
  await conn.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const t of WRITTEN) await conn.query(`TRUNCATE TABLE ${t}`);
  await conn.query('SET FOREIGN_KEY_CHECKS = 1');
}

/** The statements of a job run, one after the other on one connection (as the job's transaction sent them). */
async function replaySerial(conn: mysql.Connection, statements: Captured): Promise<number> {
  const t = performance.now();
  for (const st of statements) await conn.query(st.sql, st.params);
  return performance.now() - t;
}

const kinds = (statements: Captured) => {
  const count = new Map<string, number>();
  for (const st of statements) {
    const m = /^\s*(\w+)(?:\s+(?:IGNORE\s+)?INTO\s+`?(\w+)`?|.*?\bFROM\s+`?(\w+)`?)?/is.exec(st.sql);
    const key = m ? `${m[1].toUpperCase()}${m[2] ? ` ${m[2]}` : m[3] ? ` ${m[3]}` : ''}` : st.sql.slice(0, 20);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return [...count.entries()].map(([k, v]) => `${v} × ${k}`).join(', ');
};

async function main() {
  const t0 = Date.now();
  const log = (msg: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
  const maria = await startMariaDb();
  const servers: http.Server[] = [];
  let pool: mysql.Pool | undefined;
  let conn: mysql.Connection | undefined;
  let db: DataSource | undefined;
  const listen = async (s: http.Server) => {
    servers.push(s);
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    return (s.address() as AddressInfo).port;
  };
  try {
    const url = await createDatabase(maria.url, 'bench_compliance');
    const rawUrl = url.replace(/^mariadb:/, 'mysql:');
    db = createDataSource({ databaseUrl: url, sqlitePath: '' });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await syncReferenceData(db);
    log('migrated');

    // Institutions from the demo generator, every one admitted in the autumn of 2024 (8 closed deadlines each).
    const divisions = await db.getRepository(Division).find({ order: { code: 'ASC' } });
    const rndAdmit = prng(20248);
    const generated = generateInstitutions(INSTITUTIONS, demoPlaces(divisions)).map((g) => ({
      ...g,
      registryStatus: 'ADMITTED' as const,
      admittedOn: addDays(ADMITTED_FROM, Math.floor(rndAdmit() * ADMITTED_DAYS)),
    }));
    const institutions: { id: number; divisionCode: string; admittedOn: IsoDate }[] = [];
    for (let i = 0; i < generated.length; i += 1000) {
      const part = generated.slice(i, i + 1000);
      const result = await db.getRepository(Institution).insert(part.map(({ mainCategories: _c, ...r }) => r as Partial<Institution>));
      result.identifiers.forEach((x, k) =>
        institutions.push({ id: Number(x.id), divisionCode: part[k].divisionCode, admittedOn: part[k].admittedOn }),
      );
    }
    log(`inserted ${n0(institutions.length)} admitted institutions`);

    conn = await mysql.createConnection({ uri: rawUrl, charset: 'utf8mb4_unicode_ci', timezone: 'Z', dateStrings: true });
    const gen = reportRows(institutions);
    let reports = 0;
    let step = gen.next();
    while (!step.done) {
      await conn.query(`INSERT INTO service_report (${REPORT_COLUMNS.join(', ')}) VALUES ?`, [step.value]);
      reports += step.value.length;
      step = gen.next();
    }
    const mix = step.value;
    log(`inserted ${n0(reports)} service reports (${JSON.stringify(mix)})`);

    // Accounts: one per institution (the 通报 and cases notify them), each city bureau, the province.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const cities = divisions.filter((d) => /^13\d\d00$/.test(d.code) && d.code !== '130000');
    const accounts: unknown[][] = [
      ['province', 'province', passwordHash, Role.PROVINCE, '河北省工业和信息化厅', '130000', null],
      ...cities.map((c) => [`city${c.code}`, `city${c.code}`, passwordHash, Role.CITY, `${c.name}工业和信息化局`, c.code, null]),
      ...institutions.map((x) => [`inst${x.id}`, `inst${x.id}`, passwordHash, Role.INSTITUTION, `机构${x.id}`, null, x.id]),
    ];
    for (let i = 0; i < accounts.length; i += 5000)
      await conn.query(
        'INSERT INTO user_account (username, usernameKey, passwordHash, role, displayName, divisionCode, institutionId) VALUES ?',
        [accounts.slice(i, i + 5000)],
      );
    await conn.query('ANALYZE TABLE institution, service_report, user_account, compliance_notice, removal_case');
    const [[{ v: mariaVersion }]] = await conn.query<mysql.RowDataPacket[]>('SELECT VERSION() AS v');
    log(`inserted ${n0(accounts.length)} accounts; analyzed`);
    if (KEEP) {
      log(`data ready at ${rawUrl} — Ctrl-C to stop`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
      return;
    }

    const config = {
      ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: crypto.randomBytes(32).toString('hex') } as NodeJS.ProcessEnv),
      databaseUrl: url,
      seedDemoData: false,
    };
    const services = createServices(db, new FixedClock(NOW), config);
    // The app loads the division tree the job's per-city summaries need.
    const gqlUrl = `http://127.0.0.1:${await listen((await createApp(services)).httpServer)}/graphql`;

    // (a) The escalation job: first run (writes the 通报, cases, notices and the audit row), then the same date again.
    const escalate = () => services.compliance.escalate(NOW, SYSTEM_ACTOR);
    let firstResult: Awaited<ReturnType<typeof escalate>> | undefined;
    let t = performance.now();
    const firstStatements = await capture(db, async () => (firstResult = await escalate()), false);
    const firstMs = performance.now() - t;
    const afterFirst = await countWritten(conn);
    log(
      `escalation #1: ${ms(firstMs)} ms, ${JSON.stringify(firstResult)}, ${firstStatements.length} statements; rows ${JSON.stringify(afterFirst)}`,
    );
    let secondResult: Awaited<ReturnType<typeof escalate>> | undefined;
    t = performance.now();
    const secondStatements = await capture(db, async () => (secondResult = await escalate()), false);
    const secondMs = performance.now() - t;
    const afterSecond = await countWritten(conn);
    const wroteNothing = WRITTEN.every((k) => afterSecond[k] === afterFirst[k]);
    log(
      `escalation #2: ${ms(secondMs)} ms, ${JSON.stringify(secondResult)}, ${secondStatements.length} statements; wrote nothing: ${wroteNothing}`,
    );
    if (!wroteNothing || secondResult!.noticesIssued || secondResult!.casesOpened) throw new Error('the second run wrote rows');

    // Floors: the first run's statements on the same data (the written tables emptied first), then the second run's.
    const noticeSql = firstStatements.find((s) => /INTO compliance_notice/.test(s.sql));
    await emptyWritten(conn);
    const firstFloorMs = await replaySerial(conn, firstStatements);
    const afterReplay = await countWritten(conn);
    if (WRITTEN.some((k) => afterReplay[k] !== afterFirst[k])) throw new Error(`replay wrote ${JSON.stringify(afterReplay)}`);
    const secondFloorMs = await replaySerial(conn, secondStatements);
    log(`floors: first ${ms(firstFloorMs)} ms, second ${ms(secondFloorMs)} ms`);
    let explain = '';
    if (noticeSql) {
      const select = noticeSql.sql.replace(/^[\s\S]*?INTO compliance_notice \([^)]*\)\s*/, '');
      const [plan] = await conn.query<mysql.RowDataPacket[]>(`EXPLAIN ${select}`, noticeSql.params);
      explain = plan
        .map(
          (p) => `| ${p.id} | ${p.select_type} | ${p.table} | ${p.type} | ${p.key ?? ''} | ${n0(Number(p.rows ?? 0))} | ${p.Extra ?? ''} |`,
        )
        .join('\n');
    }

    // (b) The province's 填报监测: the admin's operations through GraphQL, beside the same SELECTs through mysql2.
    const token = (
      await post(gqlUrl, {
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: 'province', p: DEMO_PASSWORD },
      })
    ).data.login.token as string;
    pool = mysql.createPool({ uri: rawUrl, connectionLimit: 10, charset: 'utf8mb4_unicode_ci', timezone: 'Z', dateStrings: true });
    const captured = new Map<string, Captured>();
    const rawBase = `http://127.0.0.1:${await listen(
      http.createServer((req, res) => {
        let body = '';
        req.on('data', (d) => (body += d));
        req.on('end', async () => {
          try {
            const rows = await replay(pool!, captured.get(JSON.parse(body).replay)!);
            res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ rows }));
          } catch (e) {
            res.writeHead(500).end(String(e));
          }
        });
      }),
    )}`;
    const screens: { key: string; title: string; document: DocumentNode; variables: Record<string, unknown> }[] = [
      {
        key: 'monitor',
        title: '填报监测第一页（全省，20条，最近4期 + 本期）',
        document: ReportingComplianceDocument,
        variables: { filter: {}, first: PAGE },
      },
      {
        key: 'monitor-missed',
        title: '同上，筛选连续未报≥2期',
        document: ReportingComplianceDocument,
        variables: { filter: { minConsecutiveMisses: 2 }, first: PAGE },
      },
      { key: 'summary', title: '填报监测汇总（全省按市）', document: ReportingComplianceSummaryDocument, variables: {} },
    ];
    const timed = async (fn: () => Promise<unknown>) => {
      const s = performance.now();
      await fn();
      return performance.now() - s;
    };
    const screenRows: string[] = [];
    const results: Record<string, { gql: number; raw: number; selects: number }> = {};
    for (const s of screens) {
      const body = { query: print(s.document), variables: s.variables };
      const first = await post(gqlUrl, body, token);
      if (first.errors) throw new Error(`${s.key}: ${JSON.stringify(first.errors)}`);
      const statements = await capture(db, () => post(gqlUrl, body, token), true);
      captured.set(s.key, statements);
      const gql: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        gql.push(await timed(() => post(gqlUrl, body, token)));
        raw.push(await timed(() => post(rawBase, { replay: s.key })));
      }
      const data = first.data.reportingCompliance;
      const shown = data ? `${data.edges.length} / ${n0(data.totalCount)}` : `${first.data.reportingComplianceSummary.rows.length} 组`;
      results[s.key] = { gql: percentile(gql, 50), raw: percentile(raw, 50), selects: statements.length };
      log(`${s.key}: GraphQL p50 ${ms(percentile(gql, 50))} ms, raw p50 ${ms(percentile(raw, 50))} ms, ${statements.length} SELECTs`);
      screenRows.push(
        `| ${s.title} | ${shown} | GraphQL (Apollo + TypeGraphQL + TypeORM) | ${ms(percentile(gql, 50))} | ${ms(percentile(gql, 90))} | ${ms(Math.max(...gql))} | ${statements.length} | **${(percentile(gql, 50) / percentile(raw, 50)).toFixed(2)}×** |`,
        `| | | floor: the same ${statements.length} statements via mysql2 | ${ms(percentile(raw, 50))} | ${ms(percentile(raw, 90))} | ${ms(Math.max(...raw))} | | |`,
      );
    }

    const date = new Date().toISOString().slice(0, 10);
    const closed = closedReportDeadlines(TODAY, 8);
    const slots = institutions.length * closed.length;
    const section = `## Reporting compliance (escalation job, 填报监测), ${n0(institutions.length)} admitted institutions × ${closed.length} periods

Measured ${date} by \`tools/bench/compliance.ts\` (one run; every figure below is from it): ${n0(institutions.length)} institutions from the demo
generator, all admitted between ${ADMITTED_FROM} and ${addDays(ADMITTED_FROM, ADMITTED_DAYS - 1)}, so each has the ${closed.length} closed deadlines
${closed[0]} … ${closed[closed.length - 1]} (${n0(slots)} period slots) and the open ${currentReportDeadline(TODAY)}; today is ${TODAY}. ${n0(reports)} service
reports in MariaDB (deterministic habits: 75% diligent, 17% irregular, 8% lapsing): ${n0(mix.onTime)} on time, ${n0(mix.late)} late,
${n0(mix.missing)} periods missing, and for the open period ${n0(mix.currentSubmitted)} submitted early and ${n0(mix.currentDraft)} drafts;
${n0(accounts.length)} accounts (one per institution, each city bureau, the province), so every 通报 and case notifies someone.

${machineLines(mariaVersion)}

### (a) The escalation job (\`compliance-escalation\` → \`ComplianceService.escalate\`)

The floor of each row replays, through one mysql2 connection on the same data, exactly the statements the run sent (captured from
TypeORM's logger: same SQL, same parameters, in order, transaction included); before the first run's floor the four tables it writes
were emptied again. Target: ≤ 60 s, set-based, and the second run for the same date writes nothing.

| run | written | statements | service ms | floor ms | ratio |
|---|---|---:|---:|---:|---:|
| first run, ${TODAY} | ${n0(firstResult!.noticesIssued)} 通报, ${n0(firstResult!.casesOpened)} removal cases, ${n0(afterFirst.user_notification)} notifications, ${afterFirst.audit_log} audit row | ${firstStatements.length} | ${ms(firstMs)} | ${ms(firstFloorMs)} | **${(firstMs / firstFloorMs).toFixed(2)}×** |
| second run, same date | nothing (row counts of ${WRITTEN.join(', ')} unchanged: ${wroteNothing ? 'checked' : 'NOT'}) | ${secondStatements.length} | ${ms(secondMs)} | ${ms(secondFloorMs)} | **${(secondMs / secondFloorMs).toFixed(2)}×** |

Statements of the first run: ${kinds(firstStatements)}. Of the second: ${kinds(secondStatements)}.

The 通报 statement's plan (\`EXPLAIN\` of its SELECT on the loaded data):

| id | select_type | table | type | key | rows | Extra |
|---|---|---|---|---|---:|---|
${explain}

### (b) The province's 填报监测 (admin's generated \`ReportingCompliance\` / \`ReportingComplianceSummary\` documents)

${RUNS} sequential requests per row, one at a time, loopback, as PROVINCE, after the job ran (the 通报 and cases exist). The floor is
a bare \`http\` handler replaying the SELECTs the GraphQL request sent (captured once, same SQL and parameters, side-by-side statements
side by side) through a mysql2 pool and serialising the rows. Target: first page ≤ 200 ms p50.

| screen | rows | server | p50 ms | p90 ms | max ms | SELECTs | ratio |
|---|---:|---|---:|---:|---:|---:|---:|
${screenRows.join('\n')}

Result: the job ${firstMs <= 60_000 ? 'met' : 'missed'} the 60 s target (${(firstMs / 1000).toFixed(1)} s); the first page ${
      results.monitor.gql <= 200 ? 'met' : 'missed'
    } the 200 ms p50 target (${ms(results.monitor.gql)} ms).

How to run (about ${Math.ceil((Date.now() - t0) / 60000)} minutes here; needs \`mariadbd\` installed, nothing else):

\`\`\`
SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/compliance.ts [--institutions 100000] [--runs 30]
\`\`\``;
    if (NO_WRITE) console.log(section);
    else {
      writeBenchSection('compliance', section);
      log('wrote docs/benchmarks.md');
    }
  } finally {
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
    await pool?.end();
    await conn?.end();
    if (db?.isInitialized) await db.destroy();
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
