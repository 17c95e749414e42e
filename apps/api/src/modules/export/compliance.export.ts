import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { closedReportDeadlines, isReportDeadline, REPORT_PERIOD_STATUS_LABELS, ReportPeriodStatus } from '@hebei/domain';
import { AuthUser } from '../../common/context';
import { Role } from '../../common/enums';
import { badInput, forbidden } from '../../common/errors';
import { Scope } from '../../common/scope';
import { DivisionService } from '../division/division.service';
import { ComplianceService, MONITOR_PERIODS } from '../report/compliance.service';
import { ReportingComplianceFilter } from '../report/report.inputs';
import { PreparedExport } from './export.service';

const MONITORS: Role[] = [Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST];
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const RED = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFDE2E1' } };

/** 填报监测 and 通报 as .xlsx, streamed row by row from keyset pages (never the whole list in memory). */
export class ComplianceExports {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly divisions: DivisionService,
    private readonly today: () => string,
  ) {}

  /** Who may export the monitor and the 通报 (checked before the query string, as GraphQL authorizes before validating). */
  authorize(user: AuthUser): void {
    if (!MONITORS.includes(user.role)) throw forbidden();
  }

  monitor(user: AuthUser, scope: Scope, filter: ReportingComplianceFilter): PreparedExport {
    this.authorize(user);
    if (filter.divisionCode && !this.divisions.get(filter.divisionCode)) {
      throw badInput([{ field: 'divisionCode', code: 'DIVISION_UNKNOWN', message: '区划代码不存在' }]);
    }
    const today = this.today();
    const shown = closedReportDeadlines(today, MONITOR_PERIODS);
    const label = (s: ReportPeriodStatus | null) => (s ? REPORT_PERIOD_STATUS_LABELS[s] : '无需填报');
    return {
      fileName: `服务情况填报监测（截至${today}）.xlsx`,
      write: async (out: Writable) => {
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
        const ws = wb.addWorksheet('填报监测');
        ws.columns = [6, 40, 22, 20, 12, ...shown.map(() => 14), 14, 16].map((width) => ({ width }));
        const header = ws.addRow([
          '序号',
          '机构名称',
          '统一社会信用代码',
          '所在地区',
          '入库日期',
          ...shown,
          '本期',
          '连续未按规定填报周期数',
        ]);
        header.font = { bold: true };
        header.eachCell((c) => (c.border = border));
        header.commit();
        let i = 0;
        for await (const r of this.compliance.monitorRows(scope, filter)) {
          const row = ws.addRow([
            ++i,
            r.institutionName,
            r.uscc,
            this.divisions.placeName(r.divisionCode),
            r.admittedOn ?? '',
            ...r.periods.map((p) => label(p.status)),
            label(r.current.status),
            r.consecutiveMisses,
          ]);
          row.eachCell({ includeEmpty: true }, (c) => (c.border = border));
          r.periods.forEach((p, k) => {
            if (p.status === 'MISSED' || p.status === 'LATE') row.getCell(6 + k).fill = RED;
          });
          row.commit();
        }
        ws.commit();
        await wb.commit();
      },
    };
  }

  notices(user: AuthUser, scope: Scope, deadline: string, divisionCode?: string): PreparedExport {
    this.authorize(user);
    if (!isReportDeadline(deadline)) {
      throw badInput([{ field: 'deadline', code: 'REPORT_NOT_A_DEADLINE', message: '截止日应为3月15日、6月15日、9月15日或12月15日' }]);
    }
    return {
      fileName: `未按规定填报服务情况机构通报名单（${deadline}）.xlsx`,
      write: async (out: Writable) => {
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
        const ws = wb.addWorksheet('通报名单', { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1 } });
        ws.columns = [6, 40, 22, 20, 18, 30, 14].map((width) => ({ width }));
        const title = ws.addRow([`连续2个周期未按规定填报服务情况的入库机构通报名单（截止日 ${deadline}）`]);
        ws.mergeCells(1, 1, 1, 7);
        title.font = { bold: true, size: 14 };
        title.alignment = { horizontal: 'center' };
        title.commit();
        const header = ws.addRow([
          '序号',
          '机构名称',
          '统一社会信用代码',
          '所在地区',
          '连续未按规定填报周期数',
          '未按规定填报周期（截止日）',
          '通报日期',
        ]);
        header.font = { bold: true };
        header.eachCell((c) => (c.border = border));
        header.commit();
        let i = 0;
        for await (const n of this.compliance.noticeRows(scope, deadline, divisionCode)) {
          const row = ws.addRow([
            ++i,
            n.institutionName,
            n.uscc,
            this.divisions.placeName(n.divisionCode),
            n.missedCount,
            `${n.runStartDeadline} 至 ${n.deadline}`,
            n.issuedOn,
          ]);
          row.eachCell({ includeEmpty: true }, (c) => (c.border = border));
          row.commit();
        }
        ws.commit();
        await wb.commit();
      },
    };
  }
}
