import { DataSource, EntityManager, In } from 'typeorm';
import {
  addDays,
  currentReportDeadline,
  daysBetween,
  endOfDayInShanghai,
  IsoDate,
  isReportOnTime,
  reportDeadlinesBetween,
  reportPeriodStart,
  reportPeriodStatus,
  reportRefusal,
} from '@hebei/domain';
import { Actor, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { RegistryStatus } from '../../common/enums';
import { badInput, conflict, FieldError, forbidden } from '../../common/errors';
import { applyScope } from '../../common/scope';
import { isUniqueViolation, rawQuery, sqlDate } from '../../common/sql';
import { AuditService } from '../audit/audit.service';
import { Institution } from '../institution/institution.entity';
import { InstitutionService } from '../institution/institution.service';
import { RemovalCase, RemovalCaseStatus } from '../removal/removal-case.entity';
import { ReportPeriodStatus, SERVICE_REPORT_ROWS, ServiceReport, ServiceReportStatus } from './report.entity';
import { reportNotAdmitted, reportRefused } from './report.errors';
import { ServiceReportInput } from './report.inputs';
import { ReportBookingFigures, ServiceReportPeriod } from './report.types';

const CONFLICT = '该报告已被修改（可能在另一窗口），请刷新后重试';
const REFUSAL_TEXT: Record<string, string> = {
  CLOSED: '已提交且已过截止日，不能再修改',
  NOT_OPEN: '尚未开始',
  BEFORE_ADMISSION: '入库前的周期无需填报',
  NOT_A_DEADLINE: '不是填报截止日',
};

const CONTENT_FIELDS = [
  'servicesDelivered',
  'enterprisesServed',
  'pointToPointServed',
  'publicWelfareCount',
  'publicWelfareDescription',
  'activities',
  'serviceRevenue',
  'narrative',
] as const;

const trimOrNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** The first instant of a Beijing date. */
const startOfDay = (date: IsoDate) => new Date(endOfDayInShanghai(addDays(date, -1)).getTime() + 1);

export interface PeriodRange {
  deadline: IsoDate;
  start: IsoDate;
}

/**
 * Quarterly service reports (Art. 10, SPEC §4.1): the institution's periods since admission, the report form with the
 * period's booking figures filled in from the bookings, draft and submit (editable until the deadline, late stays late).
 */
export class ReportService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly institutions: InstitutionService,
  ) {}

  /** Every period of the institution's current admission, newest first; officers see submitted reports only. */
  async periods(scope: Scope, institutionId: number): Promise<ServiceReportPeriod[]> {
    const inst = await this.institutions.get(scope, institutionId);
    if (!inst.admittedOn || inst.registryStatus === RegistryStatus.APPLICANT) return [];
    const today = this.clock.today();
    const through = inst.registryStatus === RegistryStatus.REMOVED ? await this.lastDayInRegistry(inst) : currentReportDeadline(today);
    const deadlines = through ? reportDeadlinesBetween(inst.admittedOn, through) : [];
    if (!deadlines.length) return [];
    const reports = await applyScope(this.db.getRepository(ServiceReport).createQueryBuilder('r'), 'r', scope, SERVICE_REPORT_ROWS)
      .andWhere('r.institutionId = :id', { id: inst.id })
      .andWhere('r.deadline IN (:...deadlines)', { deadlines })
      .getMany();
    const byDeadline = new Map(reports.map((r) => [r.deadline, r]));
    const ranges = deadlines.map((deadline) => ({ deadline, start: reportPeriodStart(deadline, inst.admittedOn!) }));
    const live = await this.bookingFigures(
      this.db.manager,
      inst.id,
      ranges.filter((p) => byDeadline.get(p.deadline)?.status !== ServiceReportStatus.SUBMITTED),
    );
    const current = currentReportDeadline(today);
    return ranges.reverse().map(({ deadline, start }) => {
      const report = byDeadline.get(deadline) ?? null;
      const submittedOn = report?.status === ServiceReportStatus.SUBMITTED ? report.submittedOn : null;
      const refusal =
        inst.registryStatus === RegistryStatus.ADMITTED
          ? reportRefusal(deadline, inst.admittedOn!, today, report ? { submittedOn } : null)
          : 'CLOSED';
      const figures: ReportBookingFigures =
        submittedOn && report
          ? {
              received: report.bookingsReceived ?? 0,
              answeredInTime: report.bookingsAnsweredInTime ?? 0,
              completed: report.bookingsCompleted ?? 0,
              frozen: true,
            }
          : { ...(live.get(deadline) ?? { received: 0, answeredInTime: 0, completed: 0 }), frozen: false };
      return {
        deadline,
        periodStart: start,
        status: reportPeriodStatus(deadline, submittedOn, today) as ReportPeriodStatus,
        current: deadline === current,
        daysLeft: daysBetween(today, deadline),
        writable: refusal === null,
        refusal: refusal ? (inst.registryStatus === RegistryStatus.ADMITTED ? REFUSAL_TEXT[refusal] : '本机构已移出服务资源库') : null,
        report,
        bookingFigures: figures,
      };
    });
  }

  /** Whether the institution is admitted and has not yet submitted the current period's report (the menu badge). */
  async currentDue(institutionId: number | null): Promise<boolean> {
    if (!institutionId) return false;
    const inst = await this.db
      .getRepository(Institution)
      .findOne({ where: { id: institutionId }, select: { id: true, registryStatus: true, admittedOn: true } });
    if (!inst || inst.registryStatus !== RegistryStatus.ADMITTED || !inst.admittedOn) return false;
    const deadline = currentReportDeadline(this.clock.today());
    if (deadline <= inst.admittedOn) return false;
    const report = await this.db
      .getRepository(ServiceReport)
      .findOne({ where: { institutionId, deadline }, select: { id: true, status: true } });
    return report?.status !== ServiceReportStatus.SUBMITTED;
  }

  /** Saves the draft (or edits a submitted report before its deadline). */
  save(actor: Actor, input: ServiceReportInput): Promise<ServiceReport> {
    return this.write(actor, input, false);
  }

  /** Submits (saving the content given): on the deadline day or earlier it is on time; later it is kept and marked late. */
  submit(actor: Actor, input: ServiceReportInput): Promise<ServiceReport> {
    return this.write(actor, input, true);
  }

  private async write(actor: Actor, input: ServiceReportInput, submit: boolean): Promise<ServiceReport> {
    const institutionId = actor.user?.institutionId;
    if (!institutionId) throw forbidden();
    const today = this.clock.today();
    const content = this.content(input);
    try {
      return await this.db.transaction(async (em) => {
        const inst = await em.findOne(Institution, { where: { id: institutionId } });
        if (!inst || inst.registryStatus !== RegistryStatus.ADMITTED || !inst.admittedOn) throw reportNotAdmitted();
        const existing = await em.findOne(ServiceReport, { where: { institutionId, deadline: input.deadline } });
        if (existing && input.expectedVersion != null && input.expectedVersion !== existing.version) throw conflict(CONFLICT);
        const refusal = reportRefusal(input.deadline, inst.admittedOn, today, existing ? { submittedOn: existing.submittedOn } : null);
        if (refusal) throw reportRefused(refusal);
        const merged = { ...(existing ?? {}), ...content } as Partial<ServiceReport>;
        const wasSubmitted = existing?.status === ServiceReportStatus.SUBMITTED;
        if (submit || wasSubmitted) this.assertComplete(merged);
        const patch: Partial<ServiceReport> = { ...content, divisionCode: inst.divisionCode };
        if (submit || wasSubmitted) {
          const start = reportPeriodStart(input.deadline, inst.admittedOn);
          const figures = (await this.bookingFigures(em, institutionId, [{ deadline: input.deadline, start }])).get(input.deadline);
          const submittedOn = existing?.submittedOn ?? today;
          Object.assign(patch, {
            status: ServiceReportStatus.SUBMITTED,
            submittedAt: existing?.submittedAt ?? this.clock.now(),
            submittedOn,
            onTime: isReportOnTime(input.deadline, submittedOn),
            bookingsReceived: figures?.received ?? 0,
            bookingsAnsweredInTime: figures?.answeredInTime ?? 0,
            bookingsCompleted: figures?.completed ?? 0,
          });
        }
        let row: ServiceReport;
        if (existing) {
          row = await compareAndSet(em, ServiceReport, { ...existing }, patch, CONFLICT);
        } else {
          row = em.create(ServiceReport, {
            institutionId,
            deadline: input.deadline,
            periodStart: reportPeriodStart(input.deadline, inst.admittedOn),
            status: ServiceReportStatus.DRAFT,
            onTime: false,
            version: 1,
            ...patch,
          } as Partial<ServiceReport>);
          await em.insert(ServiceReport, row);
        }
        await this.audit.record(em, actor, {
          action: submit ? (row.onTime ? 'SUBMIT_SERVICE_REPORT' : 'SUBMIT_SERVICE_REPORT_LATE') : 'SAVE_SERVICE_REPORT',
          entityType: 'ServiceReport',
          entityId: row.id,
          before: existing,
          after: row,
        });
        return row;
      });
    } catch (e) {
      // Two first saves of the same period at once: the unique key keeps one, the other is told to refresh.
      if (isUniqueViolation(e)) throw conflict(CONFLICT);
      throw e;
    }
  }

  private content(input: ServiceReportInput): Partial<ServiceReport> {
    const out: Record<string, unknown> = {};
    for (const key of CONTENT_FIELDS) {
      const value = input[key];
      if (value === undefined) continue;
      out[key] = typeof value === 'string' || value === null ? trimOrNull(value as string | null) : value;
    }
    const errors: FieldError[] = [];
    const served = input.enterprisesServed;
    const p2p = input.pointToPointServed;
    if (served != null && p2p != null && p2p > served) {
      errors.push({ field: 'pointToPointServed', code: 'EXCEEDS_TOTAL', message: '点对点服务企业数不能超过服务企业数' });
    }
    if (errors.length) throw badInput(errors);
    return out as Partial<ServiceReport>;
  }

  private assertComplete(r: Partial<ServiceReport>): void {
    const errors: FieldError[] = [];
    const need = (field: keyof ServiceReport, label: string) => {
      if (r[field] === null || r[field] === undefined) errors.push({ field, code: 'REQUIRED', message: `请填写${label}` });
    };
    need('servicesDelivered', '提供服务次数');
    need('enterprisesServed', '服务企业数');
    need('pointToPointServed', '点对点服务企业数');
    need('publicWelfareCount', '公益性服务次数');
    need('serviceRevenue', '服务收入');
    if ((r.narrative ?? '').length < 20)
      errors.push({ field: 'narrative', code: 'REQUIRED', message: '请填写本期服务情况综述（不少于20字）' });
    if (errors.length) throw badInput(errors, `报告内容不完整，不能提交：${errors.map((e) => e.message).join('；')}`);
  }

  /**
   * Bookings received, answered in time and completed per period, for one institution: one statement (three grouped
   * branches, UNION ALL). Periods are contiguous; a value falls in the first period whose deadline is not before it.
   */
  async bookingFigures(
    em: EntityManager,
    institutionId: number,
    periods: PeriodRange[],
  ): Promise<Map<IsoDate, { received: number; answeredInTime: number; completed: number }>> {
    const out = new Map<IsoDate, { received: number; answeredInTime: number; completed: number }>();
    if (!periods.length) return out;
    const sorted = [...periods].sort((a, b) => (a.deadline < b.deadline ? -1 : 1));
    for (const p of sorted) out.set(p.deadline, { received: 0, answeredInTime: 0, completed: 0 });
    const params: Record<string, unknown> = { inst: institutionId };
    const byDate = (column: string) =>
      `CASE ${sorted.map((p, i) => `WHEN ${column} >= :s${i} AND ${column} <= :d${i} THEN :d${i}`).join(' ')} END`;
    const byInstant = `CASE ${sorted.map((_p, i) => `WHEN b.completedAt >= :si${i} AND b.completedAt < :ei${i} THEN :d${i}`).join(' ')} END`;
    sorted.forEach((p, i) => {
      params[`s${i}`] = p.start;
      params[`d${i}`] = p.deadline;
      params[`si${i}`] = startOfDay(p.start);
      params[`ei${i}`] = startOfDay(addDays(p.deadline, 1));
    });
    const rows = await rawQuery<{ k: string; p: string | Date | null; n: number | string }>(
      em,
      `SELECT 'R' AS k, ${byDate('b.requestDate')} AS p, COUNT(*) AS n FROM service_booking b WHERE b.institutionId = :inst GROUP BY p
       UNION ALL
       SELECT 'A' AS k, ${byDate('b.respondedOn')} AS p, COUNT(*) AS n FROM service_booking b
         WHERE b.institutionId = :inst AND b.respondedOn IS NOT NULL AND b.respondedOn <= b.responseDeadline GROUP BY p
       UNION ALL
       SELECT 'C' AS k, ${byInstant} AS p, COUNT(*) AS n FROM service_booking b
         WHERE b.institutionId = :inst AND b.completedAt IS NOT NULL GROUP BY p`,
      params,
    );
    for (const r of rows) {
      if (r.p === null) continue;
      const deadline = sqlDate(r.p)!;
      const figures = out.get(deadline);
      if (!figures) continue;
      if (r.k === 'R') figures.received = Number(r.n);
      if (r.k === 'A') figures.answeredInTime = Number(r.n);
      if (r.k === 'C') figures.completed = Number(r.n);
    }
    return out;
  }

  /** A removed institution reported for the periods that ended before its removal took effect. */
  private async lastDayInRegistry(inst: Institution): Promise<IsoDate | null> {
    const removal = await this.db.getRepository(RemovalCase).findOne({
      where: { institutionId: inst.id, status: In([RemovalCaseStatus.REMOVED]) },
      order: { id: 'DESC' },
    });
    return removal?.effectiveDate ? addDays(removal.effectiveDate, -1) : null;
  }
}
