import {
  BOOKING_RESPONSE_WORKING_DAYS,
  FAILING_GRADE,
  CHANGE_TYPE_LABELS,
  ChangeType,
  MAJOR_CHANGE_REPORT_MONTHS,
  MISSED_PERIODS_FOR_REMOVAL,
  PUBLIC_NOTICE_WORKING_DAYS,
  REENTRY_BAN_YEARS,
  REMOVAL_REASON_LABELS,
  RemovalReason,
  REVIEW_LEVEL_LABELS,
  ReviewLevel,
} from '@hebei/domain';

/** Renders personal data for one recipient (masked for roles that may not read it, SPEC §1). */
export interface Masker {
  phone(value: string | null): string;
}

/** An opinion or reason set inside a sentence: its own closing stop would read "。。". */
const clause = (text: string | null | undefined) => (text ?? '').trim().replace(/[。.！!；;，,\s]+$/u, '');

/** What happens after a level passes an application (Art. 8). */
const PASSED_NEXT: Readonly<Record<ReviewLevel, string>> = {
  COUNTY: '您的入库申请已通过县级初审，已报送市级主管部门推荐。',
  CITY: '您的入库申请已获市级主管部门推荐，已报送省级主管部门审核。',
  PROVINCE: '您的入库申请已通过省级审核，将按批次统一公示，公示开始时另行通知。',
};

/**
 * Every notice's text, in one place. Each template takes the event's data and answers title and body; personal data
 * goes through the masker, so a notice obeys the same masking as the screens and exports.
 */
