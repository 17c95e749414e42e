import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import {
  bookingMachine,
  BookingEvent,
  bookingResponseDeadlineWithFallback,
  endOfDayInShanghai,
  HolidayCalendar,
  isBookingOverdue,
  isIsoDate,
  ratingRefusal,
  remainingWorkingDays,
  toIsoDateInShanghai,
} from '@hebei/domain';
import { Actor, AuthUser, SYSTEM_ACTOR } from '../../common/context';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { RegistryStatus } from '../../common/enums';
import { AppError, badInput, FieldError, notFound } from '../../common/errors';
import { Connection, decodeCursor, pageSize, Sort, SortDirection, SortKey, sortedPage, toConnection } from '../../common/pagination';
import { applyScope, Scope } from '../../common/scope';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { DivisionService } from '../division/division.service';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Institution, INSTITUTION_ROWS } from '../institution/institution.entity';
import { NotificationService, PendingNotice } from '../notification/notification.service';
import { ServiceProduct } from '../product/product.entity';
import { BOOKING_ROWS, BookingStatus, ServiceBooking } from './booking.entity';
import { BookingErrorCode as Code, BookingMessages as Msg, bookingAlreadyRated, bookingNotCompleted } from './booking.errors';
import {
  BookingFilter,
  BookingNoteInput,
  BookingSortField,
  BookingStatisticsFilter,
  BookServiceInput,
  DeclineBookingInput,
  OverdueBookingFilter,
  RateBookingInput,
} from './booking.inputs';
import { selectBookingAggregates, toBookingStats } from './booking.statistics';
import { InstitutionBookingStats } from './booking.types';

export const BOOKING_SORT_KEYS: Record<BookingSortField, SortKey> = {
  ID: { column: 'b.id', property: 'id', kind: 'number' },
  REQUEST_DATE: { column: 'b.requestDate', property: 'requestDate', kind: 'date' },
  RESPONSE_DEADLINE: { column: 'b.responseDeadline', property: 'responseDeadline', kind: 'date' },
  PRODUCT_NAME: { column: 'b.productName', property: 'productName', kind: 'string' },
  STATUS: { column: 'b.status', property: 'status', kind: 'string' },
};
const NEWEST_FIRST: Sort<BookingSortField> = { field: BookingSortField.ID, direction: SortDirection.DESC };

const trimOrNull = (s?: string | null) => (s && s.trim() ? s.trim() : null);
const CONFLICT = '该预约已被处理，请刷新后重试';

