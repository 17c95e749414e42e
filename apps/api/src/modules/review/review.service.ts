import { DataSource, EntityManager } from 'typeorm';
import { bulkReviewViolations, DomainError, isIsoDate, nextReviewState, ReviewLevel, validateReviewOpinion } from '@hebei/domain';
import { Actor, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { Role } from '../../common/enums';
import { AppError, badInput, conflict, forbidden } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { Application, ApplicationEventType, ApplicationStatus, SpotCheck } from '../application/application.entity';
import { ApplicationService } from '../application/application.service';
import { Batch } from '../batch/batch.entity';
import { NotificationService } from '../notification/notification.service';
import { BulkReviewInput, ReviewAction, ReviewInput, SpotCheckInput } from './review.inputs';

export function reviewLevelOf(role: Role | undefined): ReviewLevel | null {
  return role === Role.COUNTY ? 'COUNTY' : role === Role.CITY ? 'CITY' : role === Role.PROVINCE ? 'PROVINCE' : null;
}

const EVENT_OF: Record<ReviewAction, ApplicationEventType> = {
  APPROVE: ApplicationEventType.APPROVE,
  RETURN: ApplicationEventType.RETURN,
  REJECT: ApplicationEventType.REJECT,
};

export class ReviewService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly applications: ApplicationService,
    private readonly notifications: NotificationService,
  ) {}

  /** County → city → province (Art. 8); each decision is compare-and-set, audited and on the timeline. */
  async review(scope: Scope, input: ReviewInput, actor: Actor): Promise<Application> {
    const level = reviewLevelOf(actor.user?.role);
    if (!level) throw forbidden();
    const opinion = input.opinion?.trim() || null;
    const opinionErrors = validateReviewOpinion(level, input.action, opinion);
    if (opinionErrors.length) throw badInput(opinionErrors);
    return this.db.transaction(async (em) => {
      const app = await this.applications.get(scope, Number(input.applicationId), em);
      return this.decide(em, actor, app, level, input.expectedVersion, input.action, opinion, this.batchNames(em));
    });
  }

  /**
   * One opinion for several applications (issue #12 item 4; approve or return only, see bulkReviewViolations): the
   * single review applied to each in one transaction, all or nothing. Items are taken in id order, so two bulk calls
   * over overlapping ids lock in the same order and the second gets CONFLICT instead of a deadlock. A refusal names the
   * item (its unit name, or its place in the selection when it cannot be seen).
   */
  async reviewMany(scope: Scope, input: BulkReviewInput, actor: Actor): Promise<Application[]> {
    const level = reviewLevelOf(actor.user?.role);
    if (!level) throw forbidden();
    const opinion = input.opinion?.trim() || null;
    const errors = [
      ...bulkReviewViolations(
        input.action,
        input.items.map((i) => String(Number(i.applicationId))),
      ),
      ...validateReviewOpinion(level, input.action, opinion),
    ];
    if (errors.length) throw badInput(errors);
    const order = input.items
      .map((item, position) => ({ item, position }))
      .sort((x, y) => Number(x.item.applicationId) - Number(y.item.applicationId));
    return this.db.transaction(async (em) => {
      const done = new Map<number, Application>();
      const batchNames = this.batchNames(em); // items of one batch read its name once
      for (const { item, position } of order) {
        let name = `第${position + 1}项`;
        try {
          const app = await this.applications.get(scope, Number(item.applicationId), em);
          name = `“${app.name}”`;
          done.set(position, await this.decide(em, actor, app, level, item.expectedVersion, input.action, opinion, batchNames));
        } catch (e) {
          if (e instanceof AppError) {
            const { code, ...rest } = e.extensions as { code: string };
            throw new AppError(code, `${name}：${e.message}；整批未生效`, { ...rest, position });
          }
          if (e instanceof DomainError) {
            throw new AppError(e.code, `${name}：${e.message}；整批未生效`, { ...(e.details ?? {}), position });
          }
          throw e;
        }
      }
      return input.items.map((_, position) => done.get(position)!);
    });
  }

  /** Batch names for the queue notices, each read once per call. */
  private batchNames(em: EntityManager): (batchId: number) => Promise<string> {
    const names = new Map<number, Promise<string>>();
    return (batchId) => {
      let name = names.get(batchId);
      if (!name) {
        name = em.findOne(Batch, { where: { id: batchId }, select: { id: true, name: true } }).then((b) => b?.name ?? '');
        names.set(batchId, name);
      }
      return name;
    };
  }

  /** The decision on one application the caller can see, in the caller's transaction. */
  private async decide(
    em: EntityManager,
    actor: Actor,
    app: Application,
    level: ReviewLevel,
    expectedVersion: number,
    action: ReviewAction,
    opinion: string | null,
    batchName: (batchId: number) => Promise<string>,
  ): Promise<Application> {
    if (app.version !== expectedVersion) throw conflict('该申请已被他人处理，请刷新后查看最新状态');
    const to = nextReviewState(app.status, level, action, app.skipsCounty) as ApplicationStatus;
    const from = app.status;
    await this.applications.transition(
      em,
      actor,
      app,
      to,
      { type: EVENT_OF[action], level, opinion },
      level === 'CITY' && action === ReviewAction.APPROVE ? { cityOpinion: opinion } : {},
    );
    await this.audit.record(em, actor, {
      action: `REVIEW_${action}`,
      entityType: 'Application',
      entityId: app.id,
      before: { status: from },
      after: { status: to, level, opinion },
    });
    const subject = { type: 'Application' as const, id: app.id };
    if (to === ApplicationStatus.RETURNED) {
      await this.applications.snapshotAtReturn(em, app, level);
      await this.notifications.notify(
        em,
        [{ institutionId: app.institutionId }],
        'APPLICATION_RETURNED',
        { level, reason: opinion ?? '' },
        subject,
      );
    } else if (action === ReviewAction.APPROVE) {
      await this.notifications.notify(em, [{ institutionId: app.institutionId }], 'APPLICATION_PASSED', { level }, subject);
      await this.applications.notifyQueue(em, app, await batchName(app.batchId));
    } else if (to === ApplicationStatus.REJECTED) {
      await this.notifications.notify(
        em,
        [{ institutionId: app.institutionId }],
        'APPLICATION_REJECTED',
        { level, reason: opinion ?? '' },
        subject,
      );
    }
    return app;
  }

  /** Province's optional on-site check (实地抽查) while the application awaits its review. */
  async recordSpotCheck(scope: Scope, input: SpotCheckInput, actor: Actor): Promise<SpotCheck> {
    if (!isIsoDate(input.checkedOn)) throw badInput([{ field: 'checkedOn', code: 'INVALID_DATE', message: '抽查日期不存在' }]);
    if (input.checkedOn > this.clock.today()) {
      throw badInput([{ field: 'checkedOn', code: 'FUTURE_DATE', message: '抽查日期不能晚于今天' }]);
    }
    return this.db.transaction(async (em) => {
      const app = await this.applications.get(scope, Number(input.applicationId), em);
      if (app.status !== ApplicationStatus.CITY_RECOMMENDED) {
        throw new AppError('INVALID_TRANSITION', '只能对待省级审核的申请记录实地抽查');
      }
      const check = em.create(SpotCheck, {
        applicationId: app.id,
        checkedOn: input.checkedOn,
        inspectors: input.inspectors,
        findings: input.findings,
        passed: input.passed,
        createdAt: this.clock.now(),
      });
      await em.save(check);
      await this.applications.recordEvent(em, actor, app, {
        type: ApplicationEventType.SPOT_CHECK,
        from: app.status,
        to: app.status,
        level: 'PROVINCE',
        opinion: `实地抽查（${input.checkedOn}，${input.inspectors}）：${input.passed ? '通过' : '未通过'}。${input.findings}`,
      });
      await this.audit.record(em, actor, { action: 'SPOT_CHECK', entityType: 'Application', entityId: app.id, after: check });
      return check;
    });
  }
}
