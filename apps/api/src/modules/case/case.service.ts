import { DataSource, EntityManager } from 'typeorm';
import { isIsoDate } from '@hebei/domain';
import { Actor, AuthUser } from '../../common/context';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { AppError, badInput, FieldError, notFound } from '../../common/errors';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { requireAdmittedInstitution } from '../product/product.service';
import { ServiceCase } from './case.entity';
import { CaseErrorCode as Code, CaseMessages as Msg, MAX_CASES_PER_INSTITUTION } from './case.errors';
import { ServiceCaseInput } from './case.inputs';

export class CaseService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The institution's own cases, newest first. */
  async listMine(user: AuthUser, first?: number, after?: string): Promise<Connection<ServiceCase>> {
    const size = pageSize(first);
    const qb = this.db
      .getRepository(ServiceCase)
      .createQueryBuilder('c')
      .where('c.institutionId = :own', { own: user.institutionId ?? -1 });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('c.id < :cursor', { cursor });
    const rows = await qb
      .orderBy('c.id', 'DESC')
      .take(size + 1)
      .getMany();
    return toConnection(rows, size, totalCount);
  }

  /** Another institution's case answers exactly like a missing one. */
  async getMine(user: AuthUser, id: number, em: EntityManager = this.db.manager): Promise<ServiceCase> {
    const row = await em.findOne(ServiceCase, { where: { id, institutionId: user.institutionId ?? -1 } });
    if (!row) throw notFound('服务案例');
    return row;
  }

  async create(user: AuthUser, input: ServiceCaseInput, actor: Actor): Promise<ServiceCase> {
    const values = this.validate(input);
    return this.db.transaction(async (em) => {
      const institution = await requireAdmittedInstitution(em, user);
      if ((await em.count(ServiceCase, { where: { institutionId: institution.id } })) >= MAX_CASES_PER_INSTITUTION) {
        throw new AppError(Code.CASE_LIMIT_REACHED, Msg.CASE_LIMIT_REACHED);
      }
      const row = em.create(ServiceCase, { ...values, institutionId: institution.id });
      await em.save(row);
      await this.audit.record(em, actor, { action: 'CREATE_SERVICE_CASE', entityType: 'ServiceCase', entityId: row.id, after: row });
      return row;
    });
  }

  async update(user: AuthUser, id: number, input: ServiceCaseInput, actor: Actor): Promise<ServiceCase> {
    const values = this.validate(input);
    return this.db.transaction(async (em) => {
      const before = await this.getMine(user, id, em);
      await requireAdmittedInstitution(em, user);
      const after = await compareAndSet(em, ServiceCase, { ...before }, values);
      await this.audit.record(em, actor, { action: 'UPDATE_SERVICE_CASE', entityType: 'ServiceCase', entityId: id, before, after });
      return after;
    });
  }

  async remove(user: AuthUser, id: number, actor: Actor): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const before = await this.getMine(user, id, em);
      await requireAdmittedInstitution(em, user);
      await em.delete(ServiceCase, { id, institutionId: before.institutionId });
      await this.audit.record(em, actor, { action: 'DELETE_SERVICE_CASE', entityType: 'ServiceCase', entityId: id, before });
      return true;
    });
  }

  private validate(input: ServiceCaseInput) {
    const errors: FieldError[] = [];
    if (!isIsoDate(input.servedOn)) errors.push({ field: 'servedOn', code: Code.INVALID_DATE, message: Msg.INVALID_DATE });
    else if (input.servedOn > this.clock.today()) {
      errors.push({ field: 'servedOn', code: Code.DATE_IN_FUTURE, message: Msg.DATE_IN_FUTURE });
    }
    const title = input.title.trim();
    const enterpriseName = input.enterpriseName.trim();
    if (title.length < 2) errors.push({ field: 'title', code: 'REQUIRED', message: '案例标题应为2–200个字' });
    if (enterpriseName.length < 2) errors.push({ field: 'enterpriseName', code: 'REQUIRED', message: '服务企业名称应为2–200个字' });
    if (errors.length) throw badInput(errors);
    return { title, enterpriseName, content: input.content.trim(), outcome: input.outcome.trim(), servedOn: input.servedOn };
  }
}
