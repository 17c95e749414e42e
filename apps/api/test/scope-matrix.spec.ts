import { ObjectLiteral, EntityTarget } from 'typeorm';
import { makeUscc } from '@hebei/domain';
import { PUBLIC_SCOPE, applyScope, Scope, ScopeRule } from '../src/common/scope';
import { toAuthUser } from '../src/modules/auth/auth.service';
import { USER_ACCOUNT_ROWS, UserAccount } from '../src/modules/auth/user.entity';
import { BUREAU_CONTACT_ROWS, BureauContact } from '../src/modules/bureau/bureau-contact.entity';
import { Application, APPLICATION_ROWS, ApplicationStatus } from '../src/modules/application/application.entity';
import { BOOKING_ANALYTICS_ROWS, BOOKING_ROWS, ServiceBooking } from '../src/modules/booking/booking.entity';
import { CASE_ROWS, ServiceCase } from '../src/modules/case/case.entity';
import { Enterprise, ENTERPRISE_ROWS } from '../src/modules/enterprise/enterprise.entity';
import { Institution, INSTITUTION_ROWS } from '../src/modules/institution/institution.entity';
import { PRODUCT_ROWS, ServiceProduct } from '../src/modules/product/product.entity';
import { RegistryStatus } from '../src/common/enums';
import {
  COMPLIANCE_NOTICE_ROWS,
  ComplianceNotice,
  SERVICE_REPORT_ROWS,
  ServiceReport,
  ServiceReportStatus,
} from '../src/modules/report/report.entity';
import { CHANGE_REPORT_ROWS, ChangeReport, ChangeReportStatus, ChangeType } from '../src/modules/change/change-report.entity';
import {
  REMOVAL_CASE_ROWS,
  RemovalCase,
  RemovalCaseSource,
  RemovalCaseStatus,
  RemovalReason,
} from '../src/modules/removal/removal-case.entity';
import { EVIDENCE_ROWS, EvidenceFile, EvidenceOwner } from '../src/modules/evidence/evidence.entity';
import { EVALUATION_SHEET_ROWS, EvaluationSheet } from '../src/modules/evaluation/evaluation.entity';
import {
  ActivityParticipation,
  PARTICIPATION_ROWS,
  ParticipationStatus,
  WELFARE_ACTIVITY_ROWS,
  WelfareActivity,
} from '../src/modules/activity/activity.entity';
import { APPLICANT_PASSWORD, signUpExtras } from './factories';
import { engines, startTestApi, TestApi } from './harness';

/**
 * The jurisdiction scope as a matrix (issue #7): every entity with a place or an owner × every kind of caller × rows
 * that are the caller's own, in the same city, in another city, or missing. ONE table says who sees what; the same
 * scope function answers it in SQL on both engines, and the GraphQL by-id queries answer a hidden row exactly like a
 * missing one.
 */

/** Callers: every role, a bureau of another city, a second institution and a second enterprise, and anonymous. */
const CALLERS = [
  'province',
  'analyst',
  'chengde',
  'pingquan',
  'baoding',
  'institution',
  'applicant01',
  'applicant08',
  'enterprise',
  'enterprise2',
  'anonymous',
] as const;
type Caller = (typeof CALLERS)[number];
const OFFICERS: Caller[] = ['province', 'analyst', 'chengde', 'pingquan', 'baoding'];
const EVERYONE: Caller[] = [...CALLERS];
const except = (...out: Caller[]) => EVERYONE.filter((c) => !out.includes(c));

