/**
 * Interleaved A/B of the registry's keyword statements (issue #13 target 3, ADR 0023): the previous statements (ADR
 * 0018: `IN (bigram subqueries)` on institution and registry_entry, written out here) against the ones the service
 * sends now (captured from BrowseService through TypeORM's logger), on ONE mysql2 connection, alternating which goes
 * first, median of --rounds. The page and the totals/facets statement of each scenario are timed together (the
 * products statement is the same on both sides and left out). Before timing, both sides must answer the same page ids
 * and the same groups (nature × categories → n), or the script fails.
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/browse.ts --institutions 100000 --keep
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/search-ab.ts --url mysql://… [--rounds 15]
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import mysql from 'mysql2/promise';
import { searchGrams } from '@hebei/domain';
import { FixedClock } from '../../apps/api/src/common/clock';
import { ServiceNature } from '../../apps/api/src/common/enums';
import { loadConfig } from '../../apps/api/src/common/config';
import { containsPattern, LIKE_ESCAPE } from '../../apps/api/src/common/like';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { BrowseSort } from '../../apps/api/src/modules/browse/browse.inputs';
import { PUBLIC_COLUMNS } from '../../apps/api/src/modules/browse/browse.service';
import { createServices } from '../../apps/api/src/services';
import { capture } from './capture';
import { numberArg } from './report';

const ROUNDS = numberArg('rounds', 15);
const PAGE = 20;
const urlArg = process.argv[process.argv.indexOf('--url') + 1];

interface Filter {
  text?: string;
  divisionCode?: string;
  nature?: ServiceNature;
  categories?: string[];
}

const SCENARIOS: Filter[] = [
  {},
  { nature: ServiceNature.PUBLIC_WELFARE, categories: ['TESTING_INSPECTION', 'DIGITAL_EMPOWERMENT'], divisionCode: '130800' },
  { text: '中心' },
  { text: '技术' },
  { text: '检测' },
  { text: '孵化' },
  { text: '服务' },
  { text: '有限公司' },
  { text: '技术转移中心' },
  { text: '检验检测中心' },
  { text: '服务中心' },
  { text: '科技有限公司' },
  { text: '中心', divisionCode: '130800' },
  { text: '检测', divisionCode: '130100' },
  { text: '技术转移中心', divisionCode: '130800' },
  { text: '不存在的词语' },
];

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

type Statement = { sql: string; params: unknown[] };

/** The previous statements (ADR 0018), written out: the page and the keyword groups by bigram subqueries. */
function previous(f: Filter, codes: string[] | undefined, frequency: Map<string, number>): Statement[] {
  if (!f.text) return previousWithoutText(f, codes);
  const text = f.text.trim();
  const grams = searchGrams(text);
  const narrowing = grams.length <= 2 ? grams : [...grams].sort((a, b) => frequency.get(a)! - frequency.get(b)!).slice(0, 2);
  const decide = [...text].length === 2;
  const textWhere = (id: string, where: string[], params: unknown[]) => {
    narrowing.forEach((g, k) => {
      where.push(`${id} IN (SELECT g${k}.institutionId FROM search_gram g${k} WHERE g${k}.gram = ?)`);
      params.push(g);
    });
    if (!decide) {
      where.push(`e.searchText LIKE ? ${LIKE_ESCAPE}`);
      params.push(containsPattern(text));
    }
  };
  const pw = ['i.registryStatus = ?'];
  const pp: unknown[] = ['ADMITTED'];
  if (codes) {
    pw.push(`i.divisionCode IN (${marks(codes.length)})`);
    pp.push(...codes);
  }
  textWhere('i.id', pw, pp);
  const page = {
    sql: `SELECT e.categories AS categoryCodes, ${PUBLIC_COLUMNS.map((c) => `i.${c} AS ${c}`).join(', ')} FROM institution i LEFT JOIN registry_entry e ON e.institutionId = i.id WHERE ${pw.join(' AND ')} ORDER BY i.id ASC LIMIT ?`,
    params: [...pp, PAGE + 1],
  };
  const gw: string[] = [];
  const gp: unknown[] = [];
  if (codes) {
    gw.push(`e.divisionCode IN (${marks(codes.length)})`);
    gp.push(...codes);
  }
  textWhere('e.institutionId', gw, gp);
  const groups = {
    sql: `SELECT e.nature AS nature, e.categories AS categories, COUNT(*) AS n FROM registry_entry e WHERE ${gw.join(' AND ')} GROUP BY e.nature, e.categories`,
    params: gp,
  };
  return [page, groups];
}