export class BookingService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly divisions: DivisionService,
    private readonly notifications: NotificationService,
  ) {
    // When PROVINCE loads or edits a year, provisional deadlines are recomputed (SPEC §2). A failure here must not
    // fail the calendar edit, which has committed; the deadline job recomputes again on its next run.
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
      await this.notifications.notify(
        em,
        [{ institutionId: institution.id }],
        'BOOKING_REQUESTED',
        { enterpriseName: enterprise.name, productName: product.name, contactPerson, contactPhone: input.contactPhone, deadline },
        { type: 'ServiceBooking', id: booking.id },
      );
      return booking;
    });
  }

  /**
   * Bookings the caller may see (the enterprise its own, the institution its inbox, bureaus the overdue ones of their
   * places), newest first, with institution and enterprise joined in (no loader round trips for list screens).
   */
  async list(
    scope: Scope,
    filter: BookingFilter & OverdueBookingFilter = {},
    first?: number,
    after?: string,
    sort: Sort<BookingSortField> = NEWEST_FIRST,
  ): Promise<Connection<ServiceBooking>> {
    const qb = this.filtered(scope, filter);
    const totalCount = await qb.clone().getCount();
    return sortedPage(this.joined(qb), 'b', BOOKING_SORT_KEYS, sort, after, pageSize(first), totalCount, { limit: true });
  }

  async count(scope: Scope, filter: BookingFilter & OverdueBookingFilter): Promise<number> {
    return this.filtered(scope, filter).getCount();
  }

  /** The list's rows for an export: same scope, filters and order, in keyset chunks of 500 (institution and enterprise joined). */
  async *listAllChunks(scope: Scope, filter: BookingFilter, sort: Sort<BookingSortField> = NEWEST_FIRST): AsyncGenerator<ServiceBooking[]> {
    let after: string | undefined;
    for (;;) {
      const page = await sortedPage(this.joined(this.filtered(scope, filter)), 'b', BOOKING_SORT_KEYS, sort, after, 500, 0, {
        limit: true,
      });
      yield page.edges.map((e) => e.node);
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor ?? undefined;
    }
  }

  private filtered(scope: Scope, filter: BookingFilter & OverdueBookingFilter) {
    const qb = applyScope(this.db.getRepository(ServiceBooking).createQueryBuilder('b'), 'b', scope, BOOKING_ROWS);
    if (filter.status) qb.andWhere('b.status = :status', { status: filter.status });
    if (filter.overdue !== undefined && filter.overdue !== null) qb.andWhere('b.overdue = :overdue', { overdue: filter.overdue });
    if (filter.divisionCode) this.narrowToDivision(qb, 'b', filter.divisionCode);
    return qb;
  }

  /** Institution and enterprise in the same statement (many-to-one only, so a plain LIMIT is exact). */
  private joined(qb: SelectQueryBuilder<ServiceBooking>) {
    return qb.leftJoinAndSelect('b.institution', 'bi').leftJoinAndSelect('b.enterpriseRef', 'be');
  }

  /** Out of sight answers exactly like a missing id. */
  async get(scope: Scope, id: number): Promise<ServiceBooking> {
    const row = await applyScope(this.db.getRepository(ServiceBooking).createQueryBuilder('b'), 'b', scope, BOOKING_ROWS)
      .andWhere('b.id = :id', { id })
      .getOne();
    if (!row) throw notFound('服务预约');
    return row;
  }

  accept(scope: Scope, id: number, input: BookingNoteInput | undefined, actor: Actor): Promise<ServiceBooking> {
    return this.transition(scope, id, 'ACCEPT', actor, (b, now, today) => ({
      ...this.responseFields(b, now, today),
      responseNote: trimOrNull(input?.note),
    }));
  }

  decline(scope: Scope, id: number, input: DeclineBookingInput, actor: Actor): Promise<ServiceBooking> {
    const reason = input.reason.trim();
    if (!reason) throw badInput([{ field: 'reason', code: Code.REASON_REQUIRED, message: Msg.REASON_REQUIRED }]);
    return this.transition(scope, id, 'DECLINE', actor, (b, now, today) => ({
      ...this.responseFields(b, now, today),
      responseNote: reason,
    }));
  }

  complete(scope: Scope, id: number, input: BookingNoteInput | undefined, actor: Actor): Promise<ServiceBooking> {
    return this.transition(scope, id, 'COMPLETE', actor, (_b, now) => ({ completedAt: now, completionNote: trimOrNull(input?.note) }));
  }

  /** The enterprise takes its request back while the institution has not answered (REQUESTED only). */
  cancel(scope: Scope, id: number, actor: Actor): Promise<ServiceBooking> {
    if (scope.kind !== 'ENTERPRISE') throw notFound('服务预约');
    // Cancelled after its deadline day, it stays an unanswered overdue booking for the statistics and the evaluation.
    return this.transition(scope, id, 'CANCEL', actor, (b, now, today) => {
      const late = isBookingOverdue(b, today);
      return { overdue: late, overdueFlaggedAt: b.overdueFlaggedAt ?? (late ? now : null) };
    });
  }

  /** The enterprise rates a completed booking once (1–5). */
  rate(scope: Scope, id: number, input: RateBookingInput, actor: Actor): Promise<ServiceBooking> {
    return this.db.transaction(async (em) => {
      const before = await this.ownBooking(em, scope, id);
      const refusal = ratingRefusal(before.status, before.rating);
      if (refusal === 'ALREADY_RATED') throw bookingAlreadyRated();
      if (refusal === 'NOT_COMPLETED') throw bookingNotCompleted();
      const after = await compareAndSet(
        em,
        ServiceBooking,
        { ...before },
        { rating: input.rating, ratingComment: trimOrNull(input.comment), ratedAt: this.clock.now() },
        CONFLICT,
      );
      await this.audit.record(em, actor, { action: 'RATE_BOOKING', entityType: 'ServiceBooking', entityId: id, before, after });
      return after;
    });
  }

  /**
   * The overdue job: flags REQUESTED bookings whose deadline day has ended, tells each institution and, once per run,
   * each city bureau with new overdue bookings. Idempotent (only unflagged rows change); set-based.
   */
  async flagOverdue(now: Date, actor: Actor = SYSTEM_ACTOR): Promise<number> {
    const today = toIsoDateInShanghai(now);
    return this.db.transaction(async (em) => {
      const due: {
        id: number;
        institutionId: number;
        divisionCode: string;
        productName: string;
        responseDeadline: string;
        enterpriseName: string;
      }[] = await em
        .createQueryBuilder(ServiceBooking, 'b')
        .innerJoin(Enterprise, 'e', 'e.id = b.enterpriseId')
        .select(['b.id AS id', 'b.institutionId AS institutionId', 'b.divisionCode AS divisionCode', 'b.productName AS productName'])
        .addSelect('b.responseDeadline', 'responseDeadline')
        .addSelect('e.name', 'enterpriseName')
        .where('b.status = :requested', { requested: BookingStatus.REQUESTED })
        .andWhere('b.overdue = :notYet', { notYet: false })
        .andWhere('b.responseDeadline < :today', { today })
        .orderBy('b.id')
        .getRawMany();
      let flagged = 0;
      for (let i = 0; i < due.length; i += 500) {
        const chunk = due.slice(i, i + 500).map((b) => Number(b.id));
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
      if (!flagged) return 0;
      await this.audit.record(em, actor, {
        action: 'FLAG_OVERDUE_BOOKINGS',
        entityType: 'ServiceBooking',
        actorUsername: actor.user ? undefined : 'system',
        after: { today, flagged, ids: due.slice(0, 200).map((b) => Number(b.id)) },
      });
      // The job holds its lease, so the rows selected above are the rows this run flagged.
      const perCity = new Map<string, number>();
      const notices: PendingNotice[] = due.map((b) => {
        const city = this.divisions.cityOf(b.divisionCode)?.code;
        if (city) perCity.set(city, (perCity.get(city) ?? 0) + 1);
        return {
          recipients: [{ institutionId: Number(b.institutionId) }],
          type: 'BOOKING_OVERDUE',
          data: { enterpriseName: b.enterpriseName, productName: b.productName, deadline: b.responseDeadline },
          subject: { type: 'ServiceBooking', id: Number(b.id) },
        };
      });
      for (const [city, count] of perCity) {
        notices.push({ recipients: [{ bureau: city }], type: 'BOOKINGS_OVERDUE_IN_JURISDICTION', data: { count, date: today } });
      }
      await this.notifications.notifyMany(em, notices);
      return flagged;
    });
  }

  /**
   * The institution has left the registry (SPEC §4.4): its open bookings (waiting for an answer, or accepted and not
   * completed) close in the caller's transaction — one UPDATE, the domain machine's CLOSE states — and each enterprise
   * is told. Returns how many closed.
   */
  async closeOpenBookingsOf(em: EntityManager, institutionId: number, institutionName: string, actor: Actor): Promise<number> {
    return (await this.closeOpenBookingsOfMany(em, [{ id: institutionId, name: institutionName }], actor)).get(institutionId) ?? 0;
  }

  /**
   * The same for a batch of removed institutions, set-based: one SELECT and one UPDATE for all of them, one audit row
   * per institution with bookings closed (one INSERT), the enterprises' notices in chunks. Returns the count per institution.
   */
  async closeOpenBookingsOfMany(
    em: EntityManager,
    institutions: { id: number; name: string }[],
    actor: Actor,
  ): Promise<Map<number, number>> {
    const counts = new Map<number, number>();
    if (!institutions.length) return counts;
    const from = bookingMachine.def.transitions.CLOSE.from as readonly BookingStatus[];
    const ids = institutions.map((i) => i.id);
    const open = await em.find(ServiceBooking, {
      where: { institutionId: In(ids), status: In([...from]) },
      select: { id: true, institutionId: true, enterpriseId: true, productName: true, status: true },
      order: { id: 'ASC' },
    });
    if (!open.length) return counts;
    await em
      .createQueryBuilder()
      .update(ServiceBooking)
      .set({
        status: bookingMachine.def.transitions.CLOSE.to as BookingStatus,
        closedAt: this.clock.now(),
        closeReason: '服务机构已移出服务资源库',
        version: () => 'version + 1',
      })
      .where('id IN (:...bookingIds)', { bookingIds: open.map((b) => b.id) })
      .andWhere('status IN (:...from)', { from: [...from] })
      .execute();
    const byInstitution = new Map<number, ServiceBooking[]>();
    for (const b of open) byInstitution.set(b.institutionId, [...(byInstitution.get(b.institutionId) ?? []), b]);
    for (const [id, rows] of byInstitution) counts.set(id, rows.length);
    await this.audit.recordMany(
      em,
      actor,
      [...byInstitution].map(([institutionId, rows]) => ({
        action: 'CLOSE_BOOKINGS_ON_REMOVAL',
        entityType: 'ServiceBooking',
        actorUsername: actor.user ? undefined : 'system',
        after: { institutionId, closed: rows.length, ids: rows.slice(0, 200).map((b) => b.id) },
      })),
    );
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    await this.notifications.notifyMany(
      em,
      open.map((b) => ({
        recipients: [{ enterpriseId: b.enterpriseId }],
        type: 'BOOKING_CLOSED' as const,
        data: { institutionName: names.get(b.institutionId) ?? '', productName: b.productName },
        subject: { type: 'ServiceBooking' as const, id: b.id },
      })),
    );
    return counts;
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
  remainingWorkingDays(b: ServiceBooking, calendar: HolidayCalendar): number | null {
    if (b.status !== BookingStatus.REQUESTED) return null;
    return remainingWorkingDays(calendar, this.clock.today(), b.responseDeadline);
  }

  /** Overdue as of now, whether or not the job has flagged it yet (Art. 13(2)). */
  isOverdue(b: ServiceBooking): boolean {
    return isBookingOverdue(b, this.clock.today());
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
      const qb = applyScope(
        this.db.createQueryBuilder(ServiceBooking, 'b').innerJoin(Institution, 'i', 'i.id = b.institutionId'),
        'i',
        scope,
        INSTITUTION_ROWS,
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

  private narrowToDivision<T extends object>(qb: SelectQueryBuilder<T>, alias: string, code: string) {
    const codes = this.divisions.jurisdiction(code);
    if (codes !== 'ALL') qb.andWhere(`${alias}.divisionCode IN (:...narrowCodes)`, { narrowCodes: codes.length ? codes : [''] });
  }

  /** A booking of the caller's own institution or enterprise (officers act on none). */
  private async ownBooking(em: EntityManager, scope: Scope, id: number): Promise<ServiceBooking> {
    if (scope.kind !== 'INSTITUTION' && scope.kind !== 'ENTERPRISE') throw notFound('服务预约');
    const row = await applyScope(em.getRepository(ServiceBooking).createQueryBuilder('b'), 'b', scope, BOOKING_ROWS)
      .andWhere('b.id = :id', { id })
      .getOne();
    if (!row) throw notFound('服务预约');
    return row;
  }

  /** A late answer (after the deadline day) marks the booking overdue even if the job has not run yet. */
  private responseFields(b: ServiceBooking, now: Date, today: string): Partial<ServiceBooking> {
    const late = isBookingOverdue(b, today);
    return {
      respondedAt: now,
      respondedOn: today,
      overdue: late,
      overdueFlaggedAt: b.overdueFlaggedAt ?? (late ? now : null),
    };
  }

  /** Load in scope, check with the state machine, compare-and-set, audit, tell the other side — one transaction. */
  private transition(
    scope: Scope,
    id: number,
    // CLOSE belongs to the removal job, which closes bookings set-based (CLOSE_BOOKINGS_ON_REMOVAL).
    event: Exclude<BookingEvent, 'CLOSE'>,
    actor: Actor,
    changes: (b: ServiceBooking, now: Date, today: string) => Partial<ServiceBooking>,
  ): Promise<ServiceBooking> {
    return this.db.transaction(async (em) => {
      const before = await this.ownBooking(em, scope, id);
      const status = bookingMachine.next(before.status, event) as BookingStatus;
      const now = this.clock.now();
      const after = await compareAndSet(
        em,
        ServiceBooking,
        { ...before },
        { ...changes(before, now, this.clock.today()), status },
        CONFLICT,
      );
      await this.audit.record(em, actor, { action: `${event}_BOOKING`, entityType: 'ServiceBooking', entityId: id, before, after });
      const institution = await em.findOne(Institution, { where: { id: before.institutionId }, select: { id: true, name: true } });
      const data = { institutionName: institution?.name ?? '服务机构', productName: before.productName };
      const subject = { type: 'ServiceBooking' as const, id };
      const to = [{ enterpriseId: before.enterpriseId }];
      if (event === 'ACCEPT') await this.notifications.notify(em, to, 'BOOKING_ACCEPTED', data, subject);
      if (event === 'DECLINE')
        await this.notifications.notify(em, to, 'BOOKING_DECLINED', { ...data, reason: after.responseNote ?? '' }, subject);
      if (event === 'COMPLETE') await this.notifications.notify(em, to, 'BOOKING_COMPLETED', data, subject);
      if (event === 'CANCEL') {
        const enterprise = await em.findOne(Enterprise, { where: { id: before.enterpriseId }, select: { id: true, name: true } });
        await this.notifications.notify(
          em,
          [{ institutionId: before.institutionId }],
          'BOOKING_CANCELLED',
          { enterpriseName: enterprise?.name ?? '企业', productName: before.productName, requestDate: before.requestDate },
          subject,
        );
      }
      return after;
    });
  }
}
