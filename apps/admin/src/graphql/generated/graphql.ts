/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 对账号的一次操作（带版本号，防止并发覆盖） */
export type AccountActionInput = {
  expectedVersion: number;
  id: string | number;
};

/** 用户管理筛选 */
export type AccountFilter = {
  role?: Role | null | undefined;
  status?: AccountStatus | null | undefined;
  /** 用户名或名称 */
  text?: string | null | undefined;
};

/** 排序（字段与方向） */
export type AccountSort = {
  /** 排序方向 */
  direction?: SortDirection;
  /** 排序字段 */
  field: AccountSortField;
};

/** 用户管理列表排序字段 */
export type AccountSortField =
  /** 单位或姓名 */
  | 'DISPLAY_NAME'
  /** 所属区划（区划代码） */
  | 'DIVISION'
  /** 创建顺序（创建时间） */
  | 'ID'
  /** 角色 */
  | 'ROLE'
  /** 用户名（不区分大小写） */
  | 'USERNAME';

/** 账号状态：正常、已停用、已锁定（连续登录失败） */
export type AccountStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'LOCKED';

/** 公益活动筛选 */
export type ActivityFilter = {
  /** 参与机构（只列已确认的参与） */
  institutionId?: string | number | null | undefined;
  /** 只列有待确认参与的活动 */
  toConfirm?: boolean | null | undefined;
  year?: number | null | undefined;
};

/** 公益服务活动类型（第十三条第（三）项、第十四条） */
export type ActivityType =
  /** 数字化赋能 */
  | 'DIGITAL'
  /** 百场万家 */
  | 'HUNDRED_SESSIONS'
  /** 其他 */
  | 'OTHER'
  /** 质量标准品牌赋值 */
  | 'QUALITY_BRAND'
  /** 专精特新企业赋能 */
  | 'SPECIALIZED'
  /** 科技成果赋智 */
  | 'TECH_RESULTS'
  /** 一起益企 */
  | 'YIQI_YIQI';

/** 新增年度节假日安排 */
export type AddCalendarYearInput = {
  days?: Array<CalendarDayInput> | null | undefined;
  /** 来源，如国务院办公厅通知文号 */
  source: string;
  year: number;
};

/** 统计方式 */
export type AnalyticsAggregate =
  /** 平均值 */
  | 'AVG'
  /** 计数 */
  | 'COUNT'
  /** 去重计数 */
  | 'COUNT_DISTINCT'
  /** 最大值 */
  | 'MAX'
  /** 最小值 */
  | 'MIN'
  /** 求和 */
  | 'SUM';

/** 结果展示设置 */
export type AnalyticsChartInput = {
  /** 数值（指标键） */
  measure?: string | null | undefined;
  /** 系列（维度键） */
  series?: string | null | undefined;
  type: AnalyticsChartType;
  /** 横轴（维度键） */
  x?: string | null | undefined;
};

/** 结果展示方式 */
export type AnalyticsChartType =
  /** 柱状图 */
  | 'BAR'
  /** 城市热力表 */
  | 'HEAT_TABLE'
  /** 折线图 */
  | 'LINE'
  /** 饼图 */
  | 'PIE'
  /** 堆叠柱状图 */
  | 'STACKED_BAR'
  /** 表格 */
  | 'TABLE';

/** 结果列：汇总维度、指标或明细字段 */
export type AnalyticsColumnRole =
  /** 维度 */
  | 'DIMENSION'
  /** 明细字段 */
  | 'FIELD'
  /** 指标 */
  | 'MEASURE';

/** 日期汇总粒度（周从周一开始，北京时间） */
export type AnalyticsDateGranularity =
  /** 按日 */
  | 'DAY'
  /** 按月 */
  | 'MONTH'
  /** 按季度 */
  | 'QUARTER'
  /** 按周 */
  | 'WEEK'
  /** 按年 */
  | 'YEAR';

/** 汇总维度 */
export type AnalyticsDimensionInput = {
  field: string;
  /** 日期字段必填 */
  granularity?: AnalyticsDateGranularity | null | undefined;
  /** 行政区划：市级或县级（默认县级） */
  level?: AnalyticsDivisionLevel | null | undefined;
};

/** 行政区划汇总层级（本库口径） */
export type AnalyticsDivisionLevel =
  /** 市级 */
  | 'CITY'
  /** 县级 */
  | 'COUNTY';

/** 字段或结果列类型 */
export type AnalyticsFieldType =
  /** 是/否 */
  | 'BOOLEAN'
  /** 日期 */
  | 'DATE'
  /** 行政区划 */
  | 'DIVISION'
  /** 选项 */
  | 'ENUM'
  /** 金额 */
  | 'MONEY'
  /** 数值 */
  | 'NUMBER'
  /** 比例 */
  | 'PERCENT'
  /** 文本 */
  | 'TEXT';

/** 筛选条件树：且 / 或 / 非，或一个字段条件 */
export type AnalyticsFilterInput = {
  /** 且：全部满足 */
  and?: Array<AnalyticsFilterInput> | null | undefined;
  /** 字段键 */
  field?: string | null | undefined;
  /** 非：不满足 */
  not?: AnalyticsFilterInput | null | undefined;
  op?: AnalyticsOp | null | undefined;
  /** 或：满足其一 */
  or?: Array<AnalyticsFilterInput> | null | undefined;
  relative?: AnalyticsRelativeDateInput | null | undefined;
  /** 比较值（按字段类型解析） */
  values?: Array<string> | null | undefined;
};

/** 按指标筛选分组 */
export type AnalyticsHavingInput = {
  /** 指标键，如 count、avg.rating */
  measure: string;
  op: AnalyticsHavingOp;
  /** 比较值；比例以百分数填写 */
  values: Array<string>;
};

/** 指标比较方式 */
export type AnalyticsHavingOp =
  /** 介于 */
  | 'BETWEEN'
  /** 等于 */
  | 'EQ'
  /** 大于 */
  | 'GT'
  /** 大于等于 */
  | 'GTE'
  /** 小于 */
  | 'LT'
  /** 小于等于 */
  | 'LTE'
  /** 不等于 */
  | 'NE';

/** 指标 */
export type AnalyticsMeasureInput = {
  aggregate: AnalyticsAggregate;
  /** 不填时“计数”统计记录数 */
  field?: string | null | undefined;
};

/** 筛选比较方式 */
export type AnalyticsOp =
  /** 介于 */
  | 'BETWEEN'
  /** 包含 */
  | 'CONTAINS'
  /** 等于 */
  | 'EQ'
  /** 大于 */
  | 'GT'
  /** 大于等于 */
  | 'GTE'
  /** 属于 */
  | 'IN'
  /** 为空 */
  | 'IS_NULL'
  /** 小于 */
  | 'LT'
  /** 小于等于 */
  | 'LTE'
  /** 不等于 */
  | 'NE'
  /** 不属于 */
  | 'NOT_IN';

/** 自定义查询：数据集 → 筛选 → 汇总维度 → 指标 → 指标筛选 → 排序；不汇总时为明细 */
export type AnalyticsQueryInput = {
  /** 明细查询显示的字段，默认数据集的常用字段 */
  columns?: Array<string> | null | undefined;
  /** 数据集键 */
  dataset: string;
  filter?: AnalyticsFilterInput | null | undefined;
  /** 最多3个 */
  groupBy?: Array<AnalyticsDimensionInput> | null | undefined;
  having?: Array<AnalyticsHavingInput> | null | undefined;
  /** 汇总时只显示前N组 */
  limit?: number | null | undefined;
  /** 汇总时默认“计数” */
  measures?: Array<AnalyticsMeasureInput> | null | undefined;
  sort?: Array<AnalyticsSortInput> | null | undefined;
};

/** 相对日期（按北京时间的今天计算） */
export type AnalyticsRelativeDate =
  /** 上月 */
  | 'LAST_MONTH'
  /** 近N天（含今天） */
  | 'LAST_N_DAYS'
  /** 上季度 */
  | 'LAST_QUARTER'
  /** 上年 */
  | 'LAST_YEAR'
  /** 本月 */
  | 'THIS_MONTH'
  /** 本季度 */
  | 'THIS_QUARTER'
  /** 本年 */
  | 'THIS_YEAR';

/** 相对日期 */
export type AnalyticsRelativeDateInput = {
  kind: AnalyticsRelativeDate;
  /** 近N天的天数 */
  n?: number | null | undefined;
};

/** 汇总结果或明细 */
export type AnalyticsResultMode =
  | 'GROUPS'
  | 'ROWS';

/** 排序方向 */
export type AnalyticsSortDirection =
  /** 升序 */
  | 'ASC'
  /** 降序 */
  | 'DESC';

/** 排序 */
export type AnalyticsSortInput = {
  direction?: AnalyticsSortDirection | null | undefined;
  /** 结果列键：维度、指标，或明细查询的字段键 */
  key: string;
};

/** 当前用户可执行的操作 */
export type ApplicationActionCode =
  | 'APPROVE'
  | 'DELETE'
  | 'EDIT'
  | 'REJECT'
  | 'RETURN'
  | 'SPOT_CHECK'
  | 'SUBMIT'
  | 'WITHDRAW';

/** 修改 / 新增 / 删除 */
export type ApplicationChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

export type ApplicationEventType =
  | 'ADMIT'
  | 'APPROVE'
  | 'CREATE'
  | 'OBJECTION_UPHELD'
  | 'PUBLISH'
  | 'REJECT'
  | 'RESUBMIT'
  | 'RETURN'
  | 'SPOT_CHECK'
  | 'SUBMIT'
  | 'WITHDRAW';

/** 申请列表筛选 */
export type ApplicationFilter = {
  batchId?: string | number | null | undefined;
  queue?: ReviewQueue | null | undefined;
  /** 单位名称或信用代码 */
  text?: string | null | undefined;
};

/** 入库申请表（草稿可随时保存） */
export type ApplicationInput = {
  /** 服务活动开展情况，最多600字 */
  activitiesNarrative?: string | null | undefined;
  activitySessionsLastYear?: number | null | undefined;
  activitySessionsPrevYear?: number | null | undefined;
  address?: string | null | undefined;
  contactPerson?: string | null | undefined;
  contactPhone?: string | null | undefined;
  cooperatingExperts?: number | null | undefined;
  cooperatingInstitutions?: number | null | undefined;
  /** 签署申报材料真实性声明 */
  declarationSigned?: boolean | null | undefined;
  /** 声明签署人（法定代表人） */
  declarationSignedBy?: string | null | undefined;
  declaresNoCreditBlacklist?: boolean | null | undefined;
  email?: string | null | undefined;
  employees?: number | null | undefined;
  enterprisesServedLastYear?: number | null | undefined;
  enterprisesServedPrevYear?: number | null | undefined;
  foundedOn?: string | null | undefined;
  institutionType?: InstitutionType | null | undefined;
  lastYear?: number | null | undefined;
  legalRepresentative?: string | null | undefined;
  /** 主要服务方向（最多两项） */
  mainCategories?: Array<string> | null | undefined;
  name?: string | null | undefined;
  nature?: ServiceNature | null | undefined;
  otherCategoryDescription?: string | null | undefined;
  pointToPointEnterprises?: number | null | undefined;
  postalCode?: string | null | undefined;
  premisesArea?: number | null | undefined;
  products?: Array<ApplicationProductInput> | null | undefined;
  profitLastYear?: number | null | undefined;
  profitPrevYear?: number | null | undefined;
  qualifiedStaff?: number | null | undefined;
  registeredCapital?: number | null | undefined;
  revenueLastYear?: number | null | undefined;
  revenuePrevYear?: number | null | undefined;
  seniorExperts?: number | null | undefined;
  servedEnterprises?: Array<ApplicationServedEnterpriseInput> | null | undefined;
  serviceAssets?: number | null | undefined;
  smesServedLastYear?: number | null | undefined;
  staff?: Array<ApplicationStaffInput> | null | undefined;
  totalAssets?: number | null | undefined;
};

/** 服务产品情况表一行 */
export type ApplicationProductInput = {
  application: string;
  content: string;
  name: string;
};

/** 服务企业情况登记表一行 */
export type ApplicationServedEnterpriseInput = {
  name: string;
  nature: ServiceNature;
  satisfaction: string;
};

/** 排序（字段与方向） */
export type ApplicationSort = {
  /** 排序方向 */
  direction?: SortDirection;
  /** 排序字段 */
  field: ApplicationSortField;
};

/** 入库申请列表排序字段 */
export type ApplicationSortField =
  /** 申报批次 */
  | 'BATCH'
  /** 所在地区（区划代码） */
  | 'DIVISION'
  /** 申请顺序（新建时间） */
  | 'ID'
  /** 单位名称 */
  | 'NAME';

/** 服务人员基本情况表一行 */
export type ApplicationStaffInput = {
  education: string;
  hasContractProof: boolean;
  name: string;
  post: string;
  title: string;
};

/** 申报状态（第八条） */
export type ApplicationStatus =
  | 'ADMITTED'
  | 'CITY_RECOMMENDED'
  | 'COUNTY_APPROVED'
  | 'DRAFT'
  | 'IN_PUBLIC_NOTICE'
  | 'PROVINCE_APPROVED'
  | 'REJECTED'
  | 'RETURNED'
  | 'SUBMITTED';

/** 审计日志筛选 */
export type AuditLogFilter = {
  action?: string | null | undefined;
  actorUsername?: string | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
};

/** 排序（字段与方向） */
export type AuditLogSort = {
  /** 排序方向 */
  direction?: SortDirection;
  /** 排序字段 */
  field: AuditLogSortField;
};

/** 审计日志排序字段 */
export type AuditLogSortField =
  /** 操作 */
  | 'ACTION'
  /** 操作人 */
  | 'ACTOR'
  /** 对象类型 */
  | 'ENTITY_TYPE'
  /** 操作时间（记录顺序） */
  | 'TIME';

/** 新建申报批次 */
export type BatchInput = {
  /** 批次名称，如 2025年第一批 */
  name: string;
  /** 线上填报截止日期 YYYY-MM-DD */
  onlineDeadline: string;
  /** 纸质材料报送截止日期 YYYY-MM-DD */
  paperDeadline: string;
};

/** 批次状态：未开放 / 申报中 / 已截止 */
export type BatchStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

/** 预约服务产品 */
export type BookServiceInput = {
  /** 联系人 */
  contactPerson: string;
  /** 联系电话 */
  contactPhone: string;
  /** 服务需求 */
  need: string;
  /** 期望服务时间，如“12月上旬工作日上午” */
  preferredTime?: string | null | undefined;
  /** 服务产品 */
  productId: string | number;
};

/** 预约列表筛选 */
export type BookingFilter = {
  /** 只看逾期（true）或未逾期（false） */
  overdue?: boolean | null | undefined;
  status?: BookingStatus | null | undefined;
};

/** 接受或完成预约时的说明（可选） */
export type BookingNoteInput = {
  note?: string | null | undefined;
};

/** 排序（字段与方向） */
export type BookingSort = {
  /** 排序方向 */
  direction?: SortDirection;
  /** 排序字段 */
  field: BookingSortField;
};

/** 预约列表排序字段 */
export type BookingSortField =
  /** 提交顺序（提交时间） */
  | 'ID'
  /** 产品名称 */
  | 'PRODUCT_NAME'
  /** 提交日期 */
  | 'REQUEST_DATE'
  /** 答复截止日 */
  | 'RESPONSE_DEADLINE'
  /** 状态 */
  | 'STATUS';

/** 预约统计筛选：按提交日期区间（含两端）与区划 */
export type BookingStatisticsFilter = {
  /** 市或县区划代码 */
  divisionCode?: string | null | undefined;
  /** 起始日期 YYYY-MM-DD */
  from?: string | null | undefined;
  /** 截止日期 YYYY-MM-DD */
  to?: string | null | undefined;
};

/** 预约状态 */
export type BookingStatus =
  /** 已接受 */
  | 'ACCEPTED'
  /** 已取消（企业在服务机构答复前取消） */
  | 'CANCELLED'
  /** 已关闭（服务机构移出服务资源库） */
  | 'CLOSED'
  /** 已完成 */
  | 'COMPLETED'
  /** 已拒绝 */
  | 'DECLINED'
  /** 待答复 */
  | 'REQUESTED';

/** 服务机构检索条件 */
export type BrowseFilter = {
  /** 服务类别代码（可多选，满足其一即可） */
  categories?: Array<string> | null | undefined;
  /** 市或县（市、区）区划代码；市包含其所辖县区 */
  divisionCode?: string | null | undefined;
  /** 服务性质 */
  nature?: ServiceNature | null | undefined;
  /** 在机构名称和已发布产品名称中搜索 */
  text?: string | null | undefined;
};

/** 检索排序 */
export type BrowseSort =
  /** 按登记顺序 */
  | 'DEFAULT'
  /** 按名称 */
  | 'NAME'
  /** 最新入库在前 */
  | 'NEWEST';

/** 批量审核：同一意见用于多项申请（通过 / 退回修改；最多50项；全部成功或全部不生效） */
export type BulkReviewInput = {
  action: ReviewAction;
  items: Array<BulkReviewItemInput>;
  /** 共同的审核意见；退回须填写理由；市级通过时为推荐意见 */
  opinion?: string | null | undefined;
};

/** 批量审核中的一项：申请与看到的版本号 */
export type BulkReviewItemInput = {
  applicationId: string | number;
  /** 看到的版本号；与当前不一致时整批不生效并指明该项 */
  expectedVersion: number;
};

/** 修改主管部门联系方式（带版本号；尚未填写过时为0） */
export type BureauContactInput = {
  /** 地址 */
  address: string;
  /** 联系人 */
  contactPerson: string;
  /** 联系电话 */
  contactPhone: string;
  /** 主管部门所在区划代码 */
  divisionCode: string;
  /** 修改前看到的版本号；尚未填写过时为0 */
  expectedVersion: number;
};

/** 主管部门名录筛选 */
export type BureauFilter = {
  /** 所属市级单位的区划代码 */
  cityCode?: string | null | undefined;
  /** 是：只看已有账号的；否：只看尚无账号的 */
  hasAccounts?: boolean | null | undefined;
  /** 市级或县级 */
  level?: DivisionLevel | null | undefined;
  /** 区划名称关键词 */
  text?: string | null | undefined;
};

/** 节假日或调休上班日 */
export type CalendarDayInput = {
  /** YYYY-MM-DD */
  date: string;
  kind: CalendarDayKind;
  /** 节日名称，如“春节” */
  name: string;
};

/** 节假日或调休上班日 */
export type CalendarDayKind =
  | 'HOLIDAY'
  | 'MAKEUP_WORKDAY';

/** 评价活动版本（防并发） */
export type CampaignVersionInput = {
  campaignId: string | number;
  expectedVersion?: number | null | undefined;
};

/** 图形验证码的答案 */
export type CaptchaAnswerInput = {
  /** 图中字符（不区分大小写） */
  answer: string;
  /** 验证码编号（captcha 查询返回的 id） */
  id: string;
};

/** 可报告变化的登记信息 */
export type ChangeField =
  /** 地址 */
  | 'address'
  /** 所在县（市、区） */
  | 'divisionCode'
  /** 法定代表人 */
  | 'legalRepresentative'
  /** 单位名称 */
  | 'name'
  /** 邮政编码 */
  | 'postalCode'
  /** 统一社会信用代码 */
  | 'uscc';

/** 一项变化：变化后的值（变化前取登记信息） */
export type ChangeFieldInput = {
  /** 变化后 */
  after: string;
  field: ChangeField;
};

/** 修改密码 */
export type ChangePasswordInput = {
  currentPassword: string;
  /** 新密码（至少8位，含大小写字母、数字、符号中的三类） */
  newPassword: string;
};

/** 重大变化报告筛选 */
export type ChangeReportFilter = {
  institutionId?: string | number | null | undefined;
  status?: ChangeReportStatus | null | undefined;
};

