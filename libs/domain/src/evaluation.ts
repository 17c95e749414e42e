/**
 * The annual evaluation (年度评价, Art. 5, 12, SPEC §4.3): rubric validation, the computed indicators as pure functions
 * of counts (the SQL only counts), N/A redistribution, the total, grade bands, and the lifecycles of rubric versions,
 * campaigns and score sheets.
 */
import { FieldViolation } from './errors';
import { BOOKING_RATING_MAX } from './booking';
import {
  EVALUATION_FULL_ENTERPRISES_SERVED,
  EVALUATION_FULL_PUBLIC_WELFARE,
  EVALUATION_MIN_RATINGS,
  EVALUATION_TOTAL_POINTS,
} from './guideline';
import { defineStateMachine } from './state-machine';

/** The fixed catalogue of data sources a COMPUTED indicator may read. */
export const EVALUATION_SOURCES = [
  'REPORTING_COMPLIANCE',
  'BOOKING_RESPONSE',
  'BOOKING_COMPLETION',
  'SATISFACTION',
  'ENTERPRISES_SERVED',
  'PUBLIC_WELFARE',
] as const;
export type EvaluationSource = (typeof EVALUATION_SOURCES)[number];

export const EVALUATION_SOURCE_LABELS: Readonly<Record<EvaluationSource, string>> = {
  REPORTING_COMPLIANCE: '按时填报季度报告数 ÷ 应填报数',
  BOOKING_RESPONSE: '5个工作日内答复的预约数 ÷ 收到的预约数',
  BOOKING_COMPLETION: '完成的预约数 ÷ 接受的预约数',
  SATISFACTION: `平均评分 ÷ ${BOOKING_RATING_MAX}（至少${EVALUATION_MIN_RATINGS}个评分）`,
  ENTERPRISES_SERVED: `min(1, 服务企业数 ÷ ${EVALUATION_FULL_ENTERPRISES_SERVED})`,
  PUBLIC_WELFARE: `min(1, 参加公益活动及报告公益服务次数 ÷ ${EVALUATION_FULL_PUBLIC_WELFARE})`,
};

export function isEvaluationSource(value: unknown): value is EvaluationSource {
  return typeof value === 'string' && (EVALUATION_SOURCES as readonly string[]).includes(value);
}

/**
 * The counts behind a computed indicator: `count` over `base` (satisfaction: the sum of ratings over their number;
 * enterprises served: the enterprises over the reports that carry them). See `computedIndicatorValue`.
 */
export interface IndicatorCounts {
  count: number;
  base: number;
}

const ratio = (count: number, base: number): number | null => (base > 0 ? Math.min(1, Math.max(0, count / base)) : null);

/** 信息上报: on-time quarterly reports ÷ reports due in the year (Art. 10); N/A when none was due. */
export const reportingComplianceValue = (onTime: number, due: number): number | null => ratio(onTime, due);
/** 需求响应: bookings answered within 5 working days ÷ bookings received (Art. 13(2)); N/A without bookings. */
export const bookingResponseValue = (answeredInTime: number, received: number): number | null => ratio(answeredInTime, received);
/** 服务执行: completed ÷ accepted bookings; N/A when none was accepted. */
export const bookingCompletionValue = (completed: number, accepted: number): number | null => ratio(completed, accepted);
/** 服务满意度: average rating ÷ 5, only with at least 3 ratings. */
export const satisfactionValue = (ratingSum: number, ratingCount: number): number | null =>
  ratingCount >= EVALUATION_MIN_RATINGS ? ratio(ratingSum, ratingCount * BOOKING_RATING_MAX) : null;
/** 服务规模: min(1, enterprises served ÷ 100) (Art. 6(6)); N/A when no report carried the figure. */
export const enterprisesServedValue = (served: number, reports: number): number | null =>
  reports > 0 ? Math.min(1, Math.max(0, served) / EVALUATION_FULL_ENTERPRISES_SERVED) : null;
/** 公益服务: min(1, activities joined (confirmed) + services reported ÷ 4) (Art. 13(3), 14); never N/A. */
export const publicWelfareValue = (joinedOrReported: number): number =>
  Math.min(1, Math.max(0, joinedOrReported) / EVALUATION_FULL_PUBLIC_WELFARE);

