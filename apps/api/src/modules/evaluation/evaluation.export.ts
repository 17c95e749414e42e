import { Writable } from 'node:stream';
import { AuthUser, Scope } from '../../common/context';
import { Role } from '../../common/enums';
import { forbidden } from '../../common/errors';
import { maskRow } from '../../common/personal-data';
import { DivisionService } from '../division/division.service';
import { PreparedExport } from '../export/export.service';
import { XlsxValue, XlsxWriter } from '../export/xlsx-writer';
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
        const divisions = this.divisions;
        const role = user.role;
        const rows = this.evaluations.resultRows(scope, campaignId);
        async function* pages(): AsyncGenerator<XlsxValue[][]> {
          let rank = 0;
          let page: XlsxValue[][] = [];
          for await (const raw of rows) {
            const s = maskRow(role, EvaluationSheet, raw);
            page.push([
              s.total == null ? null : ++rank,
              s.institutionName,
              divisions.cityOf(s.divisionCode)?.name ?? null,
              divisions.get(s.divisionCode)?.name ?? null,
              s.total ?? null,
              s.grade ?? '待评分',
              s.naPoints || null,
              s.onSitePassed == null ? null : s.onSitePassed ? '通过' : '未通过',
              s.removalCaseId ? '已提出' : null,
            ]);
            if (page.length === 500) {
              yield page;
              page = [];
            }
          }
          if (page.length) yield page;
        }
        const headers = ['排名', '机构名称', '所在地市', '所在县（市、区）', '总分', '等级', '无数据分摊分值', '实地核查', '移出建议'];
        const widths = [8, 44, 12, 14, 10, 10, 16, 14, 12];
        const xlsx = new XlsxWriter(out);
        await xlsx.sheet(
          { name: '评价结果', columns: headers.map((header, i) => ({ header, width: widths[i] })), freezeHeader: false },
          pages(),
        );
        await xlsx.finish();
      },
    };
  }
}
