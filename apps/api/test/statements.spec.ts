import { DocumentNode, print } from 'graphql';
// The list screens' own operations, exactly as the admin app sends them (generated and committed by codegen).
// eslint-disable-next-line @nx/enforce-module-boundaries -- a test reads the admin's documents on purpose
import * as admin from '../../admin/src/graphql/generated/graphql';
import { ApplicationStaff } from '../src/modules/application/application.entity';
import { PasswordResetRequest } from '../src/modules/password-reset/password-reset.entity';
import { engines, startTestApi, TestApi } from './harness';

/** DESIGN.md rule 9 and issue #7: every list screen costs a fixed number of statements, whatever the page size. */
const MAX_STATEMENTS = 4;

interface Screen {
  name: string;
  user?: string;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  /** The list inside the answer, to prove the page really has many rows. */
  rows: (data: any) => unknown[];
  /** Variables that depend on the seeded data (read before measuring, not counted). */
  prepare?: (api: TestApi, token?: string) => Promise<Record<string, unknown>>;
}

/** The demo institution's 2025 score sheet. */
const demoSheetId = async (api: TestApi) =>
  String(
    (
      await api.services.db.query(
        `SELECT s.id FROM evaluation_sheet s JOIN user_account u ON u.institutionId = s.institutionId
         JOIN evaluation_campaign c ON c.id = s.campaignId WHERE u.username = 'institution' AND c.year = 2025`,
      )
    )[0].id,
  );