/** 重大变化情况报告（第十一条） */
export type ChangeReportInput = {
  /** 变化发生日期 YYYY-MM-DD */
  changeDate: string;
  /** 变化事项（合并、重组等可无登记信息变化） */
  changes: Array<ChangeFieldInput>;
  /** 变化情况说明 */
  description: string;
  /** 已上传的证明材料（POST /api/evidence） */
  evidenceIds?: Array<string | number> | null | undefined;
  type: ChangeType;
};

/** 重大变化报告状态 */
export type ChangeReportStatus =
  /** 待市级核实 */
  | 'SUBMITTED'
  /** 核实仍符合条件 */
  | 'VERIFIED_ELIGIBLE'
  /** 核实不再符合条件 */
  | 'VERIFIED_INELIGIBLE';

/** 重大变化类型（第十一条） */
export type ChangeType =
  /** 合并 */
  | 'MERGER'
  /** 其他与入库条件有关的重大变化 */
  | 'OTHER'
  /** 迁移 */
  | 'RELOCATION'
  /** 更名 */
  | 'RENAME'
  /** 重组 */
  | 'RESTRUCTURING';

/** 主办方确认参与情况 */
export type ConfirmParticipationInput = {
  /** 确认（否为不予确认） */
  confirm: boolean;
  expectedVersion: number;
  participationId: string | number;
};

/** 新建机关账号 */
export type CreateOfficerAccountInput = {
  /** 单位或姓名 */
  displayName: string;
  /** 所属区划（分析人员不填） */
  divisionCode?: string | null | undefined;
  role: Role;
  /** 登录用户名 */
  username: string;
};

/** 新增本单位账号 */
export type CreateOrgAccountInput = {
  /** 姓名 */
  displayName: string;
  /** 同为本单位管理员（缺省否） */
  orgAdmin?: boolean | null | undefined;
  /** 登录用户名 */
  username: string;
};

/** 符合 / 不符合 / 资料不全 */
export type CriterionStatus =
  | 'FAIL'
  | 'MISSING'
  | 'PASS';

/** 作出移出决定 */
export type DecideRemovalCaseInput = {
  caseId: string | number;
  /** 决定意见 */
  decisionNote?: string | null | undefined;
  /** 移出生效日期（今天或以后） */
  effectiveDate: string;
  /** 打开案件时的版本号（防并发） */
  expectedVersion?: number | null | undefined;
  /** 会议日期（须经会议研究的原因必填） */
  meetingDate?: string | null | undefined;
  /** 会议纪要文号 */
  meetingMinuteRef?: string | null | undefined;
};

/** 拒绝预约 */
export type DeclineBookingInput = {
  /** 拒绝理由（必填） */
  reason: string;
};

/** 行政区划层级（本库口径） */
export type DivisionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

/** 中小企业注册 */
export type EnterpriseRegistrationInput = {
  /** 图形验证码（必填；缺少时答 CAPTCHA_REQUIRED） */
  captcha?: CaptchaAnswerInput | null | undefined;
  /** 联系人 */
  contactPerson: string;
  /** 联系电话 */
  contactPhone: string;
  /** 所在县（市、区）区划代码 */
  divisionCode: string;
  /** 企业名称 */
  name: string;
  /** 密码（至少8位，含大小写字母、数字、符号中的三类） */
  password: string;
  /** 同意的《隐私声明》版本（须为现行版本） */
  privacyConsentVersion?: string | null | undefined;
  /** 统一社会信用代码（18位） */
  uscc: string;
  /** 登录用户名 */
  username: string;
};

/** 评价活动状态 */
export type EvaluationCampaignStatus =
  /** 进行中 */
  | 'OPEN'
  /** 已发布（结果冻结） */
  | 'PUBLISHED';

/** 评分表筛选 */
export type EvaluationSheetFilter = {
  grade?: string | null | undefined;
  /** 已记录实地核查 */
  onSite?: boolean | null | undefined;
  /** 按总分排名（高分在前） */
  ranked?: boolean | null | undefined;
  status?: EvaluationSheetStatus | null | undefined;
  /** 机构名称 */
  text?: string | null | undefined;
};

/** 评分表状态 */
export type EvaluationSheetStatus =
  /** 待评分 */
  | 'PENDING'
  /** 已发布 */
  | 'PUBLISHED'
  /** 已评分 */
  | 'SCORED';

/** 计算指标的数据来源（固定目录） */
export type EvaluationSource =
  /** 完成的预约数 ÷ 接受的预约数 */
  | 'BOOKING_COMPLETION'
  /** 5个工作日内答复的预约数 ÷ 收到的预约数 */
  | 'BOOKING_RESPONSE'
  /** min(1, 服务企业数 ÷ 100) */
  | 'ENTERPRISES_SERVED'
  /** min(1, 参加公益活动及报告公益服务次数 ÷ 4) */
  | 'PUBLIC_WELFARE'
  /** 按时填报季度报告数 ÷ 应填报数 */
  | 'REPORTING_COMPLIANCE'
  /** 平均评分 ÷ 5（至少3个评分） */
  | 'SATISFACTION';

/** 评价等级 */
export type GradeBandInput = {
  grade: string;
  min: number;
};

/** 指标类型 */
export type IndicatorKind =
  /** 由系统数据计算 */
  | 'COMPUTED'
  /** 由评价人员评分 */
  | 'SCORED';

/** 一个评分指标的得分 */
export type IndicatorScoreInput = {
  code: string;
  comment?: string | null | undefined;
  /** 得分（0至满分，一位小数）；空为未评 */
  score?: number | null | undefined;
};

/** 机构列表筛选 */
export type InstitutionFilter = {
  /** 主要服务方向代码 */
  category?: string | null | undefined;
  /** 市或县区划代码（市代码包含其所辖县区） */
  divisionCode?: string | null | undefined;
  nature?: ServiceNature | null | undefined;
  registryStatus?: RegistryStatus | null | undefined;
  /** 按名称或统一社会信用代码搜索 */
  text?: string | null | undefined;
};

/** 机构动态记录类型 */
export type InstitutionHistoryKind =
  | 'ADMITTED'
  | 'CHANGE_REJECTED'
  | 'CHANGE_REPORTED'
  | 'CHANGE_VERIFIED'
  | 'COMPLIANCE_NOTICE'
  | 'READMITTED'
  | 'REMOVAL_CASE_OPENED'
  | 'REMOVAL_DECIDED'
  | 'REMOVAL_WITHDRAWN'
  | 'REMOVED'
  | 'REPORT_LATE'
  | 'REPORT_MISSED'
  | 'REPORT_ON_TIME';

/** 机构基本信息（附件2 申请表） */
export type InstitutionInput = {
  address?: string | null | undefined;
  contactPerson?: string | null | undefined;
  contactPhone?: string | null | undefined;
  cooperatingExperts?: number | null | undefined;
  cooperatingInstitutions?: number | null | undefined;
  /** 所在县（市、区）区划代码 */
  divisionCode: string;
  email?: string | null | undefined;
  employees?: number | null | undefined;
  /** YYYY-MM-DD */
  foundedOn?: string | null | undefined;
  /** 机构性质 */
  institutionType: InstitutionType;
  legalRepresentative?: string | null | undefined;
  /** 主要服务方向，1–2项 */
  mainCategories: Array<string>;
  /** 单位名称 */
  name: string;
  /** 服务性质 */
  nature: ServiceNature;
  /** 选“其他”时的文字描述 */
  otherCategoryDescription?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** 服务场地（平方米） */
  premisesArea?: number | null | undefined;
  qualifiedStaff?: number | null | undefined;
  /** 注册资本（万元） */
  registeredCapital?: number | null | undefined;
  seniorExperts?: number | null | undefined;
  /** 服务资产（万元） */
  serviceAssets?: number | null | undefined;
  /** 总资产（万元） */
  totalAssets?: number | null | undefined;
  /** 统一社会信用代码（18位） */
  uscc: string;
};

/** 服务机构注册 */
export type InstitutionRegistrationInput = {
  /** 图形验证码（必填；缺少时答 CAPTCHA_REQUIRED） */
  captcha?: CaptchaAnswerInput | null | undefined;
  /** 联系人 */
  contactPerson: string;
  /** 联系电话 */
  contactPhone: string;
  /** 所在县（市、区）区划代码 */
  divisionCode: string;
  /** 单位名称 */
  name: string;
  /** 密码（至少8位，含大小写字母、数字、符号中的三类） */
  password: string;
  /** 同意的《隐私声明》版本（须为现行版本） */
  privacyConsentVersion?: string | null | undefined;
  /** 统一社会信用代码 */
  uscc: string;
  /** 登录用户名 */
  username: string;
};

/** 排序（字段与方向） */
export type InstitutionSort = {
  /** 排序方向 */
  direction?: SortDirection;
  /** 排序字段 */
  field: InstitutionSortField;
};

/** 服务机构列表排序字段 */
export type InstitutionSortField =
  /** 入库日期 */
  | 'ADMITTED_ON'
  /** 所在地区（区划代码） */
  | 'DIVISION'
  /** 登记顺序（登记时间） */
  | 'ID'
  /** 单位名称 */
  | 'NAME';

/** 机构性质 */
export type InstitutionType =
  | 'ENTERPRISE'
  | 'OTHER'
  | 'PUBLIC_INSTITUTION'
  | 'SOCIAL_ORGANIZATION';

/** 执行状态 */
export type JobRunStatus =
  /** 中断（执行进程退出，租约过期） */
  | 'ABANDONED'
  /** 失败 */
  | 'FAILED'
  /** 执行中 */
  | 'RUNNING'
  /** 成功 */
  | 'SUCCEEDED';

/** 触发方式 */
export type JobTrigger =
  /** 手动（立即执行） */
  | 'MANUAL'
  /** 定时 */
  | 'SCHEDULED'
  /** 启动时 */
  | 'STARTUP';

/** 公示异议 */
export type ObjectionInput = {
  applicationId: string | number;
  /** 图形验证码（必填；缺少时答 CAPTCHA_REQUIRED） */
  captcha?: CaptchaAnswerInput | null | undefined;
  /** 联系方式 */
  contact: string;
  /** 异议内容 */
  content: string;
  /** 异议人姓名或单位 */
  name: string;
};

/** 异议状态：待处理 / 成立 / 不成立 */
export type ObjectionStatus =
  | 'DISMISSED'
  | 'PENDING'
  | 'UPHELD';

/** 记录实地核查 */
export type OnSiteVerificationInput = {
  date: string;
  expectedVersion: number;
  findings: string;
  inspectors: string;
  passed: boolean;
  sheetId: string | number;
};

/** 开启年度评价 */
export type OpenEvaluationCampaignInput = {
  name?: string | null | undefined;
  /** 基准日（该日在库的机构参加评价） */
  referenceDate: string;
  rubricId: string | number;
  /** 评价年度 */
  year: number;
};

/** 省级发起移出案件（第十一、十二条） */
export type OpenRemovalCaseInput = {
  /** 事实与依据 */
  description: string;
  /** 已上传的证明材料（POST /api/evidence） */
  evidenceIds?: Array<string | number> | null | undefined;
  institutionId: string | number;
  reason: RemovalReason;
};

/** 逾期预约筛选（机关） */
export type OverdueBookingFilter = {
  /** 市或县区划代码（在管辖范围内再缩小） */
  divisionCode?: string | null | undefined;
};

/** 参与状态 */
export type ParticipationStatus =
  /** 已确认 */
  | 'CONFIRMED'
  /** 未予确认 */
  | 'REJECTED'
  /** 待主办方确认 */
  | 'REPORTED';

/** 修改密码策略 */
export type PasswordPolicyInput = {
  expectedVersion: number;
  /** 密码有效期（天），0–365，0表示永不过期 */
  expiryDays: number;
};

/** 忘记密码：申请重置（公开） */
export type PasswordResetRequestInput = {
  /** 图形验证码（必填；缺少时答 CAPTCHA_REQUIRED） */
  captcha?: CaptchaAnswerInput | null | undefined;
  /** 本单位登记的联系电话 */
  contactPhone: string;
  /** 本单位统一社会信用代码 */
  uscc: string;
  /** 登录用户名 */
  username: string;
};

/** 重置密码申请状态 */
export type PasswordResetStatus =
  /** 已同意 */
  | 'APPROVED'
  /** 待处理 */
  | 'PENDING'
  /** 已驳回 */
  | 'REJECTED';

/** 服务产品性质 */
export type ProductNature =
  /** 公益（免费） */
  | 'FREE'
  /** 收费 */
  | 'PAID';

/** 机构公开信息（机构自行维护；名称、区划、类别等登记信息按变更程序办理） */
export type PublicProfileInput = {
  /** 联系人 */
  contactPerson?: string | null | undefined;
  /** 联系电话 */
  contactPhone?: string | null | undefined;
  /** 电子信箱 */
  email?: string | null | undefined;
  /** 机构简介 */
  introduction?: string | null | undefined;
  /** 网站，http:// 或 https:// 开头 */
  website?: string | null | undefined;
};

/** 评价已完成的预约（每个预约一次） */
export type RateBookingInput = {
  /** 评价内容 */
  comment?: string | null | undefined;
  /** 评分 1–5 */
  rating: number;
};

/** 禁入名单筛选 */
export type ReentryBanFilter = {
  /** 仅限制期内（true）或已届满（false） */
  active?: boolean | null | undefined;
  text?: string | null | undefined;
};

/** 入库状态 */
export type RegistryStatus =
  | 'ADMITTED'
  | 'APPLICANT'
  | 'REMOVED';

/** 驳回重置密码申请 */
export type RejectPasswordResetInput = {
  expectedVersion: number;
  id: string | number;
  /** 驳回理由 */
  reason: string;
};

/** 移出案件筛选 */
export type RemovalCaseFilter = {
  institutionId?: string | number | null | undefined;
  reason?: RemovalReason | null | undefined;
  /** 状态（多选） */
  statuses?: Array<RemovalCaseStatus> | null | undefined;
  /** 机构名称或统一社会信用代码 */
  text?: string | null | undefined;
};

/** 案件来源 */
export type RemovalCaseSource =
  /** 市级核实（重大变化后不再符合条件） */
  | 'CITY'
  /** 年度评价 */
  | 'EVALUATION'
  /** 省级发起 */
  | 'PROVINCE'
  /** 系统（连续未按规定填报） */
  | 'SYSTEM';

/** 移出案件状态 */
export type RemovalCaseStatus =
  /** 已决定移出（待生效） */
  | 'DECIDED'
  /** 待决定 */
  | 'PENDING'
  /** 已移出 */
  | 'REMOVED'
  /** 已撤销 */
  | 'WITHDRAWN';

/** 移出原因（第十至十二条） */
export type RemovalReason =
  /** 被列入失信被执行人、严重失信主体名单、异常经营名录或税收违法黑名单 */
  | 'CREDIT_BLACKLIST'
  /** 存在数据造假、夸大成效等情形 */
  | 'DATA_FRAUD'
  /** 年度评价不合格 */
  | 'EVALUATION_FAILED'
  /** 法人存在失信、违法记录 */
  | 'LEGAL_REP_DISHONEST'
  /** 连续3个周期未按规定填报 */
  | 'MISSED_REPORTS'
  /** 发生重大变化后不再符合入库条件 */
  | 'NO_LONGER_ELIGIBLE'
  /** 发生偷税漏税等违法违规行为 */
  | 'TAX_VIOLATION'
  /** 机构主动申请退出 */
  | 'VOLUNTARY';

/** 服务机构报告参与活动 */
export type ReportParticipationInput = {
  activityId: string | number;
  note?: string | null | undefined;
};

/** 填报周期状态（第十条：逾期补报仍计为未按规定填报） */
export type ReportPeriodStatus =
  /** 逾期补报 */
  | 'LATE'
  /** 未填报 */
  | 'MISSED'
  /** 按时填报 */
  | 'ON_TIME'
  /** 待填报（截止日当天及以前） */
  | 'OPEN';

/** 填报监测筛选 */
export type ReportingComplianceFilter = {
  /** 本期是否已提交 */
  currentSubmitted?: boolean | null | undefined;
  /** 市或县区划代码（在管辖范围内再缩小） */
  divisionCode?: string | null | undefined;
  /** 最近一个已截止周期的状态 */
  latestStatus?: ReportPeriodStatus | null | undefined;
  /** 至少连续未按规定填报的周期数（1–8） */
  minConsecutiveMisses?: number | null | undefined;
  /** 机构名称或统一社会信用代码 */
  text?: string | null | undefined;
};

/** 处理异议 */
export type ResolveObjectionInput = {
  objectionId: string | number;
  resolution?: string | null | undefined;
  /** true：异议成立，该申请不予入库；false：异议不成立 */
  upheld: boolean;
};

/** 通过 / 退回修改 / 不予通过 */
export type ReviewAction =
  | 'APPROVE'
  | 'REJECT'
  | 'RETURN';

/** 审核操作 */
export type ReviewInput = {
  action: ReviewAction;
  applicationId: string | number;
  /** 看到的版本号；与当前不一致时返回 CONFLICT */
  expectedVersion: number;
  /** 审核意见；退回、不予通过须填写理由；市级通过时为推荐意见 */
  opinion?: string | null | undefined;
};

/** 审核页签：待初审、待推荐、待审核、待公示、公示中、已入库、已退回、未通过；草稿仅申请单位可见 */
export type ReviewQueue =
  | 'ADMITTED'
  | 'DRAFT'
  | 'NOTICE'
  | 'PENDING_CITY'
  | 'PENDING_COUNTY'
  | 'PENDING_NOTICE'
  | 'PENDING_PROVINCE'
  | 'REJECTED'
  | 'RETURNED';

/** 用户角色 */
export type Role =
  | 'ANALYST'
  | 'CITY'
  | 'COUNTY'
  | 'ENTERPRISE'
  | 'INSTITUTION'
  | 'PROVINCE';

/** 评价指标 */
export type RubricIndicatorInput = {
  code: string;
  guidance?: string | null | undefined;
  kind: IndicatorKind;
  maxScore?: number | null | undefined;
  name: string;
  points: number;
  source?: EvaluationSource | null | undefined;
};

/** 评价指标体系版本状态 */
export type RubricStatus =
  /** 草稿（可修改） */
  | 'DRAFT'
  /** 已被评价活动使用（锁定） */
  | 'LOCKED';

/** 登记公益服务活动（省级或市级主管部门） */
export type SaveActivityInput = {
  activityDate: string;
  description?: string | null | undefined;
  enterprisesReached: number;
  expectedVersion?: number | null | undefined;
  id?: string | number | null | undefined;
  /** 参与机构（主办方登记即为已确认） */
  institutionIds?: Array<string | number> | null | undefined;
  place: string;
  title: string;
  type: ActivityType;
};

/** 保存查询；带 id 与 version 时修改自己的查询 */
export type SaveAnalyticsQueryInput = {
  chart?: AnalyticsChartInput | null | undefined;
  /** 说明 */
  description?: string | null | undefined;
  id?: string | number | null | undefined;
  /** 名称 */
  name: string;
  query: AnalyticsQueryInput;
  /** 共享给所有分析人员和主管部门（各自按本人管辖范围运行） */
  shared: boolean;
  /** 修改时回传的版本号 */
  version?: number | null | undefined;
};

/** 保存评价指标体系（不带编号时新建草稿版本） */
export type SaveEvaluationRubricInput = {
  bands: Array<GradeBandInput>;
  expectedVersion?: number | null | undefined;
  id?: string | number | null | undefined;
  indicators: Array<RubricIndicatorInput>;
  name: string;
};

/** 已保存查询筛选 */
export type SavedAnalyticsQueryFilter = {
  /** 数据集键 */
  dataset?: string | null | undefined;
  scope?: SavedAnalyticsQueryScope | null | undefined;
  /** 名称包含 */
  text?: string | null | undefined;
};

