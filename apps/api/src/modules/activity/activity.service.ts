import { DataSource, EntityManager, In } from 'typeorm';
import { HEBEI_PROVINCE_CODE, isIsoDate, participationMachine } from '@hebei/domain';
import { Actor, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { badInput, conflict, notFound } from '../../common/errors';
import { RegistryStatus, Role } from '../../common/enums';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { applyScope } from '../../common/scope';
import { isUniqueViolation } from '../../common/sql';
import { AuditService } from '../audit/audit.service';
import { DivisionService } from '../division/division.service';
import { Institution, INSTITUTION_ROWS } from '../institution/institution.entity';
import { NotificationService } from '../notification/notification.service';
import { ActivityParticipation, ParticipationStatus, PARTICIPATION_ROWS, WelfareActivity, WELFARE_ACTIVITY_ROWS } from './activity.entity';
import { ActivityMessages, notOrganiser, participationExists } from './activity.errors';
import { ActivityFilter, ConfirmParticipationInput, ReportParticipationInput, SaveActivityInput } from './activity.inputs';

export type ActivityWithParticipations = WelfareActivity & { participations?: ActivityParticipation[] };
const nameOf = (actor: Actor) => actor.user?.displayName ?? '系统';

/** Public-welfare activities (Art. 13(3), 14): organised by PROVINCE or a CITY bureau; participation confirmed by the organiser. */
export class ActivityService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly notifications: NotificationService,
  ) {}

  /** The bureau an officer acts for: the province or its city. */
  private organiserOf(actor: Actor): string {
    return actor.user?.role === Role.PROVINCE ? HEBEI_PROVINCE_CODE : (actor.user?.divisionCode ?? '');
  }

  async list(scope: Scope, filter: ActivityFilter = {}, first?: number, after?: string): Promise<Connection<ActivityWithParticipations>> {
    const size = pageSize(first);
    const qb = applyScope(this.db.getRepository(WelfareActivity).createQueryBuilder('a'), 'a', scope, WELFARE_ACTIVITY_ROWS);
    if (filter.year)
      qb.andWhere('a.activityDate >= :from AND a.activityDate <= :to', { from: `${filter.year}-01-01`, to: `${filter.year}-12-31` });
    if (filter.institutionId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM activity_participation fp WHERE fp.activityId = a.id AND fp.institutionId = :fi AND fp.status = :fc)',
        {
          fi: Number(filter.institutionId),
          fc: ParticipationStatus.CONFIRMED,
        },
      );
    }
    if (filter.toConfirm) {
      qb.andWhere('EXISTS (SELECT 1 FROM activity_participation tp WHERE tp.activityId = a.id AND tp.status = :tr)', {
        tr: ParticipationStatus.REPORTED,
      });
    }
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('a.id < :cursor', { cursor });
    const rows: ActivityWithParticipations[] = await qb
      .orderBy('a.id', 'DESC')
      .limit(size + 1)
      .getMany();
    await this.attachParticipations(scope, rows.slice(0, size));
    return toConnection(rows, size, totalCount);
  }

  /** The page's participations the caller may see, in one query. */
  private async attachParticipations(scope: Scope, rows: ActivityWithParticipations[], em: EntityManager = this.db.manager) {
    if (!rows.length) return;
    const parts = await applyScope(em.getRepository(ActivityParticipation).createQueryBuilder('p'), 'p', scope, PARTICIPATION_ROWS)
      .andWhere('p.activityId IN (:...ids)', { ids: rows.map((r) => r.id) })
      .orderBy('p.id', 'ASC')
      .getMany();
    for (const r of rows) r.participations = parts.filter((p) => p.activityId === r.id);
  }

  async get(scope: Scope, id: number, em: EntityManager = this.db.manager): Promise<ActivityWithParticipations> {
    const row: ActivityWithParticipations | null = await applyScope(
      em.getRepository(WelfareActivity).createQueryBuilder('a'),
      'a',
      scope,
      WELFARE_ACTIVITY_ROWS,
    )
      .andWhere('a.id = :id', { id })
      .getOne();
    if (!row) throw notFound('公益活动');
    await this.attachParticipations(scope, [row], em);
    return row;
  }

  /** PROVINCE or a CITY bureau records (or, as its organiser, edits) an activity; listed institutions are confirmed. */
  save(scope: Scope, input: SaveActivityInput, actor: Actor): Promise<ActivityWithParticipations> {
    if (!isIsoDate(input.activityDate)) throw badInput([{ field: 'activityDate', code: 'DATE_INVALID', message: '活动日期不是有效日期' }]);
    const organiserCode = this.organiserOf(actor);
    return this.db.transaction(async (em) => {
      const fields = {
        type: input.type,
        title: input.title.trim(),
        activityDate: input.activityDate,
        place: input.place.trim(),
        enterprisesReached: input.enterprisesReached,
        description: input.description?.trim() || null,
      };
      let row: WelfareActivity;
      if (input.id) {
        const before = await this.get(scope, Number(input.id), em);
        if (before.organiserCode !== organiserCode) throw notOrganiser();
        if (input.expectedVersion != null && input.expectedVersion !== before.version) throw conflict(ActivityMessages.CONFLICT);
        row = await compareAndSet(
          em,
          WelfareActivity,
          { ...before, participations: undefined } as WelfareActivity,
          fields,
          ActivityMessages.CONFLICT,
        );
        await this.audit.record(em, actor, {
          action: 'UPDATE_ACTIVITY',
          entityType: 'WelfareActivity',
          entityId: row.id,
          before,
          after: row,
        });
      } else {
        row = em.create(WelfareActivity, {
          ...fields,
          organiserCode,
          organiserName: this.divisions.get(organiserCode)?.name
            ? `${this.divisions.get(organiserCode)!.name}中小企业主管部门`
            : nameOf(actor),
          version: 1,
        });
        await em.insert(WelfareActivity, row);
        await this.audit.record(em, actor, { action: 'CREATE_ACTIVITY', entityType: 'WelfareActivity', entityId: row.id, after: row });
      }
      const ids = [...new Set((input.institutionIds ?? []).map(Number))];
      if (ids.length) {
        const insts = await applyScope(em.getRepository(Institution).createQueryBuilder('i'), 'i', scope, INSTITUTION_ROWS)
          .andWhere('i.id IN (:...ids) AND i.registryStatus = :admitted', { ids, admitted: RegistryStatus.ADMITTED })
          .getMany();
        if (insts.length !== ids.length) {
          throw badInput([{ field: 'institutionIds', code: 'INSTITUTION_UNKNOWN', message: ActivityMessages.INSTITUTION_UNKNOWN }]);
        }
        const existing = new Set(
          (
            await em.find(ActivityParticipation, { where: { activityId: row.id, institutionId: In(ids) }, select: { institutionId: true } })
          ).map((p) => p.institutionId),
        );
        const fresh = insts.filter((i) => !existing.has(i.id));
        if (fresh.length) {
          await em.insert(
            ActivityParticipation,
            fresh.map((i) => ({
              activityId: row.id,
              institutionId: i.id,
              institutionName: i.name,
              divisionCode: i.divisionCode,
              status: ParticipationStatus.CONFIRMED,
              confirmedAt: this.clock.now(),
              confirmedByName: nameOf(actor),
              version: 1,
            })),
          );
        }
      }
      return this.get(scope, row.id, em);
    });
  }

  /** The institution reports its participation; the organiser is told and confirms. */
  report(scope: Scope, input: ReportParticipationInput, actor: Actor): Promise<ActivityParticipation> {
    return this.db.transaction(async (em) => {
      const activity = await this.get(scope, Number(input.activityId), em);
      const inst = await em.findOne(Institution, { where: { id: actor.user?.institutionId ?? -1 } });
      if (!inst || inst.registryStatus !== RegistryStatus.ADMITTED) {
        throw badInput([{ field: 'activityId', code: 'INSTITUTION_NOT_ADMITTED', message: '本机构不在服务资源库中，不能报告参与' }]);
      }
      const row = em.create(ActivityParticipation, {
        activityId: activity.id,
        institutionId: inst.id,
        institutionName: inst.name,
        divisionCode: inst.divisionCode,
        status: ParticipationStatus.REPORTED,
        note: input.note?.trim() || null,
        version: 1,
      });
      try {
        await em.transaction((inner) => inner.insert(ActivityParticipation, row));
      } catch (e) {
        if (isUniqueViolation(e)) throw participationExists();
        throw e;
      }
      await this.audit.record(em, actor, {
        action: 'REPORT_ACTIVITY_PARTICIPATION',
        entityType: 'ActivityParticipation',
        entityId: row.id,
        after: row,
      });
      await this.notifications.notify(
        em,
        [{ bureau: activity.organiserCode }],
        'ACTIVITY_PARTICIPATION_REPORTED',
        { institutionName: inst.name, title: activity.title },
        { type: 'WelfareActivity', id: activity.id },
      );
      return row;
    });
  }

  /** Only the organiser confirms (or declines); compare-and-set. */
  confirm(scope: Scope, input: ConfirmParticipationInput, actor: Actor): Promise<ActivityParticipation> {
    return this.db.transaction(async (em) => {
      const before = await applyScope(em.getRepository(ActivityParticipation).createQueryBuilder('p'), 'p', scope, PARTICIPATION_ROWS)
        .innerJoinAndSelect('p.activity', 'a')
        .andWhere('p.id = :id', { id: Number(input.participationId) })
        .getOne();
      if (!before) throw notFound('参与记录');
      if (before.activity!.organiserCode !== this.organiserOf(actor)) throw notOrganiser();
      const status = participationMachine.next(before.status, input.confirm ? 'CONFIRM' : 'REJECT') as ParticipationStatus;
      if (input.expectedVersion !== before.version) throw conflict(ActivityMessages.CONFLICT);
      const after = await compareAndSet(
        em,
        ActivityParticipation,
        { ...before, activity: undefined },
        { status, confirmedAt: this.clock.now(), confirmedByName: nameOf(actor) },
        ActivityMessages.CONFLICT,
      );
      await this.audit.record(em, actor, {
        action: 'CONFIRM_ACTIVITY_PARTICIPATION',
        entityType: 'ActivityParticipation',
        entityId: after.id,
        before,
        after,
      });
      await this.notifications.notify(
        em,
        [{ institutionId: after.institutionId }],
        'ACTIVITY_PARTICIPATION_DECIDED',
        { title: before.activity!.title, confirmed: input.confirm },
        { type: 'WelfareActivity', id: before.activityId },
      );
      return after;
    });
  }
}
