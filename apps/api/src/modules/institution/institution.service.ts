import { DataSource, EntityManager } from 'typeorm';
import { isIsoDate, parseUscc, validateMainCategories } from '@hebei/domain';
import { Actor, Scope } from '../../common/context';
import { badInput, FieldError, notFound } from '../../common/errors';
import { containsPattern, LIKE_ESCAPE } from '../../common/like';
import { Connection, pageSize, Sort, SortDirection, SortKey, sortedPage } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { DivisionService } from '../division/division.service';
import { InstitutionErrorCode as Code, InstitutionMessages as Msg } from './institution.errors';
import { Institution, INSTITUTION_ROWS, InstitutionMainCategory } from './institution.entity';
import { InstitutionFilter, InstitutionInput, InstitutionSortField } from './institution.inputs';
import { applyScope, scopeAllowsDivision } from '../../common/scope';
import { RegistryStatus } from '../../common/enums';

export const INSTITUTION_SORT_KEYS: Record<InstitutionSortField, SortKey> = {
  ID: { column: 'i.id', property: 'id', kind: 'number' },
  NAME: { column: 'i.name', property: 'name', kind: 'string' },
  DIVISION: { column: 'i.divisionCode', property: 'divisionCode', kind: 'string' },
  ADMITTED_ON: { column: 'i.admittedOn', property: 'admittedOn', kind: 'date', nullable: true },
};
const DEFAULT_SORT: Sort<InstitutionSortField> = { field: InstitutionSortField.ID, direction: SortDirection.ASC };

export class InstitutionService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
  ) {}

  async list(
    scope: Scope,
    filter: InstitutionFilter = {},
    first?: number,
    after?: string,
    sort: Sort<InstitutionSortField> = DEFAULT_SORT,
  ): Promise<Connection<Institution>> {
    const qb = this.filtered(scope, filter);
    const totalCount = await qb.clone().getCount();
    return sortedPage(qb, 'i', INSTITUTION_SORT_KEYS, sort, after, pageSize(first), totalCount);
  }

  /** The list's rows for the export: same scope, filters and order, in keyset chunks of 500. */
  async *listAllChunks(
    scope: Scope,
    filter: InstitutionFilter,
    sort: Sort<InstitutionSortField> = DEFAULT_SORT,
  ): AsyncGenerator<Institution[]> {
    let after: string | undefined;
    for (;;) {
      const page = await sortedPage(this.filtered(scope, filter), 'i', INSTITUTION_SORT_KEYS, sort, after, 500, 0);
      yield page.edges.map((e) => e.node);
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor ?? undefined;
    }
  }

  /** Main service directions of a chunk of institutions, in their form order (one statement). */
  async mainCategoryCodes(ids: number[]): Promise<Map<number, string[]>> {
    const map = new Map<number, string[]>();
    if (!ids.length) return map;
    const rows = await this.db
      .getRepository(InstitutionMainCategory)
      .createQueryBuilder('m')
      .where('m.institutionId IN (:...ids)', { ids })
      .orderBy('m.institutionId')
      .addOrderBy('m.position')
      .getMany();
    for (const r of rows) map.set(r.institutionId, [...(map.get(r.institutionId) ?? []), r.categoryCode]);
    return map;
  }

  async count(scope: Scope, filter: InstitutionFilter): Promise<number> {
    return this.filtered(scope, filter).getCount();
  }

  private filtered(scope: Scope, filter: InstitutionFilter) {
    const qb = applyScope(this.db.getRepository(Institution).createQueryBuilder('i'), 'i', scope, INSTITUTION_ROWS);
    if (filter.divisionCode) {
      const codes = this.divisions.jurisdiction(filter.divisionCode);
      if (codes !== 'ALL') qb.andWhere('i.divisionCode IN (:...filterCodes)', { filterCodes: codes.length ? codes : [''] });
    }
    if (filter.nature) qb.andWhere('i.nature = :nature', { nature: filter.nature });
    if (filter.registryStatus) qb.andWhere('i.registryStatus = :status', { status: filter.registryStatus });
    if (filter.category) {
      qb.andWhere('EXISTS (SELECT 1 FROM institution_main_category m WHERE m.institutionId = i.id AND m.categoryCode = :category)', {
        category: filter.category,
      });
    }
    const text = filter.text?.trim();
    if (text) {
      qb.andWhere(`(i.name LIKE :text ${LIKE_ESCAPE} OR i.uscc LIKE :text ${LIKE_ESCAPE})`, { text: containsPattern(text) });
    }
    return qb;
  }

  /** Out of scope answers exactly like a missing id. */
  async get(scope: Scope, id: number): Promise<Institution> {
    const qb = applyScope(this.db.getRepository(Institution).createQueryBuilder('i'), 'i', scope, INSTITUTION_ROWS).andWhere('i.id = :id', {
      id,
    });
    const row = await qb.getOne();
    if (!row) throw notFound('服务机构');
    return row;
  }

  async create(input: InstitutionInput, actor: Actor, scope: Scope): Promise<Institution> {
    return this.db.transaction(async (em) => {
      const uscc = await this.validate(em, input, scope);
      const institution = em.create(Institution, {
        ...input,
        uscc,
        mainCategories: undefined,
        registryStatus: RegistryStatus.APPLICANT,
      } as Partial<Institution>);
      await em.save(institution);
      await this.replaceMainCategories(em, institution.id, input.mainCategories);
      await this.audit.record(em, actor, {
        action: 'CREATE_INSTITUTION',
        entityType: 'Institution',
        entityId: institution.id,
        after: { ...institution, mainCategories: input.mainCategories },
      });
      return institution;
    });
  }

  /** Field-level checks that need the database; everything is collected so the form shows all errors at once. */
  async validate(em: EntityManager, input: InstitutionInput, scope: Scope, exceptId?: number): Promise<string> {
    const errors: FieldError[] = [];
    const parsed = parseUscc(input.uscc);
    for (const e of parsed.errors) errors.push({ field: 'uscc', code: Code.USCC_INVALID, message: e.message });
    if (parsed.valid) {
      const existing = await em.findOne(Institution, { where: { uscc: parsed.normalized } });
      if (existing && existing.id !== exceptId) errors.push({ field: 'uscc', code: Code.USCC_TAKEN, message: Msg.USCC_TAKEN });
    }
    if (!this.divisions.isRegistrableDivision(input.divisionCode)) {
      errors.push({ field: 'divisionCode', code: Code.DIVISION_UNKNOWN, message: Msg.DIVISION_UNKNOWN });
    } else if (!scopeAllowsDivision(scope, input.divisionCode)) {
      errors.push({ field: 'divisionCode', code: Code.DIVISION_OUT_OF_JURISDICTION, message: Msg.DIVISION_OUT_OF_JURISDICTION });
    }
    errors.push(...validateMainCategories(input.mainCategories, input.otherCategoryDescription));
    if (input.foundedOn && !isIsoDate(input.foundedOn)) {
      errors.push({ field: 'foundedOn', code: 'INVALID_DATE', message: '成立日期不存在' });
    }
    if (errors.length) throw badInput(errors);
    return parsed.normalized;
  }

  async replaceMainCategories(em: EntityManager, institutionId: number, codes: string[]): Promise<void> {
    await em.delete(InstitutionMainCategory, { institutionId });
    if (codes.length) {
      await em.insert(
        InstitutionMainCategory,
        codes.map((categoryCode, position) => ({ institutionId, categoryCode, position })),
      );
    }
  }
}
