import { DataSource, SelectQueryBuilder } from 'typeorm';
import { isServiceCategoryCode, searchGrams, SERVICE_CATEGORIES, SERVICE_NATURES } from '@hebei/domain';
import { Actor, AuthUser } from '../../common/context';
import { DivisionLevel, RegistryStatus, ServiceNature } from '../../common/enums';
import { AppError, badInput, conflict, FieldError, notFound } from '../../common/errors';
import { containsPattern, LIKE_ESCAPE } from '../../common/like';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination';
import { sqlDate } from '../../common/sql';
import { AuditService } from '../audit/audit.service';
import { DivisionService } from '../division/division.service';
import { Institution } from '../institution/institution.entity';
import { requireAdmittedInstitution } from '../product/product.service';
import { BrowseFilter, BrowseSort, PublicProfileInput } from './browse.inputs';
import { BrowseFacets, BrowseResult, PublicInstitution } from './browse.types';
import { RegistryFacetCell } from './registry-index.entity';
import { cityCell as cityCellOf, PROVINCE_CELL, SEARCH_TEXT_SEPARATOR } from './registry-index';
import { ServiceCategory } from '../catalog/service-category.entity';

/** Columns the public registry reads; the rest of the form stays in the database. */
export const PUBLIC_COLUMNS = [
  'id',
  'name',
  'nature',
  'institutionType',
  'divisionCode',
  'otherCategoryDescription',
  'address',
  'contactPerson',
  'contactPhone',
  'email',
  'website',
  'introduction',
  'admittedOn',
  'registryStatus',
] as const;

interface NormalizedFilter {
  nature?: ServiceNature;
  categories: string[];
  /** undefined: anywhere in the province. */
  divisionCodes?: string[];
  /** A city filter: its roll-up cell in registry_facet (the same institutions as divisionCodes). */
  cityCell?: string;
  text?: string;
  /** The keyword's bigrams (searchGrams); empty for a single character, which is searched with LIKE. */
  grams: string[];
  /** Whether the bigrams alone decide (a keyword of exactly two characters) or LIKE confirms the candidates. */
  gramsDecide: boolean;
  /** The bigrams that narrow the candidates: the rarest MAX_GRAMS of them, rarest first (see gramOrder). */
  narrowing: string[];
  /**
   * A keyword of three or more characters whose rarest bigram is in more than SCAN_SHARE of the entries: confirming
   * that many candidates one primary-key lookup each costs more than reading registry_entry in order (ADR 0023).
   */
  scan: boolean;
  /**
   * Confirm on registry_entry.searchText (one row per candidate), or, for a keyword containing the separator, on
   * the institution's and its products' names.
   */
  confirmOnEntry: boolean;
}

/** A page row: the public columns and the main category codes from registry_entry, no entity hydration. */
export type PublicInstitutionRow = PublicInstitution & { categoryCodes?: string };

/** At most this many of a keyword's bigrams narrow the candidates (any subset is a superset of the matches). */
const MAX_GRAMS = 2;
/** Bigram frequencies kept per process, only to pick the rarest bigrams (a stale figure costs speed, never rows). */
const GRAM_FREQUENCIES = 20_000;
/** Above this share of the entries, a long keyword's rarest bigram no longer narrows: registry_entry is read in order. */
const SCAN_SHARE = 1 / 3;

/** The categories as GraphQL objects, from the reference list (same as service_category). */
const CATEGORY_OBJECTS = new Map(
  SERVICE_CATEGORIES.map((c, i) => [
    c.code as string,
    Object.assign(new ServiceCategory(), { code: c.code, name: c.name, sortOrder: i + 1 }),
  ]),
);

export function mainCategoriesOf(codes: string): ServiceCategory[] {
  return codes ? codes.split(',').flatMap((c) => CATEGORY_OBJECTS.get(c) ?? []) : [];
}

interface SortKey {
  sort: BrowseSort;
  value: string | null;
  id: number;
}

const invalidCursor = () =>
  new AppError('BAD_USER_INPUT', '分页游标无效', { fields: [{ field: 'after', code: 'INVALID_CURSOR', message: '分页游标无效' }] });

