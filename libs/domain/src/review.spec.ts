import { describe, expect, it } from '@jest/globals';
import { DomainError } from './errors';
import {
  REVIEW_QUEUES,
  REVIEW_STATUSES,
  reviewQueueMembers,
  reviewQueueOf,
  reviewingBureau,
  reviewStatusLabel,
  validateReviewOpinion,
  REVIEW_STATUS_LABELS,
  ReviewAction,
  ReviewLevel,
  ReviewStatus,
  admitAfterNotice,
  canEditApplication,
  canWithdrawApplication,
  withdrawApplication,
  canResubmit,
  canSubmitApplication,
  initialReviewStatusOnSubmit,
  isFinalStatus,
  nextReviewState,
  objectionUpheld,
  pendingReviewLevel,
  publishToNotice,
  reasonRequired,
  submitApplication,
  validateReviewReason,
} from './review';

describe('labels', () => {
  it.each([
    ['DRAFT', '草稿'],
    ['SUBMITTED', '待初审'],
    ['COUNTY_APPROVED', '待推荐'],
    ['CITY_RECOMMENDED', '待审核'],
    ['PROVINCE_APPROVED', '待公示'],
    ['IN_PUBLIC_NOTICE', '公示中'],
    ['ADMITTED', '已入库'],
    ['RETURNED', '已退回'],
    ['REJECTED', '未通过'],
  ] as const)('%s → %s', (status, label) => {
    expect(REVIEW_STATUS_LABELS[status]).toBe(label);
  });

  it('covers every status', () => {
    expect(Object.keys(REVIEW_STATUS_LABELS).sort()).toEqual([...REVIEW_STATUSES].sort());
  });
});

describe('pendingReviewLevel (Art. 8(2)–(3))', () => {
  it.each<[ReviewStatus, boolean, ReviewLevel | null, string]>([
    ['SUBMITTED', false, 'COUNTY', 'Art. 8(2) 县级初审'],
    ['SUBMITTED', true, 'CITY', 'Art. 8(2) 定州、辛集、雄安新区: no county step'],
    ['COUNTY_APPROVED', false, 'CITY', 'Art. 8(2) 市级推荐'],
    ['CITY_RECOMMENDED', false, 'PROVINCE', 'Art. 8(3) 省级审核'],
    ['CITY_RECOMMENDED', true, 'PROVINCE', 'Art. 8(3) 省级审核'],
    ['DRAFT', false, null, 'not submitted'],
    ['PROVINCE_APPROVED', false, null, 'awaiting public notice, not a review'],
    ['IN_PUBLIC_NOTICE', false, null, 'Art. 8(4) notice running'],
    ['ADMITTED', false, null, 'final'],
    ['RETURNED', false, null, 'back with the applicant'],
    ['REJECTED', true, null, 'final'],
  ])('%s (skipsCounty %s) → %s (%s)', (status, skips, level) => {
    expect(pendingReviewLevel(status, skips)).toBe(level);
  });
});

