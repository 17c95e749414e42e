import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { AuthUser, Scope } from '../../common/context';
import { Role } from '../../common/enums';
import { forbidden } from '../../common/errors';
import { maskRow } from '../../common/personal-data';
import { DivisionService } from '../division/division.service';
import { PreparedExport } from '../export/export.service';
import { EvaluationSheet } from './evaluation.entity';
import { EvaluationService } from './evaluation.service';

/** Results of a campaign in rank order, streamed page by page (Chinese headers; masked like every export). */
export class EvaluationExports {
  constructor(
    private readonly evaluations: EvaluationService,
    private readonly divisions: DivisionService,
  ) {}

  async results(user: AuthUser, scope: Scope, campaignId: number): Promise<PreparedExport> {
    if (![Role.PROVINCE, Role.CITY].includes(user.role)) throw forbidden();
    const campaign = await this.evaluations.campaign(campaignId);
    return {
      fileName: `${campaign.name}结果.xlsx`,
      write: async (out: Writable) => {
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
        const ws = wb.addWorksheet('评价结果');
        ws.columns = [8, 44, 12, 14, 10, 10, 16, 14, 12].map((width) => ({ width }));
        const header = ws.addRow([
          '排名',
          '机构名称',
          '所在地市',
          '所在县（市、区）',
          '总分',
          '等级',
          '无数据分摊分值',
          '实地核查',
          '移出建议',
        ]);
        header.font = { bold: true };
        header.commit();
        let rank = 0;
        for await (const raw of this.evaluations.resultRows(scope, campaignId)) {
          const s = maskRow(user.role, EvaluationSheet, raw);
          ws.addRow([
            s.total == null ? '' : ++rank,
            s.institutionName,
            this.divisions.cityOf(s.divisionCode)?.name ?? '',
            this.divisions.get(s.divisionCode)?.name ?? '',
            s.total ?? '',
            s.grade ?? '待评分',
            s.naPoints || '',
            s.onSitePassed == null ? '' : s.onSitePassed ? '通过' : '未通过',
            s.removalCaseId ? '已提出' : '',
          ]).commit();
        }
        ws.commit();
        await wb.commit();
      },
    };
  }
}