/** The previous page without a keyword (institution in id order); totals and facets from registry_facet, unchanged. */
function previousWithoutText(f: Filter, codes: string[] | undefined): Statement[] {
  const pw = ['i.registryStatus = ?'];
  const pp: unknown[] = ['ADMITTED'];
  if (codes) {
    pw.push(`i.divisionCode IN (${marks(codes.length)})`);
    pp.push(...codes);
  }
  if (f.nature) {
    pw.push('i.nature = ?');
    pp.push(f.nature);
  }
  if (f.categories?.length) {
    pw.push(
      `EXISTS (SELECT 1 FROM institution_main_category fm WHERE fm.institutionId = i.id AND fm.categoryCode IN (${marks(f.categories.length)}))`,
    );
    pp.push(...f.categories);
  }
  const page = {
    sql: `SELECT e.categories AS categoryCodes, ${PUBLIC_COLUMNS.map((c) => `i.${c} AS ${c}`).join(', ')} FROM institution i LEFT JOIN registry_entry e ON e.institutionId = i.id WHERE ${pw.join(' AND ')} ORDER BY i.id ASC LIMIT ?`,
    params: [...pp, PAGE + 1],
  };
  const cells = codes ?? ['*'];
  const groups = {
    sql: `SELECT c.nature AS nature, c.categories AS categories, SUM(c.n) AS n FROM registry_facet c WHERE c.divisionCode IN (${marks(cells.length)}) GROUP BY c.nature, c.categories`,
    params: cells,
  };
  return [page, groups];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Page ids and groups, in a comparable shape. */
function answer(results: unknown[][]): string {
  const [page, groups] = results as Record<string, unknown>[][];
  const ids = page.map((r) => Number(r.id));
  const g = groups
    .map((r) => `${String(r.nature ?? '')}|${String(r.categories ?? '')}|${Number(r.n)}`)
    .filter((s) => !s.endsWith('|0'))
    .sort();
  return JSON.stringify({ ids, g });
}

async function run(conn: mysql.Connection, statements: Statement[]): Promise<{ ms: number; rows: unknown[][] }> {
  const t = process.hrtime.bigint();
  const rows: unknown[][] = [];
  for (const st of statements) rows.push((await conn.query(st.sql, st.params))[0] as unknown[]);
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, rows };
}

async function main() {
  if (!urlArg || urlArg.startsWith('--')) throw new Error('--url mysql://… (a database from tools/bench/browse.ts --keep)');
  const db = createDataSource({ databaseUrl: urlArg.replace(/^mysql:/, 'mariadb:'), sqlitePath: '' });
  await db.initialize();
  const config = {
    ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: crypto.randomBytes(32).toString('hex') } as NodeJS.ProcessEnv),
    databaseUrl: urlArg,
    seedDemoData: false,
  };
  const services = createServices(db, new FixedClock(new Date('2026-11-27T02:00:00Z')), config);
  await services.divisions.load();
  const conn = await mysql.createConnection(urlArg.replace(/^mariadb:/, 'mysql:'));
  const frequency = new Map<string, number>();
  console.log(`| keyword / filter | place | institutions grouped | previous p50 ms | now p50 ms | ratio |`);
  console.log(`|---|---|---:|---:|---:|---:|`);
  for (const f of SCENARIOS) {
    const codes = f.divisionCode ? (services.divisions.jurisdiction(f.divisionCode) as string[]) : undefined;
    for (const g of searchGrams(f.text ?? '')) {
      if (!frequency.has(g)) {
        const [[row]] = (await conn.query('SELECT COUNT(*) AS n FROM search_gram WHERE gram = ?', [g])) as unknown as [{ n: number }[]];
        frequency.set(g, Number(row.n));
      }
    }
    const request = async () => {
      const r = await services.browse.browse(f, BrowseSort.DEFAULT, PAGE);
      await r.count();
    };
    await request(); // the service learns the bigram frequencies: no extra statement in the captured request
    const captured = await capture(db, request);
    const now = captured.filter((s) => !/FROM service_product/.test(s.sql)).map((s) => ({ sql: s.sql, params: s.params }));
    if (now.length !== 2) throw new Error(`expected page + groups, captured ${now.length} statements for ${JSON.stringify(f)}`);
    const before = previous(f, codes, frequency);
    const a = await run(conn, before);
    const b = await run(conn, now);
    if (answer(a.rows) !== answer(b.rows))
      throw new Error(`different answers for ${JSON.stringify(f)}:\n${answer(a.rows)}\n${answer(b.rows)}`);
    const matches = (b.rows[1] as { n: number }[]).reduce((s, r) => s + Number(r.n), 0);
    const times = { before: [] as number[], now: [] as number[] };
    for (let k = 0; k < ROUNDS; k++) {
      const order = k % 2 ? (['now', 'before'] as const) : (['before', 'now'] as const);
      for (const side of order) times[side].push((await run(conn, side === 'now' ? now : before)).ms);
    }
    const p = median(times.before);
    const q = median(times.now);
    const what = (f.text ?? [f.nature, ...(f.categories ?? [])].filter(Boolean).join(' + ')) || '（无筛选）';
    console.log(`| ${what} | ${f.divisionCode ?? '全省'} | ${matches} | ${p.toFixed(1)} | ${q.toFixed(1)} | ${(p / q).toFixed(1)}× |`);
  }
  await conn.end();
  await db.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