describe('nextReviewState (Art. 8, SPEC §3.4)', () => {
  it.each<[ReviewStatus, ReviewLevel, ReviewAction, boolean, ReviewStatus, string]>([
    ['SUBMITTED', 'COUNTY', 'APPROVE', false, 'COUNTY_APPROVED', 'Art. 8(2) 初审通过'],
    ['SUBMITTED', 'COUNTY', 'RETURN', false, 'RETURNED', 'Art. 8(2) 初审退回修改'],
    ['SUBMITTED', 'COUNTY', 'REJECT', false, 'REJECTED', 'Art. 8(2) 初审不通过'],
    ['SUBMITTED', 'CITY', 'APPROVE', true, 'CITY_RECOMMENDED', 'Art. 8(2) 定州 city-level recommends directly'],
    ['SUBMITTED', 'CITY', 'RETURN', true, 'RETURNED', 'Art. 8(2) 雄安新区 returns directly'],
    ['COUNTY_APPROVED', 'CITY', 'APPROVE', false, 'CITY_RECOMMENDED', 'Art. 8(2) 市级推荐'],
    ['COUNTY_APPROVED', 'CITY', 'REJECT', false, 'REJECTED', 'Art. 8(2) 市级不推荐'],
    ['CITY_RECOMMENDED', 'PROVINCE', 'APPROVE', false, 'PROVINCE_APPROVED', 'Art. 8(3) 省级审核通过'],
    ['CITY_RECOMMENDED', 'PROVINCE', 'RETURN', true, 'RETURNED', 'Art. 8(3) 省级退回'],
    ['CITY_RECOMMENDED', 'PROVINCE', 'REJECT', false, 'REJECTED', 'Art. 8(3) 省级不通过 (e.g. after spot check)'],
  ])('%s + %s %s (skipsCounty %s) → %s (%s)', (status, level, action, skips, expected) => {
    expect(nextReviewState(status, level, action, skips)).toBe(expected);
  });

  it.each<[ReviewStatus, ReviewLevel, ReviewAction, boolean, string]>([
    ['SUBMITTED', 'CITY', 'APPROVE', false, '当前状态为“待初审”，应由县级审核，市级不能通过'],
    ['SUBMITTED', 'COUNTY', 'APPROVE', true, '当前状态为“待初审”，应由市级审核，县级不能通过'],
    ['SUBMITTED', 'PROVINCE', 'APPROVE', false, '当前状态为“待初审”，应由县级审核，省级不能通过'],
    ['COUNTY_APPROVED', 'COUNTY', 'APPROVE', false, '当前状态为“待推荐”，应由市级审核，县级不能通过'],
    ['CITY_RECOMMENDED', 'CITY', 'RETURN', false, '当前状态为“待审核”，应由省级审核，市级不能退回修改'],
    ['DRAFT', 'COUNTY', 'APPROVE', false, '当前状态为“草稿”，不能进行审核操作'],
    ['RETURNED', 'COUNTY', 'APPROVE', false, '当前状态为“已退回”，不能进行审核操作'],
    ['REJECTED', 'PROVINCE', 'APPROVE', false, '当前状态为“未通过”，不能进行审核操作'],
    ['PROVINCE_APPROVED', 'PROVINCE', 'APPROVE', false, '当前状态为“待公示”，不能进行审核操作'],
    ['ADMITTED', 'PROVINCE', 'REJECT', false, '当前状态为“已入库”，不能进行审核操作'],
  ])('%s + %s %s (skipsCounty %s) throws INVALID_TRANSITION: %s', (status, level, action, skips, message) => {
    let err: unknown;
    try {
      nextReviewState(status, level, action, skips);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'INVALID_TRANSITION', message, details: { status, level, action } });
  });
});

