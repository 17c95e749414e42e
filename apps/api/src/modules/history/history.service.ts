import { DataSource } from 'typeorm';
import {
  addDays,
  CHANGE_FIELD_LABELS,
  CHANGE_TYPE_LABELS,
  ChangeField,
  compareIsoDate,
  IsoDate,
  isReportPeriodClosed,
  REMOVAL_REASON_LABELS,
  RemovalReason,
  reportDeadlinesBetween,
  toIsoDateInShanghai,
} from '@hebei/domain';
import { Clock } from '../../common/clock';
import { Scope } from '../../common/context';
import { RegistryStatus } from '../../common/enums';
import { applyScope } from '../../common/scope';
import { ApplicationEventType } from '../application/application.entity';
import { ChangeReport, ChangeReportField, ChangeReportStatus } from '../change/change-report.entity';
import { DivisionService } from '../division/division.service';
import { InstitutionService } from '../institution/institution.service';
import { RemovalCase, RemovalCaseStatus } from '../removal/removal-case.entity';
import { ComplianceNotice, SERVICE_REPORT_ROWS, ServiceReport, ServiceReportStatus } from '../report/report.entity';
import { InstitutionHistoryEntry, InstitutionHistoryKind as K } from './history.types';

const day = (at: Date | null | undefined) => (at ? toIsoDateInShanghai(at) : null);

/**
 * One timeline per institution (SPEC §4.4): admissions and re-entries, every report period (on time, late, missed),
 * 通报, change reports and their verification, removal cases, removal — composed from the rows that record them
 * (nothing is written twice), in date order.
 */