function encodeSortCursor(key: SortKey): string {
  if (key.sort === BrowseSort.DEFAULT) return encodeCursor(key.id);
  return Buffer.from(JSON.stringify([key.sort, key.value, key.id]), 'utf8').toString('base64url');
}

function decodeSortCursor(sort: BrowseSort, cursor?: string | null): SortKey | undefined {
  if (!cursor) return undefined;
  if (sort === BrowseSort.DEFAULT) return { sort, value: null, id: decodeCursor(cursor)! };
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      parsed[0] === sort &&
      (parsed[1] === null || typeof parsed[1] === 'string') &&
      Number.isInteger(parsed[2])
    ) {
      return { sort, value: parsed[1], id: parsed[2] };
    }
  } catch {
    /* falls through */
  }
  throw invalidCursor();
}

/** Admitted institutions by nature ('' = none) and main categories (comma-separated); what totals and facets add up. */
interface Group {
  nature: string;
  categories: string;
  n: number;
}

/**
 * Total and both facets from the groups: the total passes every filter; a facet passes every filter but its own
 * (a category facet counts institution × main category pairs, as before).
 */
function summarize(groups: Group[], f: NormalizedFilter): { total: number; facets: BrowseFacets } {
  const natureOk = (n: string) => !f.nature || n === f.nature;
  const counts = new Map<string, number>();
  const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
  let total = 0;
  for (const g of groups) {
    const cats = g.categories ? g.categories.split(',') : [];
    const categoryOk = !f.categories.length || cats.some((c) => f.categories.includes(c));
    if (categoryOk && natureOk(g.nature)) total += g.n;
    if (categoryOk && g.nature) add(`N:${g.nature}`, g.n);
    if (natureOk(g.nature)) for (const c of cats) add(`C:${c}`, g.n);
  }
  return { total, facets: toFacets(counts) };
}

function toFacets(counts: Map<string, number>): BrowseFacets {
  return {
    natures: SERVICE_NATURES.map((n) => ({ code: n.code as ServiceNature, name: n.name, count: counts.get(`N:${n.code}`) ?? 0 })),
    categories: SERVICE_CATEGORIES.map((c) => ({ code: c.code, name: c.name, count: counts.get(`C:${c.code}`) ?? 0 })),
  };
}

const nullIfBlank = (s: string | null | undefined) => (s === undefined ? undefined : s && s.trim() ? s.trim() : null);