describe('applicant side (Attachment 3: 提交前可编辑、删除；提交后只能查看、导出)', () => {
  it.each<[ReviewStatus, boolean, boolean, boolean]>([
    ['DRAFT', true, true, false],
    ['RETURNED', true, true, true],
    ['SUBMITTED', false, false, false],
    ['COUNTY_APPROVED', false, false, false],
    ['CITY_RECOMMENDED', false, false, false],
    ['PROVINCE_APPROVED', false, false, false],
    ['IN_PUBLIC_NOTICE', false, false, false],
    ['ADMITTED', false, false, false],
    ['REJECTED', false, false, false],
  ])('%s: edit %s, submit %s, resubmit %s', (status, edit, submit, resubmit) => {
    expect(canEditApplication(status)).toBe(edit);
    expect(canSubmitApplication(status)).toBe(submit);
    expect(canResubmit(status)).toBe(resubmit);
    if (submit) expect(submitApplication(status)).toBe('SUBMITTED');
    else expect(() => submitApplication(status)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });

  it.each<[ReviewStatus, boolean, string]>([
    ['SUBMITTED', true, '待初审：县级（或定州、辛集、雄安的市级）尚未审核'],
    ['DRAFT', false, '当前状态为“草稿”，申请尚未提交，无需撤回'],
    ['RETURNED', false, '当前状态为“已退回”，申请尚未提交，无需撤回'],
    ['COUNTY_APPROVED', false, '当前状态为“待推荐”，审核部门已受理并作出审核，不能再撤回'],
    ['CITY_RECOMMENDED', false, '当前状态为“待审核”，审核部门已受理并作出审核，不能再撤回'],
    ['PROVINCE_APPROVED', false, '当前状态为“待公示”，审核部门已受理并作出审核，不能再撤回'],
    ['IN_PUBLIC_NOTICE', false, '当前状态为“公示中”，审核部门已受理并作出审核，不能再撤回'],
    ['ADMITTED', false, '当前状态为“已入库”，审核部门已受理并作出审核，不能再撤回'],
    ['REJECTED', false, '当前状态为“未通过”，审核部门已受理并作出审核，不能再撤回'],
  ])('withdraw (Art. 8, issue #12: until the first review level acts) from %s: %s — %s', (status, allowed, message) => {
    expect(canWithdrawApplication(status)).toBe(allowed);
    if (allowed) expect(withdrawApplication(status)).toBe('DRAFT');
    else expect(() => withdrawApplication(status)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION', message }));
  });

  it('submission always starts at SUBMITTED', () => {
    expect(initialReviewStatusOnSubmit()).toBe('SUBMITTED');
  });
});

describe('public notice (Art. 8(4) 公示五个工作日；公示无异议的，直接纳入)', () => {
  it.each<[ReviewStatus, ReviewStatus | 'INVALID_TRANSITION']>([
    ['PROVINCE_APPROVED', 'IN_PUBLIC_NOTICE'],
    ['CITY_RECOMMENDED', 'INVALID_TRANSITION'],
    ['IN_PUBLIC_NOTICE', 'INVALID_TRANSITION'],
    ['ADMITTED', 'INVALID_TRANSITION'],
  ])('publishToNotice(%s) → %s', (status, expected) => {
    if (expected === 'INVALID_TRANSITION') expect(() => publishToNotice(status)).toThrow(DomainError);
    else expect(publishToNotice(status)).toBe(expected);
  });

  it.each<[ReviewStatus, string, string, string]>([
    ['IN_PUBLIC_NOTICE', '2025-06-19', '2025-06-20', 'ADMITTED'],
    ['IN_PUBLIC_NOTICE', '2025-06-19', '2025-07-01', 'ADMITTED'],
    ['IN_PUBLIC_NOTICE', '2025-06-19', '2025-06-19', 'NOTICE_NOT_ENDED'],
    ['IN_PUBLIC_NOTICE', '2025-06-19', '2025-06-16', 'NOTICE_NOT_ENDED'],
    ['PROVINCE_APPROVED', '2025-06-19', '2025-06-20', 'INVALID_TRANSITION'],
    ['REJECTED', '2025-06-19', '2025-06-20', 'INVALID_TRANSITION'],
  ])('admitAfterNotice(%s, ends %s, today %s) → %s', (status, end, today, expected) => {
    if (expected === 'ADMITTED') expect(admitAfterNotice(status, end, today)).toBe('ADMITTED');
    else expect(() => admitAfterNotice(status, end, today)).toThrow(expect.objectContaining({ code: expected }));
  });

  it('explains when the notice ends', () => {
    expect(() => admitAfterNotice('IN_PUBLIC_NOTICE', '2025-06-19', '2025-06-19')).toThrow('公示期至2025-06-19结束，公示期满后方可入库');
  });

  it.each<[ReviewStatus, ReviewStatus | 'INVALID_TRANSITION']>([
    ['IN_PUBLIC_NOTICE', 'REJECTED'],
    ['PROVINCE_APPROVED', 'INVALID_TRANSITION'],
    ['ADMITTED', 'INVALID_TRANSITION'],
  ])('objectionUpheld(%s) → %s', (status, expected) => {
    if (expected === 'INVALID_TRANSITION') expect(() => objectionUpheld(status)).toThrow(DomainError);
    else expect(objectionUpheld(status)).toBe(expected);
  });

  it.each<[ReviewStatus, boolean]>([
    ['ADMITTED', true],
    ['REJECTED', true],
    ['RETURNED', false],
    ['IN_PUBLIC_NOTICE', false],
  ])('isFinalStatus(%s) = %s', (status, expected) => {
    expect(isFinalStatus(status)).toBe(expected);
  });
});

describe('reasons (SPEC §3.4: REJECTED is final, with reason)', () => {
  it.each<[ReviewAction, string | null, boolean, string[]]>([
    ['APPROVE', null, false, []],
    ['APPROVE', '', false, []],
    ['RETURN', '附件8审计报告缺少2024年度', true, []],
    ['RETURN', '   ', true, ['REASON_REQUIRED']],
    ['REJECT', null, true, ['REASON_REQUIRED']],
    ['REJECT', '实地抽查服务场所不足150平方米', true, []],
  ])('%s with reason %j: required %s → %j', (action, reason, required, codes) => {
    expect(reasonRequired(action)).toBe(required);
    expect(validateReviewReason(action, reason).map((v) => v.code)).toEqual(codes);
  });

  it('message names the action', () => {
    expect(validateReviewReason('RETURN', '')).toEqual([{ field: 'reason', code: 'REASON_REQUIRED', message: '退回修改时必须填写理由' }]);
  });
});

describe('review queues (Art. 8(2): 定州、辛集、雄安 skip the county step; Art. 8(3): 待公示 is not yet 公示中)', () => {
  it.each([
    ['SUBMITTED', false, 'PENDING_COUNTY', '待初审'],
    ['SUBMITTED', true, 'PENDING_CITY', '待推荐'],
    ['COUNTY_APPROVED', false, 'PENDING_CITY', '待推荐'],
    ['CITY_RECOMMENDED', true, 'PENDING_PROVINCE', '待审核'],
    ['PROVINCE_APPROVED', false, 'PENDING_NOTICE', '待公示'],
    ['PROVINCE_APPROVED', true, 'PENDING_NOTICE', '待公示'],
    ['IN_PUBLIC_NOTICE', true, 'NOTICE', '公示中'],
    ['IN_PUBLIC_NOTICE', false, 'NOTICE', '公示中'],
    ['ADMITTED', false, 'ADMITTED', '已入库'],
    ['RETURNED', true, 'RETURNED', '已退回'],
    ['REJECTED', false, 'REJECTED', '未通过'],
    ['DRAFT', false, 'DRAFT', '草稿'],
  ] as const)('%s (skipsCounty=%s) sits in %s and reads %s', (status, skipsCounty, queue, label) => {
    expect(reviewQueueOf(status, skipsCounty)).toBe(queue);
    expect(reviewStatusLabel(status, skipsCounty)).toBe(label);
    expect(reviewQueueMembers(queue)).toContainEqual({ status, skipsCounty });
  });

  it('every (status, skipsCounty) pair is in exactly one queue', () => {
    const all = REVIEW_QUEUES.flatMap((q) => reviewQueueMembers(q));
    expect(all).toHaveLength(REVIEW_STATUSES.length * 2);
  });
});

describe('validateReviewOpinion (Art. 8(2) 市级推荐部门意见; SPEC §3.4 reasons)', () => {
  it.each([
    ['CITY', 'APPROVE', '', 'OPINION_REQUIRED'],
    ['CITY', 'APPROVE', '同意推荐', null],
    ['COUNTY', 'APPROVE', '', null],
    ['PROVINCE', 'APPROVE', null, null],
    ['PROVINCE', 'RETURN', '  ', 'REASON_REQUIRED'],
    ['COUNTY', 'REJECT', '材料不实', null],
  ] as const)('%s %s with %j → %s', (level, action, opinion, code) => {
    const violations = validateReviewOpinion(level, action, opinion);
    expect(violations.map((v) => v.code)).toEqual(code ? [code] : []);
    violations.forEach((v) => expect(v.field).toBe('opinion'));
  });
});

// Art. 8: 县级初审 → 市级推荐 → 省级审核; 定州、辛集 and 雄安新区 skip the county step, their own bureau recommends.
describe('reviewingBureau: whose queue an application waits in (Art. 8)', () => {
  const pingquan = { countyCode: '130881', cityCode: '130800' };
  const dingzhou = { countyCode: '130682', cityCode: '130682' };
  it.each([
    ['SUBMITTED', false, pingquan, { level: 'COUNTY', divisionCode: '130881' }],
    ['SUBMITTED', true, dingzhou, { level: 'CITY', divisionCode: '130682' }],
    ['COUNTY_APPROVED', false, pingquan, { level: 'CITY', divisionCode: '130800' }],
    ['CITY_RECOMMENDED', false, pingquan, { level: 'PROVINCE', divisionCode: '130000' }],
    ['CITY_RECOMMENDED', true, dingzhou, { level: 'PROVINCE', divisionCode: '130000' }],
    ['DRAFT', false, pingquan, null],
    ['RETURNED', false, pingquan, null],
    ['PROVINCE_APPROVED', false, pingquan, null],
    ['ADMITTED', false, pingquan, null],
  ] as const)('%s (skips county: %s) waits with %p → %p', (status, skips, place, bureau) => {
    expect(reviewingBureau(status, skips, place)).toEqual(bureau);
  });
});
