import { DataSource, EntityManager } from 'typeorm';
import {
  applicationFormViolations,
  canEditApplication,
  evaluateEligibility,
  CriterionResult,
  toIsoDateInShanghai,
  validateDraftMainCategories,
} from '@hebei/domain';
import { Actor, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { badInput, FieldError, forbidden, notFound } from '../../common/errors';
import { containsPattern, LIKE_ESCAPE } from '../../common/like';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { Batch, BatchStatus } from '../batch/batch.entity';
import { DivisionService } from '../division/division.service';
import { Institution } from '../institution/institution.entity';
import {
  Application,
  ApplicationAttachment,
  ApplicationEventType,
  ApplicationProduct,
  ApplicationServedEnterprise,
  ApplicationStaff,
  ApplicationStatus,
} from './application.entity';
import { applicationExists, batchNotOpen, deadlinePassed, notAnApplicant, notEditable } from './application.errors';
import { ApplicationFilter, ApplicationInput, ReviewQueue } from './application.inputs';
import { applyApplicationScope, queueCondition, queueOf } from './application.scope';
import { casTransition, recordEvent } from './application.transitions';

const UNIT_FIELDS = [
  'name',
  'institutionType',
  'nature',
  'address',
  'postalCode',
  'legalRepresentative',
  'foundedOn',
  'registeredCapital',
  'contactPerson',
  'contactPhone',
  'email',
  'employees',
  'qualifiedStaff',
  'cooperatingExperts',
  'seniorExperts',
  'cooperatingInstitutions',
  'serviceAssets',
  'totalAssets',
  'premisesArea',
  'otherCategoryDescription',
] as const;

export class ApplicationService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
  ) {}

  private today(): string {
    return toIsoDateInShanghai(this.clock.now());
  }

  async get(scope: Scope, id: number, em: EntityManager = this.db.manager): Promise<Application> {
    const app = await applyApplicationScope(em.getRepository(Application).createQueryBuilder('a'), 'a', scope)
      .andWhere('a.id = :id', { id })
      .getOne();
    if (!app) throw notFound('申请');
    return app;
  }

  private filtered(scope: Scope, filter: ApplicationFilter) {
    const qb = applyApplicationScope(this.db.getRepository(Application).createQueryBuilder('a'), 'a', scope);
    if (filter.batchId) qb.andWhere('a.batchId = :batchId', { batchId: Number(filter.batchId) });
    const text = filter.text?.trim();
    if (text) qb.andWhere(`(a.name LIKE :text ${LIKE_ESCAPE} OR a.uscc LIKE :text ${LIKE_ESCAPE})`, { text: containsPattern(text) });
    return qb;
  }

  async list(scope: Scope, filter: ApplicationFilter = {}, first?: number, after?: string): Promise<Connection<Application>> {
    const size = pageSize(first);
    const qb = this.filtered(scope, filter);
    if (filter.queue) qb.andWhere(queueCondition('a', filter.queue));
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('a.id > :cursor', { cursor });
    const rows = await qb
      .orderBy('a.id', 'ASC')
      .take(size + 1)
      .getMany();
    return toConnection(rows, size, totalCount);
  }

  /** Badge counts for every tab in one GROUP BY. */
  async queueCounts(scope: Scope, filter: ApplicationFilter = {}): Promise<{ queue: ReviewQueue; count: number }[]> {
    const rows: { status: ApplicationStatus; skipsCounty: number | boolean; count: string | number }[] = await this.filtered(scope, {
      ...filter,
      queue: undefined,
    })
      .select('a.status', 'status')
      .addSelect('a.skipsCounty', 'skipsCounty')
      .addSelect('COUNT(*)', 'count')
      .groupBy('a.status')
      .addGroupBy('a.skipsCounty')
      .getRawMany();
    const counts = new Map<ReviewQueue, number>(Object.values(ReviewQueue).map((q) => [q, 0]));
    for (const r of rows) {
      const q = queueOf(r.status, Boolean(Number(r.skipsCounty)));
      counts.set(q, counts.get(q)! + Number(r.count));
    }
    return [...counts].map(([queue, count]) => ({ queue, count }));
  }

  /** An INSTITUTION starts its application in an open batch, prefilled from its registration. */
  async create(batchId: number, actor: Actor): Promise<Application> {
    const institutionId = actor.user?.institutionId;
    if (!institutionId) throw notAnApplicant();
    return this.db.transaction(async (em) => {
      const batch = await em.findOne(Batch, { where: { id: batchId } });
      if (!batch) throw notFound('申报批次');
      this.assertBatchAcceptsApplications(batch);
      if (await em.findOne(Application, { where: { batchId, institutionId } })) throw applicationExists();
      const inst = await em.findOneOrFail(Institution, { where: { id: institutionId } });
      const prefill = Object.fromEntries(UNIT_FIELDS.map((f) => [f, inst[f] ?? null]));
      const categories = await em.query('SELECT categoryCode FROM institution_main_category WHERE institutionId = ? ORDER BY position', [
        institutionId,
      ]);
      const app = em.create(Application, {
        ...prefill,
        batchId,
        institutionId,
        uscc: inst.uscc,
        divisionCode: inst.divisionCode,
        skipsCounty: this.divisions.skipsCountyReview(inst.divisionCode),
        mainCategories: categories.map((c: { categoryCode: string }) => c.categoryCode),
        status: ApplicationStatus.DRAFT,
        version: 1,
        lastYear: Number(batch.onlineDeadline.slice(0, 4)) - 1,
      } as Partial<Application>);
      await em.save(app);
      await recordEvent(em, actor, app, {
        type: ApplicationEventType.CREATE,
        from: null,
        to: ApplicationStatus.DRAFT,
        at: this.clock.now(),
      });
      await this.audit.record(em, actor, { action: 'CREATE_APPLICATION', entityType: 'Application', entityId: app.id, after: app });
      return app;
    });
  }

  async save(scope: Scope, id: number, input: ApplicationInput, actor: Actor): Promise<Application> {
    return this.db.transaction(async (em) => {
      const app = await this.ownEditable(em, scope, id, actor);
      this.validateInput(input);
      const before = { ...app };
      const patch: Partial<Application> = {};
      for (const [key, value] of Object.entries(input)) {
        if (value === undefined || ['products', 'staff', 'servedEnterprises'].includes(key)) continue;
        (patch as Record<string, unknown>)[key] = value;
      }
      if (patch.declarationSigned === false) patch.declarationSignedBy = null;
      if (Object.keys(patch).length) {
        await casTransition(em, app, app.status, patch);
      }
      await this.replaceChildren(em, app.id, input);
      await this.audit.record(em, actor, {
        action: 'SAVE_APPLICATION',
        entityType: 'Application',
        entityId: app.id,
        before,
        after: { ...app, ...input },
      });
      return app;
    });
  }

  async remove(scope: Scope, id: number, actor: Actor): Promise<boolean> {
    await this.db.transaction(async (em) => {
      const app = await this.ownEditable(em, scope, id, actor);
      if (app.status !== ApplicationStatus.DRAFT) throw notEditable('删除');
      for (const child of [ApplicationProduct, ApplicationStaff, ApplicationServedEnterprise, ApplicationAttachment]) {
        await em.delete(child, { applicationId: id });
      }
      await em.query('DELETE FROM application_event WHERE applicationId = ?', [id]);
      const result = await em.delete(Application, { id, version: app.version });
      if (!result.affected) throw notEditable('删除');
      await this.audit.record(em, actor, { action: 'DELETE_APPLICATION', entityType: 'Application', entityId: id, before: app });
    });
    return true;
  }

  /** Submission (or resubmission after a return) is refused with one message per failing criterion (Art. 6). */
  async submit(scope: Scope, id: number, actor: Actor): Promise<Application> {
    return this.db.transaction(async (em) => {
      const app = await this.ownEditable(em, scope, id, actor);
      const batch = await em.findOneOrFail(Batch, { where: { id: app.batchId } });
      this.assertBatchAcceptsApplications(batch);
      const results = await this.eligibility(app, em);
      const failing = results.filter((r) => r.status !== 'PASS');
      if (failing.length) {
        const fields: FieldError[] = failing.map((r) => ({
          field: r.id,
          code: r.status === 'FAIL' ? `${r.id}_FAIL` : `${r.id}_MISSING`,
          message: `${r.id} ${r.title}：${r.reason}`,
        }));
        throw badInput(fields, `不符合入库条件，不能提交：${fields.map((f) => f.message).join('；')}`);
      }
      const from = app.status;
      await casTransition(em, app, ApplicationStatus.SUBMITTED, { submittedAt: this.clock.now() });
      await recordEvent(em, actor, app, {
        type: from === ApplicationStatus.RETURNED ? ApplicationEventType.RESUBMIT : ApplicationEventType.SUBMIT,
        from,
        to: ApplicationStatus.SUBMITTED,
        at: this.clock.now(),
      });
      await this.audit.record(em, actor, {
        action: 'SUBMIT_APPLICATION',
        entityType: 'Application',
        entityId: id,
        before: { status: from },
        after: { status: app.status },
      });
      return app;
    });
  }

  /** E1–E10 for this application as it stands now (Art. 6). */
  async eligibility(app: Application, em: EntityManager = this.db.manager): Promise<CriterionResult[]> {
    const [batch, inst, slots] = await Promise.all([
      em.findOne(Batch, { where: { id: app.batchId } }),
      em.findOne(Institution, { where: { id: app.institutionId } }),
      em.find(ApplicationAttachment, { where: { applicationId: app.id }, select: { slot: true } }),
    ]);
    return evaluateEligibility(
      {
        uscc: app.uscc,
        divisionCode: app.divisionCode,
        divisionInHebei: this.divisions.isRegistrableDivision(app.divisionCode),
        foundedOn: app.foundedOn,
        mainCategories: app.mainCategories,
        otherCategoryDescription: app.otherCategoryDescription,
        seniorExperts: app.seniorExperts,
        experts: app.cooperatingExperts,
        cooperatingInstitutions: app.cooperatingInstitutions,
        premisesArea: app.premisesArea,
        totalAssets: app.totalAssets,
        smesServedLastYear: app.smesServedLastYear,
        pointToPointEnterprises: app.pointToPointEnterprises,
        declaresNoCreditBlacklist: app.declaresNoCreditBlacklist,
        reentryBanUntil: inst?.reentryBanUntil ?? null,
        attachmentSlotsPresent: slots.map((s) => s.slot),
        declarationSigned: app.declarationSigned,
      },
      { onlineDeadline: batch!.onlineDeadline, today: this.today() },
    );
  }

  private assertBatchAcceptsApplications(batch: Batch): void {
    if (batch.status !== BatchStatus.OPEN) throw batchNotOpen();
    if (this.today() > batch.onlineDeadline) throw deadlinePassed(batch.onlineDeadline);
  }

  /** Only the applicant, only while DRAFT or RETURNED. */
  private async ownEditable(em: EntityManager, scope: Scope, id: number, actor: Actor): Promise<Application> {
    if (!actor.user?.institutionId) throw forbidden();
    const app = await this.get(scope, id, em);
    if (app.institutionId !== actor.user.institutionId) throw notFound('申请');
    if (!canEditApplication(app.status)) throw notEditable();
    return app;
  }

  private validateInput(input: ApplicationInput): void {
    const errors: FieldError[] = [
      ...(input.mainCategories ? validateDraftMainCategories(input.mainCategories, input.otherCategoryDescription) : []),
      ...applicationFormViolations(input, this.today()),
    ];
    if (errors.length) throw badInput(errors);
  }

  private async replaceChildren(em: EntityManager, applicationId: number, input: ApplicationInput): Promise<void> {
    const tables = [
      [ApplicationProduct, input.products],
      [ApplicationStaff, input.staff],
      [ApplicationServedEnterprise, input.servedEnterprises],
    ] as const;
    for (const [entity, rows] of tables) {
      if (!rows) continue;
      await em.delete(entity, { applicationId });
      if (rows.length) await em.insert(entity, rows.map((r, position) => ({ ...r, applicationId, position })) as never);
    }
  }
}
