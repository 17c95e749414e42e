/**
 * The audit log in words (issue #12 item 7): every action and record type the API audits, the fields of its
 * before/after snapshots, one IP format. One table for the admin's screen and the audit export alike; a code the
 * table does not know yet is shown as itself.
 */

const ACTION_LABELS = {
  ACCEPT_BOOKING: '接受预约',
  ACCOUNT_LOCKED: '账户锁定',
  ADD_CALENDAR_YEAR: '新增年度日历',
  ADD_DASHBOARD_CARD: '添加仪表盘卡片',
  ADMIT_APPLICATION: '申请入库',
  ADMIT_INSTITUTION: '机构入库',
  APPLY_CHANGE_REPORT: '更新登记信息（重大变化）',
  APPROVE_PASSWORD_RESET: '同意重置密码申请',
  CHANGE_PASSWORD: '修改密码',
  CLOSE_BATCH: '截止申报',
  CLOSE_BOOKINGS_ON_REMOVAL: '关闭移出机构的预约',
  COMPLETE_BOOKING: '预约服务完成',
  CONFIRM_ACTIVITY_PARTICIPATION: '确认参加公益活动',
  CANCEL_BOOKING: '企业取消预约',
  CREATE_ACTIVITY: '新建公益活动',
  CREATE_APPLICATION: '新建申请',
  CREATE_BATCH: '新建批次',
  CREATE_BOOKING: '提交服务预约',
  CREATE_EVALUATION_RUBRIC: '新建评价指标体系',
  CREATE_INSTITUTION: '新增机构',
  CREATE_SERVICE_CASE: '新增服务案例',
  CREATE_SERVICE_PRODUCT: '新增服务产品',
  CREATE_USER_ACCOUNT: '新增账号',
  DECIDE_REMOVAL_CASE: '作出移出决定',
  DECLINE_BOOKING: '拒绝预约',
  DELETE_ANALYTICS_QUERY: '删除分析查询',
  DELETE_APPLICATION: '删除申请',
  DELETE_ATTACHMENT: '删除附件',
  DELETE_SERVICE_CASE: '删除服务案例',
  DELETE_SERVICE_PRODUCT: '删除服务产品',
  DISABLE_USER_ACCOUNT: '停用账号',
  DISMISS_OBJECTION: '异议不成立',
  ENABLE_USER_ACCOUNT: '启用账号',
  FILE_OBJECTION: '提出异议',
  FLAG_OVERDUE_BOOKINGS: '标记逾期预约',
  LOGIN: '登录',
  LOGIN_DISABLED: '停用账号登录',
  LOGIN_FAILED: '登录失败',
  LOGIN_LOCKED: '锁定期间登录',
  OPEN_BATCH: '开放申报',
  OPEN_EVALUATION_CAMPAIGN: '启动年度评价',
  OPEN_REMOVAL_CASE: '发起移出案件',
  PASSWORD_EXPIRED: '密码已过期（登录后须修改）',
  PRESCORE_EVALUATION_SHEET: '市级预评分',
  PUBLISH_EVALUATION_CAMPAIGN: '发布评价结果',
  PUBLISH_NOTICE: '发布公示',
  PUBLISH_SERVICE_PRODUCT: '发布服务产品',
  RATE_BOOKING: '评价服务',
  READ_ALL_NOTIFICATIONS: '全部标为已读',
  READ_NOTIFICATION: '阅读通知',
  RECOMPUTE_BOOKING_DEADLINES: '重算预约响应期限',
  RECORD_ON_SITE_VERIFICATION: '记录实地核查',
  REFRESH_EVALUATION_CAMPAIGN: '重算评价数据',
  REGISTER_ENTERPRISE: '企业注册',
  REGISTER_INSTITUTION: '机构注册',
  REJECT_PASSWORD_RESET: '驳回重置密码申请',
  REMOVE_CALENDAR_DAY: '删除节假日',
  REMOVE_DASHBOARD_CARD: '移除仪表盘卡片',
  REMOVE_INSTITUTION: '移出服务资源库',
  REPORT_ACTIVITY_PARTICIPATION: '报告参加公益活动',
  REQUEST_PASSWORD_RESET: '申请重置密码（忘记密码）',
  RESET_USER_PASSWORD: '重置密码',
  REVIEW_APPROVE: '审核通过',
  REVIEW_REJECT: '不予通过',
  REVIEW_RETURN: '退回修改',
  RUN_COMPLIANCE_ESCALATION: '填报监测（通报、移出案件）',
  RUN_JOB: '立即执行定时任务',
  SAVE_ANALYTICS_QUERY: '保存分析查询',
  SAVE_APPLICATION: '保存申请',
  SAVE_SERVICE_REPORT: '保存季度报告',
  SCORE_EVALUATION_SHEET: '评分',
  SET_CALENDAR_DAY: '设置节假日',
  SPOT_CHECK: '实地抽查',
  SUBMIT_APPLICATION: '提交申请',
  SUBMIT_CHANGE_REPORT: '报告重大变化',
  SUBMIT_SERVICE_REPORT: '提交季度报告',
  SUBMIT_SERVICE_REPORT_LATE: '逾期补报季度报告',
  UNLOCK_USER_ACCOUNT: '解除锁定',
  UNPUBLISH_SERVICE_PRODUCT: '下架服务产品',
  UPDATE_ACTIVITY: '修改公益活动',
  UPDATE_ANALYTICS_QUERY: '修改分析查询',
  UPDATE_BUREAU_CONTACT: '修改主管部门联系方式',
  UPDATE_EVALUATION_RUBRIC: '修改评价指标体系',
  UPDATE_PASSWORD_POLICY: '修改密码策略',
  UPDATE_PUBLIC_PROFILE: '修改对外展示信息',
  UPDATE_SERVICE_CASE: '修改服务案例',
  UPDATE_SERVICE_PRODUCT: '修改服务产品',
  UPHOLD_OBJECTION: '异议成立',
  UPLOAD_ATTACHMENT: '上传附件',
  UPLOAD_EVIDENCE: '上传证明材料',
  VERIFY_CHANGE_ELIGIBLE: '核实重大变化：仍符合条件',
  VERIFY_CHANGE_INELIGIBLE: '核实重大变化：不再符合条件',
  WITHDRAW_APPLICATION: '申请人撤回申请',
  WITHDRAW_REMOVAL_CASE: '撤销移出案件',
} as const;