/** 查询范围 */
export type SavedAnalyticsQueryScope =
  /** 全部可见查询 */
  | 'ALL'
  /** 我的查询 */
  | 'MINE'
  /** 共享查询 */
  | 'SHARED';

/** 保存评分（省级为评分，市级为预评分） */
export type ScoreEvaluationSheetInput = {
  /** 打开评分表时的版本号 */
  expectedVersion: number;
  scores: Array<IndicatorScoreInput>;
  sheetId: string | number;
};

/** 服务案例 */
export type ServiceCaseInput = {
  /** 服务内容 */
  content: string;
  /** 服务企业名称 */
  enterpriseName: string;
  /** 服务成效 */
  outcome: string;
  /** 服务日期 YYYY-MM-DD */
  servedOn: string;
  /** 案例标题 */
  title: string;
};

/** 服务性质（第九条） */
export type ServiceNature =
  | 'MARKET'
  | 'PUBLIC_WELFARE';

/** 服务产品 */
export type ServiceProductInput = {
  /** 服务类别代码（九类之一） */
  categoryCode: string;
  /** 服务内容 */
  content: string;
  /** 产品名称 */
  name: string;
  /** 公益（免费）或收费 */
  nature: ProductNature;
  /** 收费说明（收费产品必填） */
  priceNote?: string | null | undefined;
  /** 是否发布；新增时默认不发布，修改时不传则保持不变 */
  published?: boolean | null | undefined;
};

/** 季度服务情况报告（第十条）；预约数据由系统按本期预约自动统计 */
export type ServiceReportInput = {
  /** 举办或参加的活动 */
  activities?: string | null | undefined;
  /** 填报截止日 YYYY-MM-DD（3月15日、6月15日、9月15日、12月15日） */
  deadline: string;
  /** 服务企业数 */
  enterprisesServed?: number | null | undefined;
  /** 修改已有报告时回传其版本号（防并发覆盖） */
  expectedVersion?: number | null | undefined;
  /** 本期服务情况综述 */
  narrative?: string | null | undefined;
  /** 其中点对点服务企业数 */
  pointToPointServed?: number | null | undefined;
  /** 公益性服务次数 */
  publicWelfareCount?: number | null | undefined;
  /** 公益性服务情况 */
  publicWelfareDescription?: string | null | undefined;
  /** 服务收入（万元） */
  serviceRevenue?: number | null | undefined;
  /** 提供服务次数 */
  servicesDelivered?: number | null | undefined;
};

/** 季度服务情况报告状态 */
export type ServiceReportStatus =
  /** 草稿 */
  | 'DRAFT'
  /** 已提交 */
  | 'SUBMITTED';

/** 排序方向 */
export type SortDirection =
  /** 升序 */
  | 'ASC'
  /** 降序 */
  | 'DESC';

/** 实地抽查记录 */
export type SpotCheckInput = {
  applicationId: string | number;
  /** YYYY-MM-DD */
  checkedOn: string;
  findings: string;
  inspectors: string;
  passed: boolean;
};

/** 市级核实重大变化报告 */
export type VerifyChangeReportInput = {
  changeReportId: string | number;
  /** 是否仍符合入库条件：是 → 变化事项更新到登记信息；否 → 报省级移出 */
  eligible: boolean;
  /** 打开报告时的版本号（防并发） */
  expectedVersion?: number | null | undefined;
  /** 核实意见；不再符合时为理由（必填） */
  note?: string | null | undefined;
};

/** 撤销移出案件（作出决定前） */
export type WithdrawRemovalCaseInput = {
  caseId: string | number;
  expectedVersion?: number | null | undefined;
  /** 撤销理由 */
  reason: string;
};

export type ManagedAccountFieldsFragment = { __typename: 'ManagedAccount', id: string, username: string, displayName: string, role: Role, status: AccountStatus, lockedUntil: string | null, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, version: number, division: { __typename: 'Division', code: string, name: string } | null };

export type ManagedAccountsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AccountFilter | null | undefined;
  sort?: AccountSort | null | undefined;
}>;


export type ManagedAccountsQuery = { managedAccounts: { __typename: 'ManagedAccountConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ManagedAccountEdge', cursor: string, node: { __typename: 'ManagedAccount', id: string, username: string, displayName: string, role: Role, status: AccountStatus, lockedUntil: string | null, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, version: number, division: { __typename: 'Division', code: string, name: string } | null } }> } };

export type CreateOfficerAccountMutationVariables = Exact<{
  input: CreateOfficerAccountInput;
}>;


export type CreateOfficerAccountMutation = { createOfficerAccount: { __typename: 'AccountPasswordPayload', oneTimePassword: string, account: { __typename: 'ManagedAccount', id: string, username: string, displayName: string, role: Role, status: AccountStatus, lockedUntil: string | null, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, version: number, division: { __typename: 'Division', code: string, name: string } | null } } };

export type SetAccountActiveMutationVariables = Exact<{
  input: AccountActionInput;
  active: boolean;
}>;


export type SetAccountActiveMutation = { setAccountActive: { __typename: 'ManagedAccount', id: string, username: string, displayName: string, role: Role, status: AccountStatus, lockedUntil: string | null, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, version: number, division: { __typename: 'Division', code: string, name: string } | null } };

export type ResetAccountPasswordMutationVariables = Exact<{
  input: AccountActionInput;
}>;


export type ResetAccountPasswordMutation = { resetAccountPassword: { __typename: 'AccountPasswordPayload', oneTimePassword: string, account: { __typename: 'ManagedAccount', id: string, username: string, displayName: string, role: Role, status: AccountStatus, lockedUntil: string | null, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, version: number, division: { __typename: 'Division', code: string, name: string } | null } } };

export type UnlockAccountMutationVariables = Exact<{
  input: AccountActionInput;
}>;


export type UnlockAccountMutation = { unlockAccount: { __typename: 'ManagedAccount', id: string, username: string, displayName: string, role: Role, status: AccountStatus, lockedUntil: string | null, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, version: number, division: { __typename: 'Division', code: string, name: string } | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AnalyticsChartFieldsFragment = { __typename: 'AnalyticsChart', type: AnalyticsChartType, x: string | null, series: string | null, measure: string | null };

export type AnalyticsCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsCatalogQuery = { analyticsCatalog: { __typename: 'AnalyticsCatalog', limits: { __typename: 'AnalyticsLimitsInfo', maxDimensions: number, maxMeasures: number, maxFilterDepth: number, maxFilterLeaves: number, maxGroups: number, maxPageSize: number, maxExportRows: number, statementTimeoutMs: number }, datasets: Array<{ __typename: 'AnalyticsDatasetInfo', key: string, label: string, unit: string, description: string, defaultColumns: Array<string>, fields: Array<{ __typename: 'AnalyticsFieldInfo', key: string, label: string, description: string | null, type: AnalyticsFieldType, unit: string | null, ops: Array<AnalyticsOp>, aggregates: Array<AnalyticsAggregate>, dimension: boolean, listed: boolean, sortable: boolean, multiple: boolean, nullable: boolean, personalData: string | null, granularities: Array<AnalyticsDateGranularity>, levels: Array<AnalyticsDivisionLevel>, enumValues: Array<{ __typename: 'AnalyticsEnumValue', code: string, label: string }> }> }> } };

export type RunAnalyticsQueryVariables = Exact<{
  query: AnalyticsQueryInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
  savedQueryId?: string | number | null | undefined;
}>;


export type RunAnalyticsQuery = { runAnalyticsQuery: { __typename: 'AnalyticsResult', mode: AnalyticsResultMode, explanation: string, totalCount: number | null, rows: Array<unknown>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, columns: Array<{ __typename: 'AnalyticsColumn', key: string, label: string, type: AnalyticsFieldType, role: AnalyticsColumnRole, field: string | null, granularity: AnalyticsDateGranularity | null, level: AnalyticsDivisionLevel | null, multiple: boolean, personalData: boolean, unit: string | null }> } };

export type SavedAnalyticsQueriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SavedAnalyticsQueryFilter | null | undefined;
}>;


export type SavedAnalyticsQueriesQuery = { savedAnalyticsQueries: { __typename: 'SavedAnalyticsQueryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'SavedAnalyticsQueryEdge', cursor: string, node: { __typename: 'SavedAnalyticsQuery', id: string, name: string, description: string | null, dataset: string, datasetLabel: string, explanation: string, shared: boolean, system: boolean, mine: boolean, ownerName: string | null, lastRunAt: string | null, updatedAt: string, version: number } }> } };

export type SavedAnalyticsQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type SavedAnalyticsQueryQuery = { savedAnalyticsQuery: { __typename: 'SavedAnalyticsQuery', id: string, name: string, description: string | null, dataset: string, definition: unknown, shared: boolean, mine: boolean, system: boolean, ownerName: string | null, version: number, chart: { __typename: 'AnalyticsChart', type: AnalyticsChartType, x: string | null, series: string | null, measure: string | null } | null } };

export type SaveAnalyticsQueryMutationVariables = Exact<{
  input: SaveAnalyticsQueryInput;
}>;


export type SaveAnalyticsQueryMutation = { saveAnalyticsQuery: { __typename: 'SavedAnalyticsQuery', id: string, name: string, description: string | null, shared: boolean, mine: boolean, version: number, definition: unknown, chart: { __typename: 'AnalyticsChart', type: AnalyticsChartType, x: string | null, series: string | null, measure: string | null } | null } };

export type DeleteAnalyticsQueryMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteAnalyticsQueryMutation = { deleteAnalyticsQuery: boolean };

export type AnalyticsDashboardQueryVariables = Exact<{
  key?: string | null | undefined;
}>;


export type AnalyticsDashboardQuery = { analyticsDashboard: { __typename: 'AnalyticsDashboard', id: string, key: string, title: string, description: string | null, cards: Array<{ __typename: 'AnalyticsDashboardCard', id: string, title: string, width: number, chart: { __typename: 'AnalyticsChart', type: AnalyticsChartType, x: string | null, series: string | null, measure: string | null }, query: { __typename: 'SavedAnalyticsQuery', id: string, name: string, definition: unknown, explanation: string } }> } };

export type ApplicationDetailFragment = { __typename: 'Application', id: string, version: number, status: ApplicationStatus, skipsCounty: boolean, pendingLevel: string | null, allowedActions: Array<ApplicationActionCode>, batchId: string, institutionId: string, uscc: string, divisionCode: string, name: string, institutionType: InstitutionType | null, nature: ServiceNature | null, address: string | null, postalCode: string | null, legalRepresentative: string | null, foundedOn: string | null, registeredCapital: number | null, contactPerson: string | null, contactPhone: string | null, email: string | null, employees: number | null, qualifiedStaff: number | null, cooperatingExperts: number | null, seniorExperts: number | null, cooperatingInstitutions: number | null, serviceAssets: number | null, totalAssets: number | null, premisesArea: number | null, mainCategories: Array<string>, otherCategoryDescription: string | null, activitiesNarrative: string | null, lastYear: number | null, revenueLastYear: number | null, profitLastYear: number | null, enterprisesServedLastYear: number | null, activitySessionsLastYear: number | null, revenuePrevYear: number | null, profitPrevYear: number | null, enterprisesServedPrevYear: number | null, activitySessionsPrevYear: number | null, smesServedLastYear: number | null, pointToPointEnterprises: number | null, declaresNoCreditBlacklist: boolean | null, declarationSigned: boolean, declarationSignedBy: string | null, cityOpinion: string | null, submittedAt: string | null, createdAt: string, updatedAt: string, reentryBanUntil: string | null, batch: { __typename: 'Batch', id: string, name: string, status: BatchStatus, onlineDeadline: string, paperDeadline: string }, division: { __typename: 'Division', code: string, name: string }, city: { __typename: 'Division', code: string, name: string } | null, mainCategoryDetails: Array<{ __typename: 'ServiceCategory', code: string, name: string }>, products: Array<{ __typename: 'ApplicationProduct', position: number, name: string, content: string, application: string }>, staff: Array<{ __typename: 'ApplicationStaff', position: number, name: string, post: string, title: string, education: string, hasContractProof: boolean }>, servedEnterprises: Array<{ __typename: 'ApplicationServedEnterprise', position: number, name: string, nature: ServiceNature, satisfaction: string }>, attachments: Array<{ __typename: 'ApplicationAttachment', id: string, slot: number, fileName: string, mimeType: string, size: number, sha256: string, uploadedAt: string }>, eligibility: Array<{ __typename: 'EligibilityCriterion', id: string, article: string, title: string, status: CriterionStatus, reason: string }>, timeline: Array<{ __typename: 'ApplicationEvent', id: string, type: ApplicationEventType, level: string | null, actorName: string | null, actorUsername: string | null, opinion: string | null, fromStatus: ApplicationStatus | null, toStatus: ApplicationStatus, createdAt: string }>, spotChecks: Array<{ __typename: 'SpotCheck', id: string, checkedOn: string, inspectors: string, findings: string, passed: boolean, createdAt: string }> };

export type ApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationQuery = { application: { __typename: 'Application', id: string, version: number, status: ApplicationStatus, skipsCounty: boolean, pendingLevel: string | null, allowedActions: Array<ApplicationActionCode>, batchId: string, institutionId: string, uscc: string, divisionCode: string, name: string, institutionType: InstitutionType | null, nature: ServiceNature | null, address: string | null, postalCode: string | null, legalRepresentative: string | null, foundedOn: string | null, registeredCapital: number | null, contactPerson: string | null, contactPhone: string | null, email: string | null, employees: number | null, qualifiedStaff: number | null, cooperatingExperts: number | null, seniorExperts: number | null, cooperatingInstitutions: number | null, serviceAssets: number | null, totalAssets: number | null, premisesArea: number | null, mainCategories: Array<string>, otherCategoryDescription: string | null, activitiesNarrative: string | null, lastYear: number | null, revenueLastYear: number | null, profitLastYear: number | null, enterprisesServedLastYear: number | null, activitySessionsLastYear: number | null, revenuePrevYear: number | null, profitPrevYear: number | null, enterprisesServedPrevYear: number | null, activitySessionsPrevYear: number | null, smesServedLastYear: number | null, pointToPointEnterprises: number | null, declaresNoCreditBlacklist: boolean | null, declarationSigned: boolean, declarationSignedBy: string | null, cityOpinion: string | null, submittedAt: string | null, createdAt: string, updatedAt: string, reentryBanUntil: string | null, changesSinceReturn: { __typename: 'ApplicationChangesSinceReturn', returnedAt: string, level: string | null, changes: Array<{ __typename: 'ApplicationChangeType', field: string, label: string, kind: ApplicationChangeKind, before: string | null, after: string | null }> } | null, batch: { __typename: 'Batch', id: string, name: string, status: BatchStatus, onlineDeadline: string, paperDeadline: string }, division: { __typename: 'Division', code: string, name: string }, city: { __typename: 'Division', code: string, name: string } | null, mainCategoryDetails: Array<{ __typename: 'ServiceCategory', code: string, name: string }>, products: Array<{ __typename: 'ApplicationProduct', position: number, name: string, content: string, application: string }>, staff: Array<{ __typename: 'ApplicationStaff', position: number, name: string, post: string, title: string, education: string, hasContractProof: boolean }>, servedEnterprises: Array<{ __typename: 'ApplicationServedEnterprise', position: number, name: string, nature: ServiceNature, satisfaction: string }>, attachments: Array<{ __typename: 'ApplicationAttachment', id: string, slot: number, fileName: string, mimeType: string, size: number, sha256: string, uploadedAt: string }>, eligibility: Array<{ __typename: 'EligibilityCriterion', id: string, article: string, title: string, status: CriterionStatus, reason: string }>, timeline: Array<{ __typename: 'ApplicationEvent', id: string, type: ApplicationEventType, level: string | null, actorName: string | null, actorUsername: string | null, opinion: string | null, fromStatus: ApplicationStatus | null, toStatus: ApplicationStatus, createdAt: string }>, spotChecks: Array<{ __typename: 'SpotCheck', id: string, checkedOn: string, inspectors: string, findings: string, passed: boolean, createdAt: string }> } };

export type ApplicationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ApplicationFilter | null | undefined;
  sort?: ApplicationSort | null | undefined;
}>;


export type ApplicationsQuery = { applications: { __typename: 'ApplicationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ApplicationEdge', cursor: string, node: { __typename: 'Application', id: string, version: number, name: string, uscc: string, status: ApplicationStatus, skipsCounty: boolean, pendingLevel: string | null, submittedAt: string | null, updatedAt: string, mainCategories: Array<string>, otherCategoryDescription: string | null, institutionType: InstitutionType | null, foundedOn: string | null, revenueLastYear: number | null, serviceAssets: number | null, employees: number | null, contactPerson: string | null, contactPhone: string | null, batch: { __typename: 'Batch', id: string, name: string }, division: { __typename: 'Division', code: string, name: string }, city: { __typename: 'Division', code: string, name: string } | null, mainCategoryDetails: Array<{ __typename: 'ServiceCategory', code: string, name: string }> } }> } };

export type ApplicationQueueCountsQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
}>;


export type ApplicationQueueCountsQuery = { applicationQueueCounts: Array<{ __typename: 'QueueCount', queue: ReviewQueue, count: number }> };

export type AttachmentSlotsQueryVariables = Exact<{ [key: string]: never; }>;


export type AttachmentSlotsQuery = { attachmentSlots: Array<{ __typename: 'AttachmentSlot', slot: number, name: string, required: boolean }> };

export type CreateApplicationMutationVariables = Exact<{
  batchId: string | number;
}>;


export type CreateApplicationMutation = { createApplication: { __typename: 'Application', id: string, status: ApplicationStatus } };

export type SaveApplicationMutationVariables = Exact<{
  id: string | number;
  input: ApplicationInput;
}>;


export type SaveApplicationMutation = { saveApplication: { __typename: 'Application', id: string, version: number, status: ApplicationStatus, skipsCounty: boolean, pendingLevel: string | null, allowedActions: Array<ApplicationActionCode>, batchId: string, institutionId: string, uscc: string, divisionCode: string, name: string, institutionType: InstitutionType | null, nature: ServiceNature | null, address: string | null, postalCode: string | null, legalRepresentative: string | null, foundedOn: string | null, registeredCapital: number | null, contactPerson: string | null, contactPhone: string | null, email: string | null, employees: number | null, qualifiedStaff: number | null, cooperatingExperts: number | null, seniorExperts: number | null, cooperatingInstitutions: number | null, serviceAssets: number | null, totalAssets: number | null, premisesArea: number | null, mainCategories: Array<string>, otherCategoryDescription: string | null, activitiesNarrative: string | null, lastYear: number | null, revenueLastYear: number | null, profitLastYear: number | null, enterprisesServedLastYear: number | null, activitySessionsLastYear: number | null, revenuePrevYear: number | null, profitPrevYear: number | null, enterprisesServedPrevYear: number | null, activitySessionsPrevYear: number | null, smesServedLastYear: number | null, pointToPointEnterprises: number | null, declaresNoCreditBlacklist: boolean | null, declarationSigned: boolean, declarationSignedBy: string | null, cityOpinion: string | null, submittedAt: string | null, createdAt: string, updatedAt: string, reentryBanUntil: string | null, batch: { __typename: 'Batch', id: string, name: string, status: BatchStatus, onlineDeadline: string, paperDeadline: string }, division: { __typename: 'Division', code: string, name: string }, city: { __typename: 'Division', code: string, name: string } | null, mainCategoryDetails: Array<{ __typename: 'ServiceCategory', code: string, name: string }>, products: Array<{ __typename: 'ApplicationProduct', position: number, name: string, content: string, application: string }>, staff: Array<{ __typename: 'ApplicationStaff', position: number, name: string, post: string, title: string, education: string, hasContractProof: boolean }>, servedEnterprises: Array<{ __typename: 'ApplicationServedEnterprise', position: number, name: string, nature: ServiceNature, satisfaction: string }>, attachments: Array<{ __typename: 'ApplicationAttachment', id: string, slot: number, fileName: string, mimeType: string, size: number, sha256: string, uploadedAt: string }>, eligibility: Array<{ __typename: 'EligibilityCriterion', id: string, article: string, title: string, status: CriterionStatus, reason: string }>, timeline: Array<{ __typename: 'ApplicationEvent', id: string, type: ApplicationEventType, level: string | null, actorName: string | null, actorUsername: string | null, opinion: string | null, fromStatus: ApplicationStatus | null, toStatus: ApplicationStatus, createdAt: string }>, spotChecks: Array<{ __typename: 'SpotCheck', id: string, checkedOn: string, inspectors: string, findings: string, passed: boolean, createdAt: string }> } };

