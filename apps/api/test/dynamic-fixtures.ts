import { APPLICANT_PASSWORD, REVIEW, VERSION, registerInstitution, submitEligibleApplication } from './factories';
import { TestApi } from './harness';

export const REPORT_FIELDS = `id deadline status submittedOn onTime version bookingsReceived bookingsAnsweredInTime bookingsCompleted`;
export const SAVE_REPORT = `mutation($i: ServiceReportInput!) { saveServiceReport(input: $i) { ${REPORT_FIELDS} } }`;
export const SUBMIT_REPORT = `mutation($i: ServiceReportInput!) { submitServiceReport(input: $i) { ${REPORT_FIELDS} } }`;
export const PERIODS = `query($id: ID) { serviceReportPeriods(institutionId: $id) { deadline periodStart status current daysLeft writable refusal
  report { id status submittedOn onTime version } bookingFigures { received answeredInTime completed frozen } } }`;
export const RUN_JOB = 'mutation { runComplianceJob { date noticesIssued casesOpened removalsApplied } }';
export const CASES = `query($f: RemovalCaseFilter) { removalCases(first: 100, filter: $f) { totalCount edges { node {
  id status reason source version triggerDeadline runStartDeadline effectiveDate banUntil needsMeeting bansReentry institution { id name registryStatus } } } } }`;
export const DECIDE =
  'mutation($i: DecideRemovalCaseInput!) { decideRemovalCase(input: $i) { id status version effectiveDate banUntil closedBookings } }';
export const WITHDRAW = 'mutation($i: WithdrawRemovalCaseInput!) { withdrawRemovalCase(input: $i) { id status version } }';
export const OPEN_CASE = 'mutation($i: OpenRemovalCaseInput!) { openRemovalCase(input: $i) { id status reason version } }';
export const HISTORY = 'query($id: ID!) { institutionHistory(id: $id) { date kind title detail subjectType subjectId } }';

/** A report with every field an on-time submission needs. */
export const REPORT_CONTENT = {
  servicesDelivered: 36,
  enterprisesServed: 28,
  pointToPointServed: 9,
  publicWelfareCount: 3,
  publicWelfareDescription: '参加“百场万家”公益服务活动2场，为县域企业免费诊断。',
  activities: '举办检验检测专题对接会1场。',
  serviceRevenue: 52.5,
  narrative: '本期为县域中小企业提供检验检测和数字化诊断服务，完成服务计划，企业反馈良好。',
};

/**
 * An institution taken through the real joining flow with the clock at `start` (a working Monday): registration,
 * application, county → city → province review, 5-working-day notice, admission. Returns its username and id.
 */
export async function admitThroughJoining(
  api: TestApi,
  start: string,
  name: string,
  admitOn: string,
): Promise<{ username: string; institutionId: string; applicationId: string }> {
  api.clock.set(start);
  const province = await api.freshLogin('province');
  const created = await api.ok(
    'mutation($i: BatchInput!) { createBatch(input: $i) { id } }',
    { i: { name: `${name}批次`, onlineDeadline: '2026-12-31', paperDeadline: '2027-01-05' } },
    province,
  );
  const batchId = created.createBatch.id;
  await api.ok('mutation($id: ID!) { openBatch(id: $id) { status } }', { id: batchId }, province);
  const inst = await registerInstitution(api, '130881', name);
  const applicationId = await submitEligibleApplication(api, inst.token, batchId, { name });
  for (const [user, opinion] of [
    ['pingquan', '同意'],
    ['chengde', '同意推荐'],
    ['province', '同意'],
  ]) {
    const token = await api.freshLogin(user);
    const { version } = (await api.ok(VERSION, { id: applicationId }, token)).application;
    await api.ok(REVIEW, { i: { applicationId, expectedVersion: version, action: 'APPROVE', opinion } }, token);
  }
  await api.ok('mutation($b: ID!) { publishNotice(batchId: $b) { id } }', { b: batchId }, province);
  api.clock.set(admitOn);
  await api.services.notices.runAdmission({ ip: null });
  const token = await api.freshLogin(inst.username, APPLICANT_PASSWORD);
  const me = await api.ok('{ me { institutionId } }', {}, token);
  return { username: inst.username, institutionId: me.me.institutionId, applicationId };
}