export const NOTIFICATION_TEMPLATES = {
  APPLICATION_RETURNED: (d: { level: ReviewLevel; reason: string }) => ({
    title: '入库申请被退回修改',
    body: `${REVIEW_LEVEL_LABELS[d.level]}审核部门退回了您的申请，理由：${clause(d.reason)}。请修改后重新提交。`,
  }),
  APPLICATION_REJECTED: (d: { level: ReviewLevel; reason: string }) => ({
    title: '入库申请未通过',
    body: `${REVIEW_LEVEL_LABELS[d.level]}审核部门未通过您的申请，理由：${clause(d.reason)}。`,
  }),
  APPLICATION_PASSED: (d: { level: ReviewLevel }) => ({
    title: `入库申请已通过${REVIEW_LEVEL_LABELS[d.level]}审核`,
    body: PASSED_NEXT[d.level],
  }),
  APPLICATION_IN_QUEUE: (d: { institutionName: string; batchName: string; queue: string; resubmitted: boolean }) => ({
    title: `新的入库申请${d.queue}`,
    body: `${d.institutionName}的入库申请（${d.batchName}）${d.resubmitted ? '退回修改后重新提交，' : ''}已进入“${d.queue}”，请及时办理。`,
  }),
  APPLICATION_OBJECTION_UPHELD: (d: { resolution: string }) => ({
    title: '入库申请未通过',
    body: `公示期间收到的异议经核实成立，您的申请不予入库。处理意见：${clause(d.resolution)}。`,
  }),
  APPLICATION_IN_NOTICE: (d: { from: string; to: string }) => ({
    title: '入库申请进入公示',
    body: `您的申请已通过省级审核，公示期为 ${d.from} 至 ${d.to}（${PUBLIC_NOTICE_WORKING_DAYS}个工作日）。`,
  }),
  APPLICATION_ADMITTED: (d: { admittedOn: string }) => ({
    title: '已纳入服务资源库',
    body: `公示期满无异议，贵单位已于 ${d.admittedOn} 纳入河北省优质中小企业服务资源库。`,
  }),
  APPLICATION_WITHDRAWN: (d: { institutionName: string; batchName: string }) => ({
    title: '入库申请已被申请人撤回',
    body: `${d.institutionName}撤回了${d.batchName}的入库申请，该申请已移出待审核队列；申请人修改后可重新提交。`,
  }),
  BOOKING_REQUESTED: (
    d: { enterpriseName: string; productName: string; contactPerson: string; contactPhone: string; deadline: string },
    m: Masker,
  ) => ({
    title: '收到新的服务预约',
    body: `${d.enterpriseName}预约了“${d.productName}”（联系人：${d.contactPerson}，${m.phone(d.contactPhone)}），请于 ${d.deadline} 前答复（${BOOKING_RESPONSE_WORKING_DAYS}个工作日）。`,
  }),
  BOOKING_ACCEPTED: (d: { institutionName: string; productName: string }) => ({
    title: '服务预约已接受',
    body: `${d.institutionName}已接受您对“${d.productName}”的预约，将与您联系安排服务。`,
  }),
  BOOKING_DECLINED: (d: { institutionName: string; productName: string; reason: string }) => ({
    title: '服务预约未被接受',
    body: `${d.institutionName}未接受您对“${d.productName}”的预约，理由：${clause(d.reason)}。`,
  }),
  BOOKING_COMPLETED: (d: { institutionName: string; productName: string }) => ({
    title: '服务已完成，欢迎评价',
    body: `${d.institutionName}已将“${d.productName}”标记为服务完成，欢迎在“我的预约”中评价。`,
  }),
  BOOKING_CANCELLED: (d: { enterpriseName: string; productName: string; requestDate: string }) => ({
    title: '服务预约已被企业取消',
    body: `${d.enterpriseName}取消了 ${d.requestDate} 提交的“${d.productName}”预约，无需再答复。`,
  }),
  BOOKING_OVERDUE: (d: { enterpriseName: string; productName: string; deadline: string }) => ({
    title: '服务预约已逾期',
    body: `${d.enterpriseName}对“${d.productName}”的预约已超过答复期限（${d.deadline}），请尽快处理（第十三条：${BOOKING_RESPONSE_WORKING_DAYS}个工作日内处理）。`,
  }),
  BOOKINGS_OVERDUE_IN_JURISDICTION: (d: { count: number; date: string }) => ({
    title: '辖区内有服务预约逾期未答复',
    body: `截至 ${d.date}，辖区内新增 ${d.count} 条超过${BOOKING_RESPONSE_WORKING_DAYS}个工作日未答复的服务预约，请督促相关机构处理。`,
  }),
  // --- dynamic management (Art. 10–12, issue #9) ---
  COMPLIANCE_NOTICE_ISSUED: (d: { deadlines: string[]; missedCount: number }) => ({
    title: '未按规定填报服务情况通报',
    body: `贵单位连续${d.missedCount}个周期（截止日 ${d.deadlines.join('、')}）未按规定填报服务情况，根据《管理指南》第十条予以通报。连续${MISSED_PERIODS_FOR_REMOVAL}个周期未按规定填报的，将移出服务资源库，请于下一截止日前按时填报。`,
  }),
  COMPLIANCE_ESCALATED_IN_JURISDICTION: (d: { date: string; notices: number; cases: number }) => ({
    title: '服务情况填报监测结果',
    body: `截至 ${d.date}，辖区内新增通报 ${d.notices} 家（连续2个周期未按规定填报），新发起移出案件 ${d.cases} 家（连续${MISSED_PERIODS_FOR_REMOVAL}个周期未按规定填报）。`,
  }),
  REMOVAL_CASE_OPENED: (d: { reason: RemovalReason }) => ({
    title: '移出服务资源库案件已立案',
    body: `因“${REMOVAL_REASON_LABELS[d.reason]}”，已对贵单位发起移出服务资源库案件，待省级主管部门研究决定。如有异议，请及时与所在地主管部门联系。`,
  }),
  REMOVAL_CASE_TO_DECIDE: (d: { institutionName: string; reason: RemovalReason }) => ({
    title: '有待决定的移出案件',
    body: `${d.institutionName}：${REMOVAL_REASON_LABELS[d.reason]}，已发起移出案件，请在“移出管理”中研究决定。`,
  }),
  REMOVAL_DECIDED: (d: { institutionName: string; reason: RemovalReason; effectiveDate: string; banUntil: string | null }) => ({
    title: '移出服务资源库决定',
    body: `经研究，${d.institutionName}因“${REMOVAL_REASON_LABELS[d.reason]}”移出服务资源库，自 ${d.effectiveDate} 起生效。${
      d.banUntil ? `${REENTRY_BAN_YEARS}年内（至 ${d.banUntil}）不得再次申请入库（第十二条）。` : ''
    }`,
  }),
  REMOVAL_WITHDRAWN: (d: { reason: string }) => ({
    title: '移出案件已撤销',
    body: `针对贵单位的移出服务资源库案件已撤销，理由：${clause(d.reason)}。`,
  }),
  INSTITUTION_REMOVED: (d: { institutionName: string; effectiveDate: string; banUntil: string | null }) => ({
    title: '已移出服务资源库',
    body: `${d.institutionName}已于 ${d.effectiveDate} 移出河北省优质中小企业服务资源库，其服务产品停止接受预约，未完成的预约已关闭。${
      d.banUntil ? `${d.banUntil} 前（含当日）不得再次入库。` : ''
    }`,
  }),
  BOOKING_CLOSED: (d: { institutionName: string; productName: string }) => ({
    title: '服务预约已关闭',
    body: `${d.institutionName}已移出服务资源库，您对“${d.productName}”的预约已关闭。欢迎在服务资源库中选择其他服务机构。`,
  }),
  CHANGE_REPORT_SUBMITTED: (d: { institutionName: string; type: ChangeType; late: boolean; dueDate: string }) => ({
    title: '有待核实的重大变化报告',
    body: `${d.institutionName}报告了重大变化（${CHANGE_TYPE_LABELS[d.type]}）${
      d.late ? `，已超过${MAJOR_CHANGE_REPORT_MONTHS}个月报告期限（${d.dueDate}）` : ''
    }，请在“变化核实”中核实是否仍符合入库条件（第十一条）。`,
  }),
  CHANGE_REPORT_VERIFIED: (d: { eligible: boolean; note: string | null }) => ({
    title: d.eligible ? '重大变化已核实' : '重大变化核实：不再符合入库条件',
    body: d.eligible
      ? `市级主管部门核实贵单位仍符合入库条件，变化事项已更新到服务资源库登记信息。${d.note ? `意见：${clause(d.note)}。` : ''}`
      : `市级主管部门核实贵单位发生变化后不再符合入库条件，已报省级主管部门研究移出。理由：${clause(d.note)}。`,
  }),
  EVALUATION_PUBLISHED: (d: { year: number; failing: number }) => ({
    title: `${d.year}年度服务机构评价结果已发布`,
    body: `${d.year}年度评价结果已发布并冻结；评为${FAILING_GRADE}的机构${d.failing}家，已提出移出建议（第十二条），请在“移出管理”中研究决定。`,
  }),
  ACTIVITY_PARTICIPATION_REPORTED: (d: { institutionName: string; title: string }) => ({
    title: '公益活动参与待确认',
    body: `${d.institutionName}报告参加了“${d.title}”，请确认其参与情况（第十三条第（三）项）。`,
  }),
  ACTIVITY_PARTICIPATION_DECIDED: (d: { title: string; confirmed: boolean }) => ({
    title: d.confirmed ? '公益活动参与已确认' : '公益活动参与未予确认',
    body: d.confirmed
      ? `主办方已确认贵单位参加“${d.title}”，计入年度评价“公益服务”指标。`
      : `主办方未确认贵单位参加“${d.title}”，如有疑问请联系主办方。`,
  }),
  PASSWORD_RESET_REQUESTED: (d: { organisationName: string; username: string }) => ({
    title: '收到重置密码申请',
    body: `${d.organisationName}的用户 ${d.username} 通过“忘记密码”申请重置密码，请电话核实后在“密码重置申请”中处理。`,
  }),
} satisfies Record<string, (data: never, m: Masker) => { title: string; body: string }>;

export type NotificationType = keyof typeof NOTIFICATION_TEMPLATES;
export type NotificationData<K extends NotificationType> = Parameters<(typeof NOTIFICATION_TEMPLATES)[K]>[0];