export class BrowseService {
  constructor(
    private readonly db: DataSource,
    private readonly divisions: DivisionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The public registry: admitted institutions only, whoever asks. The page is one statement (plain rows, main
   * categories joined from registry_entry); totalCount and facets share one more, run only when the client asks.
   */
  async browse(filter: BrowseFilter = {}, sort: BrowseSort = BrowseSort.DEFAULT, first?: number, after?: string): Promise<BrowseResult> {
    const f = await this.normalize(filter);
    const size = pageSize(first);
    const cursor = decodeSortCursor(sort, after);
    const [sql, params] = pageStatement(f, sort, cursor, size + 1);
    const rows = (await this.db.query<Record<string, unknown>[]>(sql, params)).map(toRow);
    const page = rows.slice(0, size);
    const keyOf = (r: PublicInstitutionRow): SortKey => ({
      sort,
      id: r.id,
      value: sort === BrowseSort.NAME ? r.name : sort === BrowseSort.NEWEST ? r.admittedOn : null,
    });
    // Total and both facets: one statement for both, whichever the client asks for.
    let summary: Promise<{ total: number; facets: BrowseFacets }> | undefined;
    const summarized = () => (summary ??= this.groups(f).then((g) => summarize(g, f)));
    return {
      edges: page.map((node) => ({ cursor: encodeSortCursor(keyOf(node)), node })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? encodeSortCursor(keyOf(page[page.length - 1])) : null },
      count: () => summarized().then((r) => r.total),
      facets: () => summarized().then((r) => r.facets),
    };
  }

  /** An admitted institution; any other id answers "not found". */
  async detail(id: number): Promise<Institution> {
    const row = await this.db
      .getRepository(Institution)
      .createQueryBuilder('i')
      .select(PUBLIC_COLUMNS.map((c) => `i.${c}`))
      .where('i.id = :id', { id })
      .andWhere('i.registryStatus = :admitted', { admitted: RegistryStatus.ADMITTED })
      .getOne();
    if (!row) throw notFound('服务机构');
    return row;
  }

  /** The institution's own public profile; registration data (name, place, categories) changes by change report. */
  async updateProfile(user: AuthUser, input: PublicProfileInput, actor: Actor): Promise<Institution> {
    const changes: Partial<Institution> = {};
    const set = <K extends keyof PublicProfileInput & keyof Institution>(key: K) => {
      const value = nullIfBlank(input[key]);
      if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
    };
    (['introduction', 'website', 'contactPerson', 'contactPhone', 'email'] as const).forEach(set);
    return this.db.transaction(async (em) => {
      const before = await requireAdmittedInstitution(em, user);
      if (!Object.keys(changes).length) return before;
      const result = await em.update(Institution, { id: before.id, version: before.version }, changes);
      if (!result.affected) throw conflict();
      const after = { ...before, ...changes, version: before.version + 1 };
      const pick = (x: Partial<Institution>) => Object.fromEntries(Object.keys(changes).map((k) => [k, x[k as keyof Institution]]));
      await this.audit.record(em, actor, {
        action: 'UPDATE_PUBLIC_PROFILE',
        entityType: 'Institution',
        entityId: before.id,
        before: pick(before),
        after: pick(after),
      });
      return after;
    });
  }

  // ---------------------------------------------------------------------------

  private async normalize(filter: BrowseFilter): Promise<NormalizedFilter> {
    const errors: FieldError[] = [];
    const categories = [...new Set(filter.categories ?? [])];
    for (const code of categories) {
      if (!isServiceCategoryCode(code))
        errors.push({ field: 'filter.categories', code: 'CATEGORY_UNKNOWN', message: `服务类别“${code}”不存在` });
    }
    let divisionCodes: string[] | undefined;
    let cityCell: string | undefined;
    if (filter.divisionCode) {
      const codes = this.divisions.get(filter.divisionCode) ? this.divisions.jurisdiction(filter.divisionCode) : [];
      if (codes !== 'ALL' && !codes.length)
        errors.push({ field: 'filter.divisionCode', code: 'DIVISION_UNKNOWN', message: '区划代码不存在' });
      else if (codes !== 'ALL') divisionCodes = codes;
      if (this.divisions.get(filter.divisionCode)?.level === DivisionLevel.CITY) cityCell = cityCellOf(filter.divisionCode);
    }
    if (errors.length) throw badInput(errors);
    const text = filter.text?.trim() || undefined;
    const grams = text ? searchGrams(text) : [];
    const gramsDecide = !!text && [...text].length === 2;
    const narrowing = grams.length < 2 ? grams : (await this.gramOrder(grams)).slice(0, MAX_GRAMS);
    return {
      nature: filter.nature ?? undefined,
      categories,
      divisionCodes,
      cityCell,
      text,
      grams,
      gramsDecide,
      narrowing,
      scan: !gramsDecide && !!narrowing.length && this.gramFrequency.get(narrowing[0])! > SCAN_SHARE * this.entries,
      confirmOnEntry: !text?.includes(SEARCH_TEXT_SEPARATOR),
    };
  }

  private readonly gramFrequency = new Map<string, number>();
  /** Admitted institutions when the frequencies were last read (registry_facet's province cells). */
  private entries = 0;

  /**
   * The keyword's bigrams, rarest first, from frequencies this process has seen (one statement for the bigrams it has
   * not, then none): a long keyword is narrowed by its two rarest bigrams instead of its most common ones.
   */
  private async gramOrder(grams: string[]): Promise<string[]> {
    const unknown = grams.filter((g) => !this.gramFrequency.has(g));
    if (unknown.length) {
      const rows: { k: number | string; n: number | string }[] = await this.db.query(
        [
          ...unknown.map((_, k) => `SELECT ${k} AS k, COUNT(*) AS n FROM search_gram WHERE gram = ?`),
          `SELECT -1 AS k, COALESCE(SUM(n), 0) AS n FROM registry_facet WHERE divisionCode = ?`,
        ].join(' UNION ALL '),
        [...unknown, PROVINCE_CELL],
      );
      if (this.gramFrequency.size + unknown.length > GRAM_FREQUENCIES) this.gramFrequency.clear();
      for (const r of rows) {
        if (Number(r.k) < 0) this.entries = Number(r.n);
        else this.gramFrequency.set(unknown[Number(r.k)], Number(r.n));
      }
    }
    return [...grams].sort((a, b) => this.gramFrequency.get(a)! - this.gramFrequency.get(b)!);
  }

  /**
   * The groups totals and facets add up, in one statement: without a keyword from the count table (registry_facet,
   * kept by RegistryIndex in the writing transactions; at most a few hundred rows for a place), with a keyword from
   * the index rows of the matching institutions.
   */
  private async groups(f: NormalizedFilter): Promise<Group[]> {
    let qb: SelectQueryBuilder<object>;
    if (!f.text) {
      qb = this.db
        .createQueryBuilder()
        .select('c.nature', 'nature')
        .addSelect('c.categories', 'categories')
        .addSelect('SUM(c.n)', 'n')
        .from(RegistryFacetCell, 'c')
        .groupBy('c.nature')
        .addGroupBy('c.categories');
      if (f.cityCell) qb.where('c.divisionCode = :city', { city: f.cityCell });
      else if (f.divisionCodes) qb.where('c.divisionCode IN (:...divisionCodes)', { divisionCodes: f.divisionCodes });
      else qb.where('c.divisionCode = :province', { province: PROVINCE_CELL });
    } else {
      const [sql, params] = keywordGroupsStatement(f);
      const rows: { nature: string; categories: string; n: number | string }[] = await this.db.query(sql, params);
      return rows.map((r) => ({ nature: r.nature ?? '', categories: r.categories ?? '', n: Number(r.n) }));
    }
    const rows = await qb.getRawMany<{ nature: string; categories: string; n: number | string }>();
    return rows.map((r) => ({ nature: r.nature ?? '', categories: r.categories ?? '', n: Number(r.n) }));
  }
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

/**
 * Totals and facets of a keyword, grouped by nature × categories (ADR 0023). The gram rows carry their institution's
 * facet key, so the rarest bigram's rows of the covering index (gram, nature, categories, divisionCode, institutionId)
 * are the groups: for a two-character keyword an index-only GROUP BY that never reads registry_entry or institution;
 * a longer keyword joins each candidate's registry_entry row to confirm it with LIKE on the search text (the second
 * rarest bigram narrows first). COUNT(DISTINCT …): on MySQL two grams the collation holds equal (ab/ＡＢ) are two rows
 * of one institution. A keyword containing the search-text separator is confirmed on the tables' own names.
 */
function keywordGroupsStatement(f: NormalizedFilter): [string, unknown[]] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!f.confirmOnEntry || !f.narrowing.length || f.scan) {
    // A single character (no bigram: LIKE on every entry), a keyword of common bigrams only (f.scan) or one
    // containing the separator.
    if (f.divisionCodes) {
      where.push(`e.divisionCode IN (${marks(f.divisionCodes.length)})`);
      params.push(...f.divisionCodes);
    }
    if (f.scan) {
      where.push(`e.searchText LIKE ? ${LIKE_ESCAPE}`);
      params.push(containsPattern(f.text!));
    } else textWhere(f, 'e.institutionId', where, params);
    const join = f.confirmOnEntry ? '' : ' INNER JOIN institution i ON i.id = e.institutionId';
    return [
      `SELECT e.nature AS nature, e.categories AS categories, COUNT(*) AS n FROM registry_entry e${join} WHERE ${where.join(' AND ')} GROUP BY e.nature, e.categories`,
      params,
    ];
  }
  const [walk, ...rest] = f.narrowing;
  where.push('g.gram = ?');
  params.push(walk);
  if (f.divisionCodes) {
    where.push(`g.divisionCode IN (${marks(f.divisionCodes.length)})`);
    params.push(...f.divisionCodes);
  }
  rest.forEach((gram, k) => {
    where.push(`g.institutionId IN (SELECT g${k + 1}.institutionId FROM search_gram g${k + 1} WHERE g${k + 1}.gram = ?)`);
    params.push(gram);
  });
  let join = '';
  if (!f.gramsDecide) {
    join = ' INNER JOIN registry_entry e ON e.institutionId = g.institutionId';
    where.push(`e.searchText LIKE ? ${LIKE_ESCAPE}`);
    params.push(containsPattern(f.text!));
  }
  return [
    `SELECT g.nature AS nature, g.categories AS categories, COUNT(DISTINCT g.institutionId) AS n FROM search_gram g${join} WHERE ${where.join(' AND ')} GROUP BY g.nature, g.categories`,
    params,
  ];
}

