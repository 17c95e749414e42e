/**
 * The job scheduler with several real API processes on one MariaDB: starts a throwaway MariaDB, one API process
 * (it migrates the empty database), then more on the same database, all with a short JOB_INTERVAL_MS; kills one
 * with SIGKILL half-way (a crash), stops the rest with SIGTERM, and reads job_run: per job the number of runs, which
 * processes ran them, the shortest gap between two starts (never below the interval) and overlapping runs (none).
 * Writes its section of docs/benchmarks.md.
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/scheduler-replicas.ts [--replicas 3] [--interval 2000] [--seconds 60]
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { createDatabase, startMariaDb } from '../test-db/mariadb';
import { writeBenchSection } from './report';

const root = path.resolve(__dirname, '../..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REPLICAS = arg('replicas', 3);
const INTERVAL = arg('interval', 2000);
const SECONDS = arg('seconds', 60);
const log = (...a: unknown[]) => console.log('[scheduler-bench]', ...a);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function healthy(port: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      /* not yet */
    }
    await wait(200);
  }
  throw new Error(`API on ${port} did not start`);
}

function startApi(databaseUrl: string, port: number, tmp: string): ChildProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'apps/api/tsconfig.app.json',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      JOB_INTERVAL_MS: String(INTERVAL),
      JWT_SECRET: 'bench-secret',
      SEED_DEMO_DATA: 'false',
      UPLOAD_DIR: path.join(tmp, `uploads-${port}`),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[api ${port}] ${d}`));
  return child;
}

interface Row {
  name: string;
  holder: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  trigger: string;
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scheduler-bench-'));
  const maria = await startMariaDb();
  const apis: { port: number; child: ChildProcess }[] = [];
  try {
    const url = await createDatabase(maria.url, 'scheduler_bench');
    // The first process migrates the empty database; the others start on a migrated one (see docs/operations.md).
    for (let i = 0; i < REPLICAS; i++) {
      const port = await freePort();
      apis.push({ port, child: startApi(url, port, tmp) });
      await healthy(port);
    }
    const started = Date.now();
    log(`${REPLICAS} API processes up; interval ${INTERVAL} ms; running ${SECONDS} s`);
    await wait((SECONDS * 1000) / 2);
    const victim = apis.pop()!;
    victim.child.kill('SIGKILL');
    log(`killed one process (SIGKILL) after ${Math.round((Date.now() - started) / 1000)} s`);
    await wait((SECONDS * 1000) / 2);
    for (const a of apis) a.child.kill('SIGTERM');
    await Promise.all(apis.map((a) => new Promise((r) => (a.child.exitCode !== null ? r(null) : a.child.on('exit', r)))));
    const elapsed = (Date.now() - started) / 1000;

    const conn = await mysql.createConnection(url.replace(/^mariadb:/, 'mysql:'));
    const [rows] = await conn.query(
      'SELECT name, holder, status, startedAt, finishedAt, `trigger` FROM job_run ORDER BY name, startedAt, id',
    );
    const [leases] = await conn.query('SELECT name, holder FROM job_lease ORDER BY name');
    const [[version]] = (await conn.query('SELECT VERSION() AS v')) as unknown as [[{ v: string }]];
    await conn.end();

    const byJob = new Map<string, Row[]>();
    for (const r of rows as Row[]) byJob.set(r.name, [...(byJob.get(r.name) ?? []), r]);
    const table: string[] = [];
    let violations = 0;
    for (const [name, runs] of byJob) {
      let minGap = Infinity;
      let overlaps = 0;
      for (let i = 1; i < runs.length; i++) {
        const gap = runs[i].startedAt.getTime() - runs[i - 1].startedAt.getTime();
        minGap = Math.min(minGap, gap);
        if (runs[i - 1].finishedAt && runs[i].startedAt < runs[i - 1].finishedAt!) overlaps++;
        // Only MANUAL runs may start sooner than an interval after the previous one; nothing here is manual.
        if (gap < INTERVAL) violations++;
      }
      violations += overlaps;
      const statuses = [...new Set(runs.map((r) => r.status))].join(', ');
      const holders = new Set(runs.map((r) => r.holder)).size;
      table.push(
        `| ${name} | ${runs.length} | ${((runs[runs.length - 1].startedAt.getTime() - runs[0].startedAt.getTime()) / 1000).toFixed(1)} | ${holders} | ${minGap === Infinity ? '—' : minGap} | ${overlaps} | ${statuses} |`,
      );
    }
    const held = (leases as { name: string; holder: string | null }[]).filter((l) => l.holder).length;
    log(table.join('\n'));
    log(`violations: ${violations}; leases still held after shutdown: ${held}`);

    const section = `## Job scheduler: ${REPLICAS} API processes on one MariaDB

Measured ${new Date().toISOString().slice(0, 10)} by \`tools/bench/scheduler-replicas.ts\`: ${REPLICAS} real API processes
(\`node apps/api/src/main.ts\`) on one database, \`JOB_INTERVAL_MS=${INTERVAL}\`. They start one after another (the
first runs jobs while the next ones boot), then all run together for ${Math.round(elapsed)} s; one process is killed with
SIGKILL half-way through that, the others stop with SIGTERM. From \`job_run\` afterwards (Node ${process.version};
${version.v}, throwaway server; the 2 cores are shared with the API processes and other work):

| job | runs | first → last start, s | processes that ran it | shortest gap between starts, ms | overlapping runs | statuses |
|---|---:|---:|---:|---:|---:|---|
${table.join('\n')}

Starts closer together than the interval, or runs of one job overlapping: **${violations}**. Leases still held after
the clean shutdown: ${held}. Every process ticks every ${Math.min(60000, INTERVAL)} ms; a job runs when an interval has
passed since its last start on any process, so the gap is the interval plus up to one tick.

\`\`\`
SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/scheduler-replicas.ts [--replicas 3] [--interval 2000] [--seconds 60]
\`\`\``;
    writeBenchSection('scheduler', section);
    log('wrote docs/benchmarks.md');
    if (violations) process.exitCode = 1;
  } finally {
    for (const a of apis) if (a.child.exitCode === null) a.child.kill('SIGKILL');
    await maria.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