const SCREENS: Screen[] = [
  {
    name: '入库审核 · 待审核 (province)',
    user: 'province',
    document: admin.ApplicationsDocument,
    variables: { filter: {} },
    rows: (d) => d.applications.edges,
  },
  {
    name: '入库审核 · 全部 (chengde)',
    user: 'chengde',
    document: admin.ApplicationsDocument,
    variables: { filter: {} },
    rows: (d) => d.applications.edges,
  },
  {
    name: '入库审核 · 按单位名称降序 (chengde)',
    user: 'chengde',
    document: admin.ApplicationsDocument,
    variables: { filter: {}, sort: { field: 'NAME', direction: 'DESC' } },
    rows: (d) => d.applications.edges,
  },
  {
    name: '入库审核 · 页签计数',
    user: 'province',
    document: admin.ApplicationQueueCountsDocument,
    variables: { filter: {} },
    rows: (d) => d.applicationQueueCounts,
  },
  {
    name: '入库申报 (applicant)',
    user: 'applicant01',
    document: admin.ApplicationsDocument,
    variables: {},
    rows: (d) => d.applications.edges,
  },
  {
    name: '推荐汇总表',
    user: 'chengde',
    document: admin.ApplicationsDocument,
    variables: { filter: { queue: 'PENDING_PROVINCE' } },
    rows: (d) => d.applications.edges,
  },
  { name: '公示管理', user: 'province', document: admin.NoticesDocument, rows: (d) => d.notices },
  {
    name: '用户管理',
    user: 'province',
    document: admin.ManagedAccountsDocument,
    variables: { filter: {} },
    rows: (d) => d.managedAccounts.edges,
  },
  {
    name: '用户管理 · 按单位名称',
    user: 'province',
    document: admin.ManagedAccountsDocument,
    variables: { filter: {}, sort: { field: 'DISPLAY_NAME', direction: 'DESC' } },
    rows: (d) => d.managedAccounts.edges,
  },
  // 主管部门名录: auth, the page's accounts and contacts (the divisions are in memory).
  { name: '主管部门名录', user: 'province', document: admin.BureausDocument, variables: { filter: {} }, rows: (d) => d.bureaus.edges },
  {
    name: '主管部门名录 · 已有账号 (chengde)',
    user: 'chengde',
    document: admin.BureausDocument,
    variables: { filter: { hasAccounts: true } },
    rows: (d) => d.bureaus.edges,
  },
  { name: '公示（公开）', document: admin.PublicNoticesDocument, rows: (d) => d.publicNotices },
  { name: '申报批次', user: 'province', document: admin.BatchesDocument, rows: (d) => d.batches },
  { name: '预约处理', user: 'institution', document: admin.BookingInboxDocument, variables: {}, rows: (d) => d.bookingInbox.edges },
  { name: '我的预约', user: 'enterprise', document: admin.MyBookingsDocument, variables: {}, rows: (d) => d.myBookings.edges },
  {
    name: '预约处理 · 按答复截止日',
    user: 'institution',
    document: admin.BookingInboxDocument,
    variables: { sort: { field: 'RESPONSE_DEADLINE', direction: 'ASC' } },
    rows: (d) => d.bookingInbox.edges,
  },
  {
    name: '我的预约 · 按产品名称',
    user: 'enterprise',
    document: admin.MyBookingsDocument,
    variables: { sort: { field: 'PRODUCT_NAME', direction: 'DESC' } },
    rows: (d) => d.myBookings.edges,
  },
  { name: '逾期预约', user: 'province', document: admin.OverdueBookingsDocument, variables: {}, rows: (d) => d.overdueBookings.edges },
  // 变化核实 (issue #9): auth, count, the page with its institutions and changed fields, the evidence loader.
  {
    name: '变化核实 (chengde)',
    user: 'chengde',
    document: admin.ChangeReportsDocument,
    variables: { filter: {} },
    rows: (d) => d.changeReports.edges,
  },
  { name: '审计日志', user: 'province', document: admin.AuditLogsDocument, variables: { filter: {} }, rows: (d) => d.auditLogs.edges },
  { name: '服务产品', user: 'institution', document: admin.MyServiceProductsDocument, rows: (d) => d.myServiceProducts.edges },
  { name: '服务案例', user: 'institution', document: admin.MyServiceCasesDocument, rows: (d) => d.myServiceCases.edges },
  {
    name: '服务机构',
    user: 'province',
    document: admin.InstitutionsDocument,
    variables: { filter: {} },
    rows: (d) => d.institutions.edges,
  },
  {
    name: '服务机构 · 按入库日期降序',
    user: 'province',
    document: admin.InstitutionsDocument,
    variables: { filter: {}, sort: { field: 'ADMITTED_ON', direction: 'DESC' } },
    rows: (d) => d.institutions.edges,
  },
  {
    name: '数据分析 · 已保存的查询',
    user: 'analyst',
    document: admin.SavedAnalyticsQueriesDocument,
    variables: { filter: { scope: 'ALL' } },
    rows: (d) => d.savedAnalyticsQueries.edges,
  },
  { name: '数据分析 · 仪表盘', user: 'analyst', document: admin.AnalyticsDashboardDocument, rows: (d) => d.analyticsDashboard.cards },
  { name: '站内通知', user: 'applicant06', document: admin.MyNotificationsDocument, rows: (d) => d.myNotifications.edges },
  // Annual evaluation (issue #10); the demo's campaigns are 2024 (id 1, published) and 2025 (id 2, in progress).
  { name: '年度评价', user: 'province', document: admin.EvaluationCampaignsDocument, rows: (d) => d.evaluationCampaigns.edges },
  { name: '年度评价 · 评价细则', user: 'province', document: admin.EvaluationRubricsDocument, rows: (d) => d.evaluationRubrics },
  {
    name: '年度评价 · 已评分',
    user: 'province',
    document: admin.EvaluationSheetsDocument,
    variables: { campaignId: '2', filter: { status: 'SCORED' } },
    rows: (d) => d.evaluationSheets.edges,
  },
  {
    name: '年度评价 · 结果排名 (chengde)',
    user: 'chengde',
    document: admin.EvaluationSheetsDocument,
    variables: { campaignId: '2', filter: { ranked: true } },
    rows: (d) => d.evaluationSheets.edges,
  },
  {
    name: '年度评价 · 评分表（下一份）',
    user: 'province',
    document: admin.NextPendingEvaluationSheetDocument,
    variables: { campaignId: '2', afterId: '0' },
    rows: (d) => [d.nextPendingEvaluationSheet].filter(Boolean),
  },
  {
    name: '年度评价 · 评分表',
    user: 'province',
    document: admin.EvaluationSheetDocument,
    prepare: async (api) => ({ id: await demoSheetId(api) }),
    rows: (d) => d.evaluationSheet.indicators,
  },
  {
    name: '年度评价 · 计算指标明细',
    user: 'province',
    document: admin.EvaluationIndicatorRowsDocument,
    prepare: async (api) => ({ sheetId: await demoSheetId(api), source: 'REPORTING_COMPLIANCE' }),
    rows: (d) => d.evaluationIndicatorRows.edges,
  },
  {
    name: '年度评价 · 等级分布',
    user: 'province',
    document: admin.EvaluationDistributionDocument,
    variables: { campaignId: '2' },
    rows: (d) => d.evaluationDistribution.total,
  },
  {
    // The institution reads its sheets once published: its 2025 sheet is published here (the rows above are done with it).
    name: '年度评价 · 我的评价 (institution)',
    user: 'institution',
    document: admin.MyEvaluationSheetsDocument,
    prepare: async (api) => {
      await api.services.db.query("UPDATE evaluation_sheet SET status = 'PUBLISHED' WHERE id = ?", [Number(await demoSheetId(api))]);
      return {};
    },
    rows: (d) => d.myEvaluationSheets,
  },
  { name: '公益活动', user: 'province', document: admin.ActivitiesDocument, variables: {}, rows: (d) => d.activities.edges },
  // The public registry (issue #13 item 4): the page with main categories, products, booking statistics, total and facets.
  { name: '服务资源库检索', document: admin.BrowseInstitutionsDocument, variables: {}, rows: (d) => d.browseInstitutions.edges },
  {
    name: '服务资源库检索 · 关键词 + 地区 + 类别',
    document: admin.BrowseInstitutionsDocument,
    variables: { filter: { text: '服务', divisionCode: '130800', categories: ['DIGITAL_EMPOWERMENT', 'TESTING_INSPECTION'] } },
    rows: (d) => d.browseInstitutions.edges,
  },
  {
    // Seven characters: six bigrams, narrowed by the rarest one (issue #13 item 3), still one statement for the page.
    name: '服务资源库检索 · 长关键词',
    document: admin.BrowseInstitutionsDocument,
    variables: { filter: { text: '数字化转型诊断' } },
    rows: (d) => d.browseInstitutions.edges,
  },
  {
    name: '服务资源库检索 · 单字',
    document: admin.BrowseInstitutionsDocument,
    variables: { filter: { text: '中' } },
    rows: (d) => d.browseInstitutions.edges,
  },
  // Dynamic management (issue #9).
  {
    name: '填报监测 (province)',
    user: 'province',
    document: admin.ReportingComplianceDocument,
    variables: { filter: {} },
    rows: (d) => d.reportingCompliance.edges,
  },
  {
    name: '填报监测 (chengde)',
    user: 'chengde',
    document: admin.ReportingComplianceDocument,
    variables: { filter: {} },
    rows: (d) => d.reportingCompliance.edges,
  },
  {
    name: '填报监测 · 按市汇总',
    user: 'province',
    document: admin.ReportingComplianceSummaryDocument,
    rows: (d) => d.reportingComplianceSummary.rows,
  },
  {
    name: '通报',
    user: 'province',
    document: admin.ComplianceNoticesDocument,
    rows: (d) => d.complianceNotices.edges,
    prepare: async (api, token) => {
      const d = await api.ok(print(admin.ComplianceNoticeDeadlinesDocument), {}, token);
      return { deadline: d.complianceNoticeDeadlines[0].deadline };
    },
  },
  // 变化核实 (ChangeReports) is not here yet: it takes 5 (count, page, fields loader, evidence loader + auth).
  {
    name: '移出管理 · 待决定',
    user: 'province',
    document: admin.RemovalCasesDocument,
    variables: { filter: { statuses: ['PENDING'] } },
    rows: (d) => d.removalCases.edges,
  },
  {
    name: '移出管理 · 已移出',
    user: 'province',
    document: admin.RemovalCasesDocument,
    variables: { filter: { statuses: ['DECIDED', 'REMOVED'] } },
    rows: (d) => d.removalCases.edges,
  },
  { name: '禁入名单', user: 'province', document: admin.ReentryBansDocument, variables: { filter: {} }, rows: (d) => d.reentryBans.edges },
  {
    name: '季度填报',
    user: 'institution',
    document: admin.ServiceReportPeriodsDocument,
    variables: {},
    rows: (d) => d.serviceReportPeriods,
  },
  {
    name: '本单位账号 (institution admin)',
    user: 'institution',
    document: admin.OrgAccountsDocument,
    variables: {},
    rows: (d) => d.orgAccounts.edges,
  },
  {
    name: '密码重置申请 (province; an institution user and an enterprise user ask)',
    user: 'province',
    document: admin.PasswordResetRequestsDocument,
    variables: {},
    rows: (d) => d.passwordResetRequests.edges,
    prepare: async (api) => {
      // Pending requests of both kinds of organisation, written as the public form would leave them.
      const repo = api.services.db.getRepository(PasswordResetRequest);
      if ((await repo.count()) > 0) return {};
      const users: { id: number; divisionCode: string }[] = await api.services.db.query(
        `SELECT u.id AS id, COALESCE(i.divisionCode, e.divisionCode) AS divisionCode FROM user_account u
         LEFT JOIN institution i ON i.id = u.institutionId LEFT JOIN enterprise e ON e.id = u.enterpriseId
         WHERE u.username IN ('institution', 'enterprise')`,
      );
      expect(users).toHaveLength(2);
      await repo.insert(
        users.map((u) => ({
          userId: Number(u.id),
          divisionCode: u.divisionCode,
          contactPhone: '13900000000',
          status: 'PENDING',
          version: 1,
        })),
      );
      return {};
    },
  },
];