export function computedIndicatorValue(source: EvaluationSource, c: IndicatorCounts): number | null {
  switch (source) {
    case 'REPORTING_COMPLIANCE':
      return reportingComplianceValue(c.count, c.base);
    case 'BOOKING_RESPONSE':
      return bookingResponseValue(c.count, c.base);
    case 'BOOKING_COMPLETION':
      return bookingCompletionValue(c.count, c.base);
    case 'SATISFACTION':
      return satisfactionValue(c.count, c.base);
    case 'ENTERPRISES_SERVED':
      return enterprisesServedValue(c.count, c.base);
    case 'PUBLIC_WELFARE':
      return publicWelfareValue(c.count);
  }
}

/** Half-up to one decimal, immune to binary fractions (84.45 → 84.5). */
export function roundHalfUp1(x: number): number {
  return Math.round((x + Math.sign(x) * 1e-9) * 10) / 10;
}

/**
 * The total of a sheet: value is the achieved fraction 0..1 (null = N/A). N/A points are shared out proportionally:
 * Σpoints × Σ(points·value) ÷ Σ(points of non-N/A), rounded half-up to one decimal at the end only; all N/A → 0.
 */
export function evaluationTotal(indicators: { points: number; value: number | null }[]): number {
  const all = indicators.reduce((s, i) => s + i.points, 0);
  const present = indicators.filter((i) => i.value !== null);
  const presentPoints = present.reduce((s, i) => s + i.points, 0);
  if (presentPoints <= 0) return 0;
  const achieved = present.reduce((s, i) => s + i.points * (i.value as number), 0);
  return roundHalfUp1((all * achieved) / presentPoints);
}

/** The highest band whose min ≤ total; a failed on-site verification (实地核查) gives the lowest band. */
export function gradeFor(total: number, bands: { grade: string; min: number }[], onSiteFailed: boolean): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  if (!sorted.length) return '';
  if (onSiteFailed) return sorted[sorted.length - 1].grade;
  return (sorted.find((b) => b.min <= total) ?? sorted[sorted.length - 1]).grade;
}

export type IndicatorKind = 'COMPUTED' | 'SCORED';

export interface RubricIndicator {
  code: string;
  name: string;
  kind: IndicatorKind;
  points: number;
  /** COMPUTED: the data source. */
  source?: EvaluationSource | null;
  /** SCORED: the highest score a scorer may give (the indicator earns points × score ÷ maxScore). */
  maxScore?: number | null;
  guidance?: string | null;
}

export interface GradeBand {
  grade: string;
  min: number;
}

/** SPEC §4.3's default rubric (100 points) and grade bands. */
export const DEFAULT_RUBRIC: { indicators: RubricIndicator[]; bands: GradeBand[] } = {
  indicators: [
    { code: 'REPORTING', name: '信息上报', kind: 'COMPUTED', points: 15, source: 'REPORTING_COMPLIANCE' },
    { code: 'RESPONSE', name: '需求响应', kind: 'COMPUTED', points: 20, source: 'BOOKING_RESPONSE' },
    { code: 'EXECUTION', name: '服务执行', kind: 'COMPUTED', points: 10, source: 'BOOKING_COMPLETION' },
    { code: 'SATISFACTION', name: '服务满意度', kind: 'COMPUTED', points: 10, source: 'SATISFACTION' },
    { code: 'SCALE', name: '服务规模', kind: 'COMPUTED', points: 10, source: 'ENTERPRISES_SERVED' },
    { code: 'WELFARE', name: '公益服务', kind: 'COMPUTED', points: 10, source: 'PUBLIC_WELFARE' },
    {
      code: 'CAPABILITY',
      name: '服务能力',
      kind: 'SCORED',
      points: 15,
      maxScore: 15,
      guidance: '合作专家、场地、服务产品是否保持更新（第十三条第（一）项）',
    },
    {
      code: 'COMPLIANCE',
      name: '规范管理',
      kind: 'SCORED',
      points: 10,
      maxScore: 10,
      guidance: '按规定报告重大变化，无违规行为，配合主管部门工作',
    },
  ],
  bands: [
    { grade: '优秀', min: 90 },
    { grade: '良好', min: 75 },
    { grade: '合格', min: 60 },
    { grade: '不合格', min: 0 },
  ],
};

/** The grade that proposes removal (Art. 12). */
export const FAILING_GRADE = '不合格';

