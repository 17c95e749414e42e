import { EntityManager } from 'typeorm';
import { searchGrams } from '@hebei/domain';
import { DivisionLevel, RegistryStatus } from '../../common/enums';
import { insertIgnore, isMysql } from '../../common/sql';

/**
 * The public registry's index (issue #13): `registry_entry` (one row per admitted institution), `registry_facet`
 * (admitted institutions per county × nature × category set, plus a roll-up per city under 'C' + its code and one for
 * the province under divisionCode '*', for totals and facets without a scan) and
 * `search_gram` (bigrams of names and published product names, each row with its institution's facet key, for text
 * search without `LIKE '%…%'` over every row; ADR 0023).
 *
 * ONE entry point: call `RegistryIndex.refresh(em, institutionIds)` in the transaction that changes anything the
 * registry shows of those institutions — registry status (admission, removal), name, place, nature, main categories,
 * and products (name, publication, deletion). It recomputes their rows from the tables themselves, so the caller
 * passes ids, not changes; an institution that is not admitted (any more) leaves the index.
 *
 * Concurrency: on MySQL/MariaDB/TiDB the institution rows are locked first (FOR UPDATE) and every source row is read
 * with a locking read (the latest committed version, not the transaction's snapshot), so refreshes of one institution
 * serialise; counts change by `n = n + delta` on rows locked in key order. A missing count row is first created with
 * n = 0 (INSERT IGNORE, all missing rows in key order in one statement), so two transactions adding to the same new
 * row wait for each other instead of failing on the key. SQLite runs one transaction at a time.
 * (An autocommitted insert on another pooled connection was tried: with every pool connection inside a refreshing
 * transaction it waits for a connection forever; see docs/decisions/0015.)
 */
export const RegistryIndex = {
  async refresh(em: EntityManager, institutionIds: readonly number[]): Promise<void> {
    const ids = [...new Set(institutionIds)].sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i += CHUNK) await refreshChunk(em, ids.slice(i, i + CHUNK));
  },
};

/** registry_facet's divisionCode for the whole province (no 6-digit code collides with it). */
export const PROVINCE_CELL = '*';

/**
 * registry_facet's divisionCode for a city's roll-up: CITY_CELL_PREFIX + the city's code. It counts the institutions
 * of the city's jurisdiction (the city itself and the divisions whose parent it is, jurisdictionCountyCodes), so a
 * city filter reads its own cells instead of every county's (ADR 0023).
 */
export const CITY_CELL_PREFIX = 'C';
export const cityCell = (cityCode: string) => `${CITY_CELL_PREFIX}${cityCode}`;

const CHUNK = 500;
const INSERT_ROWS = 500;

interface EntryRow {
  institutionId: number;
  divisionCode: string;
  nature: string;
  categories: string;
}

/**
 * Joins the name and the published product names in `registry_entry.searchText`. A keyword that contains it is
 * confirmed on the tables themselves (BrowseService), so a match can never span two names.
 */
export const SEARCH_TEXT_SEPARATOR = '\u2042';

/** registry_entry.searchText: the name, then the published product names in id order. */
export const searchTextOf = (name: string, productNames: readonly string[]) => [name, ...productNames].join(SEARCH_TEXT_SEPARATOR);

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');
const cellKey = (e: Pick<EntryRow, 'divisionCode' | 'nature' | 'categories'>) =>
  [e.divisionCode, e.nature, e.categories.split(',').filter(Boolean).sort().join(',')] as const;

