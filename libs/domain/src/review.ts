/**
 * Application review chain (Art. 8, SPEC §3.4):
 * DRAFT → SUBMITTED → COUNTY_APPROVED → CITY_RECOMMENDED → PROVINCE_APPROVED → IN_PUBLIC_NOTICE → ADMITTED,
 * with RETURNED (editable again) and REJECTED (final) reachable from every review step.
 */
import { IsoDate, compareIsoDate } from './calendar';
import { HEBEI_PROVINCE_CODE } from './divisions';
import { DomainError, FieldViolation } from './errors';

export const REVIEW_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'COUNTY_APPROVED',
  'CITY_RECOMMENDED',
  'PROVINCE_APPROVED',
  'IN_PUBLIC_NOTICE',
  'ADMITTED',
  'RETURNED',
  'REJECTED',
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_LEVELS = ['COUNTY', 'CITY', 'PROVINCE'] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

export const REVIEW_ACTIONS = ['APPROVE', 'RETURN', 'REJECT'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The events of an application's timeline, as the detail page, the print view and the export name them. */
export const APPLICATION_EVENT_TYPES = [
  'CREATE',
  'SUBMIT',
  'RESUBMIT',
  'WITHDRAW',
  'APPROVE',
  'RETURN',
  'REJECT',
  'SPOT_CHECK',
  'PUBLISH',
  'OBJECTION_UPHELD',
  'ADMIT',
] as const;
export type ApplicationEventType = (typeof APPLICATION_EVENT_TYPES)[number];

export const APPLICATION_EVENT_LABELS: Readonly<Record<ApplicationEventType, string>> = {
  CREATE: '创建申请',
  SUBMIT: '提交申请',
  RESUBMIT: '修改后重新提交',
  WITHDRAW: '申请人撤回',
  APPROVE: '审核通过',
  RETURN: '退回修改',
  REJECT: '不予通过',
  SPOT_CHECK: '实地抽查',
  PUBLISH: '发布公示',
  OBJECTION_UPHELD: '异议成立',
  ADMIT: '纳入服务资源库',
};

/** Labels name what the application is waiting for, as reviewers see it in their queues. */
export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  DRAFT: '草稿',
  SUBMITTED: '待初审',
  COUNTY_APPROVED: '待推荐',
  CITY_RECOMMENDED: '待审核',
  PROVINCE_APPROVED: '待公示',
  IN_PUBLIC_NOTICE: '公示中',
  ADMITTED: '已入库',
  RETURNED: '已退回',
  REJECTED: '未通过',
};

export const REVIEW_LEVEL_LABELS: Readonly<Record<ReviewLevel, string>> = {
  COUNTY: '县级',
  CITY: '市级',
  PROVINCE: '省级',
};

export const REVIEW_ACTION_LABELS: Readonly<Record<ReviewAction, string>> = {
  APPROVE: '通过',
  RETURN: '退回修改',
  REJECT: '不予通过',
};

function invalid(message: string, details: Record<string, unknown>): DomainError {
  return new DomainError('INVALID_TRANSITION', message, details);
}

/** Submitting a draft (or a returned application) always lands here, even when the county step is skipped. */
export function initialReviewStatusOnSubmit(): ReviewStatus {
  return 'SUBMITTED';
}

/**
 * Which level must act next; null when no review is pending.
 * @param skipsCounty the institution sits in/under 定州、辛集、雄安新区 (see skipsCountyReview)
 */
export function pendingReviewLevel(status: ReviewStatus, skipsCounty: boolean): ReviewLevel | null {
  switch (status) {
    case 'SUBMITTED':
      return skipsCounty ? 'CITY' : 'COUNTY';
    case 'COUNTY_APPROVED':
      return 'CITY';
    case 'CITY_RECOMMENDED':
      return 'PROVINCE';
    default:
      return null;
  }
}

const APPROVED_AT: Readonly<Record<ReviewLevel, ReviewStatus>> = {
  COUNTY: 'COUNTY_APPROVED', // 初审通过
  CITY: 'CITY_RECOMMENDED', // 市级推荐
  PROVINCE: 'PROVINCE_APPROVED', // 省级审核通过, awaiting public notice
};