/** Rows the fixtures create or find; the id of each is filled in before the table runs. */
type RowKey =
  | 'inst.own' // 平泉 (承德), admitted, the `institution` account's
  | 'inst.sameCity' // 双桥区 (承德), admitted
  | 'inst.otherCity' // 竞秀区 (保定), admitted
  | 'inst.applicant' // 平泉, applying (not public), applicant01's
  | 'app.own' // 平泉, submitted, applicant01's
  | 'app.draft' // 平泉, draft, applicant10's
  | 'app.sameCity' // 双桥区, submitted
  | 'app.otherCity' // 竞秀区, county-approved, applicant08's
  | 'booking.ownOverdue' // 平泉, overdue, institution ↔ enterprise
  | 'booking.ownOnTime' // 平泉, not overdue
  | 'booking.otherCityOverdue' // 竞秀区, overdue, another institution ↔ enterprise
  | 'product.published' // the institution's, published
  | 'product.draft' // the institution's, unpublished
  | 'product.otherUnpublished' // 双桥区 institution's, unpublished
  | 'case.own' // the institution's
  | 'case.ofApplicant' // an applying institution's (not public)
  | 'enterprise.own'
  | 'enterprise.second'
  | 'report.own' // the institution's, submitted
  | 'report.ownDraft' // the institution's, draft
  | 'report.otherCity' // 竞秀区, submitted
  | 'notice.own' // 通报 of the institution
  | 'notice.otherCity' // 竞秀区
  | 'change.own' // change report of the institution
  | 'change.otherCity' // 竞秀区
  | 'removal.own' // removal case of the institution
  | 'removal.otherCity' // 竞秀区
  | 'evidence.own' // evidence of the institution's change report
  | 'evidence.unclaimed' // uploaded by PROVINCE, not yet cited
  | 'account.county' // pingquan's bureau account (平泉, 承德)
  | 'account.city' // chengde's bureau account
  | 'account.otherCounty' // jingxiu, the county bureau of 竞秀区 (保定)
  | 'account.analyst'
  | 'account.institution' // an institution's user: not managed in 用户管理
  | 'bureauContact.county' // 平泉's bureau contact (主管部门名录)
  | 'bureauContact.otherCounty' // 竞秀区's
  | 'sheet.own' // the institution's 2025 score sheet (demo)
  | 'sheet.otherCity' // 竞秀区
  | 'activity.any' // a public-welfare activity (public)
  | 'participation.own' // the institution's confirmed participation (public)
  | 'participation.otherCityReported'; // 竞秀区, reported, not yet confirmed

interface Cell {
  entity: EntityTarget<ObjectLiteral>;
  rule: ScopeRule;
  row: RowKey;
  visibleTo: Caller[];
}

