import type mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';

/**
 * The floor of a bench row: the statements the API sent for one request, captured from TypeORM's logger, then replayed
 * through a bare mysql2 pool. Shared by the benchmark scripts (browse, compliance).
 */

/** Statements sent while a request was in flight, in event-loop waves: statements of one wave ran side by side. */
export type Captured = { sql: string; params: unknown[]; wave: number }[];

/** Records the statements a data source sends while `run` is in flight (only SELECT/WITH unless `selectsOnly` is false). */
export async function capture(db: DataSource, run: () => Promise<unknown>, selectsOnly = true): Promise<Captured> {
  const seen: Captured = [];
  let iteration = 0;
  let on = true;
  const loop = () => {
    iteration++;
    if (on) setImmediate(loop);
  };
  loop();
  const logger = db.logger;
  const original = logger.logQuery;
  logger.logQuery = function (query, parameters, runner) {
    if (!selectsOnly || /^\s*(SELECT|WITH)\b/i.test(query))
      seen.push({ sql: query, params: (parameters as unknown[]) ?? [], wave: iteration });
    return original.call(this, query, parameters, runner);
  };
  try {
    await run();
  } finally {
    logger.logQuery = original;
    on = false;
  }
  return seen;
}

/** The same statements through mysql2, wave after wave (a wave's statements side by side), the rows kept. */
export async function replay(pool: mysql.Pool, statements: Captured): Promise<unknown[]> {
  const out: unknown[] = [];
  const waves = new Map<number, Captured>();
  for (const st of statements) waves.set(st.wave, [...(waves.get(st.wave) ?? []), st]);
  for (const wave of waves.values())
    out.push(...(await Promise.all(wave.map((st) => pool.query(st.sql, st.params).then(([rows]) => rows)))));
  return out;
}