export type SubmitApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitApplicationMutation = { submitApplication: { __typename: 'Application', id: string, version: number, status: ApplicationStatus, skipsCounty: boolean, pendingLevel: string | null, allowedActions: Array<ApplicationActionCode>, batchId: string, institutionId: string, uscc: string, divisionCode: string, name: string, institutionType: InstitutionType | null, nature: ServiceNature | null, address: string | null, postalCode: string | null, legalRepresentative: string | null, foundedOn: string | null, registeredCapital: number | null, contactPerson: string | null, contactPhone: string | null, email: string | null, employees: number | null, qualifiedStaff: number | null, cooperatingExperts: number | null, seniorExperts: number | null, cooperatingInstitutions: number | null, serviceAssets: number | null, totalAssets: number | null, premisesArea: number | null, mainCategories: Array<string>, otherCategoryDescription: string | null, activitiesNarrative: string | null, lastYear: number | null, revenueLastYear: number | null, profitLastYear: number | null, enterprisesServedLastYear: number | null, activitySessionsLastYear: number | null, revenuePrevYear: number | null, profitPrevYear: number | null, enterprisesServedPrevYear: number | null, activitySessionsPrevYear: number | null, smesServedLastYear: number | null, pointToPointEnterprises: number | null, declaresNoCreditBlacklist: boolean | null, declarationSigned: boolean, declarationSignedBy: string | null, cityOpinion: string | null, submittedAt: string | null, createdAt: string, updatedAt: string, reentryBanUntil: string | null, batch: { __typename: 'Batch', id: string, name: string, status: BatchStatus, onlineDeadline: string, paperDeadline: string }, division: { __typename: 'Division', code: string, name: string }, city: { __typename: 'Division', code: string, name: string } | null, mainCategoryDetails: Array<{ __typename: 'ServiceCategory', code: string, name: string }>, products: Array<{ __typename: 'ApplicationProduct', position: number, name: string, content: string, application: string }>, staff: Array<{ __typename: 'ApplicationStaff', position: number, name: string, post: string, title: string, education: string, hasContractProof: boolean }>, servedEnterprises: Array<{ __typename: 'ApplicationServedEnterprise', position: number, name: string, nature: ServiceNature, satisfaction: string }>, attachments: Array<{ __typename: 'ApplicationAttachment', id: string, slot: number, fileName: string, mimeType: string, size: number, sha256: string, uploadedAt: string }>, eligibility: Array<{ __typename: 'EligibilityCriterion', id: string, article: string, title: string, status: CriterionStatus, reason: string }>, timeline: Array<{ __typename: 'ApplicationEvent', id: string, type: ApplicationEventType, level: string | null, actorName: string | null, actorUsername: string | null, opinion: string | null, fromStatus: ApplicationStatus | null, toStatus: ApplicationStatus, createdAt: string }>, spotChecks: Array<{ __typename: 'SpotCheck', id: string, checkedOn: string, inspectors: string, findings: string, passed: boolean, createdAt: string }> } };

export type DeleteApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteApplicationMutation = { deleteApplication: boolean };

export type DeleteApplicationAttachmentMutationVariables = Exact<{
  applicationId: string | number;
  slot: number;
}>;


export type DeleteApplicationAttachmentMutation = { deleteApplicationAttachment: boolean };

export type WithdrawApplicationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { __typename: 'Application', id: string, version: number, status: ApplicationStatus, skipsCounty: boolean, pendingLevel: string | null, allowedActions: Array<ApplicationActionCode>, batchId: string, institutionId: string, uscc: string, divisionCode: string, name: string, institutionType: InstitutionType | null, nature: ServiceNature | null, address: string | null, postalCode: string | null, legalRepresentative: string | null, foundedOn: string | null, registeredCapital: number | null, contactPerson: string | null, contactPhone: string | null, email: string | null, employees: number | null, qualifiedStaff: number | null, cooperatingExperts: number | null, seniorExperts: number | null, cooperatingInstitutions: number | null, serviceAssets: number | null, totalAssets: number | null, premisesArea: number | null, mainCategories: Array<string>, otherCategoryDescription: string | null, activitiesNarrative: string | null, lastYear: number | null, revenueLastYear: number | null, profitLastYear: number | null, enterprisesServedLastYear: number | null, activitySessionsLastYear: number | null, revenuePrevYear: number | null, profitPrevYear: number | null, enterprisesServedPrevYear: number | null, activitySessionsPrevYear: number | null, smesServedLastYear: number | null, pointToPointEnterprises: number | null, declaresNoCreditBlacklist: boolean | null, declarationSigned: boolean, declarationSignedBy: string | null, cityOpinion: string | null, submittedAt: string | null, createdAt: string, updatedAt: string, reentryBanUntil: string | null, batch: { __typename: 'Batch', id: string, name: string, status: BatchStatus, onlineDeadline: string, paperDeadline: string }, division: { __typename: 'Division', code: string, name: string }, city: { __typename: 'Division', code: string, name: string } | null, mainCategoryDetails: Array<{ __typename: 'ServiceCategory', code: string, name: string }>, products: Array<{ __typename: 'ApplicationProduct', position: number, name: string, content: string, application: string }>, staff: Array<{ __typename: 'ApplicationStaff', position: number, name: string, post: string, title: string, education: string, hasContractProof: boolean }>, servedEnterprises: Array<{ __typename: 'ApplicationServedEnterprise', position: number, name: string, nature: ServiceNature, satisfaction: string }>, attachments: Array<{ __typename: 'ApplicationAttachment', id: string, slot: number, fileName: string, mimeType: string, size: number, sha256: string, uploadedAt: string }>, eligibility: Array<{ __typename: 'EligibilityCriterion', id: string, article: string, title: string, status: CriterionStatus, reason: string }>, timeline: Array<{ __typename: 'ApplicationEvent', id: string, type: ApplicationEventType, level: string | null, actorName: string | null, actorUsername: string | null, opinion: string | null, fromStatus: ApplicationStatus | null, toStatus: ApplicationStatus, createdAt: string }>, spotChecks: Array<{ __typename: 'SpotCheck', id: string, checkedOn: string, inspectors: string, findings: string, passed: boolean, createdAt: string }> } };

export type AuditLogsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
  sort?: AuditLogSort | null | undefined;
}>;


export type AuditLogsQuery = { auditLogs: { __typename: 'AuditLogConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AuditLogEdge', cursor: string, node: { __typename: 'AuditLog', id: string, createdAt: string, actorUsername: string | null, actorRole: string | null, action: string, entityType: string, entityId: string | null, entityName: string | null, actorName: string | null, ip: string | null, before: string | null, after: string | null } }> } };

export type CurrentUserFragment = { __typename: 'Me', id: string, username: string, displayName: string, role: Role, institutionId: string | null, enterpriseId: string | null, mustChangePassword: boolean, orgAdmin: boolean, division: { __typename: 'Division', code: string, name: string, level: DivisionLevel } | null };

export type SignedInFragment = { __typename: 'LoginPayload', token: string, expiresAt: string, user: { __typename: 'Me', id: string, username: string, displayName: string, role: Role, institutionId: string | null, enterpriseId: string | null, mustChangePassword: boolean, orgAdmin: boolean, division: { __typename: 'Division', code: string, name: string, level: DivisionLevel } | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'Me', id: string, username: string, displayName: string, role: Role, institutionId: string | null, enterpriseId: string | null, mustChangePassword: boolean, orgAdmin: boolean, division: { __typename: 'Division', code: string, name: string, level: DivisionLevel } | null } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
  captcha?: CaptchaAnswerInput | null | undefined;
}>;


export type LoginMutation = { login: { __typename: 'LoginPayload', token: string, expiresAt: string, user: { __typename: 'Me', id: string, username: string, displayName: string, role: Role, institutionId: string | null, enterpriseId: string | null, mustChangePassword: boolean, orgAdmin: boolean, division: { __typename: 'Division', code: string, name: string, level: DivisionLevel } | null } } };

export type BatchFieldsFragment = { __typename: 'Batch', id: string, name: string, status: BatchStatus, onlineDeadline: string, paperDeadline: string };

export type BatchOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchOptionsQuery = { batches: Array<{ __typename: 'Batch', id: string, name: string, status: BatchStatus, onlineDeadline: string, paperDeadline: string }> };

export type BatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchesQuery = { batches: Array<{ __typename: 'Batch', createdAt: string, id: string, name: string, status: BatchStatus, onlineDeadline: string, paperDeadline: string, statusCounts: Array<{ __typename: 'BatchStatusCountType', status: ApplicationStatus, count: number }> }> };

export type CreateBatchMutationVariables = Exact<{
  input: BatchInput;
}>;


export type CreateBatchMutation = { createBatch: { __typename: 'Batch', id: string, name: string, status: BatchStatus } };

export type OpenBatchMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenBatchMutation = { openBatch: { __typename: 'Batch', id: string, status: BatchStatus } };

export type CloseBatchMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseBatchMutation = { closeBatch: { __typename: 'Batch', id: string, status: BatchStatus } };

export type BookingFieldsFragment = { __typename: 'ServiceBooking', id: string, status: BookingStatus, productId: string, productName: string, need: string, contactPerson: string, contactPhone: string, preferredTime: string | null, requestedAt: string, requestDate: string, responseDeadline: string, responseDeadlineAt: string, deadlineProvisional: boolean, remainingWorkingDays: number | null, overdue: boolean, respondedAt: string | null, respondedInTime: boolean | null, responseNote: string | null, completedAt: string | null, completionNote: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, version: number, institution: { __typename: 'PublicInstitution', id: string, name: string, division: { __typename: 'Division', code: string, name: string } | null } | null, enterprise: { __typename: 'Enterprise', id: string, name: string } | null };

export type BookServiceMutationVariables = Exact<{
  input: BookServiceInput;
}>;


export type BookServiceMutation = { bookService: { __typename: 'ServiceBooking', id: string, status: BookingStatus, productName: string, requestDate: string, responseDeadline: string, deadlineProvisional: boolean, remainingWorkingDays: number | null } };

export type MyEnterpriseContactQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseContactQuery = { myEnterprise: { __typename: 'Enterprise', id: string, name: string, contactPerson: string | null, contactPhone: string | null } };

export type BookingInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BookingFilter | null | undefined;
  sort?: BookingSort | null | undefined;
}>;


export type BookingInboxQuery = { bookingInbox: { __typename: 'ServiceBookingConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ServiceBookingEdge', cursor: string, node: { __typename: 'ServiceBooking', id: string, status: BookingStatus, productId: string, productName: string, need: string, contactPerson: string, contactPhone: string, preferredTime: string | null, requestedAt: string, requestDate: string, responseDeadline: string, responseDeadlineAt: string, deadlineProvisional: boolean, remainingWorkingDays: number | null, overdue: boolean, respondedAt: string | null, respondedInTime: boolean | null, responseNote: string | null, completedAt: string | null, completionNote: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, version: number, institution: { __typename: 'PublicInstitution', id: string, name: string, division: { __typename: 'Division', code: string, name: string } | null } | null, enterprise: { __typename: 'Enterprise', id: string, name: string } | null } }> } };

export type BookingInboxCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type BookingInboxCountsQuery = { requested: { __typename: 'ServiceBookingConnection', totalCount: number }, overdue: { __typename: 'ServiceBookingConnection', totalCount: number } };

export type MyBookingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BookingFilter | null | undefined;
  sort?: BookingSort | null | undefined;
}>;


export type MyBookingsQuery = { myBookings: { __typename: 'ServiceBookingConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ServiceBookingEdge', cursor: string, node: { __typename: 'ServiceBooking', id: string, status: BookingStatus, productId: string, productName: string, need: string, contactPerson: string, contactPhone: string, preferredTime: string | null, requestedAt: string, requestDate: string, responseDeadline: string, responseDeadlineAt: string, deadlineProvisional: boolean, remainingWorkingDays: number | null, overdue: boolean, respondedAt: string | null, respondedInTime: boolean | null, responseNote: string | null, completedAt: string | null, completionNote: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, version: number, institution: { __typename: 'PublicInstitution', id: string, name: string, division: { __typename: 'Division', code: string, name: string } | null } | null, enterprise: { __typename: 'Enterprise', id: string, name: string } | null } }> } };

export type AcceptBookingMutationVariables = Exact<{
  id: string | number;
  input?: BookingNoteInput | null | undefined;
}>;


export type AcceptBookingMutation = { acceptBooking: { __typename: 'ServiceBooking', id: string, status: BookingStatus, productId: string, productName: string, need: string, contactPerson: string, contactPhone: string, preferredTime: string | null, requestedAt: string, requestDate: string, responseDeadline: string, responseDeadlineAt: string, deadlineProvisional: boolean, remainingWorkingDays: number | null, overdue: boolean, respondedAt: string | null, respondedInTime: boolean | null, responseNote: string | null, completedAt: string | null, completionNote: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, version: number, institution: { __typename: 'PublicInstitution', id: string, name: string, division: { __typename: 'Division', code: string, name: string } | null } | null, enterprise: { __typename: 'Enterprise', id: string, name: string } | null } };

export type DeclineBookingMutationVariables = Exact<{
  id: string | number;
  input: DeclineBookingInput;
}>;


export type DeclineBookingMutation = { declineBooking: { __typename: 'ServiceBooking', id: string, status: BookingStatus, productId: string, productName: string, need: string, contactPerson: string, contactPhone: string, preferredTime: string | null, requestedAt: string, requestDate: string, responseDeadline: string, responseDeadlineAt: string, deadlineProvisional: boolean, remainingWorkingDays: number | null, overdue: boolean, respondedAt: string | null, respondedInTime: boolean | null, responseNote: string | null, completedAt: string | null, completionNote: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, version: number, institution: { __typename: 'PublicInstitution', id: string, name: string, division: { __typename: 'Division', code: string, name: string } | null } | null, enterprise: { __typename: 'Enterprise', id: string, name: string } | null } };

export type CompleteBookingMutationVariables = Exact<{
  id: string | number;
  input?: BookingNoteInput | null | undefined;
}>;


export type CompleteBookingMutation = { completeBooking: { __typename: 'ServiceBooking', id: string, status: BookingStatus, productId: string, productName: string, need: string, contactPerson: string, contactPhone: string, preferredTime: string | null, requestedAt: string, requestDate: string, responseDeadline: string, responseDeadlineAt: string, deadlineProvisional: boolean, remainingWorkingDays: number | null, overdue: boolean, respondedAt: string | null, respondedInTime: boolean | null, responseNote: string | null, completedAt: string | null, completionNote: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, version: number, institution: { __typename: 'PublicInstitution', id: string, name: string, division: { __typename: 'Division', code: string, name: string } | null } | null, enterprise: { __typename: 'Enterprise', id: string, name: string } | null } };

export type RateBookingMutationVariables = Exact<{
  id: string | number;
  input: RateBookingInput;
}>;


export type RateBookingMutation = { rateBooking: { __typename: 'ServiceBooking', id: string, status: BookingStatus, productId: string, productName: string, need: string, contactPerson: string, contactPhone: string, preferredTime: string | null, requestedAt: string, requestDate: string, responseDeadline: string, responseDeadlineAt: string, deadlineProvisional: boolean, remainingWorkingDays: number | null, overdue: boolean, respondedAt: string | null, respondedInTime: boolean | null, responseNote: string | null, completedAt: string | null, completionNote: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, version: number, institution: { __typename: 'PublicInstitution', id: string, name: string, division: { __typename: 'Division', code: string, name: string } | null } | null, enterprise: { __typename: 'Enterprise', id: string, name: string } | null } };

export type OverdueBookingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OverdueBookingFilter | null | undefined;
}>;


export type OverdueBookingsQuery = { overdueBookings: { __typename: 'ServiceBookingConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ServiceBookingEdge', cursor: string, node: { __typename: 'ServiceBooking', id: string, status: BookingStatus, productId: string, productName: string, need: string, contactPerson: string, contactPhone: string, preferredTime: string | null, requestedAt: string, requestDate: string, responseDeadline: string, responseDeadlineAt: string, deadlineProvisional: boolean, remainingWorkingDays: number | null, overdue: boolean, respondedAt: string | null, respondedInTime: boolean | null, responseNote: string | null, completedAt: string | null, completionNote: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, version: number, institution: { __typename: 'PublicInstitution', id: string, name: string, division: { __typename: 'Division', code: string, name: string } | null } | null, enterprise: { __typename: 'Enterprise', id: string, name: string } | null } }> } };

export type BookingStatisticsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BookingStatisticsFilter | null | undefined;
}>;