const TABLE: Cell[] = [
  // Institutions: bureaus of the place and the institution itself; admitted ones are public (browse).
  { entity: Institution, rule: INSTITUTION_ROWS, row: 'inst.own', visibleTo: except('baoding', 'applicant01', 'applicant08') },
  {
    entity: Institution,
    rule: INSTITUTION_ROWS,
    row: 'inst.sameCity',
    visibleTo: except('pingquan', 'baoding', 'institution', 'applicant01', 'applicant08'),
  },
  {
    entity: Institution,
    rule: INSTITUTION_ROWS,
    row: 'inst.otherCity',
    visibleTo: except('chengde', 'pingquan', 'institution', 'applicant01', 'applicant08'),
  },
  {
    entity: Institution,
    rule: INSTITUTION_ROWS,
    row: 'inst.applicant',
    visibleTo: ['province', 'analyst', 'chengde', 'pingquan', 'applicant01'],
  },
  // Applications: bureaus of the place once submitted, and the applicant; nothing public.
  { entity: Application, rule: APPLICATION_ROWS, row: 'app.own', visibleTo: ['province', 'analyst', 'chengde', 'pingquan', 'applicant01'] },
  { entity: Application, rule: APPLICATION_ROWS, row: 'app.draft', visibleTo: [] },
  { entity: Application, rule: APPLICATION_ROWS, row: 'app.sameCity', visibleTo: ['province', 'analyst', 'chengde'] },
  { entity: Application, rule: APPLICATION_ROWS, row: 'app.otherCity', visibleTo: ['province', 'analyst', 'baoding', 'applicant08'] },
  // Bookings: the two parties; bureaus of the institution's place once overdue (Art. 13(2)).
  {
    entity: ServiceBooking,
    rule: BOOKING_ROWS,
    row: 'booking.ownOverdue',
    visibleTo: ['province', 'analyst', 'chengde', 'pingquan', 'institution', 'enterprise'],
  },
  { entity: ServiceBooking, rule: BOOKING_ROWS, row: 'booking.ownOnTime', visibleTo: ['institution', 'enterprise'] },
  {
    entity: ServiceBooking,
    rule: BOOKING_ROWS,
    row: 'booking.otherCityOverdue',
    visibleTo: ['province', 'analyst', 'baoding', 'enterprise'],
  },
  // Counting bookings (analytics, issue #11): bureaus count every booking of their places, overdue or not.
  {
    entity: ServiceBooking,
    rule: BOOKING_ANALYTICS_ROWS,
    row: 'booking.ownOverdue',
    visibleTo: ['province', 'analyst', 'chengde', 'pingquan', 'institution', 'enterprise'],
  },
  {
    entity: ServiceBooking,
    rule: BOOKING_ANALYTICS_ROWS,
    row: 'booking.ownOnTime',
    visibleTo: ['province', 'analyst', 'chengde', 'pingquan', 'institution', 'enterprise'],
  },
  {
    entity: ServiceBooking,
    rule: BOOKING_ANALYTICS_ROWS,
    row: 'booking.otherCityOverdue',
    visibleTo: ['province', 'analyst', 'baoding', 'enterprise'],
  },
  // Products and cases: the institution's own; published products and cases of admitted institutions are public.
  { entity: ServiceProduct, rule: PRODUCT_ROWS, row: 'product.published', visibleTo: except('applicant01', 'applicant08') },
  { entity: ServiceProduct, rule: PRODUCT_ROWS, row: 'product.draft', visibleTo: ['institution'] },
  { entity: ServiceProduct, rule: PRODUCT_ROWS, row: 'product.otherUnpublished', visibleTo: [] },
  { entity: ServiceCase, rule: CASE_ROWS, row: 'case.own', visibleTo: except('applicant01', 'applicant08') },
  { entity: ServiceCase, rule: CASE_ROWS, row: 'case.ofApplicant', visibleTo: ['applicant01'] },
  // Enterprises: their own record only.
  { entity: Enterprise, rule: ENTERPRISE_ROWS, row: 'enterprise.own', visibleTo: ['enterprise'] },
  { entity: Enterprise, rule: ENTERPRISE_ROWS, row: 'enterprise.second', visibleTo: ['enterprise2'] },
  // Dynamic management (issue #9): the institution and the bureaus of its place; drafts stay the institution's own.
  {
    entity: ServiceReport,
    rule: SERVICE_REPORT_ROWS,
    row: 'report.own',
    visibleTo: ['province', 'analyst', 'chengde', 'pingquan', 'institution'],
  },
  { entity: ServiceReport, rule: SERVICE_REPORT_ROWS, row: 'report.ownDraft', visibleTo: ['institution'] },
  { entity: ServiceReport, rule: SERVICE_REPORT_ROWS, row: 'report.otherCity', visibleTo: ['province', 'analyst', 'baoding'] },
  {
    entity: ComplianceNotice,
    rule: COMPLIANCE_NOTICE_ROWS,
    row: 'notice.own',
    visibleTo: ['province', 'analyst', 'chengde', 'pingquan', 'institution'],
  },
  { entity: ComplianceNotice, rule: COMPLIANCE_NOTICE_ROWS, row: 'notice.otherCity', visibleTo: ['province', 'analyst', 'baoding'] },
  {
    entity: ChangeReport,
    rule: CHANGE_REPORT_ROWS,
    row: 'change.own',
    visibleTo: ['province', 'analyst', 'chengde', 'pingquan', 'institution'],
  },
  { entity: ChangeReport, rule: CHANGE_REPORT_ROWS, row: 'change.otherCity', visibleTo: ['province', 'analyst', 'baoding'] },
  {
    entity: RemovalCase,
    rule: REMOVAL_CASE_ROWS,
    row: 'removal.own',
    visibleTo: ['province', 'analyst', 'chengde', 'pingquan', 'institution'],
  },
  { entity: RemovalCase, rule: REMOVAL_CASE_ROWS, row: 'removal.otherCity', visibleTo: ['province', 'analyst', 'baoding'] },
  {
    entity: EvidenceFile,
    rule: EVIDENCE_ROWS,
    row: 'evidence.own',
    visibleTo: ['province', 'analyst', 'chengde', 'pingquan', 'institution'],
  },
  { entity: EvidenceFile, rule: EVIDENCE_ROWS, row: 'evidence.unclaimed', visibleTo: ['province', 'analyst'] },
  // Accounts (用户管理, issue #12): PROVINCE and ANALYST scopes cover all bureau and analyst accounts (the resolver lets
  // only PROVINCE and CITY in); a bureau the accounts of its jurisdiction's places (its own, its counties'); nobody sees institution users here.
  { entity: UserAccount, rule: USER_ACCOUNT_ROWS, row: 'account.county', visibleTo: ['province', 'analyst', 'chengde', 'pingquan'] },
  { entity: UserAccount, rule: USER_ACCOUNT_ROWS, row: 'account.city', visibleTo: ['province', 'analyst', 'chengde'] },
  { entity: UserAccount, rule: USER_ACCOUNT_ROWS, row: 'account.otherCounty', visibleTo: ['province', 'analyst', 'baoding'] },
  { entity: UserAccount, rule: USER_ACCOUNT_ROWS, row: 'account.analyst', visibleTo: ['province', 'analyst'] },
  { entity: UserAccount, rule: USER_ACCOUNT_ROWS, row: 'account.institution', visibleTo: [] },
  // 主管部门名录: a bureau's contact belongs to its place.
  {
    entity: BureauContact,
    rule: BUREAU_CONTACT_ROWS,
    row: 'bureauContact.county',
    visibleTo: ['province', 'analyst', 'chengde', 'pingquan'],
  },
  { entity: BureauContact, rule: BUREAU_CONTACT_ROWS, row: 'bureauContact.otherCounty', visibleTo: ['province', 'analyst', 'baoding'] },
  // Annual evaluation (issue #10): the bureaus of the place and the institution (which reads it once published).
  {
    entity: EvaluationSheet,
    rule: EVALUATION_SHEET_ROWS,
    row: 'sheet.own',
    visibleTo: ['province', 'analyst', 'chengde', 'pingquan', 'institution'],
  },
  { entity: EvaluationSheet, rule: EVALUATION_SHEET_ROWS, row: 'sheet.otherCity', visibleTo: ['province', 'analyst', 'baoding'] },
  // Activities are public events; a confirmed participation is public, a reported one the place's and the institution's.
  { entity: WelfareActivity, rule: WELFARE_ACTIVITY_ROWS, row: 'activity.any', visibleTo: EVERYONE },
  {
    entity: ActivityParticipation,
    rule: PARTICIPATION_ROWS,
    row: 'participation.own',
    visibleTo: except('baoding', 'applicant01', 'applicant08'),
  },
  {
    entity: ActivityParticipation,
    rule: PARTICIPATION_ROWS,
    row: 'participation.otherCityReported',
    visibleTo: ['province', 'analyst', 'baoding'],
  },
];

