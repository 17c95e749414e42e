import crypto from 'node:crypto';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  addDays,
  closedReportDeadlines,
  currentReportDeadline,
  HEBEI_PROVINCE_CODE,
  IsoDate,
  isReportDeadline,
  MISSED_PERIODS_FOR_NOTICE,
  MISSED_PERIODS_FOR_REMOVAL,
  missedPeriodsSince,
  reportDeadlinesBetween,
  reportPeriodStatus,
  toIsoDateInShanghai,
} from '@hebei/domain';
import { Actor, SYSTEM_ACTOR } from '../../common/context';
import { Clock } from '../../common/clock';
import { RegistryStatus } from '../../common/enums';
import { badInput } from '../../common/errors';
import { containsPattern, LIKE_ESCAPE } from '../../common/like';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { applyScope, Scope } from '../../common/scope';
import { insertIgnore, rawQuery, retryOnConflict, sqlDate } from '../../common/sql';
import { AuditService } from '../audit/audit.service';
import { DivisionService } from '../division/division.service';
import { Institution, INSTITUTION_ROWS } from '../institution/institution.entity';
import { NotificationService, PendingNotice } from '../notification/notification.service';
import { RemovalCase, RemovalCaseStatus, REMOVAL_CASE_ROWS } from '../removal/removal-case.entity';
import { COMPLIANCE_NOTICE_ROWS, ComplianceNotice, ReportPeriodStatus, ServiceReport, ServiceReportStatus } from './report.entity';
import { ReportingComplianceFilter } from './report.inputs';
import {
  ComplianceNoticeDeadline,
  ComplianceNoticeRow,
  ComplianceSummary,
  ComplianceSummaryRow,
  ReportingComplianceRow,
  ReportPeriodCell,
} from './report.types';

/** How many closed periods the monitor shows per institution. */
export const MONITOR_PERIODS = 4;
const NOTIFY_CHUNK = 500;
const CASE_DESCRIPTION = `连续${MISSED_PERIODS_FOR_REMOVAL}个周期未按规定填报服务情况（第十条），由系统自动发起，待省级主管部门会议研究决定。`;

export interface EscalationResult {
  date: IsoDate;
  noticesIssued: number;
  casesOpened: number;
}

/**
 * Reporting compliance (Art. 10, SPEC §4.1): the escalation job (set-based SQL over every admitted institution), the
 * monitor for bureaus (institutions × last periods) with its summary, and the 通报 lists.
 */