export type BookingStatisticsQuery = { bookingStatistics: { __typename: 'InstitutionBookingStatsConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'InstitutionBookingStatsEdge', cursor: string, node: { __typename: 'InstitutionBookingStats', institutionId: string, institutionName: string, divisionCode: string, received: number, responded: number, respondedInTime: number, overdue: number, due: number, onTimeRate: number | null, averageRating: number | null, ratingCount: number } }> } };

export type CancelBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelBookingMutation = { cancelBooking: { __typename: 'ServiceBooking', id: string, status: BookingStatus, productId: string, productName: string, need: string, contactPerson: string, contactPhone: string, preferredTime: string | null, requestedAt: string, requestDate: string, responseDeadline: string, responseDeadlineAt: string, deadlineProvisional: boolean, remainingWorkingDays: number | null, overdue: boolean, respondedAt: string | null, respondedInTime: boolean | null, responseNote: string | null, completedAt: string | null, completionNote: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, version: number, institution: { __typename: 'PublicInstitution', id: string, name: string, division: { __typename: 'Division', code: string, name: string } | null } | null, enterprise: { __typename: 'Enterprise', id: string, name: string } | null } };

export type BrowseInstitutionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BrowseFilter | null | undefined;
  sort?: BrowseSort | null | undefined;
}>;


export type BrowseInstitutionsQuery = { browseInstitutions: { __typename: 'PublicInstitutionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, facets: { __typename: 'BrowseFacets', natures: Array<{ __typename: 'NatureFacet', code: ServiceNature, name: string, count: number }>, categories: Array<{ __typename: 'CategoryFacet', code: string, name: string, count: number }> }, edges: Array<{ __typename: 'PublicInstitutionEdge', cursor: string, node: { __typename: 'PublicInstitution', id: string, name: string, nature: ServiceNature | null, admittedOn: string | null, otherCategoryDescription: string | null, averageRating: number | null, ratingCount: number, onTimeResponseRate: number | null, division: { __typename: 'Division', code: string, name: string } | null, mainCategories: Array<{ __typename: 'ServiceCategory', code: string, name: string }>, products: Array<{ __typename: 'ServiceProduct', id: string, name: string, nature: ProductNature }> } }> } };

export type PublicInstitutionQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicInstitutionQuery = { publicInstitution: { __typename: 'PublicInstitution', id: string, name: string, nature: ServiceNature | null, institutionType: InstitutionType | null, admittedOn: string | null, introduction: string | null, address: string | null, contactPerson: string | null, contactPhone: string | null, email: string | null, website: string | null, otherCategoryDescription: string | null, averageRating: number | null, ratingCount: number, onTimeResponseRate: number | null, division: { __typename: 'Division', code: string, name: string } | null, mainCategories: Array<{ __typename: 'ServiceCategory', code: string, name: string }>, products: Array<{ __typename: 'ServiceProduct', id: string, name: string, nature: ProductNature, content: string, priceNote: string | null, category: { __typename: 'ServiceCategory', code: string, name: string } }>, cases: Array<{ __typename: 'ServiceCase', id: string, title: string, enterpriseName: string, content: string, outcome: string, servedOn: string }> } };

export type OwnPublicProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnPublicProfileQuery = { institution: { __typename: 'Institution', id: string, registryStatus: RegistryStatus, introduction: string | null, website: string | null, contactPerson: string | null, contactPhone: string | null, email: string | null } };

export type UpdateMyPublicProfileMutationVariables = Exact<{
  input: PublicProfileInput;
}>;


export type UpdateMyPublicProfileMutation = { updateMyPublicProfile: { __typename: 'PublicInstitution', id: string, introduction: string | null, website: string | null, contactPerson: string | null, contactPhone: string | null, email: string | null } };

export type BureauContactFieldsFragment = { __typename: 'BureauContact', id: string, divisionCode: string, contactPerson: string, contactPhone: string, address: string, updatedAt: string, version: number };

export type BureausQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BureauFilter | null | undefined;
}>;


export type BureausQuery = { bureaus: { __typename: 'BureauConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'BureauEdge', cursor: string, node: { __typename: 'Bureau', code: string, name: string, fullName: string, level: DivisionLevel, accountCount: number, canEditContact: boolean, city: { __typename: 'Division', code: string, name: string }, accounts: Array<{ __typename: 'ManagedAccount', id: string, username: string, displayName: string, role: Role, status: AccountStatus }>, contact: { __typename: 'BureauContact', id: string, divisionCode: string, contactPerson: string, contactPhone: string, address: string, updatedAt: string, version: number } | null } }> } };

export type UpdateBureauContactMutationVariables = Exact<{
  input: BureauContactInput;
}>;


export type UpdateBureauContactMutation = { updateBureauContact: { __typename: 'BureauContact', id: string, divisionCode: string, contactPerson: string, contactPhone: string, address: string, updatedAt: string, version: number } };

export type CalendarStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarStatusQuery = { calendarStatus: { __typename: 'CalendarStatusType', today: string, nextYear: number, nextYearMissing: boolean, loadedYears: Array<number> } };

export type CalendarYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarYearsQuery = { calendarYears: Array<{ __typename: 'CalendarYear', year: number, source: string, createdAt: string, updatedAt: string }> };

export type CalendarDaysQueryVariables = Exact<{
  year: number;
}>;


export type CalendarDaysQuery = { calendarDays: Array<{ __typename: 'CalendarDay', date: string, kind: CalendarDayKind, name: string, year: number }> };

export type AddCalendarYearMutationVariables = Exact<{
  input: AddCalendarYearInput;
}>;


export type AddCalendarYearMutation = { addCalendarYear: { __typename: 'CalendarYear', year: number, source: string } };

export type SetCalendarDayMutationVariables = Exact<{
  input: CalendarDayInput;
}>;


export type SetCalendarDayMutation = { setCalendarDay: { __typename: 'CalendarDay', date: string, kind: CalendarDayKind, name: string, year: number } };

export type RemoveCalendarDayMutationVariables = Exact<{
  date: string;
}>;


export type RemoveCalendarDayMutation = { removeCalendarDay: boolean };

export type CaptchaQueryVariables = Exact<{ [key: string]: never; }>;


export type CaptchaQuery = { captcha: { __typename: 'CaptchaChallenge', id: string, svg: string, expiresAt: string } };

export type ServiceCaseFieldsFragment = { __typename: 'ServiceCase', id: string, title: string, enterpriseName: string, content: string, outcome: string, servedOn: string, updatedAt: string };

export type MyServiceCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyServiceCasesQuery = { myServiceCases: { __typename: 'ServiceCaseConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ServiceCaseEdge', cursor: string, node: { __typename: 'ServiceCase', id: string, title: string, enterpriseName: string, content: string, outcome: string, servedOn: string, updatedAt: string } }> } };

export type CreateServiceCaseMutationVariables = Exact<{
  input: ServiceCaseInput;
}>;


export type CreateServiceCaseMutation = { createServiceCase: { __typename: 'ServiceCase', id: string, title: string } };

export type UpdateServiceCaseMutationVariables = Exact<{
  id: string | number;
  input: ServiceCaseInput;
}>;


export type UpdateServiceCaseMutation = { updateServiceCase: { __typename: 'ServiceCase', id: string, title: string, enterpriseName: string, content: string, outcome: string, servedOn: string, updatedAt: string } };

export type DeleteServiceCaseMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteServiceCaseMutation = { deleteServiceCase: boolean };

export type ChangeReportFieldsFragment = { __typename: 'ChangeReport', id: string, type: ChangeType, status: ChangeReportStatus, changeDate: string, dueDate: string, late: boolean, description: string, submittedOn: string, submittedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, verificationNote: string | null, removalCaseId: string | null, version: number, institution: { __typename: 'Institution', id: string, name: string, uscc: string } | null, division: { __typename: 'Division', code: string, name: string } | null, fields: Array<{ __typename: 'ChangeReportField', field: ChangeField, beforeValue: string | null, afterValue: string, beforeLabel: string | null, afterLabel: string }>, evidence: Array<{ __typename: 'EvidenceFile', id: string, fileName: string, size: number }> };

export type ChangeReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ChangeReportFilter | null | undefined;
}>;


export type ChangeReportsQuery = { changeReports: { __typename: 'ChangeReportConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ChangeReportEdge', cursor: string, node: { __typename: 'ChangeReport', id: string, type: ChangeType, status: ChangeReportStatus, changeDate: string, dueDate: string, late: boolean, description: string, submittedOn: string, submittedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, verificationNote: string | null, removalCaseId: string | null, version: number, institution: { __typename: 'Institution', id: string, name: string, uscc: string } | null, division: { __typename: 'Division', code: string, name: string } | null, fields: Array<{ __typename: 'ChangeReportField', field: ChangeField, beforeValue: string | null, afterValue: string, beforeLabel: string | null, afterLabel: string }>, evidence: Array<{ __typename: 'EvidenceFile', id: string, fileName: string, size: number }> } }> } };

export type SubmitChangeReportMutationVariables = Exact<{
  input: ChangeReportInput;
}>;


export type SubmitChangeReportMutation = { submitChangeReport: { __typename: 'ChangeReport', id: string, type: ChangeType, status: ChangeReportStatus, changeDate: string, dueDate: string, late: boolean, description: string, submittedOn: string, submittedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, verificationNote: string | null, removalCaseId: string | null, version: number, institution: { __typename: 'Institution', id: string, name: string, uscc: string } | null, division: { __typename: 'Division', code: string, name: string } | null, fields: Array<{ __typename: 'ChangeReportField', field: ChangeField, beforeValue: string | null, afterValue: string, beforeLabel: string | null, afterLabel: string }>, evidence: Array<{ __typename: 'EvidenceFile', id: string, fileName: string, size: number }> } };

export type VerifyChangeReportMutationVariables = Exact<{
  input: VerifyChangeReportInput;
}>;


export type VerifyChangeReportMutation = { verifyChangeReport: { __typename: 'ChangeReport', id: string, type: ChangeType, status: ChangeReportStatus, changeDate: string, dueDate: string, late: boolean, description: string, submittedOn: string, submittedByName: string | null, verifiedAt: string | null, verifiedByName: string | null, verificationNote: string | null, removalCaseId: string | null, version: number, institution: { __typename: 'Institution', id: string, name: string, uscc: string } | null, division: { __typename: 'Division', code: string, name: string } | null, fields: Array<{ __typename: 'ChangeReportField', field: ChangeField, beforeValue: string | null, afterValue: string, beforeLabel: string | null, afterLabel: string }>, evidence: Array<{ __typename: 'EvidenceFile', id: string, fileName: string, size: number }> } };

export type OwnRegistryRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnRegistryRecordQuery = { institution: { __typename: 'Institution', id: string, name: string, uscc: string, legalRepresentative: string | null, address: string | null, postalCode: string | null, divisionCode: string, registryStatus: RegistryStatus } };

export type ReportPeriodCellFieldsFragment = { __typename: 'ReportPeriodCell', deadline: string, status: ReportPeriodStatus | null, submittedOn: string | null };

export type ComplianceSummaryRowFieldsFragment = { __typename: 'ComplianceSummaryRow', code: string, name: string, admitted: number, due: number, onTime: number, late: number, missed: number, onTimeRate: number | null, currentSubmitted: number, notices: number, pendingCases: number };

export type ReportingComplianceQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReportingComplianceFilter | null | undefined;
}>;


export type ReportingComplianceQuery = { reportingCompliance: { __typename: 'ReportingComplianceConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ReportingComplianceEdge', cursor: string, node: { __typename: 'ReportingComplianceRow', institutionId: string, institutionName: string, uscc: string, admittedOn: string | null, consecutiveMisses: number, division: { __typename: 'Division', code: string, name: string } | null, periods: Array<{ __typename: 'ReportPeriodCell', deadline: string, status: ReportPeriodStatus | null, submittedOn: string | null }>, current: { __typename: 'ReportPeriodCell', deadline: string, status: ReportPeriodStatus | null, submittedOn: string | null } } }> } };

export type ReportingComplianceSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingComplianceSummaryQuery = { reportingComplianceSummary: { __typename: 'ComplianceSummary', latestDeadline: string, currentDeadline: string, groupedBy: string, rows: Array<{ __typename: 'ComplianceSummaryRow', code: string, name: string, admitted: number, due: number, onTime: number, late: number, missed: number, onTimeRate: number | null, currentSubmitted: number, notices: number, pendingCases: number }>, total: { __typename: 'ComplianceSummaryRow', code: string, name: string, admitted: number, due: number, onTime: number, late: number, missed: number, onTimeRate: number | null, currentSubmitted: number, notices: number, pendingCases: number } } };

export type RunComplianceJobMutationVariables = Exact<{ [key: string]: never; }>;


export type RunComplianceJobMutation = { runComplianceJob: { __typename: 'ComplianceRunResult', date: string, noticesIssued: number, casesOpened: number, removalsApplied: number } };

export type ComplianceNoticeDeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceNoticeDeadlinesQuery = { complianceNoticeDeadlines: Array<{ __typename: 'ComplianceNoticeDeadline', deadline: string, count: number }> };

export type ComplianceNoticesQueryVariables = Exact<{
  deadline: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ComplianceNoticesQuery = { complianceNotices: { __typename: 'ComplianceNoticeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ComplianceNoticeEdge', cursor: string, node: { __typename: 'ComplianceNoticeRow', id: string, institutionId: string, institutionName: string, uscc: string, deadline: string, runStartDeadline: string, missedCount: number, issuedOn: string, division: { __typename: 'Division', code: string, name: string } | null } }> } };

export type InstitutionTodoQueryVariables = Exact<{ [key: string]: never; }>;


export type InstitutionTodoQuery = { requestedBookings: { __typename: 'ServiceBookingConnection', totalCount: number, edges: Array<{ __typename: 'ServiceBookingEdge', node: { __typename: 'ServiceBooking', id: string, responseDeadline: string, remainingWorkingDays: number | null, overdue: boolean } }> }, serviceReportPeriods: Array<{ __typename: 'ServiceReportPeriod', deadline: string, periodStart: string, status: ReportPeriodStatus, current: boolean, daysLeft: number }>, openChangeReports: { __typename: 'ChangeReportConnection', totalCount: number }, myNotifications: { __typename: 'NotificationPage', unreadCount: number } };

export type RegisterEnterpriseMutationVariables = Exact<{
  input: EnterpriseRegistrationInput;
}>;


export type RegisterEnterpriseMutation = { registerEnterprise: { __typename: 'LoginPayload', token: string, expiresAt: string, user: { __typename: 'Me', id: string, username: string, displayName: string, role: Role, institutionId: string | null, enterpriseId: string | null, mustChangePassword: boolean, orgAdmin: boolean, division: { __typename: 'Division', code: string, name: string, level: DivisionLevel } | null } } };