/**
 * The keyword's conditions (module doc of ADR 0015/0018): the rarest bigrams narrow the candidates through
 * search_gram (gram, institutionId); a keyword of exactly two characters is its bigram, a longer one is confirmed with
 * LIKE on the candidate's search text (registry_entry `e`), one containing the separator on the institution's and its
 * published products' names (`i`). A single character has no bigram and is searched with LIKE alone.
 */
function textWhere(f: NormalizedFilter, idColumn: string, where: string[], params: unknown[]): void {
  f.narrowing.forEach((gram, k) => {
    where.push(`${idColumn} IN (SELECT g${k}.institutionId FROM search_gram g${k} WHERE g${k}.gram = ?)`);
    params.push(gram);
  });
  if (f.gramsDecide) return;
  const pattern = containsPattern(f.text!);
  if (f.confirmOnEntry) {
    where.push(`e.searchText LIKE ? ${LIKE_ESCAPE}`);
    params.push(pattern);
  } else {
    where.push(
      `(i.name LIKE ? ${LIKE_ESCAPE} OR EXISTS (SELECT 1 FROM service_product tp WHERE tp.institutionId = i.id AND tp.published = 1 AND tp.name LIKE ? ${LIKE_ESCAPE}))`,
    );
    params.push(pattern, pattern);
  }
}

