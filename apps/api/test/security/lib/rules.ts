import { Role } from '../../../src/common/enums';
import { Actor, ACTORS, Kind, ROLE_OF } from './world';

/**
 * The one table of who may call what (issue #8), read by the authorization matrix and the fuzzer. Per operation:
 * who may call it and which record kind its id points at; SEES says who may see each record. Adding an operation to
 * the schema without a row here fails authorization-matrix.spec.ts.
 */
const { PROVINCE, CITY, COUNTY, INSTITUTION, ENTERPRISE, ANALYST } = Role;
export type Who = 'anyone' | 'signedIn' | Role[];
export interface Rule {
  who: Who;
  /** What the id in `args` points at; absent for operations without an id. */
  on?: Kind;
  /** Variables: `id` is the record (or a missing id) for this cell. */
  args?: (id: string) => Record<string, unknown>;
}

const OFFICERS = [PROVINCE, CITY, COUNTY];
const ANALYTICS = [PROVINCE, CITY, COUNTY, ANALYST];
const BOOKINGS_BY_CITY = { dataset: 'bookings', groupBy: [{ field: 'divisionCode', level: 'CITY' }], measures: [{ aggregate: 'COUNT' }] };
const SCOPED_READERS = [PROVINCE, CITY, COUNTY, INSTITUTION, ANALYST];
const MONITORS = [PROVINCE, CITY, COUNTY, ANALYST];
const DYNAMIC_READERS = [PROVINCE, CITY, COUNTY, ANALYST, INSTITUTION];
export const ABSENT = '99999999';

/** Who may see the primary [0] and the secondary [1] record of each kind (if the role may call the operation at all). */
const EVERYONE: Actor[] = [...ACTORS];
export const SEES: Record<Kind, [Actor[], Actor[]]> = {
  application: [
    ['province', 'analyst', 'chengde', 'pingquan', 'owner'],
    ['province', 'analyst', 'baoding', 'otherOwner'],
  ],
  attachment: [
    ['province', 'analyst', 'chengde', 'pingquan', 'owner'],
    ['province', 'analyst', 'baoding', 'otherOwner'],
  ],
  // Officers see a booking once it is overdue (both are).
  booking: [
    ['province', 'chengde', 'pingquan', 'owner', 'enterprise'],
    ['province', 'baoding', 'otherOwner', 'otherEnterprise'],
  ],
  product: [['owner'], ['otherOwner']],
  // Published [0] for everyone; an unpublished one [1] for nobody outside its owner's own screens.
  publishedProduct: [EVERYONE, []],
  serviceCase: [['owner'], ['otherOwner']],
  caseToDelete: [['owner'], ['otherOwner']],
  notification: [['owner'], ['otherOwner']],
  // Both admitted: the enterprises see them through the public registry scope.
  institution: [
    ['province', 'analyst', 'chengde', 'pingquan', 'owner', 'enterprise', 'otherEnterprise'],
    ['province', 'analyst', 'baoding', 'otherOwner', 'enterprise', 'otherEnterprise'],
  ],
  // Admitted [0] for everyone; an applicant [1] for nobody.
  publicInstitution: [EVERYONE, []],
  openBatch: [EVERYONE, []],
  closedBatch: [EVERYONE, []],
  // In public notice [0]; submitted but not in notice [1].
  noticeApplication: [EVERYONE, []],
  objection: [EVERYONE, []],
  managedAccount: [
    ['province', 'chengde'],
    ['province', 'baoding'],
  ],
  // 本单位账号: a colleague of the demo institution [0] and of the second one [1]: only their own admin.
  orgAccount: [['owner'], ['otherOwner']],
  // 忘记密码 requests of a 平泉 user [0] and a 竞秀区 (保定) user [1]: the officers of the place.
  resetRequest: [
    ['province', 'chengde', 'pingquan'],
    ['province', 'baoding'],
  ],
  // An unshared query only for its owner; a shared one for every analytics caller.
  savedQuery: [['chengde'], ['province', 'chengde', 'baoding', 'pingquan', 'analyst']],
  privateQuery: [['chengde'], ['baoding']],
  unsharedQuery: [['province'], []],
  dashboardCard: [['province'], []],
};