/**
 * The bureau whose queue an application in `status` waits in (Art. 8): the county of its place for 初审, the city (the
 * place itself for 定州、辛集 and under 雄安新区, whose county step is skipped) for 推荐, the province for 审核; null when no
 * review is pending. `place.cityCode` is the city-level division of the application's county.
 */
export function reviewingBureau(
  status: ReviewStatus,
  skipsCounty: boolean,
  place: { countyCode: string; cityCode: string },
): { level: ReviewLevel; divisionCode: string } | null {
  const level = pendingReviewLevel(status, skipsCounty);
  if (!level) return null;
  const divisionCode = level === 'COUNTY' ? place.countyCode : level === 'CITY' ? place.cityCode : HEBEI_PROVINCE_CODE;
  return { level, divisionCode };
}

/** The status after `level` takes `action`; throws INVALID_TRANSITION if that level may not act now. */
export function nextReviewState(status: ReviewStatus, level: ReviewLevel, action: ReviewAction, skipsCounty: boolean): ReviewStatus {
  const pending = pendingReviewLevel(status, skipsCounty);
  if (pending !== level) {
    const now = `当前状态为“${REVIEW_STATUS_LABELS[status]}”`;
    throw invalid(
      pending
        ? `${now}，应由${REVIEW_LEVEL_LABELS[pending]}审核，${REVIEW_LEVEL_LABELS[level]}不能${REVIEW_ACTION_LABELS[action]}`
        : `${now}，不能进行审核操作`,
      { status, level, action, pendingLevel: pending },
    );
  }
  switch (action) {
    case 'APPROVE':
      return APPROVED_AT[level];
    case 'RETURN':
      return 'RETURNED';
    case 'REJECT':
      return 'REJECTED';
  }
}

/** RETURN and REJECT must say why (SPEC §3.4: every decision records an opinion; REJECTED carries a reason). */
export function reasonRequired(action: ReviewAction): boolean {
  return action === 'RETURN' || action === 'REJECT';
}

export function validateReviewReason(action: ReviewAction, reason?: string | null): FieldViolation[] {
  if (reasonRequired(action) && !(reason ?? '').trim()) {
    return [
      {
        field: 'reason',
        code: 'REASON_REQUIRED',
        message: `${REVIEW_ACTION_LABELS[action]}时必须填写理由`,
      },
    ];
  }
  return [];
}