/** Every action the API audits: `AuditService.record` takes only these, so a new action cannot go unnamed. */
export type AuditAction = keyof typeof ACTION_LABELS;
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = ACTION_LABELS;
export const isAuditAction = (code: string): code is AuditAction => Object.prototype.hasOwnProperty.call(ACTION_LABELS, code);

export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  ActivityParticipation: '公益活动参与',
  AnalyticsDashboard: '仪表盘',
  Application: '入库申请',
  Batch: '申报批次',
  BureauContact: '主管部门联系方式',
  CalendarDay: '节假日',
  CalendarYear: '年度日历',
  ChangeReport: '重大变化报告',
  ComplianceNotice: '通报',
  Enterprise: '中小企业',
  EvaluationCampaign: '年度评价',
  EvaluationRubric: '评价指标体系',
  EvaluationSheet: '评分表',
  EvidenceFile: '证明材料',
  Institution: '服务机构',
  JobRun: '定时任务执行',
  Notification: '通知',
  Objection: '公示异议',
  PasswordPolicy: '密码策略',
  PasswordResetRequest: '密码重置申请',
  PublicNotice: '公示',
  RemovalCase: '移出案件',
  SavedAnalyticsQuery: '分析查询',
  ServiceBooking: '服务预约',
  ServiceCase: '服务案例',
  ServiceProduct: '服务产品',
  ServiceReport: '季度报告',
  UserAccount: '用户账户',
  WelfareActivity: '公益活动',
};

