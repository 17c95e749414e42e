import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { RegistryIndex } from '../browse/registry-index';
import {
  compareIsoDate,
  HEBEI_PROVINCE_CODE,
  isBanActive,
  isRemovalEffective,
  removalBanUntil,
  removalCaseMachine,
  removalDecisionViolations,
  REMOVAL_REASON_RULES,
  removalReasonsOpenableByProvince,
  RemovalReason as DomainReason,
  toIsoDateInShanghai,
} from '@hebei/domain';
import { Actor, SYSTEM_ACTOR, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { AppError, badInput, conflict, notFound } from '../../common/errors';
import { compareAndSet } from '../../common/compare-and-set';
import { RegistryStatus } from '../../common/enums';
import { containsPattern, LIKE_ESCAPE } from '../../common/like';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { applyScope } from '../../common/scope';
import { isUniqueViolation } from '../../common/sql';
import { AuditService } from '../audit/audit.service';
import { BookingService } from '../booking/booking.service';
import { DivisionService } from '../division/division.service';
import { EvidenceOwner } from '../evidence/evidence.entity';
import { EvidenceService } from '../evidence/evidence.service';
import { Institution, INSTITUTION_ROWS } from '../institution/institution.entity';
import { NotificationService, Recipient } from '../notification/notification.service';
import { REMOVAL_CASE_ROWS, RemovalCase, RemovalCaseSource, RemovalCaseStatus, RemovalReason } from './removal-case.entity';
import { caseAlreadyOpen, institutionNotAdmitted, reasonNotOpenable, RemovalMessages } from './removal.errors';
import {
  DecideRemovalCaseInput,
  OpenRemovalCaseInput,
  ReentryBanFilter,
  RemovalCaseFilter,
  WithdrawRemovalCaseInput,
} from './removal.inputs';
import { ReentryBan } from './removal.types';

const trimOrNull = (s?: string | null) => (s && s.trim() ? s.trim() : null);
const nameOf = (actor: Actor) => actor.user?.displayName ?? '系统';

/**
 * Removal cases (移出, Art. 10–12, SPEC §4.4): opened by the escalation job, a city verification or PROVINCE; decided
 * (at a meeting where the reason needs one) or withdrawn; effective on its date — the institution leaves the registry,
 * its bookings close with a notice to each enterprise, and the Art. 12 reasons bar re-entry for 2 years.
 */
export class RemovalService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly notifications: NotificationService,
    private readonly bookings: BookingService,
    private readonly evidence: EvidenceService,
  ) {}

  async list(scope: Scope, filter: RemovalCaseFilter = {}, first?: number, after?: string): Promise<Connection<RemovalCase>> {
    const size = pageSize(first);
    const qb = applyScope(this.db.getRepository(RemovalCase).createQueryBuilder('c'), 'c', scope, REMOVAL_CASE_ROWS);
    if (filter.statuses?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.reason) qb.andWhere('c.reason = :reason', { reason: filter.reason });
    if (filter.institutionId) qb.andWhere('c.institutionId = :institutionId', { institutionId: Number(filter.institutionId) });
    const text = filter.text?.trim();
    if (text) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM institution ti WHERE ti.id = c.institutionId AND (ti.name LIKE :text ${LIKE_ESCAPE} OR ti.uscc LIKE :text ${LIKE_ESCAPE}))`,
        { text: containsPattern(text) },
      );
    }
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('c.id < :cursor', { cursor });
    const rows = await qb
      .leftJoinAndSelect('c.institution', 'ci')
      .orderBy('c.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, totalCount);
  }

  async get(scope: Scope, id: number, em: EntityManager = this.db.manager): Promise<RemovalCase> {
    const row = await applyScope(em.getRepository(RemovalCase).createQueryBuilder('c'), 'c', scope, REMOVAL_CASE_ROWS)
      .leftJoinAndSelect('c.institution', 'ci')
      .andWhere('c.id = :id', { id })
      .getOne();
    if (!row) throw notFound('移出案件');
    return row;
  }

  /** PROVINCE opens a case with a reason of SPEC §4.4 and evidence (the institution must be in the registry). */
  async open(scope: Scope, input: OpenRemovalCaseInput, actor: Actor): Promise<RemovalCase> {
    if (!removalReasonsOpenableByProvince().includes(input.reason as DomainReason)) throw reasonNotOpenable();
    return this.db.transaction(async (em) => {
      const inst = await applyScope(em.getRepository(Institution).createQueryBuilder('i'), 'i', scope, INSTITUTION_ROWS)
        .andWhere('i.id = :id', { id: Number(input.institutionId) })
        .getOne();
      if (!inst) throw notFound('服务机构');
      const row = await this.insertCase(em, actor, inst, {
        reason: input.reason,
        source: RemovalCaseSource.PROVINCE,
        description: input.description.trim(),
      });
      await this.evidence.claim(em, actor, input.evidenceIds, {
        type: EvidenceOwner.REMOVAL_CASE,
        id: row.id,
        institutionId: inst.id,
        divisionCode: inst.divisionCode,
      });
      return row;
    });
  }

  /**
   * A case in the caller's transaction (city verification, the annual evaluation, PROVINCE): the institution must be
   * admitted and have no open case — the unique key on `openInstitutionId` settles two at once.
   */
  async insertCase(
    em: EntityManager,
    actor: Actor,
    inst: Institution,
    c: { reason: RemovalReason; source: RemovalCaseSource; description: string; changeReportId?: number | null },
  ): Promise<RemovalCase> {
    if (inst.registryStatus !== RegistryStatus.ADMITTED) throw institutionNotAdmitted();
    if (await em.findOne(RemovalCase, { where: { openInstitutionId: inst.id }, select: { id: true } })) throw caseAlreadyOpen();
    const now = this.clock.now();
    const row = em.create(RemovalCase, {
      institutionId: inst.id,
      divisionCode: inst.divisionCode,
      reason: c.reason,
      status: RemovalCaseStatus.PENDING,
      source: c.source,
      description: c.description,
      changeReportId: c.changeReportId ?? null,
      openInstitutionId: inst.id,
      proposerId: actor.user?.id ?? null,
      proposerName: nameOf(actor),
      openedAt: now,
      openedOn: this.clock.today(),
      version: 1,
    });
    try {
      // A savepoint, so that a lost race leaves the caller's transaction usable for the typed error.
      await em.transaction((inner) => inner.insert(RemovalCase, row));
    } catch (e) {
      if (isUniqueViolation(e)) throw caseAlreadyOpen();
      throw e;
    }
    await this.audit.record(em, actor, { action: 'OPEN_REMOVAL_CASE', entityType: 'RemovalCase', entityId: row.id, after: row });
    await this.notifications.notify(
      em,
      [{ institutionId: inst.id }],
      'REMOVAL_CASE_OPENED',
      { reason: c.reason },
      { type: 'RemovalCase', id: row.id },
    );
    await this.notifications.notify(
      em,
      [{ bureau: HEBEI_PROVINCE_CODE }, ...this.cityBureau(inst.divisionCode)],
      'REMOVAL_CASE_TO_DECIDE',
      { institutionName: inst.name, reason: c.reason },
      { type: 'RemovalCase', id: row.id },
    );
    return row;
  }

  /**
   * PROVINCE decides: meeting date and minutes where the reason needs a meeting, an effective date from today on.
   * Compare-and-set: of two decisions at once exactly one wins; a decided or withdrawn case refuses with a typed error.
   * Effective today → the removal takes effect in the same transaction.
   */
  decide(scope: Scope, input: DecideRemovalCaseInput, actor: Actor): Promise<RemovalCase> {
    return this.db.transaction(async (em) => {
      const before = await this.get(scope, Number(input.caseId), em);
      if (input.expectedVersion != null && input.expectedVersion !== before.version) throw conflict(RemovalMessages.CONFLICT);
      const status = removalCaseMachine.next(before.status, 'DECIDE') as RemovalCaseStatus;
      const today = this.clock.today();
      const violations = removalDecisionViolations(before.reason as DomainReason, input, today, before.openedOn);
      if (violations.length) throw badInput(violations);
      const needsMeeting = REMOVAL_REASON_RULES[before.reason as DomainReason].needsMeeting;
      const decided = await compareAndSet(
        em,
        RemovalCase,
        { ...before, institution: undefined },
        {
          status,
          meetingDate: needsMeeting ? trimOrNull(input.meetingDate) : null,
          meetingMinuteRef: needsMeeting ? trimOrNull(input.meetingMinuteRef) : null,
          decisionNote: trimOrNull(input.decisionNote),
          decidedAt: this.clock.now(),
          decidedByName: nameOf(actor),
          effectiveDate: input.effectiveDate,
          banUntil: removalBanUntil(before.reason as DomainReason, input.effectiveDate),
        },
        RemovalMessages.CONFLICT,
      );
      await this.audit.record(em, actor, {
        action: 'DECIDE_REMOVAL_CASE',
        entityType: 'RemovalCase',
        entityId: decided.id,
        before,
        after: decided,
      });
      await this.notifications.notify(
        em,
        [{ institutionId: decided.institutionId }, ...this.cityBureau(decided.divisionCode)],
        'REMOVAL_DECIDED',
        {
          institutionName: before.institution?.name ?? '',
          reason: decided.reason,
          effectiveDate: input.effectiveDate,
          banUntil: decided.banUntil,
        },
        { type: 'RemovalCase', id: decided.id },
      );
      const result = isRemovalEffective(input.effectiveDate, today) ? await this.takeEffect(em, decided, actor) : decided;
      return Object.assign(result, { institution: before.institution });
    });
  }

  /** Before a decision PROVINCE may withdraw a case (with a reason); the institution's open slot is freed. */
  withdraw(scope: Scope, input: WithdrawRemovalCaseInput, actor: Actor): Promise<RemovalCase> {
    return this.db.transaction(async (em) => {
      const before = await this.get(scope, Number(input.caseId), em);
      if (input.expectedVersion != null && input.expectedVersion !== before.version) throw conflict(RemovalMessages.CONFLICT);
      const status = removalCaseMachine.next(before.status, 'WITHDRAW') as RemovalCaseStatus;
      const after = await compareAndSet(
        em,
        RemovalCase,
        { ...before, institution: undefined },
        {
          status,
          openInstitutionId: null,
          withdrawnAt: this.clock.now(),
          withdrawReason: input.reason.trim(),
          withdrawnByName: nameOf(actor),
        },
        RemovalMessages.CONFLICT,
      );
      await this.audit.record(em, actor, { action: 'WITHDRAW_REMOVAL_CASE', entityType: 'RemovalCase', entityId: after.id, before, after });
      await this.notifications.notify(
        em,
        [{ institutionId: after.institutionId }],
        'REMOVAL_WITHDRAWN',
        { reason: input.reason.trim() },
        { type: 'RemovalCase', id: after.id },
      );
      return Object.assign(after, { institution: before.institution });
    });
  }

  /**
   * On the effective date: the case becomes REMOVED (compare-and-set, so two runners apply it once), the institution
   * leaves the registry (status REMOVED, the ban's end date for Art. 12 reasons), and its open bookings are closed with
   * a notice to each enterprise — all in the caller's transaction. The public registry, its facets and bookings all
   * filter on ADMITTED, so nothing else has to change.
   */
  async takeEffect(em: EntityManager, decided: RemovalCase, actor: Actor): Promise<RemovalCase> {
    const status = removalCaseMachine.next(decided.status, 'TAKE_EFFECT') as RemovalCaseStatus;
    const inst = await em.findOneOrFail(Institution, { where: { id: decided.institutionId } });
    const closed = await this.bookings.closeOpenBookingsOf(em, inst.id, inst.name, actor);
    const removed = await compareAndSet(
      em,
      RemovalCase,
      { ...decided, institution: undefined },
      { status, openInstitutionId: null, removedAt: this.clock.now(), closedBookings: closed },
      RemovalMessages.CONFLICT,
    );
    const ban = removed.banUntil;
    const banUntil =
      ban && inst.reentryBanUntil && compareIsoDate(inst.reentryBanUntil, ban) > 0 ? inst.reentryBanUntil : (ban ?? inst.reentryBanUntil);
    const before = { registryStatus: inst.registryStatus, reentryBanUntil: inst.reentryBanUntil };
    await compareAndSet(
      em,
      Institution,
      inst,
      { registryStatus: RegistryStatus.REMOVED, reentryBanUntil: banUntil },
      RemovalMessages.CONFLICT,
    );
    await RegistryIndex.refresh(em, [inst.id]); // leaves the public registry's index and counts (issue #13)
    await this.audit.record(em, actor, {
      action: 'REMOVE_INSTITUTION',
      entityType: 'Institution',
      entityId: inst.id,
      actorUsername: actor.user ? undefined : 'system',
      before,
      after: { registryStatus: RegistryStatus.REMOVED, reentryBanUntil: banUntil, removalCaseId: removed.id, closedBookings: closed },
    });
    await this.notifications.notify(
      em,
      [{ institutionId: inst.id }, ...this.cityBureau(inst.divisionCode)],
      'INSTITUTION_REMOVED',
      { institutionName: inst.name, effectiveDate: removed.effectiveDate!, banUntil: removed.banUntil },
      { type: 'RemovalCase', id: removed.id },
    );
    return removed;
  }

  /** The job: decided cases whose effective date has come, each in its own transaction; a lost race is skipped. */
  async applyDueRemovals(now: Date, actor: Actor = SYSTEM_ACTOR): Promise<number> {
    const today = toIsoDateInShanghai(now);
    // Only the cases already due are read (the rule itself is isRemovalEffective, checked again below).
    const due = await this.db.getRepository(RemovalCase).find({
      where: { status: RemovalCaseStatus.DECIDED, effectiveDate: LessThanOrEqual(today) },
      select: { id: true, effectiveDate: true },
      order: { id: 'ASC' },
    });
    let applied = 0;
    for (const { id, effectiveDate } of due) {
      if (!effectiveDate || !isRemovalEffective(effectiveDate, today)) continue;
      try {
        await this.db.transaction(async (em) => {
          const row = await em.findOneOrFail(RemovalCase, { where: { id } });
          if (row.status !== RemovalCaseStatus.DECIDED) return;
          await this.takeEffect(em, row, actor);
          applied++;
        });
      } catch (e) {
        if (e instanceof AppError && e.extensions.code === 'CONFLICT') continue; // another runner got there first
        throw e;
      }
    }
    return applied;
  }

  /** The ban register (Art. 12): removals that bar re-entry, newest first, with whether the ban still runs. */
  async bans(scope: Scope, filter: ReentryBanFilter = {}, first?: number, after?: string): Promise<Connection<ReentryBan>> {
    const size = pageSize(first);
    const today = this.clock.today();
    const qb = applyScope(this.db.getRepository(RemovalCase).createQueryBuilder('c'), 'c', scope, REMOVAL_CASE_ROWS)
      .andWhere('c.status = :removed', { removed: RemovalCaseStatus.REMOVED })
      .andWhere('c.banUntil IS NOT NULL');
    if (filter.active === true) qb.andWhere('c.banUntil >= :today', { today });
    if (filter.active === false) qb.andWhere('c.banUntil < :today', { today });
    const text = filter.text?.trim();
    if (text) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM institution ti WHERE ti.id = c.institutionId AND (ti.name LIKE :text ${LIKE_ESCAPE} OR ti.uscc LIKE :text ${LIKE_ESCAPE}))`,
        { text: containsPattern(text) },
      );
    }
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('c.id < :cursor', { cursor });
    const rows = await qb
      .innerJoinAndSelect('c.institution', 'ci')
      .orderBy('c.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(
      rows.map((c) => ({
        id: c.id,
        institutionId: c.institutionId,
        institutionName: c.institution!.name,
        uscc: c.institution!.uscc,
        divisionCode: c.divisionCode,
        reason: c.reason,
        removedOn: c.effectiveDate!,
        banUntil: c.banUntil!,
        active: isBanActive(c.banUntil, today),
      })),
      size,
      totalCount,
    );
  }

  /** Pending cases in scope (the menu badge). */
  pendingCount(scope: Scope): Promise<number> {
    return applyScope(this.db.getRepository(RemovalCase).createQueryBuilder('c'), 'c', scope, REMOVAL_CASE_ROWS)
      .andWhere('c.status = :pending', { pending: RemovalCaseStatus.PENDING })
      .getCount();
  }

  /** Cases of some institutions (history), oldest first. */
  casesOf(institutionId: number): Promise<RemovalCase[]> {
    return this.db.getRepository(RemovalCase).find({ where: { institutionId: In([institutionId]) }, order: { id: 'ASC' } });
  }

  private cityBureau(divisionCode: string): Recipient[] {
    const city = this.divisions.cityOf(divisionCode)?.code;
    return city ? [{ bureau: city }] : [];
  }
}
