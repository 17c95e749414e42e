import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  addDays,
  bookingResponseDeadlineWithFallback,
  compareIsoDate,
  endOfDayInShanghai,
  HolidayCalendar,
  isIsoDate,
  isWeekend,
  toIsoDateInShanghai,
  workingDaysBetween,
  yearOf,
} from '@hebei/domain';
import { Actor, AuthUser, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { RegistryStatus, Role } from '../../common/enums';
import { AppError, badInput, conflict, FieldError, notFound } from '../../common/errors';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { DivisionService } from '../division/division.service';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Institution } from '../institution/institution.entity';
import { applyInstitutionScope } from '../institution/institution.scope';
import { ServiceProduct } from '../product/product.entity';
import { BookingStatus, ServiceBooking } from './booking.entity';
import {
  BookingErrorCode as Code,
  BookingMessages as Msg,
  bookingAlreadyRated,
  bookingNotCompleted,
  invalidBookingState,
} from './booking.errors';
import {
  BookingFilter,
  BookingNoteInput,
  BookingStatisticsFilter,
  BookServiceInput,
  DeclineBookingInput,
  OverdueBookingFilter,
  RateBookingInput,
} from './booking.inputs';
import { selectBookingAggregates, toBookingStats } from './booking.statistics';
import { InstitutionBookingStats } from './booking.types';

/** The overdue job runs without a user; its audit rows name it. */
export const SYSTEM_ACTOR: Actor = { ip: null };

const trimOrNull = (s?: string | null) => (s && s.trim() ? s.trim() : null);

/**
 * Who sees which booking: the enterprise that made it, the institution it is addressed to, and — once it is
 * overdue — PROVINCE and the CITY/COUNTY bureaus whose jurisdiction holds the institution. Nobody else.
 */
export function applyBookingVisibility<T extends object>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  user: AuthUser | undefined,
  scope: Scope,
): SelectQueryBuilder<T> {
  switch (user?.role) {
    case Role.INSTITUTION:
      return qb.andWhere(`${alias}.institutionId = :visInstitution`, { visInstitution: user.institutionId ?? -1 });
    case Role.ENTERPRISE:
      return qb.andWhere(`${alias}.enterpriseId = :visEnterprise`, { visEnterprise: user.enterpriseId ?? -1 });
    case Role.PROVINCE:
    case Role.CITY:
    case Role.COUNTY:
      qb.andWhere(`${alias}.overdue = :visOverdue`, { visOverdue: true });
      return scope.kind === 'ALL' || scope.kind === 'DIVISIONS' ? applyInstitutionScope(qb, alias, scope) : qb.andWhere('1 = 0');
    default:
      return qb.andWhere('1 = 0');
  }
}

/** Working days after `today` up to the deadline day; a year without a loaded schedule counts Mon–Fri (as the deadline did). */
export function remainingWorkingDays(cal: HolidayCalendar, today: string, deadline: string): number {
  if (compareIsoDate(deadline, today) <= 0) return 0;
  if (cal.hasYear(yearOf(today)) && cal.hasYear(yearOf(deadline))) return workingDaysBetween(cal, today, deadline);
  let count = 0;
  for (let d = addDays(today, 1); compareIsoDate(d, deadline) <= 0; d = addDays(d, 1)) {
    if (cal.hasYear(yearOf(d)) ? cal.isWorkingDayUnchecked(d) : !isWeekend(d)) count++;
  }
  return count;
}