describe.each(engines())('statements per list screen on %s', (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(engine);
  });
  afterAll(() => api.close());

  async function measure(screen: Screen, first: number) {
    const token = screen.user ? await api.login(screen.user) : undefined;
    const query = print(screen.document);
    const prepared = screen.prepare ? await screen.prepare(api, token) : {};
    const variables = { ...screen.variables, ...prepared, ...(query.includes('$first') ? { first } : {}) };
    await api.ok(query, variables, token); // warm per-process caches (categories, divisions)
    const before = api.statements();
    const data = await api.ok(query, variables, token);
    return { statements: api.statements() - before, rows: screen.rows(data).length };
  }

  // 申报详情 is one screen of eight tables (the form, its three tables, attachments, timeline, spot checks, and the
  // snapshot at the last return for 自退回以来的修改): one statement each, with the batch and the institution joined into
  // the form's and every rule (E1–E10, the diff) reading through the same loaders — never more for more rows.
  it('申报详情 (province): at most 9 statements, the same for a large application as for a small one', async () => {
    const token = await api.login('province');
    const ids: { id: number; n: number }[] = await api.services.db.query(
      `SELECT a.id AS id, (SELECT COUNT(*) FROM application_staff s WHERE s.applicationId = a.id) AS n
       FROM application a WHERE a.status <> 'DRAFT' ORDER BY n, a.id`,
    );
    expect(ids.length).toBeGreaterThan(1);
    const large = ids[ids.length - 1];
    await api.services.db.getRepository(ApplicationStaff).insert(
      Array.from({ length: 30 }, (_, k) => ({
        applicationId: Number(large.id),
        position: 100 + k,
        name: `统计人员${k}`,
        post: '检验员',
        title: '工程师',
        education: '本科',
        hasContractProof: true,
      })),
    );
    const query = print(admin.ApplicationDocument);
    const measured: number[] = [];
    for (const { id } of [ids[0], ids[ids.length - 1]]) {
      await api.ok(query, { id: String(id) }, token); // warm per-process caches (categories, divisions)
      const before = api.statements();
      await api.ok(query, { id: String(id) }, token);
      measured.push(api.statements() - before);
    }
    expect(measured[0]).toBeLessThanOrEqual(9);
    expect(measured[1]).toBe(measured[0]);
  });

  it.each(SCREENS.flatMap((s) => [10, 100].map((first) => [s.name, first, s] as const)))(
    '%s, page size %i: at most 4 statements',
    async (_name, first, screen) => {
      const { statements, rows } = await measure(screen, first);
      expect(rows).toBeGreaterThan(0);
      expect(statements).toBeLessThanOrEqual(MAX_STATEMENTS);
    },
  );
});