export class HistoryService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly institutions: InstitutionService,
    private readonly divisions: DivisionService,
  ) {}

  async history(scope: Scope, institutionId: number): Promise<InstitutionHistoryEntry[]> {
    const inst = await this.institutions.get(scope, institutionId);
    const today = this.clock.today();
    const [admitEvents, reports, notices, changes, cases] = await Promise.all([
      this.db.query(
        `SELECT e.createdAt AS at, a.id AS applicationId FROM application_event e INNER JOIN application a ON a.id = e.applicationId
         WHERE a.institutionId = ? AND e.type = ? ORDER BY e.id`,
        [inst.id, ApplicationEventType.ADMIT],
      ) as Promise<{ at: string | Date; applicationId: number }[]>,
      applyScope(this.db.getRepository(ServiceReport).createQueryBuilder('r'), 'r', scope, SERVICE_REPORT_ROWS)
        .andWhere('r.institutionId = :id', { id: inst.id })
        .getMany(),
      this.db.getRepository(ComplianceNotice).find({ where: { institutionId: inst.id }, order: { id: 'ASC' } }),
      this.db.getRepository(ChangeReport).find({ where: { institutionId: inst.id }, order: { id: 'ASC' } }),
      this.db.getRepository(RemovalCase).find({ where: { institutionId: inst.id }, order: { id: 'ASC' } }),
    ]);
    const fields = changes.length
      ? await this.db
          .getRepository(ChangeReportField)
          .createQueryBuilder('f')
          .where('f.changeReportId IN (:...ids)', { ids: changes.map((c) => c.id) })
          .orderBy('f.position')
          .getMany()
      : [];
    const out: (InstitutionHistoryEntry & { order: number })[] = [];
    const push = (date: IsoDate, kind: K, title: string, detail: string | null, subject?: [string, number], order = 0) =>
      out.push({ date, kind, title, detail, subjectType: subject?.[0] ?? null, subjectId: subject?.[1] ?? null, order });

    // Admissions: from the applications' ADMIT events; the latest is the registry's admission date.
    const admissions: { date: IsoDate; applicationId: number | null }[] = admitEvents.map((e) => ({
      date: toIsoDateInShanghai(new Date(e.at as string)),
      applicationId: Number(e.applicationId),
    }));
    if (inst.admittedOn && inst.registryStatus !== RegistryStatus.APPLICANT) {
      if (admissions.length) admissions[admissions.length - 1].date = inst.admittedOn;
      else admissions.push({ date: inst.admittedOn, applicationId: null });
    }
    const removals = cases
      .filter((c) => c.status === RemovalCaseStatus.REMOVED && c.effectiveDate)
      .map((c) => c.effectiveDate!)
      .sort();
    const submitted = new Map(reports.filter((r) => r.status === ServiceReportStatus.SUBMITTED).map((r) => [r.deadline, r]));
    admissions.forEach((a, k) => {
      push(
        a.date,
        k === 0 ? K.ADMITTED : K.READMITTED,
        k === 0 ? '纳入服务资源库' : '再次纳入服务资源库',
        a.applicationId ? '公示期满无异议，纳入服务资源库' : null,
        a.applicationId ? ['Application', a.applicationId] : undefined,
        -1,
      );
      const removedOn = removals.find((r) => compareIsoDate(r, a.date) > 0);
      const end = removedOn ? addDays(removedOn, -1) : addDays(today, -1);
      for (const deadline of reportDeadlinesBetween(a.date, end)) {
        const r = submitted.get(deadline);
        if (r && r.onTime) push(r.submittedOn!, K.REPORT_ON_TIME, `按时填报（截止日 ${deadline}）`, null, ['ServiceReport', r.id]);
        else if (r)
          push(r.submittedOn!, K.REPORT_LATE, `逾期补报（截止日 ${deadline}）`, '逾期补报仍计为未按规定填报（第十条）', [
            'ServiceReport',
            r.id,
          ]);
        else if (isReportPeriodClosed(deadline, today))
          push(deadline, K.REPORT_MISSED, `未按规定填报（截止日 ${deadline}）`, null, undefined, 1);
      }
    });
    for (const n of notices) {
      push(
        n.issuedOn,
        K.COMPLIANCE_NOTICE,
        '通报：连续未按规定填报服务情况',
        `连续${n.missedCount}个周期（${n.runStartDeadline} 至 ${n.deadline}）未按规定填报（第十条）`,
        ['Institution', inst.id],
        2,
      );
    }
    const fieldsOf = new Map<number, ChangeReportField[]>();
    for (const f of fields) fieldsOf.set(f.changeReportId, [...(fieldsOf.get(f.changeReportId) ?? []), f]);
    const placeName = (code: string) => this.divisions.placeName(code);
    const valueOf = (field: string, v: string | null) => (field === 'divisionCode' && v ? placeName(v) : (v ?? '（空）'));
    for (const c of changes) {
      const diff = (fieldsOf.get(c.id) ?? [])
        .map(
          (f) => `${CHANGE_FIELD_LABELS[f.field as ChangeField]}：${valueOf(f.field, f.beforeValue)} → ${valueOf(f.field, f.afterValue)}`,
        )
        .join('；');
      push(
        c.submittedOn,
        K.CHANGE_REPORTED,
        `报告重大变化（${CHANGE_TYPE_LABELS[c.type]}）${c.late ? '，逾期报告' : ''}`,
        [`变化日期 ${c.changeDate}`, diff].filter(Boolean).join('；'),
        ['ChangeReport', c.id],
      );
      if (c.status !== ChangeReportStatus.SUBMITTED && c.verifiedAt) {
        const eligible = c.status === ChangeReportStatus.VERIFIED_ELIGIBLE;
        push(
          day(c.verifiedAt)!,
          eligible ? K.CHANGE_VERIFIED : K.CHANGE_REJECTED,
          eligible ? '市级核实：仍符合入库条件，变化事项已更新' : '市级核实：不再符合入库条件，报省级移出',
          c.verificationNote,
          ['ChangeReport', c.id],
        );
      }
    }
    for (const c of cases) {
      const reason = REMOVAL_REASON_LABELS[c.reason as RemovalReason];
      push(c.openedOn, K.REMOVAL_CASE_OPENED, `发起移出案件：${reason}`, `发起人：${c.proposerName}`, ['RemovalCase', c.id], 3);
      if (c.decidedAt) {
        const meeting = c.meetingDate ? `会议 ${c.meetingDate}（${c.meetingMinuteRef ?? ''}）；` : '';
        push(day(c.decidedAt)!, K.REMOVAL_DECIDED, '作出移出决定', `${meeting}生效日期 ${c.effectiveDate}`, ['RemovalCase', c.id], 4);
      }
      if (c.withdrawnAt) push(day(c.withdrawnAt)!, K.REMOVAL_WITHDRAWN, '撤销移出案件', c.withdrawReason, ['RemovalCase', c.id], 4);
      if (c.status === RemovalCaseStatus.REMOVED && c.effectiveDate) {
        push(
          c.effectiveDate,
          K.REMOVED,
          '移出服务资源库',
          c.banUntil ? `${c.banUntil} 前（含当日）不得再次入库（第十二条）` : null,
          ['RemovalCase', c.id],
          5,
        );
      }
    }
    return out.sort((a, b) => compareIsoDate(a.date, b.date) || a.order - b.order).map(({ order: _order, ...entry }) => entry);
  }
}