export class ComplianceService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly notifications: NotificationService,
  ) {}

  // --- the escalation job ---------------------------------------------------------------------------------------

  /**
   * For every admitted institution, as of `now`: 2 consecutive missed periods → one 通报 for that run (keyed by the
   * deadline that completed the run of 2); 3 → one removal case MISSED_REPORTS (keyed by the deadline that completed
   * the run of 3; at most one open case per institution). Two INSERT … SELECT statements, whatever the number of
   * institutions; unique keys make a second run, or a concurrent one on another replica, write nothing. Only the rows
   * this run wrote (its run id) are announced.
   */
  async escalate(now: Date, actor: Actor = SYSTEM_ACTOR): Promise<EscalationResult> {
    const today = toIsoDateInShanghai(now);
    const none = { date: today, noticesIssued: 0, casesOpened: 0 };
    const [{ first } = { first: null }] = await rawQuery<{ first: unknown }>(
      this.db,
      'SELECT MIN(i.admittedOn) AS first FROM institution i WHERE i.registryStatus = :admitted',
      { admitted: RegistryStatus.ADMITTED },
    );
    const earliest = sqlDate(first);
    if (!earliest) return none;
    // Every closed deadline some admitted institution can have missed, oldest first (a handful per year).
    const closed = reportDeadlinesBetween(earliest, addDays(today, -1));
    if (closed.length < MISSED_PERIODS_FOR_NOTICE) return none;
    return retryOnConflict(() =>
      this.db.transaction(async (em) => {
        const runId = crypto.randomUUID();
        const params: Record<string, unknown> = {
          admitted: RegistryStatus.ADMITTED,
          onTime: true,
          today,
          now,
          runId,
          caseReason: 'MISSED_REPORTS',
          casePending: RemovalCaseStatus.PENDING,
          caseSource: 'SYSTEM',
          caseText: CASE_DESCRIPTION,
          system: '系统',
        };
        closed.forEach((d, i) => (params[`c${i}`] = d));
        const n = closed.length;
        // The n-th deadline after an institution's base (its admission or its last on-time report, whichever is later).
        const nth = (k: number) =>
          `CASE ${closed
            .slice(0, n - k + 1)
            .map((_d, i) => `WHEN x.base < :c${i} THEN :c${i + k - 1}`)
            .join(' ')} END`;
        const run = closed.map((_d, i) => `CASE WHEN x.base < :c${i} THEN 1 ELSE 0 END`).join(' + ');
        // The base per institution: one dive into (institutionId, onTime, deadline) each. Not a GROUP BY derived table
        // joined on institutionId: MariaDB runs that as a LATERAL DERIVED per row on a worse index (the second run
        // of tools/bench/compliance.ts over 100k institutions: 64 s → 7 s).
        const base = `SELECT i.id AS id, i.divisionCode AS divisionCode,
            COALESCE((SELECT MAX(r.deadline) FROM service_report r
                      WHERE r.institutionId = i.id AND r.onTime = :onTime AND r.deadline > i.admittedOn AND r.deadline < :today),
                     i.admittedOn) AS base
          FROM institution i
          WHERE i.registryStatus = :admitted AND i.admittedOn < :c${n - MISSED_PERIODS_FOR_NOTICE}`;

        await rawQuery(
          em,
          `${insertIgnore(em)} INTO compliance_notice (institutionId, divisionCode, deadline, runStartDeadline, missedCount, issuedAt, issuedOn, runId)
           SELECT x.id, x.divisionCode, ${nth(MISSED_PERIODS_FOR_NOTICE)}, ${nth(1)}, ${run}, :now, :today, :runId
           FROM (${base}) x
           WHERE x.base < :c${n - MISSED_PERIODS_FOR_NOTICE}
             AND NOT EXISTS (SELECT 1 FROM compliance_notice cn WHERE cn.institutionId = x.id AND cn.deadline = ${nth(MISSED_PERIODS_FOR_NOTICE)})
           ORDER BY x.id`,
          params,
        );
        if (n >= MISSED_PERIODS_FOR_REMOVAL) {
          await rawQuery(
            em,
            `${insertIgnore(em)} INTO removal_case (institutionId, divisionCode, reason, status, source, description, triggerDeadline,
               runStartDeadline, openInstitutionId, proposerName, openedAt, openedOn, runId, version, createdAt, updatedAt)
             SELECT x.id, x.divisionCode, :caseReason, :casePending, :caseSource, :caseText, ${nth(MISSED_PERIODS_FOR_REMOVAL)},
               ${nth(1)}, x.id, :system, :now, :today, :runId, 1, :now, :now
             FROM (${base}) x
             WHERE x.base < :c${n - MISSED_PERIODS_FOR_REMOVAL}
               AND NOT EXISTS (SELECT 1 FROM removal_case oc WHERE oc.openInstitutionId = x.id)
               AND NOT EXISTS (SELECT 1 FROM removal_case rc WHERE rc.institutionId = x.id AND rc.triggerDeadline = ${nth(MISSED_PERIODS_FOR_REMOVAL)})
             ORDER BY x.id`,
            params,
          );
        }
        const notices = await em.createQueryBuilder(ComplianceNotice, 'n').where('n.runId = :runId', { runId }).orderBy('n.id').getMany();
        const cases = await em.createQueryBuilder(RemovalCase, 'c').where('c.runId = :runId', { runId }).orderBy('c.id').getMany();
        if (!notices.length && !cases.length) return none;
        await this.announce(em, today, notices, cases);
        await this.audit.record(em, actor, {
          action: 'RUN_COMPLIANCE_ESCALATION',
          entityType: 'ComplianceNotice',
          actorUsername: actor.user ? undefined : 'system',
          after: {
            date: today,
            notices: notices.length,
            cases: cases.length,
            noticeInstitutions: notices.slice(0, 200).map((x) => x.institutionId),
            caseInstitutions: cases.slice(0, 200).map((x) => x.institutionId),
          },
        });
        return { date: today, noticesIssued: notices.length, casesOpened: cases.length };
      }),
    );
  }

  /** The institution is told of its 通报 or case; each city bureau and PROVINCE get one summary per run. */
  private async announce(em: EntityManager, today: IsoDate, notices: ComplianceNotice[], cases: RemovalCase[]) {
    const pending: PendingNotice[] = [];
    const perCity = new Map<string, { notices: number; cases: number }>();
    const bump = (code: string, key: 'notices' | 'cases') => {
      const city = this.divisions.cityOf(code)?.code;
      if (!city) return;
      const c = perCity.get(city) ?? { notices: 0, cases: 0 };
      c[key]++;
      perCity.set(city, c);
    };
    for (const n of notices) {
      bump(n.divisionCode, 'notices');
      pending.push({
        recipients: [{ institutionId: n.institutionId }],
        type: 'COMPLIANCE_NOTICE_ISSUED',
        data: { deadlines: reportDeadlinesBetween(addDays(n.runStartDeadline, -1), n.deadline), missedCount: n.missedCount },
        subject: { type: 'Institution', id: n.institutionId },
      });
    }
    for (const c of cases) {
      bump(c.divisionCode, 'cases');
      pending.push({
        recipients: [{ institutionId: c.institutionId }],
        type: 'REMOVAL_CASE_OPENED',
        data: { reason: c.reason },
        subject: { type: 'RemovalCase', id: c.id },
      });
    }
    for (const [city, counts] of perCity) {
      pending.push({ recipients: [{ bureau: city }], type: 'COMPLIANCE_ESCALATED_IN_JURISDICTION', data: { date: today, ...counts } });
    }
    pending.push({
      recipients: [{ bureau: HEBEI_PROVINCE_CODE }],
      type: 'COMPLIANCE_ESCALATED_IN_JURISDICTION',
      data: { date: today, notices: notices.length, cases: cases.length },
    });
    for (let i = 0; i < pending.length; i += NOTIFY_CHUNK) await this.notifications.notifyMany(em, pending.slice(i, i + NOTIFY_CHUNK));
  }

  // --- the monitor ------------------------------------------------------------------------------------------------

  /** Admitted institutions in scope with the filter, as SQL (the list and its count share it). */
  private monitored(scope: Scope, filter: ReportingComplianceFilter, today: IsoDate): SelectQueryBuilder<Institution> {
    const qb = applyScope(this.db.getRepository(Institution).createQueryBuilder('i'), 'i', scope, INSTITUTION_ROWS).andWhere(
      'i.registryStatus = :admitted',
      { admitted: RegistryStatus.ADMITTED },
    );
    if (filter.divisionCode) {
      const codes = this.divisions.jurisdiction(filter.divisionCode);
      if (codes !== 'ALL') qb.andWhere('i.divisionCode IN (:...filterCodes)', { filterCodes: codes.length ? codes : [''] });
    }
    const text = filter.text?.trim();
    if (text) qb.andWhere(`(i.name LIKE :text ${LIKE_ESCAPE} OR i.uscc LIKE :text ${LIKE_ESCAPE})`, { text: containsPattern(text) });
    if (filter.minConsecutiveMisses) {
      // A trailing run of at least k ⇔ admitted before the k-th last closed deadline and no on-time report since it.
      const from = closedReportDeadlines(today, filter.minConsecutiveMisses)[0];
      qb.andWhere('i.admittedOn < :runFrom', { runFrom: from }).andWhere(
        'NOT EXISTS (SELECT 1 FROM service_report rr WHERE rr.institutionId = i.id AND rr.onTime = :rrOnTime AND rr.deadline >= :runFrom AND rr.deadline < :today)',
        { rrOnTime: true, today },
      );
    }
    if (filter.latestStatus) {
      const latest = closedReportDeadlines(today, 1)[0];
      const submitted = { latest, latestSubmitted: ServiceReportStatus.SUBMITTED };
      const report =
        'SELECT 1 FROM service_report lr WHERE lr.institutionId = i.id AND lr.deadline = :latest AND lr.status = :latestSubmitted';
      qb.andWhere('i.admittedOn < :latest', { latest });
      if (filter.latestStatus === ReportPeriodStatus.MISSED) qb.andWhere(`NOT EXISTS (${report})`, submitted);
      else
        qb.andWhere(`EXISTS (${report} AND lr.onTime = :latestOnTime)`, { ...submitted, latestOnTime: filter.latestStatus === 'ON_TIME' });
    }
    if (filter.currentSubmitted !== undefined && filter.currentSubmitted !== null) {
      const report =
        'SELECT 1 FROM service_report cr WHERE cr.institutionId = i.id AND cr.deadline = :current AND cr.status = :curSubmitted';
      qb.andWhere(`${filter.currentSubmitted ? '' : 'NOT '}EXISTS (${report})`, {
        current: currentReportDeadline(today),
        curSubmitted: ServiceReportStatus.SUBMITTED,
      });
    }
    return qb;
  }

  /** 填报监测: per institution the last closed periods, the current one and the run of misses; keyset on id. */
  async monitor(
    scope: Scope,
    filter: ReportingComplianceFilter = {},
    first?: number,
    after?: string,
  ): Promise<Connection<ReportingComplianceRow>> {
    if (filter.divisionCode && !this.divisions.get(filter.divisionCode)) {
      throw badInput([{ field: 'divisionCode', code: 'DIVISION_UNKNOWN', message: '区划代码不存在' }]);
    }
    const today = this.clock.today();
    const size = pageSize(first);
    const qb = this.monitored(scope, filter, today);
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('i.id > :cursor', { cursor });
    const rows = await qb
      .select(['i.id AS id', 'i.name AS name', 'i.uscc AS uscc', 'i.divisionCode AS divisionCode'])
      .addSelect('i.admittedOn', 'admittedOn')
      .addSelect(
        '(SELECT MAX(lo.deadline) FROM service_report lo WHERE lo.institutionId = i.id AND lo.onTime = :loOnTime AND lo.deadline < :loToday)',
        'lastOnTime',
      )
      .setParameters({ loOnTime: true, loToday: today })
      .orderBy('i.id', 'ASC')
      .limit(size + 1)
      .getRawMany<Record<string, unknown>>();
    const shown = closedReportDeadlines(today, MONITOR_PERIODS);
    const current = currentReportDeadline(today);
    const ids = rows.slice(0, size).map((r) => Number(r.id));
    const reports = ids.length
      ? await this.db
          .getRepository(ServiceReport)
          .createQueryBuilder('r')
          .select(['r.institutionId', 'r.deadline', 'r.status', 'r.submittedOn'])
          .where('r.institutionId IN (:...ids)', { ids })
          .andWhere('r.deadline IN (:...deadlines)', { deadlines: [...shown, current] })
          .andWhere('r.status = :submitted', { submitted: ServiceReportStatus.SUBMITTED })
          .getMany()
      : [];
    const submitted = new Map(reports.map((r) => [`${r.institutionId}:${r.deadline}`, r.submittedOn]));
    const nodes = rows.map((r) => {
      const id = Number(r.id);
      const admittedOn = sqlDate(r.admittedOn);
      const cell = (deadline: IsoDate): ReportPeriodCell => {
        const submittedOn = submitted.get(`${id}:${deadline}`) ?? null;
        const due = !!admittedOn && admittedOn < deadline;
        return { deadline, submittedOn, status: due ? (reportPeriodStatus(deadline, submittedOn, today) as ReportPeriodStatus) : null };
      };
      return {
        id,
        institutionId: id,
        institutionName: String(r.name),
        uscc: String(r.uscc),
        divisionCode: String(r.divisionCode),
        admittedOn,
        consecutiveMisses: admittedOn ? missedPeriodsSince(admittedOn, sqlDate(r.lastOnTime), today).length : 0,
        periods: shown.map(cell),
        current: cell(current),
      };
    });
    return toConnection(nodes, size, totalCount);
  }

  /** Every row of the monitor for an export, streamed page by page (keyset), never all in memory. */
  async *monitorRows(scope: Scope, filter: ReportingComplianceFilter = {}): AsyncGenerator<ReportingComplianceRow> {
    let after: string | undefined;
    for (;;) {
      const page = await this.monitor(scope, filter, 100, after);
      for (const e of page.edges) yield e.node;
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor ?? undefined;
    }
  }

  /**
   * The summary above the monitor: for the latest closed deadline, per city (province) or per county (a city bureau):
   * due, on time, late, missed, the current period's submissions, the 通报 of that deadline and pending cases. Three
   * GROUP BY statements over county codes, folded into cities in memory (about 180 groups).
   */
  async summary(scope: Scope): Promise<ComplianceSummary> {
    const today = this.clock.today();
    const latest = closedReportDeadlines(today, 1)[0];
    const current = currentReportDeadline(today);
    const counts = await applyScope(
      this.db
        .createQueryBuilder(Institution, 'i')
        .leftJoin(ServiceReport, 'r', 'r.institutionId = i.id AND r.deadline = :latest AND r.status = :submitted', {
          latest,
          submitted: ServiceReportStatus.SUBMITTED,
        })
        .leftJoin(ServiceReport, 'cur', 'cur.institutionId = i.id AND cur.deadline = :current AND cur.status = :submitted', { current }),
      'i',
      scope,
      INSTITUTION_ROWS,
    )
      .select('i.divisionCode', 'code')
      .addSelect('COUNT(*)', 'admitted')
      .addSelect('SUM(CASE WHEN i.admittedOn < :latest THEN 1 ELSE 0 END)', 'due')
      .addSelect('SUM(CASE WHEN r.onTime = :yes THEN 1 ELSE 0 END)', 'onTime')
      .addSelect('SUM(CASE WHEN r.id IS NOT NULL AND r.onTime = :no THEN 1 ELSE 0 END)', 'late')
      .addSelect('SUM(CASE WHEN i.admittedOn < :latest AND r.id IS NULL THEN 1 ELSE 0 END)', 'missed')
      .addSelect('SUM(CASE WHEN cur.id IS NOT NULL THEN 1 ELSE 0 END)', 'currentSubmitted')
      .andWhere('i.registryStatus = :admitted', { admitted: RegistryStatus.ADMITTED, yes: true, no: false })
      .groupBy('i.divisionCode')
      .getRawMany<Record<string, unknown>>();
    const noticeCounts = await applyScope(this.db.createQueryBuilder(ComplianceNotice, 'n'), 'n', scope, COMPLIANCE_NOTICE_ROWS)
      .select('n.divisionCode', 'code')
      .addSelect('COUNT(*)', 'n')
      .andWhere('n.deadline = :latest', { latest })
      .groupBy('n.divisionCode')
      .getRawMany<{ code: string; n: unknown }>();
    const caseCounts = await applyScope(this.db.createQueryBuilder(RemovalCase, 'c'), 'c', scope, REMOVAL_CASE_ROWS)
      .select('c.divisionCode', 'code')
      .addSelect('COUNT(*)', 'n')
      .andWhere('c.status = :pending', { pending: RemovalCaseStatus.PENDING })
      .groupBy('c.divisionCode')
      .getRawMany<{ code: string; n: unknown }>();
    const byCity = scope.kind !== 'DIVISIONS';
    const groupOf = (code: string) => (byCity ? (this.divisions.cityOf(code) ?? this.divisions.get(code)) : this.divisions.get(code));
    const groups = new Map<string, ComplianceSummaryRow>();
    const empty = (code: string, name: string): ComplianceSummaryRow => ({
      code,
      name,
      admitted: 0,
      due: 0,
      onTime: 0,
      late: 0,
      missed: 0,
      onTimeRate: null,
      currentSubmitted: 0,
      notices: 0,
      pendingCases: 0,
    });
    const row = (code: string) => {
      const g = groupOf(code);
      const key = g?.code ?? code;
      if (!groups.has(key)) groups.set(key, empty(key, g?.name ?? code));
      return groups.get(key)!;
    };
    const total = empty(byCity ? '130000' : 'ALL', '合计');
    const add = (target: ComplianceSummaryRow, key: keyof ComplianceSummaryRow, value: unknown) => {
      (target[key] as number) += Number(value ?? 0);
    };
    for (const c of counts) {
      for (const target of [row(String(c.code)), total]) {
        for (const key of ['admitted', 'due', 'onTime', 'late', 'missed', 'currentSubmitted'] as const) add(target, key, c[key]);
      }
    }
    for (const c of noticeCounts) for (const target of [row(c.code), total]) add(target, 'notices', c.n);
    for (const c of caseCounts) for (const target of [row(c.code), total]) add(target, 'pendingCases', c.n);
    const rate = (r: ComplianceSummaryRow) => ({ ...r, onTimeRate: r.due ? Math.round((r.onTime / r.due) * 10000) / 10000 : null });
    return {
      latestDeadline: latest,
      currentDeadline: current,
      groupedBy: byCity ? 'CITY' : 'COUNTY',
      rows: [...groups.values()].sort((a, b) => (a.code < b.code ? -1 : 1)).map(rate),
      total: rate(total),
    };
  }

  // --- 通报 lists -------------------------------------------------------------------------------------------------

  private notices(scope: Scope, deadline: IsoDate, divisionCode?: string) {
    if (!isReportDeadline(deadline)) {
      throw badInput([{ field: 'deadline', code: 'REPORT_NOT_A_DEADLINE', message: '截止日应为3月15日、6月15日、9月15日或12月15日' }]);
    }
    const qb = applyScope(this.db.createQueryBuilder(ComplianceNotice, 'n'), 'n', scope, COMPLIANCE_NOTICE_ROWS).andWhere(
      'n.deadline = :deadline',
      { deadline },
    );
    if (divisionCode) {
      const codes = this.divisions.jurisdiction(divisionCode);
      if (codes !== 'ALL') qb.andWhere('n.divisionCode IN (:...noticeCodes)', { noticeCodes: codes.length ? codes : [''] });
    }
    return qb;
  }

  /** The 通报 of one deadline, in the caller's jurisdiction, with the institution's name (one join). */
  async noticesFor(
    scope: Scope,
    deadline: IsoDate,
    first?: number,
    after?: string,
    divisionCode?: string,
  ): Promise<Connection<ComplianceNoticeRow>> {
    const size = pageSize(first);
    const qb = this.notices(scope, deadline, divisionCode);
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('n.id > :cursor', { cursor });
    const rows = await qb
      .innerJoinAndSelect('n.institution', 'ni')
      .orderBy('n.id', 'ASC')
      .limit(size + 1)
      .getMany();
    return toConnection(
      rows.map((n) => ({
        id: n.id,
        institutionId: n.institutionId,
        institutionName: n.institution!.name,
        uscc: n.institution!.uscc,
        divisionCode: n.divisionCode,
        deadline: n.deadline,
        runStartDeadline: n.runStartDeadline,
        missedCount: n.missedCount,
        issuedOn: n.issuedOn,
      })),
      size,
      totalCount,
    );
  }

  async *noticeRows(scope: Scope, deadline: IsoDate, divisionCode?: string): AsyncGenerator<ComplianceNoticeRow> {
    let after: string | undefined;
    for (;;) {
      const page = await this.noticesFor(scope, deadline, 100, after, divisionCode);
      for (const e of page.edges) yield e.node;
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor ?? undefined;
    }
  }

  /** Deadlines that have 通报, newest first, with their counts (one GROUP BY). */
  async noticeDeadlines(scope: Scope): Promise<ComplianceNoticeDeadline[]> {
    const rows = await applyScope(this.db.createQueryBuilder(ComplianceNotice, 'n'), 'n', scope, COMPLIANCE_NOTICE_ROWS)
      .select('n.deadline', 'deadline')
      .addSelect('COUNT(*)', 'count')
      .groupBy('n.deadline')
      .orderBy('n.deadline', 'DESC')
      .limit(40)
      .getRawMany<{ deadline: unknown; count: unknown }>();
    return rows.map((r) => ({ deadline: sqlDate(r.deadline)!, count: Number(r.count) }));
  }
}