async function refreshChunk(em: EntityManager, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const lock = isMysql(em) ? ' FOR UPDATE' : '';
  const inIds = `(${marks(ids.length)})`;
  // The institution rows first, locked: their registryIndexKey is what the index holds for them now (a locking read
  // sees the latest committed value, not this transaction's snapshot).
  const institutions: {
    id: number;
    name: string;
    registryStatus: string;
    divisionCode: string;
    nature: string | null;
    registryIndexKey: string | null;
  }[] = await em.query(
    `SELECT id, name, registryStatus, divisionCode, nature, registryIndexKey FROM institution WHERE id IN ${inIds} ORDER BY id${lock}`,
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
  const oldOf = new Map<number, EntryRow>();
  const newOf = new Map<number, EntryRow>();
  for (const i of institutions) {
    const id = Number(i.id);
    if (i.registryIndexKey) {
      const [divisionCode, nature, cats] = JSON.parse(i.registryIndexKey) as [string, string, string];
      oldOf.set(id, { institutionId: id, divisionCode, nature, categories: cats });
    }
    if (i.registryStatus === RegistryStatus.ADMITTED) {
      newOf.set(id, {
        institutionId: id,
        divisionCode: i.divisionCode,
        nature: i.nature ?? '',
        categories: (catsOf.get(id) ?? []).join(','),
      });
    }
  }

  // The city of every place involved (reference data, not locked): the division's parent for a county, itself for a
  // city-level division; none for the province.
  const places = [...new Set([...oldOf.values(), ...newOf.values()].map((e) => e.divisionCode))];
  const divisions: { code: string; level: string; parentCode: string | null }[] = places.length
    ? await em.query(`SELECT code, level, parentCode FROM division WHERE code IN (${marks(places.length)})`, places)
    : [];
  const cityOf = new Map(
    divisions.flatMap((d) =>
      d.level === DivisionLevel.CITY
        ? [[d.code, d.code]]
        : d.level === DivisionLevel.COUNTY && d.parentCode
          ? [[d.code, d.parentCode]]
          : [],
    ),
  );

  // Count rows: -1 where an institution was, +1 where it is now.
  const deltas = new Map<string, { key: readonly [string, string, string]; d: number }>();
  const add = (e: EntryRow, d: number) => {
    // The county's row, the city roll-up (cityCell) that a city filter reads, and the province roll-up
    // (PROVINCE_CELL) that the unfiltered landing page reads.
    const city = cityOf.get(e.divisionCode);
    const cells = [e.divisionCode, ...(city ? [cityCell(city)] : []), PROVINCE_CELL];
    for (const key of cells.map((divisionCode) => cellKey({ ...e, divisionCode }))) {
      const k = key.join('\u0000');
      const cell = deltas.get(k) ?? { key, d: 0 };
      cell.d += d;
      deltas.set(k, cell);
    }
  };
  oldOf.forEach((e) => add(e, -1));
  newOf.forEach((e) => add(e, +1));
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
    await em.query(
      `${insertIgnore(em)} INTO registry_facet (divisionCode, nature, categories, n) VALUES ${missing.map(() => '(?,?,?,0)').join(',')}`,
      missing.flatMap((c) => [...c.key]),
    );
  }
  for (const c of changed) {
    await em.query('UPDATE registry_facet SET n = n + ? WHERE divisionCode = ? AND nature = ? AND categories = ?', [c.d, ...c.key]);
  }

  // Entries and grams: rows that exist are updated or deleted by key, new ones only inserted (no range deletes of
  // absent rows, whose gap locks would deadlock concurrent admissions on MySQL).
  // Entries that stay are rewritten by key (the search text may have changed even when the key did not).
  const nameOf = new Map(admitted.map((i) => [Number(i.id), i.name]));
  const textOf = (e: EntryRow) => searchTextOf(nameOf.get(e.institutionId)!, namesOf.get(e.institutionId) ?? []);
  const gone = [...oldOf.keys()].filter((id) => !newOf.has(id));
  const inserted = [...newOf.values()].filter((e) => !oldOf.has(e.institutionId));
  const kept = [...newOf.values()].filter((e) => oldOf.has(e.institutionId));
  if (gone.length) await em.query(`DELETE FROM registry_entry WHERE institutionId IN (${marks(gone.length)})`, gone);
  if (kept.length) {
    // One statement per chunk (a product edit refreshes one institution; a bulk refresh up to CHUNK of them).
    const cases = (value: (e: EntryRow) => string) => ({
      sql: `CASE institutionId ${kept.map(() => 'WHEN ? THEN ?').join(' ')} END`,
      params: kept.flatMap((e) => [e.institutionId, value(e)]),
    });
    const columns = [cases((e) => e.divisionCode), cases((e) => e.nature), cases((e) => e.categories), cases(textOf)];
    await em.query(
      `UPDATE registry_entry SET divisionCode = ${columns[0].sql}, nature = ${columns[1].sql}, categories = ${columns[2].sql}, searchText = ${columns[3].sql} WHERE institutionId IN (${marks(kept.length)})`,
      [...columns.flatMap((c) => c.params), ...kept.map((e) => e.institutionId)],
    );
  }
  for (let i = 0; i < inserted.length; i += INSERT_ROWS) {
    const part = inserted.slice(i, i + INSERT_ROWS);
    await em.query(
      `INSERT INTO registry_entry (institutionId, divisionCode, nature, categories, searchText) VALUES ${part.map(() => '(?,?,?,?,?)').join(',')}`,
      part.flatMap((e) => [e.institutionId, e.divisionCode, e.nature, e.categories, textOf(e)]),
    );
  }

  const indexed = [...oldOf.keys()];
  if (indexed.length) await em.query(`DELETE FROM search_gram WHERE institutionId IN (${marks(indexed.length)})`, indexed);
  // Every gram row carries its institution's facet key (divisionCode, nature, categories as in registry_entry); the
  // rows of every refreshed institution are rewritten, so a change of place, nature or categories moves them too.
  const grams: [number, number, string, string, string, string][] = [];
  for (const i of admitted) {
    const id = Number(i.id);
    const e = newOf.get(id)!;
    const all = new Set<string>();
    for (const text of [i.name, ...(namesOf.get(id) ?? [])]) for (const g of searchGrams(text)) all.add(g);
    let seq = 0;
    for (const g of all) grams.push([id, seq++, g, e.divisionCode, e.nature, e.categories]);
  }
  for (let i = 0; i < grams.length; i += INSERT_ROWS) {
    const part = grams.slice(i, i + INSERT_ROWS);
    await em.query(
      `INSERT INTO search_gram (institutionId, seq, gram, divisionCode, nature, categories) VALUES ${part.map(() => '(?,?,?,?,?,?)').join(',')}`,
      part.flat(),
    );
  }

  // What the index now holds, on the institution rows (one statement per chunk).
  const keys = institutions
    .map((i) => {
      const e = newOf.get(Number(i.id));
      return { id: Number(i.id), key: e ? JSON.stringify([e.divisionCode, e.nature, e.categories]) : null, was: i.registryIndexKey };
    })
    .filter((k) => k.key !== k.was);
  if (keys.length) {
    await em.query(
      `UPDATE institution SET registryIndexKey = CASE id ${keys.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE id IN (${marks(keys.length)})`,
      [...keys.flatMap((k) => [k.id, k.key]), ...keys.map((k) => k.id)],
    );
  }
}