const review = (id: string) => ({ input: { applicationId: id, expectedVersion: 999, action: 'APPROVE', opinion: '矩阵测试意见' } });
const productInput = { name: '矩阵修改', categoryCode: 'TESTING_INSPECTION', nature: 'FREE', content: '矩阵测试修改后的产品内容' };
const caseInput = {
  title: '矩阵修改',
  enterpriseName: '某企业有限公司',
  content: '矩阵测试修改后的案例内容',
  outcome: '良好',
  servedOn: '2026-06-01',
};
const weakSignUp = {
  name: '矩阵',
  uscc: '91130881MA0000000X',
  divisionCode: '130881',
  contactPerson: '甲',
  contactPhone: '13800000000',
  username: 'matrix',
  password: 'weak',
};

/** The one table. Allowed calls are chosen to stop short of changing state where they can (a state check refuses). */
export const RULES: Record<string, Rule> = {
  // --- queries
  // Analytics (issue #11): another user's unshared query answers like a missing one.
  analyticsCatalog: { who: ANALYTICS },
  analyticsDashboard: { who: [PROVINCE, CITY, ANALYST] },
  runAnalyticsQuery: { who: ANALYTICS, args: () => ({ query: BOOKINGS_BY_CITY }) },
  savedAnalyticsQueries: { who: ANALYTICS },
  savedAnalyticsQuery: { who: ANALYTICS, on: 'savedQuery', args: (id) => ({ id }) },
  application: { who: SCOPED_READERS, on: 'application', args: (id) => ({ id }) },
  applicationQueueCounts: { who: SCOPED_READERS },
  applications: { who: SCOPED_READERS },
  attachmentSlots: { who: 'anyone' },
  auditLogs: { who: [PROVINCE] },
  batch: { who: 'signedIn', on: 'openBatch', args: (id) => ({ id }) },
  batches: { who: 'signedIn' },
  booking: { who: [ENTERPRISE, INSTITUTION, ...OFFICERS], on: 'booking', args: (id) => ({ id }) },
  bookingInbox: { who: [INSTITUTION] },
  bookingStatistics: { who: [...OFFICERS, ANALYST, INSTITUTION] },
  browseInstitutions: { who: 'anyone' },
  calendarDays: { who: 'signedIn', args: () => ({ year: 2026 }) },
  calendarStatus: { who: 'signedIn' },
  calendarYears: { who: 'signedIn' },
  division: { who: 'anyone', args: () => ({ code: '130881' }) },
  divisions: { who: 'anyone' },
  // Enterprises read the public profile (browseInstitutions / institutionProfile), not the officer type (issue #7).
  institution: { who: SCOPED_READERS, on: 'institution', args: (id) => ({ id }) },
  institutionTypes: { who: 'anyone' },
  institutions: { who: SCOPED_READERS },
  isWorkingDay: { who: 'signedIn', args: () => ({ date: '2026-10-01' }) },
  me: { who: 'signedIn' },
  myBookings: { who: [ENTERPRISE] },
  myEnterprise: { who: [ENTERPRISE] },
  myNotifications: { who: 'signedIn' },
  jobs: { who: [PROVINCE] },
  jobRuns: { who: [PROVINCE] },
  myServiceCases: { who: [INSTITUTION] },
  myServiceProducts: { who: [INSTITUTION] },
  notices: { who: [PROVINCE] },
  objections: { who: [PROVINCE] },
  overdueBookings: { who: OFFICERS },
  publicInstitution: { who: 'anyone', on: 'publicInstitution', args: (id) => ({ id }) },
  publicNotices: { who: 'anyone' },
  publicServiceProduct: { who: 'anyone', on: 'publishedProduct', args: (id) => ({ id }) },
  serviceCategories: { who: 'anyone' },
  serviceNatures: { who: 'anyone' },
  // Dynamic management (issue #9).
  changeReport: { who: DYNAMIC_READERS, args: () => ({ id: ABSENT }) },
  changeReports: { who: DYNAMIC_READERS },
  complianceNoticeDeadlines: { who: MONITORS },
  complianceNotices: { who: MONITORS, args: () => ({ deadline: '2026-12-15' }) },
  institutionHistory: { who: DYNAMIC_READERS, on: 'institution', args: (id) => ({ id }) },
  reentryBans: { who: [PROVINCE] },
  removalCase: { who: DYNAMIC_READERS, args: () => ({ id: ABSENT }) },
  removalCases: { who: DYNAMIC_READERS },
  reportingCompliance: { who: MONITORS },
  reportingComplianceSummary: { who: MONITORS },
  serviceReportPeriods: { who: DYNAMIC_READERS, on: 'institution', args: (id) => ({ institutionId: id }) },
  workQueueCounts: { who: [...OFFICERS, INSTITUTION] },
  // --- annual evaluation and public-welfare activities (issue #10)
  evaluationRubrics: { who: [PROVINCE] },
  evaluationCampaigns: { who: [PROVINCE, CITY] },
  evaluationCampaign: { who: [PROVINCE, CITY], args: () => ({ id: ABSENT }) },
  evaluationSheets: { who: [PROVINCE, CITY], args: () => ({ campaignId: ABSENT }) },
  evaluationSheet: { who: [PROVINCE, CITY, INSTITUTION], args: () => ({ id: ABSENT }) },
  nextPendingEvaluationSheet: { who: [PROVINCE, CITY], args: () => ({ campaignId: ABSENT, afterId: '0' }) },
  myEvaluationSheets: { who: [INSTITUTION] },
  evaluationIndicatorRows: { who: [PROVINCE, CITY, INSTITUTION], args: () => ({ sheetId: ABSENT, source: 'BOOKING_RESPONSE' }) },
  evaluationDistribution: { who: [PROVINCE, CITY], args: () => ({ campaignId: ABSENT }) },
  activities: { who: 'anyone' },
  // --- mutations
  // The province's own unshared query is refused (QUERY_NOT_SHARED); 承德's is hidden. Nothing is added.
  addDashboardCard: { who: [PROVINCE], on: 'unsharedQuery', args: (id) => ({ input: { savedQueryId: id } }) },
  // The owners' calls carry a stale version (CONFLICT).
  deleteAnalyticsQuery: { who: ANALYTICS, on: 'privateQuery', args: (id) => ({ id, version: 999 }) },
  // Removes the matrix's own card (the one call that changes state).
  removeDashboardCard: { who: [PROVINCE], on: 'dashboardCard', args: (id) => ({ id }) },
  // A refused save (over the name's length) leaves nothing behind.
  saveAnalyticsQuery: { who: ANALYTICS, args: () => ({ input: { name: '矩'.repeat(51), shared: false, query: BOOKINGS_BY_CITY } }) },
  acceptBooking: { who: [INSTITUTION], on: 'booking', args: (id) => ({ id }) },
  addCalendarYear: { who: [PROVINCE], args: () => ({ input: { year: 2026, source: '矩阵' } }) },
  bookService: {
    who: [ENTERPRISE],
    on: 'publishedProduct',
    args: (id) => ({ input: { productId: id, need: '矩阵测试预约需求', contactPerson: '联系人', contactPhone: '13800000000' } }),
  },
  // The matrix's bookings are declined: the enterprise's call is refused by the state machine and changes nothing.
  cancelBooking: { who: [ENTERPRISE], on: 'booking', args: (id) => ({ id }) },
  closeBatch: { who: [PROVINCE], on: 'closedBatch', args: (id) => ({ id }) },
  completeBooking: { who: [INSTITUTION], on: 'booking', args: (id) => ({ id }) },
  createApplication: { who: [INSTITUTION], on: 'closedBatch', args: (id) => ({ batchId: id }) },
  createBatch: {
    who: [PROVINCE],
    args: () => ({ input: { name: '2026年第二批', onlineDeadline: '2026-01-01', paperDeadline: '2025-01-01' } }),
  },
  createInstitution: {
    who: OFFICERS,
    args: () => ({
      input: {
        name: '矩阵',
        uscc: weakSignUp.uscc,
        institutionType: 'ENTERPRISE',
        nature: 'MARKET',
        divisionCode: '130881',
        mainCategories: [],
      },
    }),
  },
  createServiceCase: { who: [INSTITUTION], args: () => ({ input: { ...caseInput, servedOn: '2099-01-01' } }) },
  createServiceProduct: { who: [INSTITUTION], args: () => ({ input: { ...productInput, categoryCode: 'NOPE' } }) },
  declineBooking: { who: [INSTITUTION], on: 'booking', args: (id) => ({ id, input: { reason: '矩阵' } }) },
  deleteApplication: { who: [INSTITUTION], on: 'application', args: (id) => ({ id }) },
  deleteApplicationAttachment: { who: [INSTITUTION], on: 'application', args: (id) => ({ applicationId: id, slot: 1 }) },
  deleteServiceCase: { who: [INSTITUTION], on: 'caseToDelete', args: (id) => ({ id }) },
  deleteServiceProduct: { who: [INSTITUTION], on: 'product', args: (id) => ({ id }) },
  fileObjection: {
    who: 'anyone',
    on: 'noticeApplication',
    args: (id) => ({ input: { applicationId: id, name: '矩阵', contact: '13800000000', content: '矩阵测试提出的异议内容。' } }),
  },
  captcha: { who: 'anyone' },
  flagOverdueBookings: { who: [PROVINCE] },
  login: { who: 'anyone', args: () => ({ username: 'matrix-nobody', password: 'Wrong#Pass1' }) },
  markAllNotificationsRead: { who: 'signedIn' },
  runJob: { who: [PROVINCE], args: () => ({ name: 'admission' }) },
  markNotificationRead: { who: 'signedIn', on: 'notification', args: (id) => ({ id }) },
  openBatch: { who: [PROVINCE], on: 'openBatch', args: (id) => ({ id }) },
  publishNotice: { who: [PROVINCE], on: 'openBatch', args: (id) => ({ batchId: id }) },
  rateBooking: { who: [ENTERPRISE], on: 'booking', args: (id) => ({ id, input: { rating: 5 } }) },
  recordSpotCheck: {
    who: [PROVINCE],
    on: 'application',
    args: (id) => ({ input: { applicationId: id, checkedOn: '2026-11-01', inspectors: '矩阵', findings: '矩阵', passed: true } }),
  },
  registerEnterprise: { who: 'anyone', args: () => ({ input: weakSignUp }) },
  registerInstitution: { who: 'anyone', args: () => ({ input: weakSignUp }) },
  removeCalendarDay: { who: [PROVINCE], args: () => ({ date: '2031-01-01' }) },
  resolveObjection: { who: [PROVINCE], on: 'objection', args: (id) => ({ input: { objectionId: id, upheld: false } }) },
  reviewApplication: { who: OFFICERS, on: 'application', args: review },
  // Bulk review (issue #12 item 4): a stale version, so the allowed call is a CONFLICT naming the item and changes nothing.
  reviewApplications: {
    who: OFFICERS,
    on: 'application',
    args: (id) => ({ input: { items: [{ applicationId: id, expectedVersion: 999 }], action: 'APPROVE', opinion: '矩阵测试意见' } }),
  },
  runAdmissionJob: { who: [PROVINCE] },
  saveApplication: { who: [INSTITUTION], on: 'application', args: (id) => ({ id, input: {} }) },
  setCalendarDay: { who: [PROVINCE], args: () => ({ input: { date: '2031-01-01', kind: 'HOLIDAY', name: '矩阵' } }) },
  setServiceProductPublished: { who: [INSTITUTION], on: 'product', args: (id) => ({ id, published: true }) },
  submitApplication: { who: [INSTITUTION], on: 'application', args: (id) => ({ id }) },
  // A stale version: the owner's call is a CONFLICT and changes nothing.
  withdrawApplication: { who: [INSTITUTION], on: 'application', args: (id) => ({ id, expectedVersion: 999 }) },
  updateMyPublicProfile: { who: [INSTITUTION], args: () => ({ input: {} }) },
  updateServiceCase: { who: [INSTITUTION], on: 'serviceCase', args: (id) => ({ id, input: caseInput }) },
  updateServiceProduct: { who: [INSTITUTION], on: 'product', args: (id) => ({ id, input: productInput }) },
  // Dynamic management (issue #9): allowed calls are refused by a state or date check (a period not open, a change in
  // the future, a missing case), except the idempotent job.
  decideRemovalCase: { who: [PROVINCE], args: () => ({ input: { caseId: ABSENT, effectiveDate: '2099-01-01' } }) },
  openRemovalCase: {
    who: [PROVINCE],
    args: () => ({ input: { institutionId: ABSENT, reason: 'DATA_FRAUD', description: '矩阵测试事实与依据' } }),
  },
  runComplianceJob: { who: [PROVINCE] },
  saveServiceReport: { who: [INSTITUTION], args: () => ({ input: { deadline: '2099-03-15' } }) },
  submitChangeReport: {
    who: [INSTITUTION],
    args: () => ({ input: { type: 'RENAME', changeDate: '2099-01-01', description: '矩阵测试变化说明', changes: [] } }),
  },
  submitServiceReport: { who: [INSTITUTION], args: () => ({ input: { deadline: '2099-03-15' } }) },
  verifyChangeReport: { who: [CITY], args: () => ({ input: { changeReportId: ABSENT, eligible: true } }) },
  withdrawRemovalCase: { who: [PROVINCE], args: () => ({ input: { caseId: ABSENT, reason: '矩阵测试撤销' } }) },
  // 用户管理 (issue #12): allowed calls carry a stale version (CONFLICT) or a refused placement, so nothing changes.
  managedAccounts: { who: [PROVINCE, CITY] },
  createOfficerAccount: {
    who: [PROVINCE, CITY],
    args: () => ({ input: { username: 'matrixofficer', displayName: '矩阵测试局', role: 'COUNTY', divisionCode: '999999' } }),
  },
  setAccountActive: { who: [PROVINCE, CITY], on: 'managedAccount', args: (id) => ({ input: { id, expectedVersion: 999 }, active: false }) },
  resetAccountPassword: { who: [PROVINCE, CITY], on: 'managedAccount', args: (id) => ({ input: { id, expectedVersion: 999 } }) },
  unlockAccount: { who: [PROVINCE, CITY], on: 'managedAccount', args: (id) => ({ input: { id, expectedVersion: 999 } }) },
  changePassword: { who: 'signedIn', args: () => ({ input: { currentPassword: 'Not-the-password1', newPassword: 'Matrix#Pass2026' } }) },
  'GET /exports/accounts.xlsx': { who: [PROVINCE, CITY], args: () => ({ path: '/api/exports/accounts.xlsx' }) },
  // 密码策略 (issue #12 item 1): a stale version, so the province's call is a CONFLICT and changes nothing.
  passwordPolicy: { who: [PROVINCE] },
  updatePasswordPolicy: { who: [PROVINCE], args: () => ({ input: { expiryDays: 30, expectedVersion: 999 } }) },
  // 本单位账号: a taken username or a stale version, so nothing changes.
  orgAccounts: { who: [INSTITUTION, ENTERPRISE] },
  createOrgAccount: { who: [INSTITUTION, ENTERPRISE], args: () => ({ input: { username: 'province', displayName: '矩阵同事' } }) },
  setOrgAccountActive: {
    who: [INSTITUTION, ENTERPRISE],
    on: 'orgAccount',
    args: (id) => ({ input: { id, expectedVersion: 999 }, active: false }),
  },
  resetOrgAccountPassword: { who: [INSTITUTION, ENTERPRISE], on: 'orgAccount', args: (id) => ({ input: { id, expectedVersion: 999 } }) },
  // 忘记密码: without a captcha the public form is refused (CAPTCHA_REQUIRED); decisions carry a stale version.
  requestPasswordReset: {
    who: 'anyone',
    args: () => ({ input: { username: 'institution', uscc: '91130881MA0DEM001', contactPhone: '13903141234' } }),
  },
  passwordResetRequests: { who: OFFICERS },
  approvePasswordReset: { who: OFFICERS, on: 'resetRequest', args: (id) => ({ input: { id, expectedVersion: 999 } }) },
  rejectPasswordReset: {
    who: OFFICERS,
    on: 'resetRequest',
    args: (id) => ({ input: { id, expectedVersion: 999, reason: '矩阵测试驳回' } }),
  },
  // 主管部门名录 (issue #12): the contact edit names a division that is no bureau, so nothing is written.
  bureaus: { who: OFFICERS },
  updateBureauContact: {
    who: OFFICERS,
    args: () => ({
      input: { divisionCode: '999999', contactPerson: '矩阵', contactPhone: '13900000000', address: '矩阵', expectedVersion: 0 },
    }),
  },
  'GET /exports/bureaus.xlsx': { who: OFFICERS, args: () => ({ path: '/api/exports/bureaus.xlsx?level=COUNTY' }) },
  'GET /exports/audit-logs.xlsx': { who: [PROVINCE], args: () => ({ path: '/api/exports/audit-logs.xlsx?sort=ACTION.ASC' }) },
  'GET /exports/institutions.xlsx': { who: SCOPED_READERS, args: () => ({ path: '/api/exports/institutions.xlsx?sort=ADMITTED_ON.DESC' }) },
  'GET /exports/applications.xlsx': {
    who: SCOPED_READERS,
    args: () => ({ path: '/api/exports/applications.xlsx?queue=PENDING_COUNTY&sort=NAME.DESC' }),
  },
  'GET /exports/booking-inbox.xlsx': {
    who: [INSTITUTION],
    args: () => ({ path: '/api/exports/booking-inbox.xlsx?status=REQUESTED&sort=REQUEST_DATE.ASC' }),
  },
  'GET /exports/my-bookings.xlsx': {
    who: [ENTERPRISE],
    args: () => ({ path: '/api/exports/my-bookings.xlsx?overdue=true&sort=RESPONSE_DEADLINE.DESC' }),
  },
  // --- annual evaluation (issue #10): missing records or refused input, so nothing changes
  saveEvaluationRubric: { who: [PROVINCE], args: () => ({ input: { name: '矩阵', indicators: [], bands: [] } }) },
  openEvaluationCampaign: { who: [PROVINCE], args: () => ({ input: { year: 2025, rubricId: ABSENT, referenceDate: '2099-01-01' } }) },
  refreshComputedIndicators: { who: [PROVINCE], args: () => ({ campaignId: ABSENT }) },
  publishEvaluationCampaign: { who: [PROVINCE], args: () => ({ input: { campaignId: ABSENT } }) },
  scoreEvaluationSheet: {
    who: [PROVINCE, CITY],
    args: () => ({ input: { sheetId: ABSENT, expectedVersion: 1, scores: [{ code: 'CAPABILITY', score: 1 }] } }),
  },
  recordOnSiteVerification: {
    who: [PROVINCE],
    args: () => ({
      input: { sheetId: ABSENT, expectedVersion: 1, date: '2026-01-05', inspectors: '矩阵', findings: '矩阵', passed: true },
    }),
  },
  saveActivity: {
    who: [PROVINCE, CITY],
    args: () => ({
      input: { id: ABSENT, type: 'OTHER', title: '矩阵活动', activityDate: '2026-01-05', place: '矩阵地点', enterprisesReached: 0 },
    }),
  },
  reportActivityParticipation: { who: [INSTITUTION], args: () => ({ input: { activityId: ABSENT } }) },
  confirmActivityParticipation: {
    who: [PROVINCE, CITY],
    args: () => ({ input: { participationId: ABSENT, expectedVersion: 1, confirm: true } }),
  },
  // --- REST
  // The octet-stream body of the matrix is no query: allowed callers get BAD_USER_INPUT, never a file.
  'POST /exports/analytics.xlsx': { who: ANALYTICS, args: () => ({ path: '/api/exports/analytics.xlsx' }) },
  'POST /exports/analytics.csv': { who: ANALYTICS, args: () => ({ path: '/api/exports/analytics.csv' }) },
  'POST /applications/:id/attachments/:slot': {
    who: [INSTITUTION],
    on: 'application',
    args: (id) => ({ path: `/api/applications/${id}/attachments/1` }),
  },
  'GET /attachments/:id': { who: 'signedIn', on: 'attachment', args: (id) => ({ path: `/api/attachments/${id}` }) },
  'GET /exports/recommendation-summary.xlsx': {
    who: [PROVINCE, CITY],
    on: 'openBatch',
    args: (id) => ({ path: `/api/exports/recommendation-summary.xlsx?batchId=${id}&city=130800` }),
  },
  'GET /exports/applications/:id.xlsx': {
    who: 'signedIn',
    on: 'application',
    args: (id) => ({ path: `/api/exports/applications/${id}.xlsx` }),
  },
  'GET /exports/reporting-compliance.xlsx': { who: MONITORS, args: () => ({ path: '/api/exports/reporting-compliance.xlsx' }) },
  'GET /exports/compliance-notices.xlsx': {
    who: MONITORS,
    args: () => ({ path: '/api/exports/compliance-notices.xlsx?deadline=2026-12-15' }),
  },
  // Attachment 2 table import (issue #12 item 5): the matrix body is a PDF, so the applicant gets NOT_XLSX; nothing is stored.
  'GET /templates/application-staff.xlsx': { who: [INSTITUTION], args: () => ({ path: '/api/templates/application-staff.xlsx' }) },
  'GET /templates/application-served-enterprises.xlsx': {
    who: [INSTITUTION],
    args: () => ({ path: '/api/templates/application-served-enterprises.xlsx' }),
  },
  'POST /imports/application-staff': { who: [INSTITUTION], args: () => ({ path: '/api/imports/application-staff' }) },
  'POST /imports/application-served-enterprises': {
    who: [INSTITUTION],
    args: () => ({ path: '/api/imports/application-served-enterprises' }),
  },
  'POST /evidence': { who: [INSTITUTION, PROVINCE], args: () => ({ path: '/api/evidence' }) },
  'GET /evidence/:id': { who: 'signedIn', args: () => ({ path: `/api/evidence/${ABSENT}` }) },
  'GET /exports/evaluation-results.xlsx': {
    who: [PROVINCE, CITY],
    args: () => ({ path: `/api/exports/evaluation-results.xlsx?campaignId=${ABSENT}` }),
  },
};

export const mayCall = (who: Who, actor: Actor) => {
  const role = ROLE_OF[actor];
  if (who === 'anyone') return true;
  if (!role) return false;
  return who === 'signedIn' || who.includes(role);
};