const PAGE_SELECT = `SELECT e.categories AS categoryCodes, ${PUBLIC_COLUMNS.map((c) => `i.${c} AS ${c}`).join(', ')} FROM institution i LEFT JOIN registry_entry e ON e.institutionId = i.id`;

/**
 * The page: one statement of plain SQL with `?` parameters (the same text on both engines), written here rather than
 * by the query builder, which cost more CPU per request than the statement's own time (docs/benchmarks.md).
 */
function pageStatement(f: NormalizedFilter, sort: BrowseSort, cursor: SortKey | undefined, limit: number): [string, unknown[]] {
  if (sort === BrowseSort.DEFAULT && f.confirmOnEntry) return walkStatement(f, cursor, limit);
  const where = ['i.registryStatus = ?'];
  const params: unknown[] = [RegistryStatus.ADMITTED];
  if (f.divisionCodes) {
    where.push(`i.divisionCode IN (${marks(f.divisionCodes.length)})`);
    params.push(...f.divisionCodes);
  }
  if (f.nature) {
    where.push('i.nature = ?');
    params.push(f.nature);
  }
  if (f.categories.length) {
    where.push(
      `EXISTS (SELECT 1 FROM institution_main_category fm WHERE fm.institutionId = i.id AND fm.categoryCode IN (${marks(f.categories.length)}))`,
    );
    params.push(...f.categories);
  }
  if (f.text) textWhere(f, 'i.id', where, params);
  let order: string;
  switch (sort) {
    case BrowseSort.NAME:
      if (cursor) {
        where.push('(i.name > ? OR (i.name = ? AND i.id > ?))');
        params.push(cursor.value ?? '', cursor.value ?? '', cursor.id);
      }
      order = 'i.name ASC, i.id ASC';
      break;
    case BrowseSort.NEWEST:
      // NULL admission dates sort last in both engines (DESC); the cursor condition follows that order.
      if (cursor && cursor.value === null) {
        where.push('(i.admittedOn IS NULL AND i.id < ?)');
        params.push(cursor.id);
      } else if (cursor) {
        where.push('(i.admittedOn < ? OR i.admittedOn IS NULL OR (i.admittedOn = ? AND i.id < ?))');
        params.push(cursor.value, cursor.value, cursor.id);
      }
      order = 'i.admittedOn DESC, i.id DESC';
      break;
    default:
      if (cursor) {
        where.push('i.id > ?');
        params.push(cursor.id);
      }
      order = 'i.id ASC';
  }
  params.push(limit);
  return [`${PAGE_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`, params];
}

