import { DataSource, EntityManager, LessThan, MoreThanOrEqual } from 'typeorm';
import { RegistryIndex } from '../browse/registry-index';
import {
  admissionDateAfterNotice,
  admitAfterNotice,
  hasNoticeEnded,
  isNoticeRunning,
  objectionMachine,
  objectionUpheld,
  publicNoticeEnd,
  publishToNotice,
} from '@hebei/domain';
import { Actor } from '../../common/context';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { AppError, badInput, notFound } from '../../common/errors';
import { CaptchaService } from '../captcha/captcha.service';
import { AuditService } from '../audit/audit.service';
import { Application, ApplicationEventType, ApplicationStatus } from '../application/application.entity';
import { ApplicationService } from '../application/application.service';
import { Batch } from '../batch/batch.entity';
import { CalendarService } from '../calendar/calendar.service';
import { Institution, InstitutionMainCategory } from '../institution/institution.entity';
import { RegistryStatus } from '../../common/enums';
import { clientKey } from '../../common/client-ip';
import { RateLimiter, RateLimitPolicy } from '../../common/rate-limit';
import { NotificationService } from '../notification/notification.service';
import { Objection, ObjectionStatus, PublicNotice } from './notice.entity';
import { ObjectionInput, ResolveObjectionInput } from './notice.inputs';

