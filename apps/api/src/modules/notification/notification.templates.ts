import { BOOKING_RESPONSE_WORKING_DAYS, PUBLIC_NOTICE_WORKING_DAYS, REVIEW_LEVEL_LABELS, ReviewLevel } from '@hebei/domain';

/** Renders personal data for one recipient (masked for roles that may not read it, SPEC §1). */
export interface Masker {
  phone(value: string | null): string;
}

/** An opinion or reason set inside a sentence: its own closing stop would read "。。". */
const clause = (text: string | null | undefined) => (text ?? '').trim().replace(/[。.！!；;，,\s]+$/u, '');

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
  BOOKING_OVERDUE: (d: { enterpriseName: string; productName: string; deadline: string }) => ({
    title: '服务预约已逾期',
    body: `${d.enterpriseName}对“${d.productName}”的预约已超过答复期限（${d.deadline}），请尽快处理（第十三条：${BOOKING_RESPONSE_WORKING_DAYS}个工作日内处理）。`,
  }),
  BOOKINGS_OVERDUE_IN_JURISDICTION: (d: { count: number; date: string }) => ({
    title: '辖区内有服务预约逾期未答复',
    body: `截至 ${d.date}，辖区内新增 ${d.count} 条超过${BOOKING_RESPONSE_WORKING_DAYS}个工作日未答复的服务预约，请督促相关机构处理。`,
  }),
} satisfies Record<string, (data: never, m: Masker) => { title: string; body: string }>;

export type NotificationType = keyof typeof NOTIFICATION_TEMPLATES;
export type NotificationData<K extends NotificationType> = Parameters<(typeof NOTIFICATION_TEMPLATES)[K]>[0];
