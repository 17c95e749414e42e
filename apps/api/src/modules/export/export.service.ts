import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  APPLICATION_EVENT_LABELS,
  ATTACHMENT_SLOT_NAMES,
  formatShanghaiDateTime,
  INSTITUTION_TYPES,
  REVIEW_LEVEL_LABELS,
  REVIEW_STATUS_LABELS,
  SERVICE_NATURES,
} from '@hebei/domain';
import { AuthUser } from '../../common/context';
import { maskRow } from '../../common/personal-data';
import { PreparedExport } from '../../common/rest';
import { applyScope, Scope, scopeCoversPlaces } from '../../common/scope';
import { Role } from '../../common/enums';
import { badInput, forbidden, notFound } from '../../common/errors';
import {
  APPLICATION_ROWS,
  Application,
  ApplicationAttachment,
  ApplicationEvent,
  ApplicationProduct,
  ApplicationServedEnterprise,
  ApplicationStaff,
  ApplicationStatus,
} from '../application/application.entity';
import { ApplicationService } from '../application/application.service';
import { Batch } from '../batch/batch.entity';
import { ServiceCategory } from '../catalog/service-category.entity';
import { DivisionService } from '../division/division.service';
import { XlsxWriter } from './xlsx-writer';

/** Attachment 4 columns, exactly as the guideline prints them. */
export const RECOMMENDATION_SUMMARY_COLUMNS = [
  '序号',
  '单位名称',
  '机构类型',
  '成立时间',
  '上年度年服务收入（万元）',
  '服务资产（万元）',
  '服务人员（人）',
  '主要服务方向',
  '联系人',
  '联系电话',
] as const;

/** What an empty Attachment 4 says instead of rows (the admin warns before exporting one). */
export const EMPTY_SUMMARY_NOTE = '本批次该市暂无市级已推荐的申请';

export type { PreparedExport };

const RECOMMENDED = [
  ApplicationStatus.CITY_RECOMMENDED,
  ApplicationStatus.PROVINCE_APPROVED,
  ApplicationStatus.IN_PUBLIC_NOTICE,
  ApplicationStatus.ADMITTED,
];
const typeLabel = (t: string | null) => INSTITUTION_TYPES.find((x) => x.code === t)?.name ?? '';
const natureLabel = (n: string | null) => SERVICE_NATURES.find((x) => x.code === n)?.name ?? '';
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

export class ExportService {
  constructor(
    private readonly db: DataSource,
    private readonly divisions: DivisionService,
    private readonly applications: ApplicationService,
    private readonly categories: () => Promise<ServiceCategory[]>,
  ) {}

  private async directions(app: Application): Promise<string> {
    const cats = await this.categories();
    return app.mainCategories
      .map((c) => (c === 'OTHER' ? `其他（${app.otherCategoryDescription ?? ''}）` : (cats.find((x) => x.code === c)?.name ?? c)))
      .join('、');
  }

  /**
   * Which city's table a user may export: the city named (a city bureau may leave it out for its own), within the
   * caller's scope — another city answers exactly like a city that does not exist.
   */
  resolveCity(user: AuthUser, scope: Scope, requested?: string): string {
    const code = requested || (user.role === Role.CITY ? user.divisionCode : undefined);
    const d = code ? this.divisions.get(code) : undefined;
    if (!d || d.level !== 'CITY' || !scopeCoversPlaces(scope, this.divisions.jurisdiction(d.code))) {
      throw badInput([{ field: 'city', code: 'CITY_REQUIRED', message: '请选择管辖范围内的市级单位' }]);
    }
    return d.code;
  }

  /** Attachment 4: the city's recommendation summary for a batch, streamed as .xlsx. */
  async recommendationSummary(user: AuthUser, scope: Scope, batchId: number, requestedCity: string | undefined): Promise<PreparedExport> {
    if (user.role !== Role.CITY && user.role !== Role.PROVINCE) throw forbidden();
    const batch = await this.db.getRepository(Batch).findOne({ where: { id: batchId } });
    if (!batch) throw notFound('申报批次');
    const cityCode = this.resolveCity(user, scope, requestedCity);
    const city = this.divisions.get(cityCode)!;
    const places = this.divisions.jurisdiction(cityCode);
    const apps = await applyScope(this.db.getRepository(Application).createQueryBuilder('a'), 'a', scope, APPLICATION_ROWS)
      .andWhere('a.batchId = :batchId', { batchId })
      .andWhere('a.status IN (:...recommended)', { recommended: RECOMMENDED })
      .andWhere('a.divisionCode IN (:...places)', { places: places === 'ALL' || !places.length ? [''] : places })
      .orderBy('a.id', 'ASC')
      .getMany();
    const directions = await Promise.all(apps.map((a) => this.directions(a)));
    const fileName = `${city.name}优质中小企业服务资源库入库机构推荐汇总表（${batch.name}）.xlsx`;
    return { fileName, write: (out) => this.writeSummary(out, city.name, batch.name, apps, directions) };
  }