/**
 * The page in id order (the default sort) as a walk over the index (ADR 0023): the ids come from a derived table that
 * reads, in institutionId order, either the keyword's rarest bigram in search_gram (gram, institutionId, divisionCode,
 * nature) or registry_entry (by primary key, or (nature, institutionId, divisionCode)), filters place and nature in
 * those rows, confirms a longer keyword on the entry's search text and stops at `limit` matches; only those rows are
 * then read from institution. Both index tables hold exactly the admitted institutions (RegistryIndex), so no
 * institution row is read to be discarded. GROUP BY: on MySQL one institution may have two gram rows the collation
 * holds equal.
 */
function walkStatement(f: NormalizedFilter, cursor: SortKey | undefined, limit: number): [string, unknown[]] {
  const where: string[] = [];
  const params: unknown[] = [];
  const [walk, ...rest] = f.text && !f.scan ? f.narrowing : [];
  const t = walk === undefined ? 'f' : 'g';
  let from: string;
  if (walk === undefined) {
    from = 'registry_entry f';
  } else {
    from = 'search_gram g';
    where.push('g.gram = ?');
    params.push(walk);
  }
  if (f.divisionCodes) {
    where.push(`${t}.divisionCode IN (${marks(f.divisionCodes.length)})`);
    params.push(...f.divisionCodes);
  }
  if (f.nature) {
    where.push(`${t}.nature = ?`);
    params.push(f.nature);
  }
  if (f.categories.length) {
    where.push(
      `EXISTS (SELECT 1 FROM institution_main_category fm WHERE fm.institutionId = ${t}.institutionId AND fm.categoryCode IN (${marks(f.categories.length)}))`,
    );
    params.push(...f.categories);
  }
  rest.forEach((gram, k) => {
    where.push(`g.institutionId IN (SELECT g${k + 1}.institutionId FROM search_gram g${k + 1} WHERE g${k + 1}.gram = ?)`);
    params.push(gram);
  });
  if (f.text && !f.gramsDecide) {
    if (t === 'g') from += ' INNER JOIN registry_entry f ON f.institutionId = g.institutionId';
    where.push(`f.searchText LIKE ? ${LIKE_ESCAPE}`);
    params.push(containsPattern(f.text));
  }
  if (cursor) {
    where.push(`${t}.institutionId > ?`);
    params.push(cursor.id);
  }
  params.push(limit);
  const ids =
    `SELECT ${t}.institutionId AS id FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}` +
    `${t === 'g' ? ' GROUP BY g.institutionId' : ''} ORDER BY ${t}.institutionId LIMIT ?`;
  return [
    `SELECT e.categories AS categoryCodes, ${PUBLIC_COLUMNS.map((c) => `i.${c} AS ${c}`).join(', ')} FROM (${ids}) c INNER JOIN institution i ON i.id = c.id LEFT JOIN registry_entry e ON e.institutionId = i.id ORDER BY i.id ASC`,
    params,
  ];
}

/** A raw page row as the GraphQL type reads it (ids as numbers, dates as YYYY-MM-DD on both engines). */
function toRow(raw: Record<string, unknown>): PublicInstitutionRow {
  const row = { ...raw } as Record<string, unknown>;
  row.id = Number(raw.id);
  row.admittedOn = sqlDate(raw.admittedOn);
  row.categoryCodes = (raw.categoryCodes as string | null) ?? '';
  return row as unknown as PublicInstitutionRow;
}
