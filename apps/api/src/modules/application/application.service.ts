import { DataSource, EntityManager } from 'typeorm';
import {
  APPLICATION_CONTENT_FIELDS,
  ApplicationChange,
  applicationChangesSinceReturn,
  ApplicationContent,
  applicationFormViolations,
  batchRefusal,
  canEditApplication,
  evaluateEligibility,
  lastCompleteYear,
  CriterionResult,
  REVIEW_STATUS_LABELS,
  reviewingBureau,
  reviewQueueOf,
  submitApplication,
  validateDraftMainCategories,
  withdrawApplication,
} from '@hebei/domain';
import { Actor, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { badInput, conflict, FieldError, forbidden, notFound } from '../../common/errors';
import { containsPattern, LIKE_ESCAPE } from '../../common/like';
import { Connection, pageSize, Sort, SortDirection, SortKey, sortedPage } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { Batch } from '../batch/batch.entity';
import { DivisionService } from '../division/division.service';
import { Institution } from '../institution/institution.entity';
import { NotificationService } from '../notification/notification.service';
import {
  Application,
  APPLICATION_ROWS,
  ApplicationAttachment,
  ApplicationEvent,
  ApplicationEventType,
  ApplicationProduct,
  ApplicationServedEnterprise,
  ApplicationSnapshot,
  ApplicationStaff,
  ApplicationStatus,
} from './application.entity';
import { applicationExists, batchNotOpen, deadlinePassed, notAnApplicant, notEditable } from './application.errors';
import { ApplicationFilter, ApplicationInput, ApplicationSortField, ReviewQueue } from './application.inputs';
import { queueCondition } from './application.queues';
import { applyScope } from '../../common/scope';

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

export const APPLICATION_SORT_KEYS: Record<ApplicationSortField, SortKey> = {
  ID: { column: 'a.id', property: 'id', kind: 'number' },
  NAME: { column: 'a.name', property: 'name', kind: 'string' },
  DIVISION: { column: 'a.divisionCode', property: 'divisionCode', kind: 'string' },
  BATCH: { column: 'a.batchId', property: 'batchId', kind: 'number' },
};
const DEFAULT_SORT: Sort<ApplicationSortField> = { field: ApplicationSortField.ID, direction: SortDirection.ASC };

const APPLICATION_CONFLICT = '该申请已被他人处理，请刷新后查看最新状态';

/**
 * What an application's rules and views read besides its own row, when a request's loaders already hold (or batch) it:
 * the read path passes them so E1–E10, the diff since a return and the detail's fields share one statement per table.
 */
export interface ApplicationReads {
  batch(id: number): Promise<Batch | null>;
  institution(id: number): Promise<Institution | null>;
  attachments(applicationId: number): Promise<ApplicationAttachment[]>;
  products(applicationId: number): Promise<ApplicationProduct[]>;
  staff(applicationId: number): Promise<ApplicationStaff[]>;
  servedEnterprises(applicationId: number): Promise<ApplicationServedEnterprise[]>;
}

export class ApplicationService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * The detail screen's read: the application with its batch and institution in the same statement (the caller primes
   * its loaders with them, so the batch, E1–E10 and the re-entry ban cost nothing more).
   */
  async getWithParents(scope: Scope, id: number): Promise<{ app: Application; batch: Batch | null; institution: Institution | null }> {
    const app = await applyScope(this.db.getRepository(Application).createQueryBuilder('a'), 'a', scope, APPLICATION_ROWS)
      .leftJoinAndMapOne('a.parentBatch', Batch, 'pb', 'pb.id = a.batchId')
      .leftJoinAndMapOne('a.parentInstitution', Institution, 'pi', 'pi.id = a.institutionId')
      .andWhere('a.id = :id', { id })
      .getOne();
    if (!app) throw notFound('申请');
    const joined = app as Application & { parentBatch?: Batch | null; parentInstitution?: Institution | null };
    const { parentBatch = null, parentInstitution = null } = joined;
    delete joined.parentBatch;
    delete joined.parentInstitution;
    return { app, batch: parentBatch, institution: parentInstitution };
  }

  async get(scope: Scope, id: number, em: EntityManager = this.db.manager): Promise<Application> {
    const app = await applyScope(em.getRepository(Application).createQueryBuilder('a'), 'a', scope, APPLICATION_ROWS)
      .andWhere('a.id = :id', { id })
      .getOne();
    if (!app) throw notFound('申请');
    return app;
  }

  private filtered(scope: Scope, filter: ApplicationFilter) {
    const qb = applyScope(this.db.getRepository(Application).createQueryBuilder('a'), 'a', scope, APPLICATION_ROWS);
    if (filter.batchId) qb.andWhere('a.batchId = :batchId', { batchId: Number(filter.batchId) });
    const text = filter.text?.trim();
    if (text) qb.andWhere(`(a.name LIKE :text ${LIKE_ESCAPE} OR a.uscc LIKE :text ${LIKE_ESCAPE})`, { text: containsPattern(text) });
    if (filter.queue) qb.andWhere(queueCondition('a', filter.queue));
    return qb;
  }

  /** A review tab (or the applicant's own list), sorted on the server; default in application order (下一条 relies on it). */
  async list(
    scope: Scope,
    filter: ApplicationFilter = {},
    first?: number,
    after?: string,
    sort: Sort<ApplicationSortField> = DEFAULT_SORT,
  ): Promise<Connection<Application>> {
    const qb = this.filtered(scope, filter);
    const totalCount = await qb.clone().getCount();
    return sortedPage(qb, 'a', APPLICATION_SORT_KEYS, sort, after, pageSize(first), totalCount);
  }

  async count(scope: Scope, filter: ApplicationFilter): Promise<number> {
    return this.filtered(scope, filter).getCount();
  }

  /** The tab's rows for the export: same scope, filters and order, in keyset chunks of 500. */
  async *listAllChunks(
    scope: Scope,
    filter: ApplicationFilter,
    sort: Sort<ApplicationSortField> = DEFAULT_SORT,
  ): AsyncGenerator<Application[]> {
    let after: string | undefined;
    for (;;) {
      const page = await sortedPage(this.filtered(scope, filter), 'a', APPLICATION_SORT_KEYS, sort, after, 500, 0);
      yield page.edges.map((e) => e.node);
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor ?? undefined;
    }
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
      const q = reviewQueueOf(r.status, Boolean(Number(r.skipsCounty))) as ReviewQueue;
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
        // 上年度: the last complete year by the server's today (Attachment 2), not the batch's deadline year.
        lastYear: lastCompleteYear(this.clock.today()),
      } as Partial<Application>);
      await em.save(app);
      await this.recordEvent(em, actor, app, {
        type: ApplicationEventType.CREATE,
        from: null,
        to: ApplicationStatus.DRAFT,
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
        await compareAndSet(em, Application, app, patch, APPLICATION_CONFLICT);
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
      await this.transition(
        em,
        actor,
        app,
        submitApplication(from) as ApplicationStatus,
        { type: from === ApplicationStatus.RETURNED ? ApplicationEventType.RESUBMIT : ApplicationEventType.SUBMIT },
        { submittedAt: this.clock.now() },
      );
      await this.audit.record(em, actor, {
        action: 'SUBMIT_APPLICATION',
        entityType: 'Application',
        entityId: id,
        before: { status: from },
        after: { status: app.status },
      });
      await this.notifyQueue(em, app, batch.name, from === ApplicationStatus.RETURNED);
      return app;
    });
  }

  /**
   * The applicant takes a submitted application back before the first review level acts: compare-and-set on the
   * version the applicant saw (a county decision in between wins, the withdrawal gets CONFLICT), back to DRAFT, on the
   * timeline and audited, and the bureau whose queue it leaves is told.
   */
  async withdraw(scope: Scope, id: number, expectedVersion: number, actor: Actor): Promise<Application> {
    if (!actor.user?.institutionId) throw forbidden();
    return this.db.transaction(async (em) => {
      const app = await this.get(scope, id, em);
      if (app.institutionId !== actor.user!.institutionId) throw notFound('申请');
      if (app.version !== expectedVersion) throw conflict(APPLICATION_CONFLICT);
      const from = app.status;
      // The queue it leaves (Art. 8): the county's, or the city's where the county step is skipped.
      const leaves = this.reviewingBureauOf(app);
      await this.transition(em, actor, app, withdrawApplication(from) as ApplicationStatus, { type: ApplicationEventType.WITHDRAW });
      await this.audit.record(em, actor, {
        action: 'WITHDRAW_APPLICATION',
        entityType: 'Application',
        entityId: id,
        before: { status: from },
        after: { status: app.status },
      });
      const batch = await em.findOne(Batch, { where: { id: app.batchId }, select: { id: true, name: true } });
      await this.notifications.notify(
        em,
        leaves ? [{ bureau: leaves.divisionCode }] : [],
        'APPLICATION_WITHDRAWN',
        { institutionName: app.name ?? '服务机构', batchName: batch?.name ?? '' },
        { type: 'Application', id: app.id },
      );
      return app;
    });
  }

  /**
   * The bureau whose queue the application has just entered is told (issue #12 item 3): the county on submission, the
   * city after 初审 (or on submission where the county step is skipped), the province after 推荐. Nothing when no review
   * is pending. Inside the caller's transaction.
   */
  /** The bureau whose queue the application is in now (Art. 8), or null when no level is to act. */
  private reviewingBureauOf(app: Application) {
    return reviewingBureau(app.status, app.skipsCounty, {
      countyCode: app.divisionCode,
      cityCode: this.divisions.cityOf(app.divisionCode)?.code ?? app.divisionCode,
    });
  }

  async notifyQueue(em: EntityManager, app: Application, batchName: string, resubmitted = false): Promise<void> {
    const bureau = this.reviewingBureauOf(app);
    if (!bureau) return;
    await this.notifications.notify(
      em,
      [{ bureau: bureau.divisionCode }],
      'APPLICATION_IN_QUEUE',
      { institutionName: app.name ?? '服务机构', batchName, queue: REVIEW_STATUS_LABELS[app.status], resubmitted },
      { type: 'Application', id: app.id },
    );
  }

  /**
   * E1–E10 for this application as it stands now (Art. 6). `read` is the request's loaders on a read path (the batch,
   * the institution and the attachments are then shared with the fields that show them); without it, `em` is read.
   */
  async eligibility(app: Application, em: EntityManager = this.db.manager, read?: ApplicationReads): Promise<CriterionResult[]> {
    const [batch, inst, slots] = await Promise.all([
      read ? read.batch(app.batchId) : em.findOne(Batch, { where: { id: app.batchId } }),
      read ? read.institution(app.institutionId) : em.findOne(Institution, { where: { id: app.institutionId } }),
      read ? read.attachments(app.id) : em.find(ApplicationAttachment, { where: { applicationId: app.id }, select: { slot: true } }),
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
      { onlineDeadline: batch!.onlineDeadline, today: this.clock.today() },
    );
  }

  /** The form as it stands (fields, the three tables in order, the attachment slots), as plain JSON. */
  async contentOf(em: EntityManager, app: Application, read?: ApplicationReads): Promise<ApplicationContent> {
    const byPosition = { order: { position: 'ASC' as const } };
    const [products, staff, served, attachments] = await Promise.all(
      read
        ? [read.products(app.id), read.staff(app.id), read.servedEnterprises(app.id), read.attachments(app.id)]
        : [
            em.find(ApplicationProduct, { where: { applicationId: app.id }, ...byPosition }),
            em.find(ApplicationStaff, { where: { applicationId: app.id }, ...byPosition }),
            em.find(ApplicationServedEnterprise, { where: { applicationId: app.id }, ...byPosition }),
            em.find(ApplicationAttachment, { where: { applicationId: app.id }, order: { slot: 'ASC' } }),
          ],
    );
    const fields = Object.fromEntries(
      APPLICATION_CONTENT_FIELDS.map((f) => [
        f.key,
        (app as unknown as Record<string, ApplicationContent['fields'][string]>)[f.key] ?? null,
      ]),
    );
    return {
      fields,
      products: products.map(({ name, content, application }) => ({ name, content, application })),
      staff: staff.map(({ name, post, title, education, hasContractProof }) => ({
        name,
        post,
        title,
        education,
        hasContractProof: Boolean(hasContractProof),
      })),
      servedEnterprises: served.map(({ name, nature, satisfaction }) => ({ name, nature, satisfaction })),
      attachments: attachments.map(({ slot, fileName, sha256 }) => ({ slot, fileName, sha256 })),
    };
  }

  /** At a return (退回修改), in the reviewer's transaction: what the applicant is asked to correct, kept for the diff. */
  async snapshotAtReturn(em: EntityManager, app: Application, level: string): Promise<void> {
    await em.insert(ApplicationSnapshot, {
      applicationId: app.id,
      level,
      content: await this.contentOf(em, app),
      createdAt: this.clock.now(),
    });
  }

  /**
   * 自退回以来的修改: the latest return's snapshot against the application now. Null while it is with the applicant
   * (RETURNED, or withdrawn to DRAFT) and for an application never returned.
   */
  async changesSinceReturn(
    app: Application,
    read?: ApplicationReads,
  ): Promise<{ returnedAt: Date; level: string | null; changes: ApplicationChange[] } | null> {
    if (app.status === ApplicationStatus.RETURNED || app.status === ApplicationStatus.DRAFT) return null;
    const snapshot = await this.db.manager.findOne(ApplicationSnapshot, { where: { applicationId: app.id }, order: { id: 'DESC' } });
    if (!snapshot) return null;
    const now = await this.contentOf(this.db.manager, app, read);
    return { returnedAt: snapshot.createdAt, level: snapshot.level, changes: applicationChangesSinceReturn(snapshot.content, now) };
  }

  private assertBatchAcceptsApplications(batch: Batch): void {
    const refusal = batchRefusal(batch, this.clock.today());
    if (refusal === 'BATCH_NOT_OPEN') throw batchNotOpen();
    if (refusal === 'DEADLINE_PASSED') throw deadlinePassed(batch.onlineDeadline);
  }

  /**
   * The one way an application's status changes: compare-and-set on its version (of two reviewers exactly one wins,
   * the other gets CONFLICT) and the timeline event, in the caller's transaction.
   */
  async transition(
    em: EntityManager,
    actor: Actor,
    app: Application,
    to: ApplicationStatus,
    event: { type: ApplicationEventType; level?: string | null; opinion?: string | null },
    patch: Partial<Application> = {},
  ): Promise<Application> {
    const from = app.status;
    await compareAndSet(em, Application, app, { ...patch, status: to }, APPLICATION_CONFLICT);
    await this.recordEvent(em, actor, app, { ...event, from, to });
    return app;
  }

  /** Appends to the application's timeline (append-only; who, when, level, opinion). */
  async recordEvent(
    em: EntityManager,
    actor: Actor,
    app: Pick<Application, 'id'>,
    e: {
      type: ApplicationEventType;
      from: ApplicationStatus | null;
      to: ApplicationStatus;
      level?: string | null;
      opinion?: string | null;
    },
  ): Promise<void> {
    await em.insert(ApplicationEvent, {
      applicationId: app.id,
      type: e.type,
      level: e.level ?? null,
      actorUsername: actor.user?.username ?? null,
      actorName: actor.user?.displayName ?? (actor.user ? null : '系统'),
      opinion: e.opinion ?? null,
      fromStatus: e.from,
      toStatus: e.to,
      createdAt: this.clock.now(),
    });
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
      ...applicationFormViolations(input, this.clock.today()),
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
