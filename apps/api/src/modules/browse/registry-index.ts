import { EntityManager } from 'typeorm';
import { searchGrams } from '@hebei/domain';
import { RegistryStatus } from '../../common/enums';

/**
 * The public registry's index (issue #13): `registry_entry` (one row per admitted institution), `registry_facet`
 * (admitted institutions per place × nature × category set, for totals and facets without a scan) and
 * `search_gram` (bigrams of names and published product names, for text search without `LIKE '%…%'` over every row).
 *
 * ONE entry point: call `RegistryIndex.refresh(em, institutionIds)` in the transaction that changes anything the
 * registry shows of those institutions — registry status (admission, removal), name, place, nature, main categories,
 * and products (name, publication, deletion). It recomputes their rows from the tables themselves, so the caller
 * passes ids, not changes; an institution that is not admitted (any more) leaves the index.
 *
 * Concurrency: on MySQL/MariaDB/TiDB the institution rows are locked first (FOR UPDATE) and every source row is read
 * with a locking read (the latest committed version, not the transaction's snapshot), so refreshes of one institution
 * serialise; counts change by `n = n + delta` on rows locked in key order. A missing count row is created (n = 0,
 * harmless on its own) by an autocommitted INSERT IGNORE before the transaction touches the table, so concurrent
 * admissions into a new cell never race on gap locks. SQLite runs one transaction at a time.
 */
export const RegistryIndex = {
  async refresh(em: EntityManager, institutionIds: readonly number[]): Promise<void> {
    const ids = [...new Set(institutionIds)].sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i += CHUNK) await refreshChunk(em, ids.slice(i, i + CHUNK));
  },
};

const CHUNK = 500;
const INSERT_ROWS = 500;

interface EntryRow {
  institutionId: number;
  divisionCode: string;
  nature: string;
  categories: string;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');
const cellKey = (e: Pick<EntryRow, 'divisionCode' | 'nature' | 'categories'>) =>
  [e.divisionCode, e.nature, e.categories.split(',').filter(Boolean).sort().join(',')] as const;

async function refreshChunk(em: EntityManager, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const mysql = em.connection.options.type !== 'better-sqlite3';
  const lock = mysql ? ' FOR UPDATE' : '';
  const inIds = `(${marks(ids.length)})`;
  const institutions: { id: number; name: string; registryStatus: string; divisionCode: string; nature: string | null }[] = await em.query(
    `SELECT id, name, registryStatus, divisionCode, nature FROM institution WHERE id IN ${inIds} ORDER BY id${lock}`,
    ids,
  );
  const old: EntryRow[] = await em.query(
    `SELECT institutionId, divisionCode, nature, categories FROM registry_entry WHERE institutionId IN ${inIds} ORDER BY institutionId${lock}`,
    ids,
  );
  const admitted = institutions.filter((i) => i.registryStatus === RegistryStatus.ADMITTED);
  const admittedIds = admitted.map((i) => Number(i.id));
  const inAdmitted = `(${marks(admittedIds.length)})`;
  const categories: { institutionId: number; categoryCode: string }[] = admittedIds.length
    ? await em.query(
        `SELECT institutionId, categoryCode FROM institution_main_category WHERE institutionId IN ${inAdmitted} ORDER BY institutionId, position${lock}`,
        admittedIds,
      )
    : [];
  const products: { institutionId: number; name: string }[] = admittedIds.length
    ? await em.query(
        `SELECT institutionId, name FROM service_product WHERE institutionId IN ${inAdmitted} AND published = 1 ORDER BY institutionId, id${lock}`,
        admittedIds,
      )
    : [];

  const catsOf = new Map<number, string[]>();
  for (const c of categories) catsOf.set(Number(c.institutionId), [...(catsOf.get(Number(c.institutionId)) ?? []), c.categoryCode]);
  const namesOf = new Map<number, string[]>();
  for (const p of products) namesOf.set(Number(p.institutionId), [...(namesOf.get(Number(p.institutionId)) ?? []), p.name]);
  const entries: EntryRow[] = admitted.map((i) => ({
    institutionId: Number(i.id),
    divisionCode: i.divisionCode,
    nature: i.nature ?? '',
    categories: (catsOf.get(Number(i.id)) ?? []).join(','),
  }));

  // Count rows: -1 where an institution was, +1 where it is now.
  const deltas = new Map<string, { key: readonly [string, string, string]; d: number }>();
  const add = (e: EntryRow, d: number) => {
    const key = cellKey(e);
    const k = key.join('\u0000');
    const cell = deltas.get(k) ?? { key, d: 0 };
    cell.d += d;
    deltas.set(k, cell);
  };
  old.forEach((e) => add(e, -1));
  entries.forEach((e) => add(e, +1));
  const changed = [...deltas.entries()]
    .filter(([, c]) => c.d !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, c]) => c);
  const wanted = changed.filter((c) => c.d > 0);
  const present: { divisionCode: string; nature: string; categories: string }[] = wanted.length
    ? await em.query(
        `SELECT divisionCode, nature, categories FROM registry_facet WHERE (divisionCode, nature, categories) IN (${wanted.map(() => '(?,?,?)').join(',')})`,
        wanted.flatMap((c) => [...c.key]),
      )
    : [];
  const seen = new Set(present.map((r) => [r.divisionCode, r.nature, r.categories].join('\u0000')));
  const missing = wanted.filter((c) => !seen.has(c.key.join('\u0000')));
  if (missing.length) {
    const sql = `INSERT ${mysql ? 'IGNORE' : 'OR IGNORE'} INTO registry_facet (divisionCode, nature, categories, n) VALUES ${missing.map(() => '(?,?,?,0)').join(',')}`;
    const params = missing.flatMap((c) => [...c.key]);
    // MySQL: autocommitted, outside this transaction (see above; an empty row changes no count). SQLite: in it.
    await (mysql && em.queryRunner?.isTransactionActive ? em.connection.query(sql, params) : em.query(sql, params));
  }
  for (const c of changed) {
    await em.query('UPDATE registry_facet SET n = n + ? WHERE divisionCode = ? AND nature = ? AND categories = ?', [c.d, ...c.key]);
  }

  await em.query(`DELETE FROM registry_entry WHERE institutionId IN ${inIds}`, ids);
  for (let i = 0; i < entries.length; i += INSERT_ROWS) {
    const part = entries.slice(i, i + INSERT_ROWS);
    await em.query(
      `INSERT INTO registry_entry (institutionId, divisionCode, nature, categories) VALUES ${part.map(() => '(?,?,?,?)').join(',')}`,
      part.flatMap((e) => [e.institutionId, e.divisionCode, e.nature, e.categories]),
    );
  }

  await em.query(`DELETE FROM search_gram WHERE institutionId IN ${inIds}`, ids);
  const grams: [number, number, string][] = [];
  for (const i of admitted) {
    const id = Number(i.id);
    const all = new Set<string>();
    for (const text of [i.name, ...(namesOf.get(id) ?? [])]) for (const g of searchGrams(text)) all.add(g);
    let seq = 0;
    for (const g of all) grams.push([id, seq++, g]);
  }
  for (let i = 0; i < grams.length; i += INSERT_ROWS) {
    const part = grams.slice(i, i + INSERT_ROWS);
    await em.query(`INSERT INTO search_gram (institutionId, seq, gram) VALUES ${part.map(() => '(?,?,?)').join(',')}`, part.flat());
  }
}