  private async writeSummary(out: Writable, cityName: string, batchName: string, apps: Application[], directions: string[]): Promise<void> {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    // One page wide, as many pages high as the list needs (fitToHeight 0), the header row repeated on each page.
    const ws = wb.addWorksheet('推荐汇总表', {
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
    });
    ws.columns = [6, 36, 16, 14, 16, 14, 12, 28, 12, 16].map((width) => ({ width }));
    const title = ws.addRow([`${cityName}优质中小企业服务资源库入库机构推荐汇总表`]);
    ws.mergeCells(1, 1, 1, RECOMMENDATION_SUMMARY_COLUMNS.length);
    title.font = { bold: true, size: 16 };
    title.alignment = { horizontal: 'center' };
    title.commit();
    const sub = ws.addRow([`填报单位：${cityName}工业和信息化局（盖章）    批次：${batchName}`]);
    ws.mergeCells(2, 1, 2, RECOMMENDATION_SUMMARY_COLUMNS.length);
    sub.commit();
    const header = ws.addRow([...RECOMMENDATION_SUMMARY_COLUMNS]);
    header.font = { bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    header.eachCell((c) => (c.border = border));
    header.commit();
    for (const [i, app] of apps.entries()) {
      const row = ws.addRow([
        i + 1,
        app.name,
        typeLabel(app.institutionType),
        app.foundedOn ?? '',
        app.revenueLastYear ?? '',
        app.serviceAssets ?? '',
        app.employees ?? '',
        directions[i],
        app.contactPerson ?? '',
        app.contactPhone ?? '',
      ]);
      row.eachCell({ includeEmpty: true }, (c) => (c.border = border));
      row.commit();
    }
    if (!apps.length) {
      // An empty table is never handed out as if it were a finished one.
      const note = ws.addRow([EMPTY_SUMMARY_NOTE]);
      ws.mergeCells(4, 1, 4, RECOMMENDATION_SUMMARY_COLUMNS.length);
      note.alignment = { horizontal: 'center' };
      note.commit();
    }
    ws.commit();
    await wb.commit();
  }

  /** The whole application (Attachment 2) as a workbook: form, sub-tables, eligibility, timeline. */
  async application(user: AuthUser, scope: Scope, id: number): Promise<PreparedExport> {
    // Personal data leaves masked for roles that read it masked on screen (SPEC §1).
    const app = maskRow(user.role, Application, await this.applications.get(scope, id));
    const [batch, products, staff, served, attachments, events, eligibility] = await Promise.all([
      this.db.getRepository(Batch).findOneOrFail({ where: { id: app.batchId } }),
      this.db.getRepository(ApplicationProduct).find({ where: { applicationId: id }, order: { position: 'ASC' } }),
      this.db.getRepository(ApplicationStaff).find({ where: { applicationId: id }, order: { position: 'ASC' } }),
      this.db.getRepository(ApplicationServedEnterprise).find({ where: { applicationId: id }, order: { position: 'ASC' } }),
      this.db.getRepository(ApplicationAttachment).find({ where: { applicationId: id }, order: { slot: 'ASC' } }),
      this.db.getRepository(ApplicationEvent).find({ where: { applicationId: id }, order: { id: 'ASC' } }),
      this.applications.eligibility(app),
    ]);
    const division = this.divisions.get(app.divisionCode);
    const directions = await this.directions(app);
    return {
      fileName: `入库申请-${app.name}-${batch.name}.xlsx`,
      write: (out) =>
        this.writeApplication(out, {
          app,
          batch,
          products,
          staff,
          served,
          attachments,
          events,
          eligibility,
          divisionName: division?.name ?? app.divisionCode,
          directions,
        }),
    };
  }

  private async writeApplication(
    out: Writable,
    d: {
      app: Application;
      batch: Batch;
      products: ApplicationProduct[];
      staff: ApplicationStaff[];
      served: ApplicationServedEnterprise[];
      attachments: ApplicationAttachment[];
      events: ApplicationEvent[];
      eligibility: Awaited<ReturnType<ApplicationService['eligibility']>>;
      divisionName: string;
      directions: string;
    },
  ): Promise<void> {
    const { app, batch, products, staff, served, attachments, events, eligibility } = d;
    const xlsx = new XlsxWriter(out);
    const sheet = (name: string, header: string[], rows: (string | number | null)[][], widths: number[]) =>
      xlsx.sheet({ name, columns: header.map((h, i) => ({ header: h, width: widths[i] })) }, [rows]);
    const form: [string, string | number | null][] = [
      ['批次', batch.name],
      ['申请状态', REVIEW_STATUS_LABELS[app.status]],
      ['单位名称', app.name],
      ['机构性质', typeLabel(app.institutionType)],
      ['服务性质', natureLabel(app.nature)],
      ['地址', app.address],
      ['邮政编码', app.postalCode],
      ['法定代表人', app.legalRepresentative],
      ['成立日期', app.foundedOn],
      ['统一社会信用代码', app.uscc],
      ['注册资本（万元）', app.registeredCapital],
      ['联系人', app.contactPerson],
      ['联系电话', app.contactPhone],
      ['电子信箱', app.email],
      ['从业人数', app.employees],
      ['大专以上和中级职称以上人数', app.qualifiedStaff],
      ['合作专家数量', app.cooperatingExperts],
      ['其中副高级以上', app.seniorExperts],
      ['合作机构数量', app.cooperatingInstitutions],
      ['服务资产（万元）', app.serviceAssets],
      ['总资产（万元）', app.totalAssets],
      ['服务场地（平方米）', app.premisesArea],
      ['所在地区', d.divisionName],
      ['主要服务方向', d.directions],
      ['服务活动开展情况', app.activitiesNarrative],
      [`${app.lastYear ?? '上年度'}年服务收入（万元）`, app.revenueLastYear],
      [`${app.lastYear ?? '上年度'}年服务利润（万元）`, app.profitLastYear],
      [`${app.lastYear ?? '上年度'}年服务企业数`, app.enterprisesServedLastYear],
      [`${app.lastYear ?? '上年度'}年服务活动场次`, app.activitySessionsLastYear],
      [`${app.lastYear ? app.lastYear - 1 : '前年度'}年服务收入（万元）`, app.revenuePrevYear],
      [`${app.lastYear ? app.lastYear - 1 : '前年度'}年服务利润（万元）`, app.profitPrevYear],
      [`${app.lastYear ? app.lastYear - 1 : '前年度'}年服务企业数`, app.enterprisesServedPrevYear],
      [`${app.lastYear ? app.lastYear - 1 : '前年度'}年服务活动场次`, app.activitySessionsPrevYear],
      ['近一年服务中小企业数', app.smesServedLastYear],
      ['其中点对点服务企业数', app.pointToPointEnterprises],
      ['市级推荐部门意见', app.cityOpinion],
      ['真实性声明', app.declarationSigned ? `已签署（${app.declarationSignedBy ?? ''}）` : '未签署'],
    ];
    await sheet('入库申请表', ['项目', '内容'], form, [28, 80]);
    await sheet(
      '服务产品情况表',
      ['序号', '服务产品名称', '服务内容', '产品应用情况'],
      products.map((p, i) => [i + 1, p.name, p.content, p.application]),
      [6, 24, 50, 50],
    );
    await sheet(
      '服务人员基本情况表',
      ['序号', '姓名', '职务', '职称', '学历', '有无合同、社保证明等'],
      staff.map((s, i) => [i + 1, s.name, s.post, s.title, s.education, s.hasContractProof ? '有' : '无']),
      [6, 12, 16, 16, 10, 20],
    );
    await sheet(
      '服务企业情况登记表',
      ['序号', '企业名称', '服务性质', '服务满意度'],
      served.map((s, i) => [i + 1, s.name, natureLabel(s.nature), s.satisfaction]),
      [6, 40, 12, 12],
    );
    await sheet(
      '申请材料',
      ['序号', '材料', '文件名', 'SHA-256'],
      Object.entries(ATTACHMENT_SLOT_NAMES).map(([slot, name]) => {
        const a = attachments.find((x) => x.slot === Number(slot));
        return [Number(slot), name, a?.fileName ?? '未上传', a?.sha256 ?? ''];
      }),
      [6, 60, 30, 66],
    );
    await sheet(
      '入库条件',
      ['条件', '依据', '内容', '判定', '理由'],
      eligibility.map((c) => [
        c.id,
        c.article,
        c.title,
        c.status === 'PASS' ? '符合' : c.status === 'FAIL' ? '不符合' : '资料不全',
        c.reason,
      ]),
      [6, 18, 40, 10, 60],
    );
    await sheet(
      '审核记录',
      ['时间（北京时间）', '层级', '操作', '操作人', '意见'],
      events.map((e) => [
        formatShanghaiDateTime(e.createdAt, true),
        e.level ? REVIEW_LEVEL_LABELS[e.level as 'COUNTY'] : '',
        `${APPLICATION_EVENT_LABELS[e.type] ?? e.type} → ${REVIEW_STATUS_LABELS[e.toStatus]}`,
        e.actorName ?? e.actorUsername ?? '',
        e.opinion,
      ]),
      [22, 8, 24, 24, 60],
    );
    await xlsx.finish();
  }
}
