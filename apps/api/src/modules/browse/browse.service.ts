import { DataSource, SelectQueryBuilder } from 'typeorm';
import { isServiceCategoryCode, SERVICE_CATEGORIES, SERVICE_NATURES } from '@hebei/domain';
import { Actor, AuthUser } from '../../common/context';
import { RegistryStatus, ServiceNature } from '../../common/enums';
import { AppError, badInput, conflict, FieldError, notFound } from '../../common/errors';
import { containsPattern, LIKE_ESCAPE } from '../../common/like';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { DivisionService } from '../division/division.service';
import { Institution, InstitutionMainCategory } from '../institution/institution.entity';
import { requireAdmittedInstitution } from '../product/product.service';
import { BrowseFilter, BrowseSort, PublicProfileInput } from './browse.inputs';
import { BrowseFacets, BrowseResult } from './browse.types';

/** Columns the public registry reads; the rest of the form stays in the database. */
const PUBLIC_COLUMNS = [
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
  text?: string;
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

const HAS_CATEGORY =
  'EXISTS (SELECT 1 FROM institution_main_category fm WHERE fm.institutionId = i.id AND fm.categoryCode IN (:...categories))';

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
   * The public registry: admitted institutions only, whoever asks. The page is one statement; totalCount and
   * facets are one statement each, run only when the client asks for them.
   */
  async browse(
    filter: BrowseFilter = {},
    sort: BrowseSort = BrowseSort.DEFAULT,
    first?: number,
    after?: string,
    wants: { facets?: boolean } = {},
  ): Promise<BrowseResult> {
    const f = this.normalize(filter);
    const size = pageSize(first);
    const cursor = decodeSortCursor(sort, after);
    const qb = this.where(
      this.db
        .getRepository(Institution)
        .createQueryBuilder('i')
        .select(PUBLIC_COLUMNS.map((c) => `i.${c}`)),
      f,
    );
    switch (sort) {
      case BrowseSort.NAME:
        if (cursor) qb.andWhere('(i.name > :cValue OR (i.name = :cValue AND i.id > :cId))', { cValue: cursor.value ?? '', cId: cursor.id });
        qb.orderBy('i.name', 'ASC').addOrderBy('i.id', 'ASC');
        break;
      case BrowseSort.NEWEST:
        // NULL admission dates sort last in both engines (DESC); the cursor condition follows that order.
        if (cursor && cursor.value === null) qb.andWhere('(i.admittedOn IS NULL AND i.id < :cId)', { cId: cursor.id });
        else if (cursor) {
          qb.andWhere('(i.admittedOn < :cValue OR i.admittedOn IS NULL OR (i.admittedOn = :cValue AND i.id < :cId))', {
            cValue: cursor.value,
            cId: cursor.id,
          });
        }
        qb.orderBy('i.admittedOn', 'DESC').addOrderBy('i.id', 'DESC');
        break;
      default:
        if (cursor) qb.andWhere('i.id > :cId', { cId: cursor.id });
        qb.orderBy('i.id', 'ASC');
    }
    const rows = await qb.limit(size + 1).getMany();
    const page = rows.slice(0, size);
    const keyOf = (r: Institution): SortKey => ({
      sort,
      id: r.id,
      value: sort === BrowseSort.NAME ? r.name : sort === BrowseSort.NEWEST ? r.admittedOn : null,
    });
    let count: Promise<number> | undefined;
    let facets: Promise<BrowseFacets> | undefined;
    let both: Promise<{ total: number; facets: BrowseFacets }> | undefined;
    // A text filter scans; with facets asked for, total and facets come from one pass instead of three.
    const onePass = !!f.text && !!wants.facets;
    return {
      edges: page.map((node) => ({ cursor: encodeSortCursor(keyOf(node)), node })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? encodeSortCursor(keyOf(page[page.length - 1])) : null },
      count: () => (onePass ? (both ??= this.countAndFacets(f)).then((r) => r.total) : (count ??= this.count(f))),
      facets: () => (onePass ? (both ??= this.countAndFacets(f)).then((r) => r.facets) : (facets ??= this.facets(f))),
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

  private normalize(filter: BrowseFilter): NormalizedFilter {
    const errors: FieldError[] = [];
    const categories = [...new Set(filter.categories ?? [])];
    for (const code of categories) {
      if (!isServiceCategoryCode(code))
        errors.push({ field: 'filter.categories', code: 'CATEGORY_UNKNOWN', message: `服务类别“${code}”不存在` });
    }
    let divisionCodes: string[] | undefined;
    if (filter.divisionCode) {
      const codes = this.divisions.get(filter.divisionCode) ? this.divisions.jurisdiction(filter.divisionCode) : [];
      if (codes !== 'ALL' && !codes.length)
        errors.push({ field: 'filter.divisionCode', code: 'DIVISION_UNKNOWN', message: '区划代码不存在' });
      else if (codes !== 'ALL') divisionCodes = codes;
    }
    if (errors.length) throw badInput(errors);
    const text = filter.text?.trim();
    return { nature: filter.nature ?? undefined, categories, divisionCodes, text: text || undefined };
  }

  /** Every filter; `except` leaves dimensions out (a facet counts without its own dimension). */
  private where<T extends object>(
    qb: SelectQueryBuilder<T>,
    f: NormalizedFilter,
    ...except: ('nature' | 'categories')[]
  ): SelectQueryBuilder<T> {
    qb.andWhere('i.registryStatus = :admitted', { admitted: RegistryStatus.ADMITTED });
    if (f.divisionCodes) qb.andWhere('i.divisionCode IN (:...divisionCodes)', { divisionCodes: f.divisionCodes });
    if (f.nature && !except.includes('nature')) qb.andWhere('i.nature = :nature', { nature: f.nature });
    if (f.categories.length && !except.includes('categories')) qb.andWhere(HAS_CATEGORY, { categories: f.categories });
    if (f.text) {
      qb.andWhere(
        `(i.name LIKE :text ${LIKE_ESCAPE} OR EXISTS (SELECT 1 FROM service_product tp WHERE tp.institutionId = i.id AND tp.published = :tpPublished AND tp.name LIKE :text ${LIKE_ESCAPE}))`,
        { text: containsPattern(f.text), tpPublished: true },
      );
    }
    return qb;
  }

  private async count(f: NormalizedFilter): Promise<number> {
    const row = await this.where(this.db.createQueryBuilder().select('COUNT(*)', 'n').from(Institution, 'i'), f).getRawOne<{
      n: number | string;
    }>();
    return Number(row?.n ?? 0);
  }

  /** Both facets in one statement (UNION ALL of two GROUP BYs). */
  private async facets(f: NormalizedFilter): Promise<BrowseFacets> {
    const natures = this.where(
      this.db.createQueryBuilder().select("'N'", 'dim').addSelect('i.nature', 'code').addSelect('COUNT(*)', 'cnt').from(Institution, 'i'),
      f,
      'nature',
    )
      .andWhere('i.nature IS NOT NULL')
      .groupBy('i.nature');
    const categories = this.where(
      this.db
        .createQueryBuilder()
        .select("'C'", 'dim')
        .addSelect('m.categoryCode', 'code')
        .addSelect('COUNT(*)', 'cnt')
        .from(InstitutionMainCategory, 'm')
        .innerJoin(Institution, 'i', 'i.id = m.institutionId'),
      f,
      'categories',
    ).groupBy('m.categoryCode');
    const [natureSql, natureParams] = natures.getQueryAndParameters();
    const [categorySql, categoryParams] = categories.getQueryAndParameters();
    const rows: { dim: string; code: string; cnt: number | string }[] = await this.db.query(`${natureSql} UNION ALL ${categorySql}`, [
      ...natureParams,
      ...categoryParams,
    ]);
    const counts = new Map(rows.map((r) => [`${r.dim}:${r.code}`, Number(r.cnt)]));
    return toFacets(counts);
  }

  /**
   * Total and both facets in one statement, for filters that are expensive to evaluate (text): the base filter
   * (status, place, text) is evaluated once per institution, grouped by nature × main category × "matches the
   * category filter". Each institution is counted once through its first category (by code); a facet adds up the
   * groups that pass every filter but its own. At most a few dozen groups come back.
   */
  private async countAndFacets(f: NormalizedFilter): Promise<{ total: number; facets: BrowseFacets }> {
    const categoryOk = f.categories.length ? `CASE WHEN ${HAS_CATEGORY} THEN 1 ELSE 0 END` : '1';
    const qb = this.where(
      this.db
        .createQueryBuilder()
        .select('i.nature', 'gNature')
        .addSelect('m.categoryCode', 'gCategory')
        .addSelect(categoryOk, 'gCategoryOk')
        .addSelect('COUNT(m.categoryCode)', 'pairs')
        .addSelect(
          'SUM(CASE WHEN m.categoryCode IS NULL OR NOT EXISTS (SELECT 1 FROM institution_main_category m2 WHERE m2.institutionId = i.id AND m2.categoryCode < m.categoryCode) THEN 1 ELSE 0 END)',
          'firsts',
        )
        .from(Institution, 'i')
        .leftJoin(InstitutionMainCategory, 'm', 'm.institutionId = i.id'),
      f,
      'nature',
      'categories',
    )
      .setParameters(f.categories.length ? { categories: f.categories } : {})
      .groupBy('i.nature')
      .addGroupBy('m.categoryCode')
      .addGroupBy('gCategoryOk');
    const groups = (
      await qb.getRawMany<{
        gNature: string | null;
        gCategory: string | null;
        gCategoryOk: number | string;
        pairs: number | string;
        firsts: number | string;
      }>()
    ).map((g) => ({
      nature: g.gNature,
      category: g.gCategory,
      categoryOk: Number(g.gCategoryOk) === 1,
      pairs: Number(g.pairs),
      firsts: Number(g.firsts),
    }));
    const natureOk = (n: string | null) => !f.nature || n === f.nature;
    const counts = new Map<string, number>();
    const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
    let total = 0;
    for (const g of groups) {
      if (g.categoryOk && natureOk(g.nature)) total += g.firsts;
      if (g.categoryOk && g.nature) add(`N:${g.nature}`, g.firsts);
      if (natureOk(g.nature) && g.category) add(`C:${g.category}`, g.pairs);
    }
    return { total, facets: toFacets(counts) };
  }
}