export class BookingService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly divisions: DivisionService,
  ) {
    // When PROVINCE loads or edits a year, provisional deadlines are recomputed (SPEC §2). A failure here must not
    // fail the calendar edit, which has committed; the overdue job recomputes again on its next run.
    calendar.onChange(async (actor) => {
      try {
        await this.recomputeProvisionalDeadlines(actor);
      } catch (e) {
        // eslint-disable-next-line no-console
        console.error('[bookings] recomputing provisional deadlines failed', e);
      }
    });
  }

  async book(user: AuthUser, input: BookServiceInput, actor: Actor): Promise<ServiceBooking> {
    const productId = Number(input.productId);
    const need = input.need.trim();
    const contactPerson = input.contactPerson.trim();
    const errors: FieldError[] = [];
    if (need.length < 5) errors.push({ field: 'need', code: 'REQUIRED', message: '服务需求应为5–2000个字' });
    if (!contactPerson) errors.push({ field: 'contactPerson', code: 'REQUIRED', message: '请填写联系人（最多50字）' });
    if (errors.length) throw badInput(errors);
    const calendar = await this.calendar.calendar();
    return this.db.transaction(async (em) => {
      const enterprise = user.enterpriseId ? await em.findOne(Enterprise, { where: { id: user.enterpriseId } }) : null;
      if (!enterprise) throw new AppError('FORBIDDEN', Msg.NO_ENTERPRISE);
      // An unpublished product, or one of an institution not (or no longer) in the registry, answers exactly like a
      // missing id: the public never learns that it exists (as publicServiceProduct).
      const product = await em.findOne(ServiceProduct, { where: { id: productId } });
      const institution = product ? await em.findOne(Institution, { where: { id: product.institutionId } }) : null;
      if (!product || !product.published || institution?.registryStatus !== RegistryStatus.ADMITTED) throw notFound('服务产品');
      const now = this.clock.now();
      const requestDate = toIsoDateInShanghai(now);
      const { deadline, provisional } = bookingResponseDeadlineWithFallback(calendar, requestDate);
      const booking = em.create(ServiceBooking, {
        productId: product.id,
        productName: product.name,
        institutionId: institution.id,
        divisionCode: institution.divisionCode,
        enterpriseId: enterprise.id,
        need,
        contactPerson,
        contactPhone: input.contactPhone,
        preferredTime: trimOrNull(input.preferredTime),
        status: BookingStatus.REQUESTED,
        requestedAt: now,
        requestDate,
        responseDeadline: deadline,
        deadlineProvisional: provisional,
        overdue: false,
        version: 1,
      });
      await em.save(booking);
      await this.audit.record(em, actor, { action: 'CREATE_BOOKING', entityType: 'ServiceBooking', entityId: booking.id, after: booking });
      return booking;
    });
  }

  /** The enterprise's own bookings, newest first. */
  listForEnterprise(user: AuthUser, filter: BookingFilter = {}, first?: number, after?: string): Promise<Connection<ServiceBooking>> {
    const qb = this.db
      .getRepository(ServiceBooking)
      .createQueryBuilder('b')
      .where('b.enterpriseId = :own', { own: user.enterpriseId ?? -1 });
    return this.page(this.applyFilter(qb, filter), first, after);
  }

  /** The institution's inbox, newest first. */
  inbox(user: AuthUser, filter: BookingFilter = {}, first?: number, after?: string): Promise<Connection<ServiceBooking>> {
    const qb = this.db
      .getRepository(ServiceBooking)
      .createQueryBuilder('b')
      .where('b.institutionId = :own', { own: user.institutionId ?? -1 });
    return this.page(this.applyFilter(qb, filter), first, after);
  }

  /** Overdue bookings in the officer's jurisdiction, newest first. */
  listOverdue(
    user: AuthUser,
    scope: Scope,
    filter: OverdueBookingFilter = {},
    first?: number,
    after?: string,
  ): Promise<Connection<ServiceBooking>> {
    const qb = applyBookingVisibility(this.db.getRepository(ServiceBooking).createQueryBuilder('b'), 'b', user, scope);
    if (filter.divisionCode) this.narrowToDivision(qb, 'b', filter.divisionCode);
    return this.page(qb, first, after);
  }

  /** Out of sight answers exactly like a missing id. */
  async get(user: AuthUser | undefined, scope: Scope, id: number): Promise<ServiceBooking> {
    const qb = applyBookingVisibility(this.db.getRepository(ServiceBooking).createQueryBuilder('b'), 'b', user, scope).andWhere(
      'b.id = :id',
      { id },
    );
    const row = await qb.getOne();
    if (!row) throw notFound('服务预约');
    return row;
  }

  accept(user: AuthUser, id: number, input: BookingNoteInput | undefined, actor: Actor): Promise<ServiceBooking> {
    return this.respond(user, id, actor, 'ACCEPT_BOOKING', '接受', (b, now, today) => ({
      status: BookingStatus.ACCEPTED,
      ...this.responseFields(b, now, today),
      responseNote: trimOrNull(input?.note),
    }));
  }

  decline(user: AuthUser, id: number, input: DeclineBookingInput, actor: Actor): Promise<ServiceBooking> {
    const reason = input.reason.trim();
    if (!reason) throw badInput([{ field: 'reason', code: Code.REASON_REQUIRED, message: Msg.REASON_REQUIRED }]);
    return this.respond(user, id, actor, 'DECLINE_BOOKING', '拒绝', (b, now, today) => ({
      status: BookingStatus.DECLINED,
      ...this.responseFields(b, now, today),
      responseNote: reason,
    }));
  }

  complete(user: AuthUser, id: number, input: BookingNoteInput | undefined, actor: Actor): Promise<ServiceBooking> {
    return this.transition(
      (em) => this.institutionBooking(em, user, id),
      actor,
      'COMPLETE_BOOKING',
      (b) => {
        if (b.status !== BookingStatus.ACCEPTED) {
          throw b.status === BookingStatus.REQUESTED
            ? new AppError(Code.BOOKING_INVALID_STATE, '该预约尚未接受，接受后才能标记完成', { status: b.status })
            : invalidBookingState(b.status, '标记完成');
        }
      },
      (_b, now) => ({ status: BookingStatus.COMPLETED, completedAt: now, completionNote: trimOrNull(input?.note) }),
    );
  }

  rate(user: AuthUser, id: number, input: RateBookingInput, actor: Actor): Promise<ServiceBooking> {
    return this.transition(
      (em) => this.enterpriseBooking(em, user, id),
      actor,
      'RATE_BOOKING',
      (b) => {
        if (b.rating !== null) throw bookingAlreadyRated();
        if (b.status !== BookingStatus.COMPLETED) throw bookingNotCompleted();
      },
      (_b, now) => ({ rating: input.rating, ratingComment: trimOrNull(input.comment), ratedAt: now }),
    );
  }

  /**
   * The overdue job: flags REQUESTED bookings whose deadline day has ended. Idempotent (only unflagged rows change),
   * so it may run as often as wanted and on several API instances at once.
   */
  async flagOverdue(now: Date, actor: Actor = SYSTEM_ACTOR): Promise<number> {
    const today = toIsoDateInShanghai(now);
    return this.db.transaction(async (em) => {
      const pending = (qb: SelectQueryBuilder<ServiceBooking>) =>
        qb
          .andWhere('b.status = :requested', { requested: BookingStatus.REQUESTED })
          .andWhere('b.overdue = :notYet', { notYet: false })
          .andWhere('b.responseDeadline < :today', { today });
      const ids = (await pending(em.createQueryBuilder(ServiceBooking, 'b').select('b.id', 'id')).getRawMany<{ id: number }>()).map((r) =>
        Number(r.id),
      );
      let flagged = 0;
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const result = await em
          .createQueryBuilder()
          .update(ServiceBooking)
          .set({ overdue: true, overdueFlaggedAt: now })
          .where('id IN (:...chunk)', { chunk })
          .andWhere('status = :requested', { requested: BookingStatus.REQUESTED })
          .andWhere('overdue = :notYet', { notYet: false })
          .execute();
        flagged += result.affected ?? 0;
      }
      if (flagged) {
        await this.audit.record(em, actor, {
          action: 'FLAG_OVERDUE_BOOKINGS',
          entityType: 'ServiceBooking',
          actorUsername: actor.user ? undefined : 'system',
          after: { today, flagged, ids: ids.slice(0, 200) },
        });
      }
      return flagged;
    });
  }

  /** The PROVINCE "run now" button: the same job, at the clock's time, audited as the officer. */
  flagOverdueNow(actor: Actor): Promise<number> {
    return this.flagOverdue(this.clock.now(), actor);
  }

  /** Deadlines computed while a year had no schedule, computed again with the calendar as it is now. */
  async recomputeProvisionalDeadlines(actor: Actor = SYSTEM_ACTOR): Promise<number> {
    const calendar = await this.calendar.calendar();
    return this.db.transaction(async (em) => {
      const rows = await em.find(ServiceBooking, { where: { deadlineProvisional: true }, order: { id: 'ASC' } });
      const changed: { id: number; before: string; after: string; provisional: boolean }[] = [];
      for (const b of rows) {
        const next = bookingResponseDeadlineWithFallback(calendar, b.requestDate);
        if (next.deadline === b.responseDeadline && next.provisional) continue;
        await em.update(ServiceBooking, { id: b.id }, { responseDeadline: next.deadline, deadlineProvisional: next.provisional });
        changed.push({ id: b.id, before: b.responseDeadline, after: next.deadline, provisional: next.provisional });
      }
      if (changed.length) {
        await this.audit.record(em, actor, {
          action: 'RECOMPUTE_BOOKING_DEADLINES',
          entityType: 'ServiceBooking',
          actorUsername: actor.user ? undefined : 'system',
          after: changed.slice(0, 200),
        });
      }
      return changed.length;
    });
  }

  /** For the inbox: null unless the booking still awaits an answer. */
  async remainingWorkingDays(b: ServiceBooking): Promise<number | null> {
    if (b.status !== BookingStatus.REQUESTED) return null;
    return remainingWorkingDays(await this.calendar.calendar(), toIsoDateInShanghai(this.clock.now()), b.responseDeadline);
  }

  responseDeadlineAt(b: ServiceBooking): Date {
    return endOfDayInShanghai(b.responseDeadline);
  }

  /** Per-institution statistics in the caller's jurisdiction; one GROUP BY, keyset on institution id. */
  async statistics(
    scope: Scope,
    filter: BookingStatisticsFilter = {},
    first?: number,
    after?: string,
  ): Promise<Connection<InstitutionBookingStats>> {
    const errors: FieldError[] = [];
    if (filter.from && !isIsoDate(filter.from)) errors.push({ field: 'from', code: 'INVALID_DATE', message: '起始日期不存在' });
    if (filter.to && !isIsoDate(filter.to)) errors.push({ field: 'to', code: 'INVALID_DATE', message: '截止日期不存在' });
    if (!errors.length && filter.from && filter.to && filter.from > filter.to) {
      errors.push({ field: 'to', code: Code.INVALID_RANGE, message: Msg.INVALID_RANGE });
    }
    if (errors.length) throw badInput(errors);
    const size = pageSize(first);
    const base = () => {
      const qb = applyInstitutionScope(
        this.db.createQueryBuilder(ServiceBooking, 'b').innerJoin(Institution, 'i', 'i.id = b.institutionId'),
        'i',
        scope,
      );
      if (filter.divisionCode) this.narrowToDivision(qb, 'i', filter.divisionCode);
      if (filter.from) qb.andWhere('b.requestDate >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('b.requestDate <= :to', { to: filter.to });
      return qb;
    };
    const total = await base().select('COUNT(DISTINCT b.institutionId)', 'n').getRawOne<{ n: number | string }>();
    const qb = selectBookingAggregates(base())
      .addSelect('i.name', 'institutionName')
      .addSelect('i.divisionCode', 'divisionCode')
      .addGroupBy('i.name')
      .addGroupBy('i.divisionCode');
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('b.institutionId > :cursor', { cursor });
    const rows = await qb
      .orderBy('b.institutionId', 'ASC')
      .limit(size + 1)
      .getRawMany<Record<string, unknown>>();
    const nodes = rows.map((r) => {
      const stats = toBookingStats(r);
      return { ...stats, id: stats.institutionId, institutionName: String(r.institutionName), divisionCode: String(r.divisionCode) };
    });
    return toConnection(nodes, size, Number(total?.n ?? 0));
  }

  // ---------------------------------------------------------------------------

  private applyFilter(qb: SelectQueryBuilder<ServiceBooking>, filter: BookingFilter) {
    if (filter.status) qb.andWhere('b.status = :status', { status: filter.status });
    if (filter.overdue !== undefined && filter.overdue !== null) qb.andWhere('b.overdue = :overdue', { overdue: filter.overdue });
    return qb;
  }

  private narrowToDivision<T extends object>(qb: SelectQueryBuilder<T>, alias: string, code: string) {
    const codes = this.divisions.jurisdiction(code);
    if (codes !== 'ALL') qb.andWhere(`${alias}.divisionCode IN (:...narrowCodes)`, { narrowCodes: codes.length ? codes : [''] });
  }

  private async page(qb: SelectQueryBuilder<ServiceBooking>, first?: number, after?: string): Promise<Connection<ServiceBooking>> {
    const size = pageSize(first);
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('b.id < :cursor', { cursor });
    const rows = await qb
      .orderBy('b.id', 'DESC')
      .take(size + 1)
      .getMany();
    return toConnection(rows, size, totalCount);
  }

  private async institutionBooking(em: EntityManager, user: AuthUser, id: number): Promise<ServiceBooking> {
    const row = await em.findOne(ServiceBooking, { where: { id, institutionId: user.institutionId ?? -1 } });
    if (!row) throw notFound('服务预约');
    return row;
  }

  private async enterpriseBooking(em: EntityManager, user: AuthUser, id: number): Promise<ServiceBooking> {
    const row = await em.findOne(ServiceBooking, { where: { id, enterpriseId: user.enterpriseId ?? -1 } });
    if (!row) throw notFound('服务预约');
    return row;
  }

  /** A late answer (after the deadline day) marks the booking overdue even if the job has not run yet. */
  private responseFields(b: ServiceBooking, now: Date, today: string): Partial<ServiceBooking> {
    const late = today > b.responseDeadline;
    return {
      respondedAt: now,
      respondedOn: today,
      overdue: b.overdue || late,
      overdueFlaggedAt: b.overdueFlaggedAt ?? (late ? now : null),
    };
  }

  private respond(
    user: AuthUser,
    id: number,
    actor: Actor,
    action: string,
    verb: string,
    changes: (b: ServiceBooking, now: Date, today: string) => Partial<ServiceBooking>,
  ): Promise<ServiceBooking> {
    return this.transition(
      (em) => this.institutionBooking(em, user, id),
      actor,
      action,
      (b) => {
        if (b.status !== BookingStatus.REQUESTED) throw invalidBookingState(b.status, verb);
      },
      changes,
    );
  }

  /** Load, check, compare-and-set on version, audit — one transaction. */
  private transition(
    load: (em: EntityManager) => Promise<ServiceBooking>,
    actor: Actor,
    action: string,
    check: (b: ServiceBooking) => void,
    changes: (b: ServiceBooking, now: Date, today: string) => Partial<ServiceBooking>,
  ): Promise<ServiceBooking> {
    return this.db.transaction(async (em) => {
      const before = await load(em);
      check(before);
      const now = this.clock.now();
      const set = { ...changes(before, now, toIsoDateInShanghai(now)), version: before.version + 1 };
      const result = await em.update(ServiceBooking, { id: before.id, version: before.version }, set);
      if (!result.affected) throw conflict('该预约已被处理，请刷新后重试');
      const after = { ...before, ...set };
      await this.audit.record(em, actor, { action, entityType: 'ServiceBooking', entityId: before.id, before, after });
      return after;
    });
  }
}
