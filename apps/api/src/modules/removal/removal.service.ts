import crypto from 'node:crypto';
import { DataSource, EntityManager, In, LessThanOrEqual, MoreThan } from 'typeorm';
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
import { badInput, conflict, notFound } from '../../common/errors';
import { compareAndSet } from '../../common/compare-and-set';
import { RegistryStatus } from '../../common/enums';
import { containsPattern, LIKE_ESCAPE } from '../../common/like';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { applyScope } from '../../common/scope';
import { isUniqueViolation, retryOnConflict } from '../../common/sql';
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
/** Decided cases applied per transaction by the removal-effective job. */
export const REMOVAL_BATCH = 200;
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
      const [removed] = isRemovalEffective(input.effectiveDate, today) ? await this.removeMany(em, [decided.id], actor) : [];
      const result = removed ?? decided;
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
   * On the effective date, for a batch of decided cases at once (set-based: a fixed number of statements whatever the
   * batch size): the cases become REMOVED — one UPDATE guarded by `status = DECIDED`, stamped with this run's id, so of
   * two runners each case goes to exactly one (the other's UPDATE waits for the row lock and then matches nothing) —
   * their institutions leave the registry (status REMOVED, the ban's end date for Art. 12 reasons, the registry index
   * refreshed), their open bookings close with a notice to each enterprise, and the audit rows and notices are written —
   * all in the caller's transaction. The public registry, its facets and bookings all filter on ADMITTED, so products
   * stop taking bookings with the status. Returns the cases this call applied.
   */
  private async removeMany(em: EntityManager, caseIds: number[], actor: Actor): Promise<RemovalCase[]> {
    if (!caseIds.length) return [];
    const now = this.clock.now();
    const runId = crypto.randomUUID();
    const status = removalCaseMachine.next(RemovalCaseStatus.DECIDED, 'TAKE_EFFECT') as RemovalCaseStatus;
    await em
      .createQueryBuilder()
      .update(RemovalCase)
      .set({ status, openInstitutionId: null, removedAt: now, runId, version: () => 'version + 1' })
      .where('id IN (:...caseIds)', { caseIds })
      .andWhere('status = :decided', { decided: RemovalCaseStatus.DECIDED })
      .execute();
    // A transaction sees its own writes: exactly the cases this call moved.
    const cases = await em
      .createQueryBuilder(RemovalCase, 'c')
      .innerJoinAndSelect('c.institution', 'ci')
      .where('c.runId = :runId', { runId })
      .orderBy('c.id', 'ASC')
      .getMany();
    if (!cases.length) return [];
    const institutions = cases.map((c) => c.institution!);
    const instIds = institutions.map((i) => i.id);
    // The institution keeps the later of its current ban and the case's; one UPDATE per distinct end date (a handful).
    const banOf = new Map<number, string | null>();
    for (const c of cases) {
      const had = c.institution!.reentryBanUntil;
      banOf.set(c.institutionId, c.banUntil && had && compareIsoDate(had, c.banUntil) > 0 ? had : (c.banUntil ?? had));
    }
    const byBan = new Map<string | null, number[]>();
    for (const [id, ban] of banOf) byBan.set(ban, [...(byBan.get(ban) ?? []), id]);
    for (const [ban, ids] of byBan) {
      await em
        .createQueryBuilder()
        .update(Institution)
        .set({ registryStatus: RegistryStatus.REMOVED, reentryBanUntil: ban })
        .where('id IN (:...ids)', { ids })
        .execute();
    }
    const closed = await this.bookings.closeOpenBookingsOfMany(em, institutions, actor);
    for (const c of cases) c.closedBookings = closed.get(c.institutionId) ?? 0;
    const withBookings = cases.filter((c) => c.closedBookings);
    if (withBookings.length) {
      // closedBookings per case in one UPDATE (CASE over the batch's ids).
      const params: Record<string, unknown> = { closedIds: withBookings.map((c) => c.id) };
      const cases_ = withBookings.map(
        (c, k) => ((params[`cid${k}`] = c.id), (params[`cn${k}`] = c.closedBookings), `WHEN :cid${k} THEN :cn${k}`),
      );
      await em
        .createQueryBuilder()
        .update(RemovalCase)
        .set({ closedBookings: () => `CASE id ${cases_.join(' ')} ELSE closedBookings END` })
        .where('id IN (:...closedIds)')
        .setParameters(params)
        .execute();
    }
    await RegistryIndex.refresh(em, instIds); // leaves the public registry's index and counts (issue #13)
    await this.audit.recordMany(
      em,
      actor,
      cases.map((c) => ({
        action: 'REMOVE_INSTITUTION',
        entityType: 'Institution',
        entityId: c.institutionId,
        actorUsername: actor.user ? undefined : 'system',
        before: { registryStatus: c.institution!.registryStatus, reentryBanUntil: c.institution!.reentryBanUntil },
        after: {
          registryStatus: RegistryStatus.REMOVED,
          reentryBanUntil: banOf.get(c.institutionId),
          removalCaseId: c.id,
          closedBookings: c.closedBookings,
        },
      })),
    );
    await this.notifications.notifyMany(
      em,
      cases.map((c) => ({
        recipients: [{ institutionId: c.institutionId }, ...this.cityBureau(c.institution!.divisionCode)],
        type: 'INSTITUTION_REMOVED' as const,
        data: { institutionName: c.institution!.name, effectiveDate: c.effectiveDate!, banUntil: c.banUntil },
        subject: { type: 'RemovalCase' as const, id: c.id },
      })),
    );
    return cases;
  }

  /**
   * The job: decided cases whose effective date has come, in batches of REMOVAL_BATCH ids (keyset on id, so the run
   * ends), each batch one transaction of `removeMany`. Idempotent (a second run finds nothing DECIDED and due) and safe
   * with two processes (each case is applied by the one runner whose guarded UPDATE moved it). Returns how many applied.
   */
  async applyDueRemovals(now: Date, actor: Actor = SYSTEM_ACTOR): Promise<number> {
    const today = toIsoDateInShanghai(now);
    let applied = 0;
    let afterId = 0;
    for (;;) {
      // Only the cases already due are read (the rule itself is isRemovalEffective, checked again below).
      const due = await this.db.getRepository(RemovalCase).find({
        where: { status: RemovalCaseStatus.DECIDED, effectiveDate: LessThanOrEqual(today), id: MoreThan(afterId) },
        select: { id: true, effectiveDate: true },
        order: { id: 'ASC' },
        take: REMOVAL_BATCH,
      });
      if (!due.length) return applied;
      afterId = due[due.length - 1].id;
      const ids = due.filter((c) => c.effectiveDate && isRemovalEffective(c.effectiveDate, today)).map((c) => c.id);
      if (ids.length) applied += (await retryOnConflict(() => this.db.transaction((em) => this.removeMany(em, ids, actor)))).length;
    }
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