export type EvaluationCampaignsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationCampaignsQuery = { evaluationCampaigns: { __typename: 'EvaluationCampaignConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'EvaluationCampaignEdge', cursor: string, node: { __typename: 'EvaluationCampaign', id: string, year: number, name: string, status: EvaluationCampaignStatus, version: number, referenceDate: string, computedAt: string, computedAsOf: string, publishedAt: string | null, progress: { __typename: 'EvaluationProgress', sheets: number, scored: number, onSite: number, onSiteFailed: number }, rubric: { __typename: 'EvaluationRubric', id: string, name: string, bands: Array<{ __typename: 'GradeBandType', grade: string, min: number }> } } }> } };

export type EvaluationSheetsQueryVariables = Exact<{
  campaignId: string | number;
  filter?: EvaluationSheetFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationSheetsQuery = { evaluationSheets: { __typename: 'EvaluationSheetConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'EvaluationSheetEdge', cursor: string, node: { __typename: 'EvaluationSheet', id: string, version: number, status: EvaluationSheetStatus, institutionId: string, institutionName: string, cityName: string, countyName: string, categoryCode: string | null, total: number | null, grade: string | null, naPoints: number, onSiteDate: string | null, onSitePassed: boolean | null, removed: boolean, removalCaseId: string | null, scoredByName: string | null } }> } };

export type EvaluationSheetFieldsFragment = { __typename: 'EvaluationSheet', id: string, version: number, campaignId: string, year: number, status: EvaluationSheetStatus, institutionId: string, institutionName: string, cityName: string, countyName: string, total: number | null, grade: string | null, naPoints: number, onSiteDate: string | null, onSiteInspectors: string | null, onSiteFindings: string | null, onSitePassed: boolean | null, removed: boolean, removalCaseId: string | null, scoredByName: string | null, scoredAt: string | null, cityScoredByName: string | null, indicators: Array<{ __typename: 'EvaluationIndicatorResult', code: string, name: string, kind: IndicatorKind, points: number, source: EvaluationSource | null, maxScore: number | null, guidance: string | null, count: number | null, base: number | null, formula: string | null, value: number | null, notApplicable: boolean, score: number | null, comment: string | null, cityScore: number | null, cityComment: string | null, earned: number | null }> };

export type EvaluationSheetQueryVariables = Exact<{
  id: string | number;
}>;


export type EvaluationSheetQuery = { evaluationSheet: { __typename: 'EvaluationSheet', id: string, version: number, campaignId: string, year: number, status: EvaluationSheetStatus, institutionId: string, institutionName: string, cityName: string, countyName: string, total: number | null, grade: string | null, naPoints: number, onSiteDate: string | null, onSiteInspectors: string | null, onSiteFindings: string | null, onSitePassed: boolean | null, removed: boolean, removalCaseId: string | null, scoredByName: string | null, scoredAt: string | null, cityScoredByName: string | null, indicators: Array<{ __typename: 'EvaluationIndicatorResult', code: string, name: string, kind: IndicatorKind, points: number, source: EvaluationSource | null, maxScore: number | null, guidance: string | null, count: number | null, base: number | null, formula: string | null, value: number | null, notApplicable: boolean, score: number | null, comment: string | null, cityScore: number | null, cityComment: string | null, earned: number | null }> } };

export type NextPendingEvaluationSheetQueryVariables = Exact<{
  campaignId: string | number;
  afterId: string | number;
}>;


export type NextPendingEvaluationSheetQuery = { nextPendingEvaluationSheet: { __typename: 'EvaluationSheet', id: string, version: number, campaignId: string, year: number, status: EvaluationSheetStatus, institutionId: string, institutionName: string, cityName: string, countyName: string, total: number | null, grade: string | null, naPoints: number, onSiteDate: string | null, onSiteInspectors: string | null, onSiteFindings: string | null, onSitePassed: boolean | null, removed: boolean, removalCaseId: string | null, scoredByName: string | null, scoredAt: string | null, cityScoredByName: string | null, indicators: Array<{ __typename: 'EvaluationIndicatorResult', code: string, name: string, kind: IndicatorKind, points: number, source: EvaluationSource | null, maxScore: number | null, guidance: string | null, count: number | null, base: number | null, formula: string | null, value: number | null, notApplicable: boolean, score: number | null, comment: string | null, cityScore: number | null, cityComment: string | null, earned: number | null }> } | null };

export type MyEvaluationSheetsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEvaluationSheetsQuery = { myEvaluationSheets: Array<{ __typename: 'EvaluationSheet', id: string, version: number, campaignId: string, year: number, status: EvaluationSheetStatus, institutionId: string, institutionName: string, cityName: string, countyName: string, total: number | null, grade: string | null, naPoints: number, onSiteDate: string | null, onSiteInspectors: string | null, onSiteFindings: string | null, onSitePassed: boolean | null, removed: boolean, removalCaseId: string | null, scoredByName: string | null, scoredAt: string | null, cityScoredByName: string | null, indicators: Array<{ __typename: 'EvaluationIndicatorResult', code: string, name: string, kind: IndicatorKind, points: number, source: EvaluationSource | null, maxScore: number | null, guidance: string | null, count: number | null, base: number | null, formula: string | null, value: number | null, notApplicable: boolean, score: number | null, comment: string | null, cityScore: number | null, cityComment: string | null, earned: number | null }> }> };

export type EvaluationIndicatorRowsQueryVariables = Exact<{
  sheetId: string | number;
  source: EvaluationSource;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationIndicatorRowsQuery = { evaluationIndicatorRows: { __typename: 'EvaluationEvidenceRowConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'EvaluationEvidenceRowEdge', cursor: string, node: { __typename: 'EvaluationEvidenceRow', id: string, date: string, title: string, counted: boolean, note: string | null } }> } };

export type GradeCountFieldsFragment = { __typename: 'GradeCount', key: string | null, label: string | null, grade: string, count: number };

export type EvaluationDistributionQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type EvaluationDistributionQuery = { evaluationDistribution: { __typename: 'EvaluationDistribution', total: Array<{ __typename: 'GradeCount', grade: string, count: number }>, byCity: Array<{ __typename: 'GradeCount', key: string | null, label: string | null, grade: string, count: number }>, byCategory: Array<{ __typename: 'GradeCount', key: string | null, label: string | null, grade: string, count: number }> } };

export type ScoreEvaluationSheetMutationVariables = Exact<{
  input: ScoreEvaluationSheetInput;
}>;


export type ScoreEvaluationSheetMutation = { scoreEvaluationSheet: { __typename: 'EvaluationSheet', id: string, version: number, campaignId: string, year: number, status: EvaluationSheetStatus, institutionId: string, institutionName: string, cityName: string, countyName: string, total: number | null, grade: string | null, naPoints: number, onSiteDate: string | null, onSiteInspectors: string | null, onSiteFindings: string | null, onSitePassed: boolean | null, removed: boolean, removalCaseId: string | null, scoredByName: string | null, scoredAt: string | null, cityScoredByName: string | null, indicators: Array<{ __typename: 'EvaluationIndicatorResult', code: string, name: string, kind: IndicatorKind, points: number, source: EvaluationSource | null, maxScore: number | null, guidance: string | null, count: number | null, base: number | null, formula: string | null, value: number | null, notApplicable: boolean, score: number | null, comment: string | null, cityScore: number | null, cityComment: string | null, earned: number | null }> } };

export type RecordOnSiteVerificationMutationVariables = Exact<{
  input: OnSiteVerificationInput;
}>;


export type RecordOnSiteVerificationMutation = { recordOnSiteVerification: { __typename: 'EvaluationSheet', id: string, version: number, campaignId: string, year: number, status: EvaluationSheetStatus, institutionId: string, institutionName: string, cityName: string, countyName: string, total: number | null, grade: string | null, naPoints: number, onSiteDate: string | null, onSiteInspectors: string | null, onSiteFindings: string | null, onSitePassed: boolean | null, removed: boolean, removalCaseId: string | null, scoredByName: string | null, scoredAt: string | null, cityScoredByName: string | null, indicators: Array<{ __typename: 'EvaluationIndicatorResult', code: string, name: string, kind: IndicatorKind, points: number, source: EvaluationSource | null, maxScore: number | null, guidance: string | null, count: number | null, base: number | null, formula: string | null, value: number | null, notApplicable: boolean, score: number | null, comment: string | null, cityScore: number | null, cityComment: string | null, earned: number | null }> } };

export type RefreshComputedIndicatorsMutationVariables = Exact<{
  campaignId: string | number;
}>;


export type RefreshComputedIndicatorsMutation = { refreshComputedIndicators: { __typename: 'EvaluationCampaign', id: string, version: number, computedAt: string, computedAsOf: string } };

export type PublishEvaluationCampaignMutationVariables = Exact<{
  input: CampaignVersionInput;
}>;


export type PublishEvaluationCampaignMutation = { publishEvaluationCampaign: { __typename: 'EvaluationCampaign', id: string, version: number, status: EvaluationCampaignStatus, publishedAt: string | null } };

export type EvaluationRubricsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationRubricsQuery = { evaluationRubrics: Array<{ __typename: 'EvaluationRubric', id: string, name: string, status: RubricStatus, version: number, updatedAt: string, indicators: Array<{ __typename: 'RubricIndicatorType', code: string, name: string, kind: IndicatorKind, points: number, source: EvaluationSource | null, maxScore: number | null, guidance: string | null }>, bands: Array<{ __typename: 'GradeBandType', grade: string, min: number }> }> };

export type SaveEvaluationRubricMutationVariables = Exact<{
  input: SaveEvaluationRubricInput;
}>;


export type SaveEvaluationRubricMutation = { saveEvaluationRubric: { __typename: 'EvaluationRubric', id: string, name: string, status: RubricStatus, version: number } };

export type OpenEvaluationCampaignMutationVariables = Exact<{
  input: OpenEvaluationCampaignInput;
}>;


export type OpenEvaluationCampaignMutation = { openEvaluationCampaign: { __typename: 'EvaluationCampaign', id: string, year: number, status: EvaluationCampaignStatus } };

export type ActivitiesQueryVariables = Exact<{
  filter?: ActivityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActivitiesQuery = { activities: { __typename: 'WelfareActivityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'WelfareActivityEdge', cursor: string, node: { __typename: 'WelfareActivity', id: string, type: ActivityType, typeLabel: string, title: string, activityDate: string, place: string, organiserCode: string, organiserName: string, enterprisesReached: number, description: string | null, version: number, participations: Array<{ __typename: 'ActivityParticipation', id: string, institutionId: string, institutionName: string, status: ParticipationStatus, note: string | null, version: number }> } }> } };

export type SaveActivityMutationVariables = Exact<{
  input: SaveActivityInput;
}>;


export type SaveActivityMutation = { saveActivity: { __typename: 'WelfareActivity', id: string, title: string, version: number } };

export type ReportActivityParticipationMutationVariables = Exact<{
  input: ReportParticipationInput;
}>;


export type ReportActivityParticipationMutation = { reportActivityParticipation: { __typename: 'ActivityParticipation', id: string, status: ParticipationStatus, version: number } };

export type ConfirmActivityParticipationMutationVariables = Exact<{
  input: ConfirmParticipationInput;
}>;


export type ConfirmActivityParticipationMutation = { confirmActivityParticipation: { __typename: 'ActivityParticipation', id: string, status: ParticipationStatus, version: number } };

export type EvidenceFileFieldsFragment = { __typename: 'EvidenceFile', id: string, fileName: string, size: number };

export type InstitutionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: InstitutionFilter | null | undefined;
  sort?: InstitutionSort | null | undefined;
}>;


export type InstitutionsQuery = { institutions: { __typename: 'InstitutionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'InstitutionEdge', cursor: string, node: { __typename: 'Institution', id: string, name: string, uscc: string, nature: ServiceNature | null, registryStatus: RegistryStatus, admittedOn: string | null, division: { __typename: 'Division', code: string, name: string }, mainCategories: Array<{ __typename: 'ServiceCategory', code: string, name: string }> } }> } };

export type InstitutionQueryVariables = Exact<{
  id: string | number;
}>;


export type InstitutionQuery = { institution: { __typename: 'Institution', id: string, name: string, institutionType: InstitutionType | null, nature: ServiceNature | null, address: string | null, postalCode: string | null, legalRepresentative: string | null, foundedOn: string | null, uscc: string, registeredCapital: number | null, contactPerson: string | null, contactPhone: string | null, email: string | null, employees: number | null, qualifiedStaff: number | null, cooperatingExperts: number | null, seniorExperts: number | null, cooperatingInstitutions: number | null, serviceAssets: number | null, totalAssets: number | null, premisesArea: number | null, registryStatus: RegistryStatus, admittedOn: string | null, otherCategoryDescription: string | null, divisionCode: string, division: { __typename: 'Division', code: string, name: string }, mainCategories: Array<{ __typename: 'ServiceCategory', code: string, name: string }> } };

export type CreateInstitutionMutationVariables = Exact<{
  input: InstitutionInput;
}>;


export type CreateInstitutionMutation = { createInstitution: { __typename: 'Institution', id: string, name: string, registryStatus: RegistryStatus } };

export type InstitutionStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type InstitutionStatsQuery = { all: { __typename: 'InstitutionConnection', totalCount: number }, admitted: { __typename: 'InstitutionConnection', totalCount: number }, applicants: { __typename: 'InstitutionConnection', totalCount: number } };

export type JobRunFieldsFragment = { __typename: 'JobRun', id: string, name: string, label: string, trigger: JobTrigger, status: JobRunStatus, actorUsername: string | null, holder: string, startedAt: string, finishedAt: string | null, rowsTouched: number | null, errorMessage: string | null };

export type JobsQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsQuery = { jobs: Array<{ __typename: 'Job', name: string, label: string, intervalSeconds: number, leaseSeconds: number, running: boolean, leaseHolder: string | null, leaseUntil: string | null, nextDueAt: string | null, lastRun: { __typename: 'JobRun', id: string, name: string, label: string, trigger: JobTrigger, status: JobRunStatus, actorUsername: string | null, holder: string, startedAt: string, finishedAt: string | null, rowsTouched: number | null, errorMessage: string | null } | null }> };

export type JobRunsQueryVariables = Exact<{
  name?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type JobRunsQuery = { jobRuns: { __typename: 'JobRunConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'JobRunEdge', cursor: string, node: { __typename: 'JobRun', id: string, name: string, label: string, trigger: JobTrigger, status: JobRunStatus, actorUsername: string | null, holder: string, startedAt: string, finishedAt: string | null, rowsTouched: number | null, errorMessage: string | null } }> } };

export type RunJobMutationVariables = Exact<{
  name: string;
}>;


export type RunJobMutation = { runJob: { __typename: 'JobRun', id: string, name: string, label: string, trigger: JobTrigger, status: JobRunStatus, actorUsername: string | null, holder: string, startedAt: string, finishedAt: string | null, rowsTouched: number | null, errorMessage: string | null } };

export type PublicNoticeFieldsFragment = { __typename: 'PublicNotice', id: string, batchName: string, publishedOn: string, endsOn: string, active: boolean, entries: Array<{ __typename: 'PublicNoticeEntry', applicationId: string, name: string, place: string, nature: ServiceNature | null, categories: Array<string>, inNotice: boolean }> };

export type PublicNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicNoticesQuery = { publicNotices: Array<{ __typename: 'PublicNotice', id: string, batchName: string, publishedOn: string, endsOn: string, active: boolean, entries: Array<{ __typename: 'PublicNoticeEntry', applicationId: string, name: string, place: string, nature: ServiceNature | null, categories: Array<string>, inNotice: boolean }> }> };

export type FileObjectionMutationVariables = Exact<{
  input: ObjectionInput;
}>;


export type FileObjectionMutation = { fileObjection: { __typename: 'Objection', id: string, status: ObjectionStatus } };

export type NoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticesQuery = { notices: Array<{ __typename: 'PublicNotice', batchId: string, createdAt: string, id: string, batchName: string, publishedOn: string, endsOn: string, active: boolean, entries: Array<{ __typename: 'PublicNoticeEntry', applicationId: string, name: string, place: string, nature: ServiceNature | null, categories: Array<string>, inNotice: boolean }> }> };

export type PublishNoticeMutationVariables = Exact<{
  batchId: string | number;
}>;


export type PublishNoticeMutation = { publishNotice: { __typename: 'PublicNotice', id: string, publishedOn: string, endsOn: string } };

export type ObjectionsQueryVariables = Exact<{
  status?: ObjectionStatus | null | undefined;
}>;


export type ObjectionsQuery = { objections: Array<{ __typename: 'Objection', id: string, applicationId: string, noticeId: string, name: string, contact: string, content: string, status: ObjectionStatus, resolution: string | null, resolvedAt: string | null, createdAt: string }> };

export type ApplicationNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationNameQuery = { application: { __typename: 'Application', id: string, name: string } };

export type ResolveObjectionMutationVariables = Exact<{
  input: ResolveObjectionInput;
}>;


export type ResolveObjectionMutation = { resolveObjection: { __typename: 'Objection', id: string, status: ObjectionStatus, resolution: string | null, resolvedAt: string | null } };

export type RunAdmissionJobMutationVariables = Exact<{ [key: string]: never; }>;


export type RunAdmissionJobMutation = { runAdmissionJob: number };

export type MyNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { __typename: 'NotificationPage', totalCount: number, unreadCount: number, edges: Array<{ __typename: 'NotificationEdge', node: { __typename: 'Notification', id: string, type: string, title: string, body: string, createdAt: string, readAt: string | null, subjectType: string | null, subjectId: string | null } }> } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { __typename: 'Notification', id: string, readAt: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type OrgAccountFieldsFragment = { __typename: 'OrgAccount', id: string, username: string, displayName: string, role: Role, orgAdmin: boolean, status: AccountStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, version: number };

export type OrgAccountsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrgAccountsQuery = { orgAccounts: { __typename: 'OrgAccountConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'OrgAccountEdge', cursor: string, node: { __typename: 'OrgAccount', id: string, username: string, displayName: string, role: Role, orgAdmin: boolean, status: AccountStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, version: number } }> } };

export type CreateOrgAccountMutationVariables = Exact<{
  input: CreateOrgAccountInput;
}>;


export type CreateOrgAccountMutation = { createOrgAccount: { __typename: 'OrgAccountPasswordPayload', oneTimePassword: string, account: { __typename: 'OrgAccount', id: string, username: string, displayName: string, role: Role, orgAdmin: boolean, status: AccountStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, version: number } } };

export type SetOrgAccountActiveMutationVariables = Exact<{
  input: AccountActionInput;
  active: boolean;
}>;


export type SetOrgAccountActiveMutation = { setOrgAccountActive: { __typename: 'OrgAccount', id: string, username: string, displayName: string, role: Role, orgAdmin: boolean, status: AccountStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, version: number } };

export type ResetOrgAccountPasswordMutationVariables = Exact<{
  input: AccountActionInput;
}>;


export type ResetOrgAccountPasswordMutation = { resetOrgAccountPassword: { __typename: 'OrgAccountPasswordPayload', oneTimePassword: string, account: { __typename: 'OrgAccount', id: string, username: string, displayName: string, role: Role, orgAdmin: boolean, status: AccountStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, version: number } } };

export type PageCursorFragment = { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null };

export type PasswordResetRequestFieldsFragment = { __typename: 'PasswordResetRequestView', id: string, username: string, displayName: string, role: Role, organisationName: string, uscc: string, contactPhone: string, status: PasswordResetStatus, rejectReason: string | null, createdAt: string, decidedAt: string | null, decidedByName: string | null, version: number, division: { __typename: 'Division', code: string, name: string } | null };

export type PasswordResetRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: PasswordResetStatus | null | undefined;
}>;


export type PasswordResetRequestsQuery = { passwordResetRequests: { __typename: 'PasswordResetRequestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PasswordResetRequestEdge', cursor: string, node: { __typename: 'PasswordResetRequestView', id: string, username: string, displayName: string, role: Role, organisationName: string, uscc: string, contactPhone: string, status: PasswordResetStatus, rejectReason: string | null, createdAt: string, decidedAt: string | null, decidedByName: string | null, version: number, division: { __typename: 'Division', code: string, name: string } | null } }> } };

export type ApprovePasswordResetMutationVariables = Exact<{
  input: AccountActionInput;
}>;


export type ApprovePasswordResetMutation = { approvePasswordReset: { __typename: 'PasswordResetApproval', oneTimePassword: string, request: { __typename: 'PasswordResetRequestView', id: string, username: string, displayName: string, role: Role, organisationName: string, uscc: string, contactPhone: string, status: PasswordResetStatus, rejectReason: string | null, createdAt: string, decidedAt: string | null, decidedByName: string | null, version: number, division: { __typename: 'Division', code: string, name: string } | null } } };

export type RejectPasswordResetMutationVariables = Exact<{
  input: RejectPasswordResetInput;
}>;


export type RejectPasswordResetMutation = { rejectPasswordReset: { __typename: 'PasswordResetRequestView', id: string, username: string, displayName: string, role: Role, organisationName: string, uscc: string, contactPhone: string, status: PasswordResetStatus, rejectReason: string | null, createdAt: string, decidedAt: string | null, decidedByName: string | null, version: number, division: { __typename: 'Division', code: string, name: string } | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: PasswordResetRequestInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ServiceProductFieldsFragment = { __typename: 'ServiceProduct', id: string, name: string, categoryCode: string, nature: ProductNature, content: string, priceNote: string | null, published: boolean, publishedAt: string | null, updatedAt: string, version: number, category: { __typename: 'ServiceCategory', code: string, name: string } };

export type MyServiceProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyServiceProductsQuery = { myServiceProducts: { __typename: 'ServiceProductConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ServiceProductEdge', cursor: string, node: { __typename: 'ServiceProduct', id: string, name: string, categoryCode: string, nature: ProductNature, content: string, priceNote: string | null, published: boolean, publishedAt: string | null, updatedAt: string, version: number, category: { __typename: 'ServiceCategory', code: string, name: string } } }> } };

export type CreateServiceProductMutationVariables = Exact<{
  input: ServiceProductInput;
}>;


export type CreateServiceProductMutation = { createServiceProduct: { __typename: 'ServiceProduct', id: string, name: string, published: boolean } };

export type UpdateServiceProductMutationVariables = Exact<{
  id: string | number;
  input: ServiceProductInput;
}>;


export type UpdateServiceProductMutation = { updateServiceProduct: { __typename: 'ServiceProduct', id: string, name: string, categoryCode: string, nature: ProductNature, content: string, priceNote: string | null, published: boolean, publishedAt: string | null, updatedAt: string, version: number, category: { __typename: 'ServiceCategory', code: string, name: string } } };

export type SetServiceProductPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type SetServiceProductPublishedMutation = { setServiceProductPublished: { __typename: 'ServiceProduct', id: string, published: boolean, publishedAt: string | null, updatedAt: string, version: number } };

export type DeleteServiceProductMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteServiceProductMutation = { deleteServiceProduct: boolean };

export type DivisionNodeFragment = { __typename: 'Division', code: string, name: string, level: DivisionLevel, cityLevel: boolean, parentCode: string | null };

export type DivisionTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type DivisionTreeQuery = { cities: Array<{ __typename: 'Division', code: string, name: string, level: DivisionLevel, cityLevel: boolean, parentCode: string | null }>, counties: Array<{ __typename: 'Division', code: string, name: string, level: DivisionLevel, cityLevel: boolean, parentCode: string | null }> };

export type ServiceCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceCategoriesQuery = { serviceCategories: Array<{ __typename: 'ServiceCategory', code: string, name: string, sortOrder: number }> };

export type RegisterInstitutionMutationVariables = Exact<{
  input: InstitutionRegistrationInput;
}>;


export type RegisterInstitutionMutation = { registerInstitution: { __typename: 'LoginPayload', token: string, expiresAt: string, user: { __typename: 'Me', id: string, username: string, displayName: string, role: Role, institutionId: string | null, enterpriseId: string | null, mustChangePassword: boolean, orgAdmin: boolean, division: { __typename: 'Division', code: string, name: string, level: DivisionLevel } | null } } };

export type RemovalCaseFieldsFragment = { __typename: 'RemovalCase', id: string, status: RemovalCaseStatus, reason: RemovalReason, source: RemovalCaseSource, description: string, triggerDeadline: string | null, runStartDeadline: string | null, changeReportId: string | null, proposerName: string, openedOn: string, meetingDate: string | null, meetingMinuteRef: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, effectiveDate: string | null, banUntil: string | null, closedBookings: number | null, withdrawnAt: string | null, withdrawReason: string | null, needsMeeting: boolean, bansReentry: boolean, version: number, institution: { __typename: 'Institution', id: string, name: string, uscc: string, registryStatus: RegistryStatus } | null, division: { __typename: 'Division', code: string, name: string } | null, evidence: Array<{ __typename: 'EvidenceFile', id: string, fileName: string, size: number }> };

export type RemovalCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: RemovalCaseFilter | null | undefined;
}>;


export type RemovalCasesQuery = { removalCases: { __typename: 'RemovalCaseConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'RemovalCaseEdge', cursor: string, node: { __typename: 'RemovalCase', id: string, status: RemovalCaseStatus, reason: RemovalReason, source: RemovalCaseSource, description: string, triggerDeadline: string | null, runStartDeadline: string | null, changeReportId: string | null, proposerName: string, openedOn: string, meetingDate: string | null, meetingMinuteRef: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, effectiveDate: string | null, banUntil: string | null, closedBookings: number | null, withdrawnAt: string | null, withdrawReason: string | null, needsMeeting: boolean, bansReentry: boolean, version: number, institution: { __typename: 'Institution', id: string, name: string, uscc: string, registryStatus: RegistryStatus } | null, division: { __typename: 'Division', code: string, name: string } | null, evidence: Array<{ __typename: 'EvidenceFile', id: string, fileName: string, size: number }> } }> } };

export type OpenRemovalCaseMutationVariables = Exact<{
  input: OpenRemovalCaseInput;
}>;


export type OpenRemovalCaseMutation = { openRemovalCase: { __typename: 'RemovalCase', id: string, status: RemovalCaseStatus, reason: RemovalReason, source: RemovalCaseSource, description: string, triggerDeadline: string | null, runStartDeadline: string | null, changeReportId: string | null, proposerName: string, openedOn: string, meetingDate: string | null, meetingMinuteRef: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, effectiveDate: string | null, banUntil: string | null, closedBookings: number | null, withdrawnAt: string | null, withdrawReason: string | null, needsMeeting: boolean, bansReentry: boolean, version: number, institution: { __typename: 'Institution', id: string, name: string, uscc: string, registryStatus: RegistryStatus } | null, division: { __typename: 'Division', code: string, name: string } | null, evidence: Array<{ __typename: 'EvidenceFile', id: string, fileName: string, size: number }> } };

export type DecideRemovalCaseMutationVariables = Exact<{
  input: DecideRemovalCaseInput;
}>;


export type DecideRemovalCaseMutation = { decideRemovalCase: { __typename: 'RemovalCase', id: string, status: RemovalCaseStatus, reason: RemovalReason, source: RemovalCaseSource, description: string, triggerDeadline: string | null, runStartDeadline: string | null, changeReportId: string | null, proposerName: string, openedOn: string, meetingDate: string | null, meetingMinuteRef: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, effectiveDate: string | null, banUntil: string | null, closedBookings: number | null, withdrawnAt: string | null, withdrawReason: string | null, needsMeeting: boolean, bansReentry: boolean, version: number, institution: { __typename: 'Institution', id: string, name: string, uscc: string, registryStatus: RegistryStatus } | null, division: { __typename: 'Division', code: string, name: string } | null, evidence: Array<{ __typename: 'EvidenceFile', id: string, fileName: string, size: number }> } };

export type WithdrawRemovalCaseMutationVariables = Exact<{
  input: WithdrawRemovalCaseInput;
}>;


export type WithdrawRemovalCaseMutation = { withdrawRemovalCase: { __typename: 'RemovalCase', id: string, status: RemovalCaseStatus, reason: RemovalReason, source: RemovalCaseSource, description: string, triggerDeadline: string | null, runStartDeadline: string | null, changeReportId: string | null, proposerName: string, openedOn: string, meetingDate: string | null, meetingMinuteRef: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, effectiveDate: string | null, banUntil: string | null, closedBookings: number | null, withdrawnAt: string | null, withdrawReason: string | null, needsMeeting: boolean, bansReentry: boolean, version: number, institution: { __typename: 'Institution', id: string, name: string, uscc: string, registryStatus: RegistryStatus } | null, division: { __typename: 'Division', code: string, name: string } | null, evidence: Array<{ __typename: 'EvidenceFile', id: string, fileName: string, size: number }> } };

export type ReentryBansQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReentryBanFilter | null | undefined;
}>;


export type ReentryBansQuery = { reentryBans: { __typename: 'ReentryBanConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ReentryBanEdge', cursor: string, node: { __typename: 'ReentryBan', id: string, institutionId: string, institutionName: string, uscc: string, reason: RemovalReason, removedOn: string, banUntil: string, active: boolean, division: { __typename: 'Division', code: string, name: string } | null } }> } };

export type AdmittedInstitutionsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type AdmittedInstitutionsQuery = { institutions: { __typename: 'InstitutionConnection', edges: Array<{ __typename: 'InstitutionEdge', node: { __typename: 'Institution', id: string, name: string, uscc: string, division: { __typename: 'Division', code: string, name: string } } }> } };

export type ServiceReportPeriodsQueryVariables = Exact<{
  institutionId?: string | number | null | undefined;
}>;


export type ServiceReportPeriodsQuery = { serviceReportPeriods: Array<{ __typename: 'ServiceReportPeriod', deadline: string, periodStart: string, status: ReportPeriodStatus, current: boolean, daysLeft: number, writable: boolean, refusal: string | null, bookingFigures: { __typename: 'ReportBookingFigures', received: number, answeredInTime: number, completed: number, frozen: boolean }, report: { __typename: 'ServiceReport', id: string, status: ServiceReportStatus, version: number, submittedOn: string | null, onTime: boolean, servicesDelivered: number | null, enterprisesServed: number | null, pointToPointServed: number | null, publicWelfareCount: number | null, publicWelfareDescription: string | null, activities: string | null, serviceRevenue: number | null, narrative: string | null } | null }> };

export type SaveServiceReportMutationVariables = Exact<{
  input: ServiceReportInput;
}>;


export type SaveServiceReportMutation = { saveServiceReport: { __typename: 'ServiceReport', id: string, status: ServiceReportStatus, version: number } };

export type SubmitServiceReportMutationVariables = Exact<{
  input: ServiceReportInput;
}>;


export type SubmitServiceReportMutation = { submitServiceReport: { __typename: 'ServiceReport', id: string, status: ServiceReportStatus, version: number, submittedOn: string | null, onTime: boolean } };

export type WorkQueueCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkQueueCountsQuery = { workQueueCounts: { __typename: 'WorkQueueCounts', changeReportsToVerify: number, removalCasesPending: number, currentReportDue: boolean, passwordResetsPending: number, objectionsPending: number, overdueBookingsOpen: number } };

export type InstitutionHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type InstitutionHistoryQuery = { institutionHistory: Array<{ __typename: 'InstitutionHistoryEntry', date: string, kind: InstitutionHistoryKind, title: string, detail: string | null, subjectType: string | null, subjectId: string | null }> };

export type SpotCheckFieldsFragment = { __typename: 'SpotCheck', id: string, checkedOn: string, inspectors: string, findings: string, passed: boolean, createdAt: string };

export type ReviewApplicationMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type ReviewApplicationMutation = { reviewApplication: { __typename: 'Application', id: string, version: number, status: ApplicationStatus, skipsCounty: boolean, pendingLevel: string | null, allowedActions: Array<ApplicationActionCode>, batchId: string, institutionId: string, uscc: string, divisionCode: string, name: string, institutionType: InstitutionType | null, nature: ServiceNature | null, address: string | null, postalCode: string | null, legalRepresentative: string | null, foundedOn: string | null, registeredCapital: number | null, contactPerson: string | null, contactPhone: string | null, email: string | null, employees: number | null, qualifiedStaff: number | null, cooperatingExperts: number | null, seniorExperts: number | null, cooperatingInstitutions: number | null, serviceAssets: number | null, totalAssets: number | null, premisesArea: number | null, mainCategories: Array<string>, otherCategoryDescription: string | null, activitiesNarrative: string | null, lastYear: number | null, revenueLastYear: number | null, profitLastYear: number | null, enterprisesServedLastYear: number | null, activitySessionsLastYear: number | null, revenuePrevYear: number | null, profitPrevYear: number | null, enterprisesServedPrevYear: number | null, activitySessionsPrevYear: number | null, smesServedLastYear: number | null, pointToPointEnterprises: number | null, declaresNoCreditBlacklist: boolean | null, declarationSigned: boolean, declarationSignedBy: string | null, cityOpinion: string | null, submittedAt: string | null, createdAt: string, updatedAt: string, reentryBanUntil: string | null, batch: { __typename: 'Batch', id: string, name: string, status: BatchStatus, onlineDeadline: string, paperDeadline: string }, division: { __typename: 'Division', code: string, name: string }, city: { __typename: 'Division', code: string, name: string } | null, mainCategoryDetails: Array<{ __typename: 'ServiceCategory', code: string, name: string }>, products: Array<{ __typename: 'ApplicationProduct', position: number, name: string, content: string, application: string }>, staff: Array<{ __typename: 'ApplicationStaff', position: number, name: string, post: string, title: string, education: string, hasContractProof: boolean }>, servedEnterprises: Array<{ __typename: 'ApplicationServedEnterprise', position: number, name: string, nature: ServiceNature, satisfaction: string }>, attachments: Array<{ __typename: 'ApplicationAttachment', id: string, slot: number, fileName: string, mimeType: string, size: number, sha256: string, uploadedAt: string }>, eligibility: Array<{ __typename: 'EligibilityCriterion', id: string, article: string, title: string, status: CriterionStatus, reason: string }>, timeline: Array<{ __typename: 'ApplicationEvent', id: string, type: ApplicationEventType, level: string | null, actorName: string | null, actorUsername: string | null, opinion: string | null, fromStatus: ApplicationStatus | null, toStatus: ApplicationStatus, createdAt: string }>, spotChecks: Array<{ __typename: 'SpotCheck', id: string, checkedOn: string, inspectors: string, findings: string, passed: boolean, createdAt: string }> } };

export type ReviewApplicationsMutationVariables = Exact<{
  input: BulkReviewInput;
}>;


export type ReviewApplicationsMutation = { reviewApplications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus, version: number, pendingLevel: string | null }> };

export type RecordSpotCheckMutationVariables = Exact<{
  input: SpotCheckInput;
}>;


export type RecordSpotCheckMutation = { recordSpotCheck: { __typename: 'SpotCheck', id: string, checkedOn: string, inspectors: string, findings: string, passed: boolean, createdAt: string } };

export type PasswordPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordPolicyQuery = { passwordPolicy: { __typename: 'PasswordPolicyView', expiryDays: number, updatedAt: string | null, version: number } };

export type UpdatePasswordPolicyMutationVariables = Exact<{
  input: PasswordPolicyInput;
}>;


export type UpdatePasswordPolicyMutation = { updatePasswordPolicy: { __typename: 'PasswordPolicyView', expiryDays: number, updatedAt: string | null, version: number } };

export const ManagedAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ManagedAccountFieldsFragment, unknown>;
export const AnalyticsChartFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyticsChartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsChart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]} as unknown as DocumentNode<AnalyticsChartFieldsFragment, unknown>;
export const BatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"paperDeadline"}}]}}]} as unknown as DocumentNode<BatchFieldsFragment, unknown>;
export const SpotCheckFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpotCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SpotCheckFieldsFragment, unknown>;
export const ApplicationDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipsCounty"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutionType"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingExperts"}},{"kind":"Field","name":{"kind":"Name","value":"seniorExperts"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAssets"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"premisesArea"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategories"}},{"kind":"Field","name":{"kind":"Name","value":"otherCategoryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategoryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activitiesNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenueLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenuePrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"smesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"pointToPointEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"declaresNoCreditBlacklist"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSigned"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cityOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"application"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"hasContractProof"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedEnterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reentryBanUntil"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpotCheckFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"paperDeadline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpotCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ApplicationDetailFragment, unknown>;
export const CurrentUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"orgAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<CurrentUserFragment, unknown>;
export const SignedInFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedIn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"orgAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<SignedInFragment, unknown>;
export const BookingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTime"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestDate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BookingFieldsFragment, unknown>;
export const BureauContactFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BureauContactFieldsFragment, unknown>;
export const ServiceCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ServiceCaseFieldsFragment, unknown>;
export const EvidenceFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]} as unknown as DocumentNode<EvidenceFileFieldsFragment, unknown>;
export const ChangeReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changeDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"removalCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"beforeValue"}},{"kind":"Field","name":{"kind":"Name","value":"afterValue"}},{"kind":"Field","name":{"kind":"Name","value":"beforeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"afterLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]} as unknown as DocumentNode<ChangeReportFieldsFragment, unknown>;
export const ReportPeriodCellFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportPeriodCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}}]} as unknown as DocumentNode<ReportPeriodCellFieldsFragment, unknown>;
export const ComplianceSummaryRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceSummaryRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceSummaryRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"admitted"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"currentSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCases"}}]}}]} as unknown as DocumentNode<ComplianceSummaryRowFieldsFragment, unknown>;
export const EvaluationSheetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"naPoints"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDate"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteInspectors"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteFindings"}},{"kind":"Field","name":{"kind":"Name","value":"onSitePassed"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"removalCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"scoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"cityScoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"cityScore"}},{"kind":"Field","name":{"kind":"Name","value":"cityComment"}},{"kind":"Field","name":{"kind":"Name","value":"earned"}}]}}]}}]} as unknown as DocumentNode<EvaluationSheetFieldsFragment, unknown>;
export const GradeCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<GradeCountFieldsFragment, unknown>;
export const JobRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTouched"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]} as unknown as DocumentNode<JobRunFieldsFragment, unknown>;
export const PublicNoticeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicNoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"inNotice"}}]}}]}}]} as unknown as DocumentNode<PublicNoticeFieldsFragment, unknown>;
export const OrgAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OrgAccountFieldsFragment, unknown>;
export const PageCursorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageCursorFragment, unknown>;
export const PasswordResetRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PasswordResetRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PasswordResetRequestFieldsFragment, unknown>;
export const ServiceProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priceNote"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceProductFieldsFragment, unknown>;
export const DivisionNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}}]} as unknown as DocumentNode<DivisionNodeFragment, unknown>;
export const RemovalCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemovalCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemovalCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"triggerDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"runStartDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"changeReportId"}},{"kind":"Field","name":{"kind":"Name","value":"proposerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"meetingMinuteRef"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"banUntil"}},{"kind":"Field","name":{"kind":"Name","value":"closedBookings"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"needsMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"bansReentry"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"registryStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]} as unknown as DocumentNode<RemovalCaseFieldsFragment, unknown>;
export const ManagedAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managedAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedAccountFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ManagedAccountsQuery, ManagedAccountsQueryVariables>;
export const CreateOfficerAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfficerAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfficerAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfficerAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOfficerAccountMutation, CreateOfficerAccountMutationVariables>;
export const SetAccountActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountActionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetAccountActiveMutation, SetAccountActiveMutationVariables>;
export const ResetAccountPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAccountPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetAccountPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResetAccountPasswordMutation, ResetAccountPasswordMutationVariables>;
export const UnlockAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnlockAccountMutation, UnlockAccountMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AnalyticsCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyticsCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxDimensions"}},{"kind":"Field","name":{"kind":"Name","value":"maxMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"maxFilterDepth"}},{"kind":"Field","name":{"kind":"Name","value":"maxFilterLeaves"}},{"kind":"Field","name":{"kind":"Name","value":"maxGroups"}},{"kind":"Field","name":{"kind":"Name","value":"maxPageSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxExportRows"}},{"kind":"Field","name":{"kind":"Name","value":"statementTimeoutMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"defaultColumns"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"ops"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"sortable"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"nullable"}},{"kind":"Field","name":{"kind":"Name","value":"personalData"}},{"kind":"Field","name":{"kind":"Name","value":"granularities"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsCatalogQuery, AnalyticsCatalogQueryVariables>;
export const RunAnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunAnalytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsQueryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"savedQueryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAnalyticsQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"savedQueryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"savedQueryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"personalData"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<RunAnalyticsQuery, RunAnalyticsQueryVariables>;
export const SavedAnalyticsQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedAnalyticsQueries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedAnalyticsQueryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedAnalyticsQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"datasetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SavedAnalyticsQueriesQuery, SavedAnalyticsQueriesQueryVariables>;
export const SavedAnalyticsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedAnalyticsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedAnalyticsQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"chart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsChartFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyticsChartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsChart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]} as unknown as DocumentNode<SavedAnalyticsQueryQuery, SavedAnalyticsQueryQueryVariables>;
export const SaveAnalyticsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAnalyticsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAnalyticsQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAnalyticsQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"chart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsChartFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyticsChartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsChart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]} as unknown as DocumentNode<SaveAnalyticsQueryMutation, SaveAnalyticsQueryMutationVariables>;
export const DeleteAnalyticsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAnalyticsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAnalyticsQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteAnalyticsQueryMutation, DeleteAnalyticsQueryMutationVariables>;
export const AnalyticsDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyticsDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"chart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsChartFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyticsChartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsChart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]} as unknown as DocumentNode<AnalyticsDashboardQuery, AnalyticsDashboardQueryVariables>;
export const ApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Application"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}},{"kind":"Field","name":{"kind":"Name","value":"changesSinceReturn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"paperDeadline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpotCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipsCounty"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutionType"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingExperts"}},{"kind":"Field","name":{"kind":"Name","value":"seniorExperts"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAssets"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"premisesArea"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategories"}},{"kind":"Field","name":{"kind":"Name","value":"otherCategoryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategoryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activitiesNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenueLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenuePrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"smesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"pointToPointEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"declaresNoCreditBlacklist"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSigned"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cityOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"application"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"hasContractProof"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedEnterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reentryBanUntil"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpotCheckFields"}}]}}]}}]} as unknown as DocumentNode<ApplicationQuery, ApplicationQueryVariables>;
export const ApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Applications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipsCounty"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainCategories"}},{"kind":"Field","name":{"kind":"Name","value":"otherCategoryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategoryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionType"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revenueLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAssets"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ApplicationsQuery, ApplicationsQueryVariables>;
export const ApplicationQueueCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationQueueCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationQueueCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ApplicationQueueCountsQuery, ApplicationQueueCountsQueryVariables>;
export const AttachmentSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<AttachmentSlotsQuery, AttachmentSlotsQueryVariables>;
export const CreateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateApplicationMutation, CreateApplicationMutationVariables>;
export const SaveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"paperDeadline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpotCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipsCounty"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutionType"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingExperts"}},{"kind":"Field","name":{"kind":"Name","value":"seniorExperts"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAssets"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"premisesArea"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategories"}},{"kind":"Field","name":{"kind":"Name","value":"otherCategoryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategoryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activitiesNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenueLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenuePrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"smesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"pointToPointEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"declaresNoCreditBlacklist"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSigned"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cityOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"application"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"hasContractProof"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedEnterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reentryBanUntil"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpotCheckFields"}}]}}]}}]} as unknown as DocumentNode<SaveApplicationMutation, SaveApplicationMutationVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"paperDeadline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpotCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipsCounty"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutionType"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingExperts"}},{"kind":"Field","name":{"kind":"Name","value":"seniorExperts"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAssets"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"premisesArea"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategories"}},{"kind":"Field","name":{"kind":"Name","value":"otherCategoryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategoryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activitiesNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenueLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenuePrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"smesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"pointToPointEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"declaresNoCreditBlacklist"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSigned"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cityOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"application"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"hasContractProof"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedEnterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reentryBanUntil"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpotCheckFields"}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const DeleteApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteApplicationMutation, DeleteApplicationMutationVariables>;
export const DeleteApplicationAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteApplicationAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slot"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteApplicationAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"slot"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slot"}}}]}]}}]} as unknown as DocumentNode<DeleteApplicationAttachmentMutation, DeleteApplicationAttachmentMutationVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"paperDeadline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpotCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipsCounty"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutionType"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingExperts"}},{"kind":"Field","name":{"kind":"Name","value":"seniorExperts"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAssets"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"premisesArea"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategories"}},{"kind":"Field","name":{"kind":"Name","value":"otherCategoryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategoryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activitiesNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenueLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenuePrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"smesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"pointToPointEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"declaresNoCreditBlacklist"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSigned"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cityOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"application"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"hasContractProof"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedEnterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reentryBanUntil"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpotCheckFields"}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const AuditLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AuditLogsQuery, AuditLogsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"orgAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"captcha"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaptchaAnswerInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"captcha"},"value":{"kind":"Variable","name":{"kind":"Name","value":"captcha"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedIn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"orgAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedIn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const BatchOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"paperDeadline"}}]}}]} as unknown as DocumentNode<BatchOptionsQuery, BatchOptionsQueryVariables>;
export const BatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Batches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"paperDeadline"}}]}}]} as unknown as DocumentNode<BatchesQuery, BatchesQueryVariables>;
export const CreateBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateBatchMutation, CreateBatchMutationVariables>;
export const OpenBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpenBatchMutation, OpenBatchMutationVariables>;
export const CloseBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseBatchMutation, CloseBatchMutationVariables>;
export const BookServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"requestDate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}}]}}]}}]} as unknown as DocumentNode<BookServiceMutation, BookServiceMutationVariables>;
export const MyEnterpriseContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnterpriseContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]} as unknown as DocumentNode<MyEnterpriseContactQuery, MyEnterpriseContactQueryVariables>;
export const BookingInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTime"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestDate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BookingInboxQuery, BookingInboxQueryVariables>;
export const BookingInboxCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingInboxCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"requested"},"name":{"kind":"Name","value":"bookingInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REQUESTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"bookingInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BookingInboxCountsQuery, BookingInboxCountsQueryVariables>;
export const MyBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTime"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestDate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyBookingsQuery, MyBookingsQueryVariables>;
export const AcceptBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingNoteInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTime"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestDate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AcceptBookingMutation, AcceptBookingMutationVariables>;
export const DeclineBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTime"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestDate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeclineBookingMutation, DeclineBookingMutationVariables>;
export const CompleteBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingNoteInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTime"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestDate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompleteBookingMutation, CompleteBookingMutationVariables>;
export const RateBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTime"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestDate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RateBookingMutation, RateBookingMutationVariables>;
export const OverdueBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OverdueBookingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueBookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTime"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestDate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OverdueBookingsQuery, OverdueBookingsQueryVariables>;
export const BookingStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingStatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<BookingStatisticsQuery, BookingStatisticsQueryVariables>;
export const CancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTime"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestDate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CancelBookingMutation, CancelBookingMutationVariables>;
export const BrowseInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BrowseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BrowseSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"browseInstitutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"natures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"otherCategoryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeResponseRate"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<BrowseInstitutionsQuery, BrowseInstitutionsQueryVariables>;
export const PublicInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"institutionType"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"otherCategoryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeResponseRate"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priceNote"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}}]}}]}}]}}]} as unknown as DocumentNode<PublicInstitutionQuery, PublicInstitutionQueryVariables>;
export const OwnPublicProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnPublicProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<OwnPublicProfileQuery, OwnPublicProfileQueryVariables>;
export const UpdateMyPublicProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyPublicProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPublicProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<UpdateMyPublicProfileMutation, UpdateMyPublicProfileMutationVariables>;
export const BureausDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bureaus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BureauFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"canEditContact"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauContactFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BureausQuery, BureausQueryVariables>;
export const UpdateBureauContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBureauContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BureauContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBureauContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauContactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateBureauContactMutation, UpdateBureauContactMutationVariables>;
export const CalendarStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"nextYear"}},{"kind":"Field","name":{"kind":"Name","value":"nextYearMissing"}},{"kind":"Field","name":{"kind":"Name","value":"loadedYears"}}]}}]}}]} as unknown as DocumentNode<CalendarStatusQuery, CalendarStatusQueryVariables>;
export const CalendarYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CalendarYearsQuery, CalendarYearsQueryVariables>;
export const CalendarDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<CalendarDaysQuery, CalendarDaysQueryVariables>;
export const AddCalendarYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCalendarYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCalendarYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCalendarYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<AddCalendarYearMutation, AddCalendarYearMutationVariables>;
export const SetCalendarDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCalendarDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const RemoveCalendarDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCalendarDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}]}}]} as unknown as DocumentNode<RemoveCalendarDayMutation, RemoveCalendarDayMutationVariables>;
export const CaptchaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Captcha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captcha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"svg"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CaptchaQuery, CaptchaQueryVariables>;
export const MyServiceCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyServiceCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myServiceCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceCaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyServiceCasesQuery, MyServiceCasesQueryVariables>;
export const CreateServiceCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateServiceCaseMutation, CreateServiceCaseMutationVariables>;
export const UpdateServiceCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServiceCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateServiceCaseMutation, UpdateServiceCaseMutationVariables>;
export const DeleteServiceCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteServiceCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteServiceCaseMutation, DeleteServiceCaseMutationVariables>;
export const ChangeReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeReportFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changeDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"removalCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"beforeValue"}},{"kind":"Field","name":{"kind":"Name","value":"afterValue"}},{"kind":"Field","name":{"kind":"Name","value":"beforeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"afterLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}}]}}]} as unknown as DocumentNode<ChangeReportsQuery, ChangeReportsQueryVariables>;
export const SubmitChangeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitChangeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitChangeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changeDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"removalCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"beforeValue"}},{"kind":"Field","name":{"kind":"Name","value":"afterValue"}},{"kind":"Field","name":{"kind":"Name","value":"beforeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"afterLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}}]}}]} as unknown as DocumentNode<SubmitChangeReportMutation, SubmitChangeReportMutationVariables>;
export const VerifyChangeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyChangeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyChangeReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyChangeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changeDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"removalCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"beforeValue"}},{"kind":"Field","name":{"kind":"Name","value":"afterValue"}},{"kind":"Field","name":{"kind":"Name","value":"beforeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"afterLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}}]}}]} as unknown as DocumentNode<VerifyChangeReportMutation, VerifyChangeReportMutationVariables>;
export const OwnRegistryRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnRegistryRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"registryStatus"}}]}}]}}]} as unknown as DocumentNode<OwnRegistryRecordQuery, OwnRegistryRecordQueryVariables>;
export const ReportingComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingComplianceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveMisses"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportPeriodCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportPeriodCellFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportPeriodCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}}]} as unknown as DocumentNode<ReportingComplianceQuery, ReportingComplianceQueryVariables>;
export const ReportingComplianceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingComplianceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingComplianceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"currentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"groupedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceSummaryRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceSummaryRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceSummaryRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceSummaryRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"admitted"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"currentSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCases"}}]}}]} as unknown as DocumentNode<ReportingComplianceSummaryQuery, ReportingComplianceSummaryQueryVariables>;
export const RunComplianceJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunComplianceJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runComplianceJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"noticesIssued"}},{"kind":"Field","name":{"kind":"Name","value":"casesOpened"}},{"kind":"Field","name":{"kind":"Name","value":"removalsApplied"}}]}}]}}]} as unknown as DocumentNode<RunComplianceJobMutation, RunComplianceJobMutationVariables>;
export const ComplianceNoticeDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceNoticeDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceNoticeDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ComplianceNoticeDeadlinesQuery, ComplianceNoticeDeadlinesQueryVariables>;
export const ComplianceNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"runStartDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"missedCount"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ComplianceNoticesQuery, ComplianceNoticesQueryVariables>;
export const InstitutionTodoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionTodo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"requestedBookings"},"name":{"kind":"Name","value":"bookingInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REQUESTED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RESPONSE_DEADLINE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceReportPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openChangeReports"},"name":{"kind":"Name","value":"changeReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<InstitutionTodoQuery, InstitutionTodoQueryVariables>;
export const RegisterEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedIn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"orgAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedIn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}}]} as unknown as DocumentNode<RegisterEnterpriseMutation, RegisterEnterpriseMutationVariables>;
export const EvaluationCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"computedAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteFailed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<EvaluationCampaignsQuery, EvaluationCampaignsQueryVariables>;
export const EvaluationSheetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationSheets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSheetFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSheets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"naPoints"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDate"}},{"kind":"Field","name":{"kind":"Name","value":"onSitePassed"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"removalCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"scoredByName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<EvaluationSheetsQuery, EvaluationSheetsQueryVariables>;
export const EvaluationSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSheetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"naPoints"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDate"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteInspectors"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteFindings"}},{"kind":"Field","name":{"kind":"Name","value":"onSitePassed"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"removalCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"scoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"cityScoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"cityScore"}},{"kind":"Field","name":{"kind":"Name","value":"cityComment"}},{"kind":"Field","name":{"kind":"Name","value":"earned"}}]}}]}}]} as unknown as DocumentNode<EvaluationSheetQuery, EvaluationSheetQueryVariables>;
export const NextPendingEvaluationSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextPendingEvaluationSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextPendingEvaluationSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSheetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"naPoints"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDate"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteInspectors"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteFindings"}},{"kind":"Field","name":{"kind":"Name","value":"onSitePassed"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"removalCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"scoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"cityScoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"cityScore"}},{"kind":"Field","name":{"kind":"Name","value":"cityComment"}},{"kind":"Field","name":{"kind":"Name","value":"earned"}}]}}]}}]} as unknown as DocumentNode<NextPendingEvaluationSheetQuery, NextPendingEvaluationSheetQueryVariables>;
export const MyEvaluationSheetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEvaluationSheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEvaluationSheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSheetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"naPoints"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDate"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteInspectors"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteFindings"}},{"kind":"Field","name":{"kind":"Name","value":"onSitePassed"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"removalCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"scoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"cityScoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"cityScore"}},{"kind":"Field","name":{"kind":"Name","value":"cityComment"}},{"kind":"Field","name":{"kind":"Name","value":"earned"}}]}}]}}]} as unknown as DocumentNode<MyEvaluationSheetsQuery, MyEvaluationSheetsQueryVariables>;
export const EvaluationIndicatorRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationIndicatorRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSource"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationIndicatorRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<EvaluationIndicatorRowsQuery, EvaluationIndicatorRowsQueryVariables>;
export const EvaluationDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationDistribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeCountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<EvaluationDistributionQuery, EvaluationDistributionQueryVariables>;
export const ScoreEvaluationSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoreEvaluationSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEvaluationSheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreEvaluationSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSheetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"naPoints"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDate"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteInspectors"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteFindings"}},{"kind":"Field","name":{"kind":"Name","value":"onSitePassed"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"removalCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"scoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"cityScoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"cityScore"}},{"kind":"Field","name":{"kind":"Name","value":"cityComment"}},{"kind":"Field","name":{"kind":"Name","value":"earned"}}]}}]}}]} as unknown as DocumentNode<ScoreEvaluationSheetMutation, ScoreEvaluationSheetMutationVariables>;
export const RecordOnSiteVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOnSiteVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OnSiteVerificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOnSiteVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSheetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"naPoints"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDate"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteInspectors"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteFindings"}},{"kind":"Field","name":{"kind":"Name","value":"onSitePassed"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"removalCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"scoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"cityScoredByName"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"cityScore"}},{"kind":"Field","name":{"kind":"Name","value":"cityComment"}},{"kind":"Field","name":{"kind":"Name","value":"earned"}}]}}]}}]} as unknown as DocumentNode<RecordOnSiteVerificationMutation, RecordOnSiteVerificationMutationVariables>;
export const RefreshComputedIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshComputedIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshComputedIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"computedAsOf"}}]}}]}}]} as unknown as DocumentNode<RefreshComputedIndicatorsMutation, RefreshComputedIndicatorsMutationVariables>;
export const PublishEvaluationCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvaluationCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvaluationCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishEvaluationCampaignMutation, PublishEvaluationCampaignMutationVariables>;
export const EvaluationRubricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationRubrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationRubrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationRubricsQuery, EvaluationRubricsQueryVariables>;
export const SaveEvaluationRubricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveEvaluationRubric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveEvaluationRubricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEvaluationRubric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveEvaluationRubricMutation, SaveEvaluationRubricMutationVariables>;
export const OpenEvaluationCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenEvaluationCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenEvaluationCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openEvaluationCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpenEvaluationCampaignMutation, OpenEvaluationCampaignMutationVariables>;
export const ActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiserCode"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesReached"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ActivitiesQuery, ActivitiesQueryVariables>;
export const SaveActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveActivityMutation, SaveActivityMutationVariables>;
export const ReportActivityParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportActivityParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportActivityParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReportActivityParticipationMutation, ReportActivityParticipationMutationVariables>;
export const ConfirmActivityParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmActivityParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmActivityParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConfirmActivityParticipationMutation, ConfirmActivityParticipationMutationVariables>;
export const InstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"registryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<InstitutionsQuery, InstitutionsQueryVariables>;
export const InstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutionType"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingExperts"}},{"kind":"Field","name":{"kind":"Name","value":"seniorExperts"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAssets"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"premisesArea"}},{"kind":"Field","name":{"kind":"Name","value":"registryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"otherCategoryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionQuery, InstitutionQueryVariables>;
export const CreateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registryStatus"}}]}}]}}]} as unknown as DocumentNode<CreateInstitutionMutation, CreateInstitutionMutationVariables>;
export const InstitutionStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"admitted"},"name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"registryStatus"},"value":{"kind":"EnumValue","value":"ADMITTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"applicants"},"name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"registryStatus"},"value":{"kind":"EnumValue","value":"APPLICANT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<InstitutionStatsQuery, InstitutionStatsQueryVariables>;
export const JobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"leaseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"leaseHolder"}},{"kind":"Field","name":{"kind":"Name","value":"leaseUntil"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTouched"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]} as unknown as DocumentNode<JobsQuery, JobsQueryVariables>;
export const JobRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRunFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTouched"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]} as unknown as DocumentNode<JobRunsQuery, JobRunsQueryVariables>;
export const RunJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTouched"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]} as unknown as DocumentNode<RunJobMutation, RunJobMutationVariables>;
export const PublicNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicNoticeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicNoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"inNotice"}}]}}]}}]} as unknown as DocumentNode<PublicNoticesQuery, PublicNoticesQueryVariables>;
export const FileObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FileObjectionMutation, FileObjectionMutationVariables>;
export const NoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicNoticeFields"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicNoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"inNotice"}}]}}]}}]} as unknown as DocumentNode<NoticesQuery, NoticesQueryVariables>;
export const PublishNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<PublishNoticeMutation, PublishNoticeMutationVariables>;
export const ObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Objections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ObjectionsQuery, ObjectionsQueryVariables>;
export const ApplicationNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApplicationNameQuery, ApplicationNameQueryVariables>;
export const ResolveObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ResolveObjectionMutation, ResolveObjectionMutationVariables>;
export const RunAdmissionJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunAdmissionJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAdmissionJob"}}]}}]} as unknown as DocumentNode<RunAdmissionJobMutation, RunAdmissionJobMutationVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const OrgAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgAccountFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OrgAccountsQuery, OrgAccountsQueryVariables>;
export const CreateOrgAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrgAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateOrgAccountMutation, CreateOrgAccountMutationVariables>;
export const SetOrgAccountActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrgAccountActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountActionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrgAccountActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetOrgAccountActiveMutation, SetOrgAccountActiveMutationVariables>;
export const ResetOrgAccountPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetOrgAccountPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetOrgAccountPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ResetOrgAccountPasswordMutation, ResetOrgAccountPasswordMutationVariables>;
export const PasswordResetRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordResetRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PasswordResetRequestFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PasswordResetRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PasswordResetRequestsQuery, PasswordResetRequestsQueryVariables>;
export const ApprovePasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PasswordResetRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PasswordResetRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApprovePasswordResetMutation, ApprovePasswordResetMutationVariables>;
export const RejectPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PasswordResetRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PasswordResetRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RejectPasswordResetMutation, RejectPasswordResetMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const MyServiceProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyServiceProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myServiceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceProductFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priceNote"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyServiceProductsQuery, MyServiceProductsQueryVariables>;
export const CreateServiceProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<CreateServiceProductMutation, CreateServiceProductMutationVariables>;
export const UpdateServiceProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServiceProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priceNote"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateServiceProductMutation, UpdateServiceProductMutationVariables>;
export const SetServiceProductPublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceProductPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"published"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceProductPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"published"},"value":{"kind":"Variable","name":{"kind":"Name","value":"published"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetServiceProductPublishedMutation, SetServiceProductPublishedMutationVariables>;
export const DeleteServiceProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteServiceProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteServiceProductMutation, DeleteServiceProductMutationVariables>;
export const DivisionTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DivisionTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"cities"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"CITY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionNode"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"counties"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COUNTY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionNode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}}]} as unknown as DocumentNode<DivisionTreeQuery, DivisionTreeQueryVariables>;
export const ServiceCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]}}]} as unknown as DocumentNode<ServiceCategoriesQuery, ServiceCategoriesQueryVariables>;
export const RegisterInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedIn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"orgAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedIn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}}]} as unknown as DocumentNode<RegisterInstitutionMutation, RegisterInstitutionMutationVariables>;
export const RemovalCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemovalCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RemovalCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removalCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RemovalCaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemovalCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemovalCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"triggerDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"runStartDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"changeReportId"}},{"kind":"Field","name":{"kind":"Name","value":"proposerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"meetingMinuteRef"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"banUntil"}},{"kind":"Field","name":{"kind":"Name","value":"closedBookings"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"needsMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"bansReentry"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"registryStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}}]}}]} as unknown as DocumentNode<RemovalCasesQuery, RemovalCasesQueryVariables>;
export const OpenRemovalCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenRemovalCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenRemovalCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRemovalCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RemovalCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemovalCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemovalCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"triggerDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"runStartDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"changeReportId"}},{"kind":"Field","name":{"kind":"Name","value":"proposerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"meetingMinuteRef"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"banUntil"}},{"kind":"Field","name":{"kind":"Name","value":"closedBookings"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"needsMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"bansReentry"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"registryStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}}]}}]} as unknown as DocumentNode<OpenRemovalCaseMutation, OpenRemovalCaseMutationVariables>;
export const DecideRemovalCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRemovalCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideRemovalCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRemovalCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RemovalCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemovalCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemovalCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"triggerDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"runStartDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"changeReportId"}},{"kind":"Field","name":{"kind":"Name","value":"proposerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"meetingMinuteRef"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"banUntil"}},{"kind":"Field","name":{"kind":"Name","value":"closedBookings"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"needsMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"bansReentry"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"registryStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}}]}}]} as unknown as DocumentNode<DecideRemovalCaseMutation, DecideRemovalCaseMutationVariables>;
export const WithdrawRemovalCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawRemovalCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawRemovalCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRemovalCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RemovalCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemovalCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemovalCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"triggerDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"runStartDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"changeReportId"}},{"kind":"Field","name":{"kind":"Name","value":"proposerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"meetingMinuteRef"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"banUntil"}},{"kind":"Field","name":{"kind":"Name","value":"closedBookings"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"needsMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"bansReentry"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"registryStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}}]}}]} as unknown as DocumentNode<WithdrawRemovalCaseMutation, WithdrawRemovalCaseMutationVariables>;
export const ReentryBansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReentryBans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReentryBanFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reentryBans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"banUntil"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ReentryBansQuery, ReentryBansQueryVariables>;
export const AdmittedInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdmittedInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"registryStatus"},"value":{"kind":"EnumValue","value":"ADMITTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdmittedInstitutionsQuery, AdmittedInstitutionsQueryVariables>;
export const ServiceReportPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceReportPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceReportPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"writable"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"answeredInTime"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"servicesDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServed"}},{"kind":"Field","name":{"kind":"Name","value":"pointToPointServed"}},{"kind":"Field","name":{"kind":"Name","value":"publicWelfareCount"}},{"kind":"Field","name":{"kind":"Name","value":"publicWelfareDescription"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceReportPeriodsQuery, ServiceReportPeriodsQueryVariables>;
export const SaveServiceReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveServiceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveServiceReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveServiceReportMutation, SaveServiceReportMutationVariables>;
export const SubmitServiceReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitServiceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitServiceReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}}]}}]} as unknown as DocumentNode<SubmitServiceReportMutation, SubmitServiceReportMutationVariables>;
export const WorkQueueCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkQueueCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workQueueCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeReportsToVerify"}},{"kind":"Field","name":{"kind":"Name","value":"removalCasesPending"}},{"kind":"Field","name":{"kind":"Name","value":"currentReportDue"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetsPending"}},{"kind":"Field","name":{"kind":"Name","value":"objectionsPending"}},{"kind":"Field","name":{"kind":"Name","value":"overdueBookingsOpen"}}]}}]}}]} as unknown as DocumentNode<WorkQueueCountsQuery, WorkQueueCountsQueryVariables>;
export const InstitutionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]} as unknown as DocumentNode<InstitutionHistoryQuery, InstitutionHistoryQueryVariables>;
export const ReviewApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"paperDeadline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpotCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipsCounty"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutionType"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingExperts"}},{"kind":"Field","name":{"kind":"Name","value":"seniorExperts"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAssets"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"premisesArea"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategories"}},{"kind":"Field","name":{"kind":"Name","value":"otherCategoryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"mainCategoryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activitiesNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenueLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"revenuePrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"profitPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServedPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"activitySessionsPrevYear"}},{"kind":"Field","name":{"kind":"Name","value":"smesServedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"pointToPointEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"declaresNoCreditBlacklist"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSigned"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cityOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"application"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"hasContractProof"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedEnterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reentryBanUntil"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpotCheckFields"}}]}}]}}]} as unknown as DocumentNode<ReviewApplicationMutation, ReviewApplicationMutationVariables>;
export const ReviewApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel"}}]}}]}}]} as unknown as DocumentNode<ReviewApplicationsMutation, ReviewApplicationsMutationVariables>;
export const RecordSpotCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSpotCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSpotCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpotCheckFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpotCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RecordSpotCheckMutation, RecordSpotCheckMutationVariables>;
export const PasswordPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PasswordPolicyQuery, PasswordPolicyQueryVariables>;
export const UpdatePasswordPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePasswordPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePasswordPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePasswordPolicyMutation, UpdatePasswordPolicyMutationVariables>;