/** Chinese names of the fields that appear in before/after snapshots. */
export const AUDIT_FIELD_LABELS: Readonly<Record<string, string>> = {
  active: '启用',
  address: '地址',
  admittedOn: '入库日期',
  answeredAt: '响应时间',
  applicationId: '入库申请',
  batchId: '申报批次',
  bookingId: '服务预约',
  category: '服务类别',
  categoryCode: '服务类别',
  changeDate: '变化日期',
  changeType: '变化类型',
  comment: '评价内容',
  contactPerson: '联系人',
  contactPhone: '联系电话',
  content: '内容',
  cooperatingExperts: '合作专家',
  cooperatingInstitutions: '签约合作机构',
  count: '条数',
  date: '日期',
  deadline: '截止日',
  decision: '决定',
  description: '说明',
  displayName: '单位或姓名',
  divisionCode: '所在地区（区划代码）',
  effectiveOn: '生效日期',
  email: '电子信箱',
  employees: '从业人数',
  enabled: '启用',
  endsOn: '结束日期',
  enterpriseId: '中小企业',
  expiryDays: '密码有效期（天）',
  failedLoginCount: '连续登录失败次数',
  fileName: '文件名',
  findings: '核查情况',
  foundedOn: '成立日期',
  grade: '等级',
  id: '编号',
  inspectors: '核查人员',
  institutionId: '服务机构',
  institutionType: '机构性质',
  ip: 'IP',
  job: '任务',
  kind: '类型',
  legalRepresentative: '法定代表人',
  level: '审核层级',
  lockedUntil: '锁定至',
  mainCategories: '主要服务方向',
  mustChangePassword: '须修改密码',
  name: '名称',
  nature: '服务性质',
  note: '备注',
  onlineDeadline: '网上申报截止',
  opinion: '意见',
  orgAdmin: '本单位管理员',
  otherCategoryDescription: '其他服务方向说明',
  paperDeadline: '纸质材料截止',
  passwordChangedAt: '密码设置时间',
  passed: '是否通过',
  phone: '联系电话',
  postalCode: '邮政编码',
  premisesArea: '服务场地（平方米）',
  priceNote: '价格说明',
  productId: '服务产品',
  published: '已发布',
  qualifiedStaff: '大专以上或中级职称以上人数',
  rating: '评价',
  reason: '原因',
  registeredCapital: '注册资本（万元）',
  registryStatus: '入库状态',
  removedOn: '移出日期',
  requestedAt: '预约时间',
  respondBy: '响应期限',
  role: '角色',
  score: '得分',
  seniorExperts: '副高级以上专家',
  serviceAssets: '服务资产（万元）',
  sha256: '内容哈希',
  size: '大小（字节）',
  slot: '附件类别',
  startsOn: '开始日期',
  status: '状态',
  title: '标题',
  totalAssets: '总资产（万元）',
  trigger: '触发方式',
  type: '类型',
  uscc: '统一社会信用代码',
  username: '用户名',
  version: '版本',
  year: '年度',
};

export const auditActionLabel = (code: string): string => (isAuditAction(code) ? AUDIT_ACTION_LABELS[code] : code);
export const auditEntityLabel = (code: string): string => AUDIT_ENTITY_LABELS[code] ?? code;

/** One IP format: an IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is the IPv4 address it carries. */
export function displayIp(ip: string | null | undefined): string {
  if (!ip) return '';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip.trim());
  return mapped ? mapped[1] : ip.trim().toLowerCase();
}

export interface AuditFieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

function text(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function parse(json: string | null | undefined): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

/**
 * Before/after snapshots (JSON text as stored) as one row per field, in the snapshots' own order, with its
 * Chinese label; `changed` marks the fields whose value differs.
 */
export function auditFieldChanges(before: string | null | undefined, after: string | null | undefined): AuditFieldChange[] {
  const b = parse(before) ?? {};
  const a = parse(after) ?? {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => {
    const [x, y] = [text(b[field]), text(a[field])];
    return { field, label: AUDIT_FIELD_LABELS[field] ?? (field === 'value' ? '内容' : field), before: x, after: y, changed: x !== y };
  });
}