/** What is wrong with a rubric version: points must add up to 100, codes unique, each kind complete, bands ordered. */
export function rubricViolations(indicators: RubricIndicator[], bands: GradeBand[]): FieldViolation[] {
  const out: FieldViolation[] = [];
  if (!indicators.length) out.push({ field: 'indicators', code: 'RUBRIC_EMPTY', message: '请至少设置一个评价指标' });
  const total = indicators.reduce((s, i) => s + (Number.isFinite(i.points) ? i.points : 0), 0);
  if (indicators.length && Math.abs(total - EVALUATION_TOTAL_POINTS) > 1e-9) {
    out.push({
      field: 'indicators',
      code: 'RUBRIC_POINTS_NOT_100',
      message: `各指标分值合计应为${EVALUATION_TOTAL_POINTS}分，当前为${roundHalfUp1(total)}分`,
    });
  }
  const seen = new Set<string>();
  indicators.forEach((i, n) => {
    const at = `indicators.${n}`;
    if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(i.code))
      out.push({ field: `${at}.code`, code: 'INDICATOR_CODE_INVALID', message: '指标代码应为大写字母、数字或下划线' });
    else if (seen.has(i.code)) out.push({ field: `${at}.code`, code: 'INDICATOR_CODE_DUPLICATE', message: `指标代码“${i.code}”重复` });
    seen.add(i.code);
    if (!i.name.trim()) out.push({ field: `${at}.name`, code: 'INDICATOR_NAME_REQUIRED', message: '请填写指标名称' });
    if (!(i.points > 0)) out.push({ field: `${at}.points`, code: 'INDICATOR_POINTS_INVALID', message: '指标分值应大于0' });
    if (i.kind === 'COMPUTED' && !isEvaluationSource(i.source)) {
      out.push({ field: `${at}.source`, code: 'INDICATOR_SOURCE_INVALID', message: '计算指标须从数据来源目录中选择' });
    }
    if (i.kind === 'SCORED' && !(Number(i.maxScore) > 0)) {
      out.push({ field: `${at}.maxScore`, code: 'INDICATOR_MAX_INVALID', message: '评分指标须设置大于0的满分' });
    }
  });
  if (!bands.length) out.push({ field: 'bands', code: 'BANDS_EMPTY', message: '请设置等级' });
  const grades = new Set(bands.map((b) => b.grade.trim()));
  if (grades.size !== bands.length || bands.some((b) => !b.grade.trim())) {
    out.push({ field: 'bands', code: 'BANDS_INVALID', message: '等级名称不能为空且不能重复' });
  }
  if (bands.length && !bands.some((b) => b.min === 0))
    out.push({ field: 'bands', code: 'BANDS_NO_FLOOR', message: '最低等级的下限应为0分' });
  if (bands.some((b) => !(b.min >= 0 && b.min <= EVALUATION_TOTAL_POINTS))) {
    out.push({ field: 'bands', code: 'BANDS_RANGE', message: `等级下限应在0至${EVALUATION_TOTAL_POINTS}分之间` });
  }
  return out;
}

/** A score for a SCORED indicator: 0 ≤ score ≤ maximum, at most one decimal. */
export function scoreViolation(field: string, score: number, maxScore: number): FieldViolation | null {
  if (!Number.isFinite(score) || score < 0) return { field, code: 'SCORE_NEGATIVE', message: '评分不能为负数' };
  if (score > maxScore) return { field, code: 'SCORE_ABOVE_MAX', message: `评分不能超过该指标满分${maxScore}分` };
  if (Math.abs(score * 10 - Math.round(score * 10)) > 1e-9) return { field, code: 'SCORE_PRECISION', message: '评分最多保留一位小数' };
  return null;
}

export const rubricMachine = defineStateMachine({
  subject: '该评价指标体系版本',
  code: 'EVALUATION_RUBRIC_LOCKED',
  states: { DRAFT: '为草稿', LOCKED: '已被评价活动使用并锁定' },
  events: { EDIT: '修改', LOCK: '锁定' },
  transitions: {
    EDIT: { from: ['DRAFT'], to: 'DRAFT', refusals: { LOCKED: '该版本已被评价活动使用并锁定，不能修改；请另存为新版本' } },
    LOCK: { from: ['DRAFT', 'LOCKED'], to: 'LOCKED' },
  },
});
export type RubricStatus = keyof typeof rubricMachine.def.states;