export class NoticeService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly notifications: NotificationService,
    private readonly applications: ApplicationService,
    private readonly limiter: RateLimiter,
    private readonly objectionLimit: RateLimitPolicy,
    private readonly captcha: CaptchaService,
  ) {}

  /** Publishes every province-approved application of a batch for 5 working days (Art. 8(4)). */
  async publish(batchId: number, actor: Actor): Promise<PublicNotice> {
    const today = this.clock.today();
    // Throws CALENDAR_YEAR_NOT_LOADED when the period would run into a year without a schedule.
    const endsOn = publicNoticeEnd(await this.calendar.calendar(), today);
    return this.db.transaction(async (em) => {
      const batch = await em.findOne(Batch, { where: { id: batchId } });
      if (!batch) throw notFound('申报批次');
      const apps = await em.find(Application, { where: { batchId, status: ApplicationStatus.PROVINCE_APPROVED }, order: { id: 'ASC' } });
      if (!apps.length) throw new AppError('NOTHING_TO_PUBLISH', '该批次没有待公示（省级审核通过）的申请');
      const notice = em.create(PublicNotice, { batchId, publishedOn: today, endsOn, createdAt: this.clock.now() });
      await em.save(notice);
      for (const app of apps) {
        await this.applications.transition(
          em,
          actor,
          app,
          publishToNotice(app.status) as ApplicationStatus,
          { type: ApplicationEventType.PUBLISH, level: 'PROVINCE', opinion: `公示期 ${today} 至 ${endsOn}` },
          { noticeId: notice.id },
        );
        await this.notifications.notify(
          em,
          [{ institutionId: app.institutionId }],
          'APPLICATION_IN_NOTICE',
          { from: today, to: endsOn },
          {
            type: 'Application',
            id: app.id,
          },
        );
      }
      await this.audit.record(em, actor, {
        action: 'PUBLISH_NOTICE',
        entityType: 'PublicNotice',
        entityId: notice.id,
        after: { ...notice, applicationIds: apps.map((a) => a.id) },
      });
      return notice;
    });
  }

  /** Notices whose period has not ended (public page) — newest first. */
  activeNotices(): Promise<PublicNotice[]> {
    // isNoticeRunning(endsOn, today) ⇔ endsOn >= today, as SQL.
    return this.db.getRepository(PublicNotice).find({ where: { endsOn: MoreThanOrEqual(this.clock.today()) }, order: { id: 'DESC' } });
  }

  allNotices(): Promise<PublicNotice[]> {
    return this.db.getRepository(PublicNotice).find({ order: { id: 'DESC' }, take: 100 });
  }

  /** Anyone may object during the notice period; rate-limited per client address (counted atomically in the database). */
  async fileObjection(input: ObjectionInput, actor: Actor): Promise<Objection> {
    await this.limiter.consume(this.objectionLimit, clientKey(actor.ip));
    const now = this.clock.now();
    // What is public (which applications are in notice) is answered before the captcha; the captcha guards the write.
    const objectOf = async (em: EntityManager) => {
      const app = await em.findOne(Application, { where: { id: Number(input.applicationId) } });
      const notice = app?.noticeId ? await em.findOne(PublicNotice, { where: { id: app.noticeId } }) : null;
      if (!app || !notice || app.status !== ApplicationStatus.IN_PUBLIC_NOTICE) throw notFound('公示对象');
      if (!isNoticeRunning(notice.endsOn, this.clock.today())) {
        throw new AppError('NOTICE_ENDED', `公示期已于 ${notice.endsOn} 结束，不再受理异议`);
      }
      return { app, notice };
    };
    await objectOf(this.db.manager);
    await this.captcha.check(input.captcha);
    return this.db.transaction(async (em) => {
      const { app, notice } = await objectOf(em);
      const objection = em.create(Objection, {
        applicationId: app.id,
        noticeId: notice.id,
        name: input.name.trim(),
        contact: input.contact.trim(),
        content: input.content.trim(),
        ip: actor.ip,
        status: ObjectionStatus.PENDING,
        createdAt: now,
      });
      await em.save(objection);
      await this.audit.record(em, actor, {
        action: 'FILE_OBJECTION',
        entityType: 'Objection',
        entityId: objection.id,
        after: { ...objection, ip: undefined },
      });
      return objection;
    });
  }

  /** Objections still waiting for the province's decision (its 待办). */
  pendingObjectionCount(): Promise<number> {
    return this.db.getRepository(Objection).count({ where: { status: ObjectionStatus.PENDING } });
  }

  objections(filter: { status?: ObjectionStatus; applicationId?: number }): Promise<Objection[]> {
    return this.db.getRepository(Objection).find({
      where: {
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.applicationId ? { applicationId: filter.applicationId } : {}),
      },
      order: { id: 'DESC' },
      take: 200,
    });
  }

  /** Upheld → the application is rejected; dismissed → no effect (it is admitted when the period ends). */
  async resolveObjection(input: ResolveObjectionInput, actor: Actor): Promise<Objection> {
    const resolution = input.resolution?.trim() || null;
    if (input.upheld && !resolution) {
      throw badInput([{ field: 'resolution', code: 'REASON_REQUIRED', message: '异议成立时必须填写处理意见' }]);
    }
    const result = await this.db.transaction(async (em) => {
      const objection = await em.findOne(Objection, { where: { id: Number(input.objectionId) } });
      if (!objection) throw notFound('异议');
      const before = { ...objection };
      const status = objectionMachine.next(objection.status, input.upheld ? 'UPHOLD' : 'DISMISS') as ObjectionStatus;
      await compareAndSet(em, Objection, objection, { status, resolution, resolvedAt: this.clock.now() }, '该异议已处理');
      if (input.upheld) {
        const app = await em.findOne(Application, { where: { id: objection.applicationId } });
        if (app && app.status === ApplicationStatus.IN_PUBLIC_NOTICE) {
          await this.applications.transition(em, actor, app, objectionUpheld(app.status) as ApplicationStatus, {
            type: ApplicationEventType.OBJECTION_UPHELD,
            level: 'PROVINCE',
            opinion: resolution,
          });
          await this.notifications.notify(
            em,
            [{ institutionId: app.institutionId }],
            'APPLICATION_OBJECTION_UPHELD',
            { resolution: resolution! },
            {
              type: 'Application',
              id: app.id,
            },
          );
        }
      }
      await this.audit.record(em, actor, {
        action: input.upheld ? 'UPHOLD_OBJECTION' : 'DISMISS_OBJECTION',
        entityType: 'Objection',
        entityId: objection.id,
        before,
        after: { ...objection, ip: undefined },
      });
      return objection;
    });
    // A dismissal may free an application whose period already ended.
    if (!input.upheld) await this.runAdmission({ ip: actor.ip });
    return result;
  }

  /**
   * Admits every application whose notice period has ended with no pending or upheld objection.
   * Idempotent: compare-and-set on status, so running it twice (or on two instances) changes nothing more.
   */
  async runAdmission(actor: Actor): Promise<number> {
    const today = this.clock.today();
    // hasNoticeEnded(endsOn, today) ⇔ endsOn < today, as SQL; each notice is checked again below.
    const ended = (await this.db.getRepository(PublicNotice).find({ where: { endsOn: LessThan(today) } })).filter((n) =>
      hasNoticeEnded(n.endsOn, today),
    );
    let admitted = 0;
    for (const notice of ended) {
      const apps = await this.db
        .getRepository(Application)
        .find({ where: { noticeId: notice.id, status: ApplicationStatus.IN_PUBLIC_NOTICE } });
      for (const app of apps) {
        const done = await this.db.transaction(async (em) => {
          const pending = await em.count(Objection, { where: { applicationId: app.id, status: ObjectionStatus.PENDING } });
          if (pending) return false;
          const admittedOn = admissionDateAfterNotice(notice.endsOn);
          try {
            await this.applications.transition(em, actor, app, admitAfterNotice(app.status, notice.endsOn, today) as ApplicationStatus, {
              type: ApplicationEventType.ADMIT,
              level: 'PROVINCE',
              opinion: `公示期满（${notice.publishedOn} 至 ${notice.endsOn}）无异议，纳入服务资源库`,
            });
          } catch (e) {
            if (e instanceof AppError && e.extensions.code === 'CONFLICT') return false; // another run got there first
            throw e;
          }
          await this.admitInstitution(em, actor, app, admittedOn);
          await this.notifications.notify(
            em,
            [{ institutionId: app.institutionId }],
            'APPLICATION_ADMITTED',
            { admittedOn },
            {
              type: 'Application',
              id: app.id,
            },
          );
          await this.audit.record(em, actor, {
            action: 'ADMIT_APPLICATION',
            entityType: 'Application',
            entityId: app.id,
            after: { status: ApplicationStatus.ADMITTED },
          });
          return true;
        });
        if (done) admitted++;
      }
    }
    return admitted;
  }

  /** The registry takes the unit data as reviewed in the application. */
  private async admitInstitution(em: EntityManager, actor: Actor, app: Application, admittedOn: string): Promise<void> {
    const before = await em.findOneOrFail(Institution, { where: { id: app.institutionId } });
    await em.update(
      Institution,
      { id: app.institutionId },
      {
        registryStatus: RegistryStatus.ADMITTED,
        admittedOn,
        name: app.name,
        institutionType: app.institutionType,
        nature: app.nature,
        address: app.address,
        postalCode: app.postalCode,
        legalRepresentative: app.legalRepresentative,
        foundedOn: app.foundedOn,
        registeredCapital: app.registeredCapital,
        contactPerson: app.contactPerson,
        contactPhone: app.contactPhone,
        email: app.email,
        employees: app.employees,
        qualifiedStaff: app.qualifiedStaff,
        cooperatingExperts: app.cooperatingExperts,
        seniorExperts: app.seniorExperts,
        cooperatingInstitutions: app.cooperatingInstitutions,
        serviceAssets: app.serviceAssets,
        totalAssets: app.totalAssets,
        premisesArea: app.premisesArea,
        otherCategoryDescription: app.otherCategoryDescription,
      },
    );
    await em.delete(InstitutionMainCategory, { institutionId: app.institutionId });
    if (app.mainCategories.length) {
      await em.insert(
        InstitutionMainCategory,
        app.mainCategories.map((categoryCode, position) => ({ institutionId: app.institutionId, categoryCode, position })),
      );
    }
    await RegistryIndex.refresh(em, [app.institutionId]);
    await this.audit.record(em, actor, {
      action: 'ADMIT_INSTITUTION',
      entityType: 'Institution',
      entityId: app.institutionId,
      before: { registryStatus: before.registryStatus },
      after: { registryStatus: RegistryStatus.ADMITTED, admittedOn },
    });
  }
}