const MISSING_ID = 987654321;

describe.each(engines())('jurisdiction scope matrix on %s', (engine) => {
  let api: TestApi;
  const rows = {} as Record<RowKey, number>;
  const scopes = {} as Record<Caller, Scope>;

  beforeAll(async () => {
    api = await startTestApi(engine);
    const db = api.services.db;
    const one = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params))[0].id);
    const userOf = (username: string) => db.getRepository(UserAccount).findOneByOrFail({ username });

    // A second enterprise, through the real sign-up.
    await api.ok('mutation($i: EnterpriseRegistrationInput!) { registerEnterprise(input: $i) { token } }', {
      i: {
        name: '承德市第二测试企业有限公司',
        uscc: makeUscc('91130802MA0SCOPE2'.replace(/[IOZSV]/g, '0')),
        divisionCode: '130802',
        contactPerson: '赵敏',
        contactPhone: '13900000002',
        username: 'enterprise2',
        password: APPLICANT_PASSWORD,
        ...(await signUpExtras(api)),
      },
    });
    for (const caller of CALLERS) {
      scopes[caller] = caller === 'anonymous' ? PUBLIC_SCOPE : api.services.divisions.scopeFor(toAuthUser(await userOf(caller)));
    }

    const institution = await userOf('institution');
    const applicant01 = await userOf('applicant01');
    const enterprise = await userOf('enterprise');
    const enterprise2 = await userOf('enterprise2');
    const admitted = async (division: string, name: string) => {
      const saved = await db.getRepository(Institution).save(
        db.getRepository(Institution).create({
          name,
          uscc: makeUscc(`91${division}MA0SCOPE${division.slice(-1)}`.replace(/[IOZSV]/g, '0')),
          divisionCode: division,
          registryStatus: RegistryStatus.ADMITTED,
          admittedOn: '2025-08-01',
        }),
      );
      return saved.id;
    };
    rows['inst.own'] = institution.institutionId!;
    rows['inst.sameCity'] = await admitted('130802', '承德市双桥区范围测试中心');
    rows['inst.otherCity'] = await admitted('130602', '保定市竞秀区范围测试中心');
    rows['inst.applicant'] = applicant01.institutionId!;

    const application = (institutionId: number, division: string, status: ApplicationStatus) =>
      db.getRepository(Application).insert({
        batchId: 1,
        institutionId,
        divisionCode: division,
        status,
        uscc: 'SCOPE',
        name: '范围测试申请',
        mainCategories: [],
      } as Partial<Application>);
    rows['app.own'] = await one(
      "SELECT a.id FROM application a INNER JOIN user_account u ON u.institutionId = a.institutionId WHERE u.username = 'applicant01'",
    );
    rows['app.draft'] = await one(
      "SELECT a.id FROM application a INNER JOIN user_account u ON u.institutionId = a.institutionId WHERE u.username = 'applicant10'",
    );
    rows['app.sameCity'] = Number((await application(rows['inst.sameCity'], '130802', ApplicationStatus.SUBMITTED)).identifiers[0].id);
    rows['app.otherCity'] = await one(
      "SELECT a.id FROM application a INNER JOIN user_account u ON u.institutionId = a.institutionId WHERE u.username = 'applicant08'",
    );

    const product = async (institutionId: number, published: boolean) =>
      (
        await db.getRepository(ServiceProduct).save(
          db.getRepository(ServiceProduct).create({
            institutionId,
            name: '范围测试产品',
            categoryCode: 'OTHER',
            nature: 'FREE',
            content: '内容',
            published,
          } as Partial<ServiceProduct>),
        )
      ).id;
    rows['product.published'] = await product(institution.institutionId!, true);
    rows['product.draft'] = await product(institution.institutionId!, false);
    rows['product.otherUnpublished'] = await product(rows['inst.sameCity'], false);

    const booking = async (institutionId: number, division: string, overdue: boolean) =>
      (
        await db.getRepository(ServiceBooking).save(
          db.getRepository(ServiceBooking).create({
            productId: rows['product.published'],
            productName: '范围测试产品',
            institutionId,
            divisionCode: division,
            enterpriseId: enterprise.enterpriseId!,
            need: '范围测试需求',
            contactPerson: '张三',
            contactPhone: '13900000001',
            requestedAt: new Date('2026-11-02T02:00:00Z'),
            requestDate: '2026-11-02',
            responseDeadline: '2026-11-09',
            overdue,
          }),
        )
      ).id;
    rows['booking.ownOverdue'] = await booking(institution.institutionId!, '130881', true);
    rows['booking.ownOnTime'] = await booking(institution.institutionId!, '130881', false);
    rows['booking.otherCityOverdue'] = await booking(rows['inst.otherCity'], '130602', true);

    const serviceCase = async (institutionId: number) =>
      (
        await db.getRepository(ServiceCase).save(
          db.getRepository(ServiceCase).create({
            institutionId,
            title: '范围测试案例',
            enterpriseName: '某企业',
            content: '内容',
            outcome: '成效',
            servedOn: '2026-01-05',
          }),
        )
      ).id;
    rows['case.own'] = await serviceCase(institution.institutionId!);
    rows['case.ofApplicant'] = await serviceCase(applicant01.institutionId!);
    rows['enterprise.own'] = enterprise.enterpriseId!;
    rows['enterprise.second'] = enterprise2.enterpriseId!;

    const own = institution.institutionId!;
    const report = async (institutionId: number, division: string, status: ServiceReportStatus, deadline: string) =>
      Number(
        (
          await db.getRepository(ServiceReport).insert({
            institutionId,
            divisionCode: division,
            deadline,
            periodStart: '2024-01-01',
            status,
            onTime: status === ServiceReportStatus.SUBMITTED,
            submittedOn: status === ServiceReportStatus.SUBMITTED ? '2024-03-01' : null,
          })
        ).identifiers[0].id,
      );
    rows['report.own'] = await report(own, '130881', ServiceReportStatus.SUBMITTED, '2024-03-15');
    rows['report.ownDraft'] = await report(own, '130881', ServiceReportStatus.DRAFT, '2024-06-15');
    rows['report.otherCity'] = await report(rows['inst.otherCity'], '130602', ServiceReportStatus.SUBMITTED, '2024-03-15');
    const notice = async (institutionId: number, division: string) =>
      Number(
        (
          await db.getRepository(ComplianceNotice).insert({
            institutionId,
            divisionCode: division,
            deadline: '2024-03-15',
            runStartDeadline: '2023-12-15',
            missedCount: 2,
            issuedAt: new Date('2024-03-16T02:00:00Z'),
            issuedOn: '2024-03-16',
          })
        ).identifiers[0].id,
      );
    rows['notice.own'] = await notice(own, '130881');
    rows['notice.otherCity'] = await notice(rows['inst.otherCity'], '130602');
    const change = async (institutionId: number, division: string) =>
      Number(
        (
          await db.getRepository(ChangeReport).insert({
            institutionId,
            divisionCode: division,
            type: ChangeType.OTHER,
            changeDate: '2026-10-01',
            dueDate: '2027-01-01',
            description: '范围测试',
            status: ChangeReportStatus.SUBMITTED,
            submittedAt: new Date('2026-10-02T02:00:00Z'),
            submittedOn: '2026-10-02',
          })
        ).identifiers[0].id,
      );
    rows['change.own'] = await change(own, '130881');
    rows['change.otherCity'] = await change(rows['inst.otherCity'], '130602');
    const removal = async (institutionId: number, division: string) =>
      Number(
        (
          await db.getRepository(RemovalCase).insert({
            institutionId,
            divisionCode: division,
            reason: RemovalReason.VOLUNTARY,
            status: RemovalCaseStatus.WITHDRAWN,
            source: RemovalCaseSource.PROVINCE,
            description: '范围测试',
            proposerName: '范围测试',
            openedAt: new Date('2026-10-02T02:00:00Z'),
            openedOn: '2026-10-02',
          })
        ).identifiers[0].id,
      );
    rows['removal.own'] = await removal(own, '130881');
    rows['removal.otherCity'] = await removal(rows['inst.otherCity'], '130602');
    const province = await userOf('province');
    const evidence = async (claimed: boolean) =>
      Number(
        (
          await db.getRepository(EvidenceFile).insert({
            ownerType: claimed ? EvidenceOwner.CHANGE_REPORT : null,
            ownerId: claimed ? rows['change.own'] : null,
            institutionId: claimed ? own : null,
            divisionCode: claimed ? '130881' : null,
            fileName: '范围测试.pdf',
            mimeType: 'application/pdf',
            size: 1,
            sha256: '0'.repeat(64),
            uploadedById: claimed ? institution.id : province.id,
            uploadedAt: new Date('2026-10-02T02:00:00Z'),
          })
        ).identifiers[0].id,
      );
    rows['evidence.own'] = await evidence(true);
    rows['evidence.unclaimed'] = await evidence(false);
    rows['account.county'] = (await userOf('pingquan')).id;
    rows['account.city'] = (await userOf('chengde')).id;
    rows['account.analyst'] = (await userOf('analyst')).id;
    rows['account.institution'] = institution.id;
    rows['account.otherCounty'] = (await userOf('jingxiu')).id; // a demo county bureau of 保定
    const contact = async (divisionCode: string) =>
      Number(
        (
          await db.getRepository(BureauContact).insert({
            divisionCode,
            contactPerson: '范围测试',
            contactPhone: '0314-1234567',
            address: '范围测试',
            updatedAt: new Date('2026-10-02T02:00:00Z'),
          })
        ).identifiers[0].id,
      );
    rows['bureauContact.county'] = await contact('130881');
    rows['bureauContact.otherCounty'] = await contact('130602');

    const [campaign] = await db.query('SELECT id FROM evaluation_campaign WHERE year = 2025');
    rows['sheet.own'] = await one('SELECT id FROM evaluation_sheet WHERE campaignId = ? AND institutionId = ?', [Number(campaign.id), own]);
    rows['sheet.otherCity'] = Number(
      (
        await db.getRepository(EvaluationSheet).insert({
          campaignId: Number(campaign.id),
          institutionId: rows['inst.otherCity'],
          institutionName: '保定市竞秀区范围测试中心',
          divisionCode: '130602',
          scores: {},
          cityScores: {},
        })
      ).identifiers[0].id,
    );
    rows['activity.any'] = await one('SELECT MIN(id) AS id FROM welfare_activity');
    rows['participation.own'] = await one(
      "SELECT MIN(id) AS id FROM activity_participation WHERE institutionId = ? AND status = 'CONFIRMED'",
      [own],
    );
    rows['participation.otherCityReported'] = Number(
      (
        await db.getRepository(ActivityParticipation).insert({
          activityId: rows['activity.any'],
          institutionId: rows['inst.otherCity'],
          institutionName: '保定市竞秀区范围测试中心',
          divisionCode: '130602',
          status: ParticipationStatus.REPORTED,
        })
      ).identifiers[0].id,
    );
  });
  afterAll(() => api.close());

  const sees = async (cell: Cell, caller: Caller, id: number) => {
    const alias = 'r';
    const found = await applyScope(api.services.db.getRepository(cell.entity).createQueryBuilder(alias), alias, scopes[caller], cell.rule)
      .andWhere(`${alias}.id = :matrixId`, { matrixId: id })
      .getCount();
    return found === 1;
  };

  it.each(TABLE.flatMap((cell) => CALLERS.map((caller) => [cell.row, caller, cell] as const)))('%s · %s', async (row, caller, cell) => {
    expect(await sees(cell, caller, rows[row])).toBe(cell.visibleTo.includes(caller));
    expect(await sees(cell, caller, MISSING_ID)).toBe(false);
  });

  /** The by-id queries and the callers each is for: a row out of reach answers byte for byte like a missing id. */
  const INSTITUTION_USERS: Caller[] = ['institution', 'applicant01', 'applicant08'];
  const BY_ID = [
    {
      query: 'query($id: ID!) { institution(id: $id) { id name } }',
      for: [...OFFICERS, ...INSTITUTION_USERS],
      rows: ['inst.own', 'inst.sameCity', 'inst.otherCity', 'inst.applicant'],
    },
    {
      query: 'query($id: ID!) { application(id: $id) { id status } }',
      for: [...OFFICERS, ...INSTITUTION_USERS],
      rows: ['app.own', 'app.draft', 'app.sameCity', 'app.otherCity'],
    },
    {
      query: 'query($id: ID!) { booking(id: $id) { id status } }',
      for: [...OFFICERS.filter((c) => c !== 'analyst'), ...INSTITUTION_USERS, 'enterprise', 'enterprise2'],
      rows: ['booking.ownOverdue', 'booking.ownOnTime', 'booking.otherCityOverdue'],
    },
    {
      query: 'query($id: ID!) { changeReport(id: $id) { id status } }',
      for: [...OFFICERS, ...INSTITUTION_USERS],
      rows: ['change.own', 'change.otherCity'],
    },
    {
      query: 'query($id: ID!) { removalCase(id: $id) { id status } }',
      for: [...OFFICERS, ...INSTITUTION_USERS],
      rows: ['removal.own', 'removal.otherCity'],
    },
    {
      // The institution reads its sheet only once published (the demo's 2025 sheet is not): it answers like a missing id.
      query: 'query($id: ID!) { evaluationSheet(id: $id) { id status } }',
      for: ['province', 'chengde', 'baoding'],
      rows: ['sheet.own', 'sheet.otherCity'],
    },
  ] as { query: string; for: Caller[]; rows: RowKey[] }[];

  it.each(BY_ID.flatMap((q) => CALLERS.map((caller) => [q.query.slice(10, 40), caller, q] as const)))(
    'by id %s… as %s: hidden rows answer like missing ones',
    async (_q, caller, q) => {
      const token =
        caller === 'anonymous'
          ? undefined
          : caller === 'enterprise2'
            ? await api.login(caller, APPLICANT_PASSWORD)
            : await api.login(caller);
      const missing = JSON.stringify(await api.gql(q.query, { id: String(MISSING_ID) }, token));
      for (const key of q.rows) {
        const cell = TABLE.find((c) => c.row === key)!;
        const answer = await api.gql(q.query, { id: String(rows[key]) }, token);
        if (q.for.includes(caller) && cell.visibleTo.includes(caller)) {
          expect(answer.errors).toBeUndefined();
          expect(String(Object.values(answer.data!)[0].id)).toBe(String(rows[key]));
        } else {
          // Hidden (or a role the query is not for): the same bytes as for an id that does not exist.
          expect(JSON.stringify(answer)).toBe(missing);
        }
      }
    },
  );
});
