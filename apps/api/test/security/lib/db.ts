import fs from 'node:fs';
import path from 'node:path';
import { TestApi } from '../../harness';

/** Rows per table, to show that a refused call changed nothing. */
export async function rowCounts(api: TestApi): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const meta of api.services.db.entityMetadatas) {
    // Counters of the rate limits and failed logins move on purpose with every attempt.
    if (meta.tableName === 'rate_limit_counter' || meta.tableName === 'login_failure') continue;
    const [row] = await api.services.db.query(`SELECT COUNT(*) AS n FROM ${meta.tableName}`);
    counts[meta.tableName] = Number(row.n);
  }
  return counts;
}

/** Every file under a directory (relative paths), e.g. the upload store. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

export async function auditActions(api: TestApi, where: string, params: unknown[] = []): Promise<Record<string, number>> {
  const rows: { action: string; n: number | string }[] = await api.services.db.query(
    `SELECT action, COUNT(*) AS n FROM audit_log WHERE ${where} GROUP BY action`,
    params,
  );
  return Object.fromEntries(rows.map((r) => [r.action, Number(r.n)]));
}

export function tally(codes: (string | undefined)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of codes) out[c ?? 'OK'] = (out[c ?? 'OK'] ?? 0) + 1;
  return out;
}