/** The applicant may edit (or delete a draft) only before submission or after being returned (Attachment 3). */
export function canEditApplication(status: ReviewStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

/** First submission or resubmission after 退回修改. */
export function canSubmitApplication(status: ReviewStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

export function canResubmit(status: ReviewStatus): boolean {
  return status === 'RETURNED';
}

/** DRAFT/RETURNED → SUBMITTED. */
export function submitApplication(status: ReviewStatus): ReviewStatus {
  if (!canSubmitApplication(status)) {
    throw invalid(`当前状态为“${REVIEW_STATUS_LABELS[status]}”，不能提交`, { status });
  }
  return initialReviewStatusOnSubmit();
}

/**
 * The applicant takes a submitted application back until the first review level acts (issue #12): SUBMITTED → DRAFT,
 * editable again and out of the reviewers' queue. Once the county (or, for 定州/辛集/雄安, the city) has acted, it stays.
 */
export function canWithdrawApplication(status: ReviewStatus): boolean {
  return status === 'SUBMITTED';
}

export function withdrawApplication(status: ReviewStatus): ReviewStatus {
  if (!canWithdrawApplication(status)) {
    const why = status === 'DRAFT' || status === 'RETURNED' ? '申请尚未提交，无需撤回' : '审核部门已受理并作出审核，不能再撤回';
    throw invalid(`当前状态为“${REVIEW_STATUS_LABELS[status]}”，${why}`, { status });
  }
  return 'DRAFT';
}

/** Art. 8(4): the province publishes its approved list. */
export function publishToNotice(status: ReviewStatus): ReviewStatus {
  if (status !== 'PROVINCE_APPROVED') {
    throw invalid(`当前状态为“${REVIEW_STATUS_LABELS[status]}”，只有省级审核通过的申请才能公示`, { status });
  }
  return 'IN_PUBLIC_NOTICE';
}

/**
 * Art. 8(4) 公示无异议的，直接纳入: admitted once the notice has ended (the notice runs
 * through the end of `noticeEnd`, so admission happens from the next day on).
 */
export function admitAfterNotice(status: ReviewStatus, noticeEnd: IsoDate, today: IsoDate): ReviewStatus {
  if (status !== 'IN_PUBLIC_NOTICE') {
    throw invalid(`当前状态为“${REVIEW_STATUS_LABELS[status]}”，不在公示中，不能入库`, { status });
  }
  if (compareIsoDate(today, noticeEnd) <= 0) {
    throw new DomainError('NOTICE_NOT_ENDED', `公示期至${noticeEnd}结束，公示期满后方可入库`, { noticeEnd, today });
  }
  return 'ADMITTED';
}

/** An objection upheld during the notice rejects the application (SPEC §3.4). */
export function objectionUpheld(status: ReviewStatus): ReviewStatus {
  if (status !== 'IN_PUBLIC_NOTICE') {
    throw invalid(`当前状态为“${REVIEW_STATUS_LABELS[status]}”，不在公示中，不能处理异议`, { status });
  }
  return 'REJECTED';
}

export function isFinalStatus(status: ReviewStatus): boolean {
  return status === 'ADMITTED' || status === 'REJECTED';
}

// ---------------------------------------------------------------------------
// Review queues (the reviewers' tabs) and what an application is called in them
// ---------------------------------------------------------------------------

export const REVIEW_QUEUES = [
  'PENDING_COUNTY',
  'PENDING_CITY',
  'PENDING_PROVINCE',
  'PENDING_NOTICE',
  'NOTICE',
  'ADMITTED',
  'RETURNED',
  'REJECTED',
  'DRAFT',
] as const;
export type ReviewQueue = (typeof REVIEW_QUEUES)[number];

const PENDING_QUEUE: Readonly<Record<ReviewLevel, ReviewQueue>> = {
  COUNTY: 'PENDING_COUNTY',
  CITY: 'PENDING_CITY',
  PROVINCE: 'PENDING_PROVINCE',
};

/** The tab an application sits in: the level it waits for, or where its status puts it. */
export function reviewQueueOf(status: ReviewStatus, skipsCounty: boolean): ReviewQueue {
  const level = pendingReviewLevel(status, skipsCounty);
  if (level) return PENDING_QUEUE[level];
  switch (status) {
    // 待公示 (approved by the province, no notice published yet) is its own tab: 公示中 lists only what is on notice.
    case 'PROVINCE_APPROVED':
      return 'PENDING_NOTICE';
    case 'IN_PUBLIC_NOTICE':
      return 'NOTICE';
    case 'ADMITTED':
    case 'RETURNED':
    case 'REJECTED':
      return status;
    default:
      return 'DRAFT';
  }
}

/** Every (status, skipsCounty) pair of a queue, for turning a tab into a WHERE clause. */
export function reviewQueueMembers(queue: ReviewQueue): { status: ReviewStatus; skipsCounty: boolean }[] {
  return REVIEW_STATUSES.flatMap((status) => [false, true].map((skipsCounty) => ({ status, skipsCounty }))).filter(
    (m) => reviewQueueOf(m.status, m.skipsCounty) === queue,
  );
}

/** A submitted application of 定州/辛集/雄安 waits for the city, so it reads 待推荐 rather than 待初审. */
export function reviewStatusLabel(status: ReviewStatus, skipsCounty: boolean): string {
  return status === 'SUBMITTED' && skipsCounty ? REVIEW_STATUS_LABELS.COUNTY_APPROVED : REVIEW_STATUS_LABELS[status];
}

/** Art. 8(2): the city's recommendation carries its opinion (市级推荐部门意见); RETURN and REJECT say why. */
export function validateReviewOpinion(level: ReviewLevel, action: ReviewAction, opinion?: string | null): FieldViolation[] {
  const text = (opinion ?? '').trim();
  if (reasonRequired(action) && !text) return validateReviewReason(action, text).map((v) => ({ ...v, field: 'opinion' }));
  if (level === 'CITY' && action === 'APPROVE' && !text) {
    return [{ field: 'opinion', code: 'OPINION_REQUIRED', message: '市级推荐须填写推荐意见' }];
  }
  return [];
}