export const campaignMachine = defineStateMachine({
  subject: '该评价活动',
  code: 'EVALUATION_CAMPAIGN_PUBLISHED',
  states: { OPEN: '进行中', PUBLISHED: '已发布' },
  events: { SCORE: '评分', REFRESH: '刷新计算指标', PUBLISH: '发布' },
  transitions: {
    SCORE: { from: ['OPEN'], to: 'OPEN', refusals: { PUBLISHED: '该评价活动已发布，结果已冻结，不能再评分' } },
    REFRESH: { from: ['OPEN'], to: 'OPEN', refusals: { PUBLISHED: '该评价活动已发布，计算指标已冻结，不能再刷新' } },
    PUBLISH: { from: ['OPEN'], to: 'PUBLISHED', refusals: { PUBLISHED: '该评价活动已发布' } },
  },
});
export type CampaignStatus = keyof typeof campaignMachine.def.states;

export const sheetMachine = defineStateMachine({
  subject: '该评分表',
  code: 'EVALUATION_SHEET_INVALID_STATE',
  states: { PENDING: '待评分', SCORED: '已评分', PUBLISHED: '已发布' },
  events: { SAVE: '保存评分', COMPLETE: '完成评分', PUBLISH: '发布' },
  transitions: {
    SAVE: { from: ['PENDING', 'SCORED'], to: 'PENDING', refusals: { PUBLISHED: '该评分表已发布，结果已冻结' } },
    COMPLETE: { from: ['PENDING', 'SCORED'], to: 'SCORED', refusals: { PUBLISHED: '该评分表已发布，结果已冻结' } },
    PUBLISH: { from: ['SCORED'], to: 'PUBLISHED', refusals: { PENDING: '该评分表尚未完成评分' } },
  },
});
export type SheetStatus = keyof typeof sheetMachine.def.states;

export interface SheetIndicatorInput {
  indicator: RubricIndicator;
  counts?: IndicatorCounts | null;
  score?: number | null;
}

/** Each indicator's achieved fraction (null = N/A; an unscored SCORED indicator is 0 once the sheet is complete). */
export function indicatorValue(i: SheetIndicatorInput): number | null {
  if (i.indicator.kind === 'COMPUTED') {
    return i.indicator.source && i.counts ? computedIndicatorValue(i.indicator.source, i.counts) : null;
  }
  const max = Number(i.indicator.maxScore) || 0;
  return max > 0 ? Math.min(1, Math.max(0, Number(i.score ?? 0)) / max) : null;
}

/** Every SCORED indicator has a score: the sheet is complete. */
export function isSheetComplete(indicators: RubricIndicator[], scores: Readonly<Record<string, number | null | undefined>>): boolean {
  return indicators.filter((i) => i.kind === 'SCORED').every((i) => typeof scores[i.code] === 'number');
}

/** Points shared out from N/A indicators (shown on the result). */
export function naPoints(indicators: { points: number; value: number | null }[]): number {
  return indicators.filter((i) => i.value === null).reduce((s, i) => s + i.points, 0);
}

export const ACTIVITY_TYPES = [
  'HUNDRED_SESSIONS',
  'YIQI_YIQI',
  'DIGITAL',
  'TECH_RESULTS',
  'QUALITY_BRAND',
  'SPECIALIZED',
  'OTHER',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
/** SPEC §4.6 (Art. 13(3), 14). */
export const ACTIVITY_TYPE_LABELS: Readonly<Record<ActivityType, string>> = {
  HUNDRED_SESSIONS: '百场万家',
  YIQI_YIQI: '一起益企',
  DIGITAL: '数字化赋能',
  TECH_RESULTS: '科技成果赋智',
  QUALITY_BRAND: '质量标准品牌赋值',
  SPECIALIZED: '专精特新企业赋能',
  OTHER: '其他',
};

export const participationMachine = defineStateMachine({
  subject: '该参与记录',
  code: 'PARTICIPATION_INVALID_STATE',
  states: { REPORTED: '待主办方确认', CONFIRMED: '已确认', REJECTED: '未予确认' },
  events: { CONFIRM: '确认', REJECT: '不予确认' },
  transitions: {
    CONFIRM: { from: ['REPORTED'], to: 'CONFIRMED' },
    REJECT: { from: ['REPORTED'], to: 'REJECTED' },
  },
});
export type ParticipationStatus = keyof typeof participationMachine.def.states;
