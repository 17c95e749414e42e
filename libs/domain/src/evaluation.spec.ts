import { describe, expect, it } from '@jest/globals';
import { DomainError } from './errors';
import {
  bookingCompletionValue,
  bookingResponseValue,
  campaignMachine,
  DEFAULT_RUBRIC,
  enterprisesServedValue,
  evaluationTotal,
  gradeFor,
  indicatorValue,
  isSheetComplete,
  naPoints,
  participationMachine,
  publicWelfareValue,
  reportingComplianceValue,
  rubricMachine,
  rubricViolations,
  satisfactionValue,
  scoreViolation,
  sheetMachine,
} from './evaluation';

const BANDS = DEFAULT_RUBRIC.bands;
const MACHINES = { rubric: rubricMachine, campaign: campaignMachine, sheet: sheetMachine, participation: participationMachine };

describe('evaluationTotal (SPEC §4.3, Art. 5, 12: N/A points shared out proportionally, half-up to one decimal at the end)', () => {
  it.each([
    [
      'all achieved',
      [
        { points: 60, value: 1 },
        { points: 40, value: 1 },
      ],
      100,
    ],
    [
      'nothing achieved',
      [
        { points: 60, value: 0 },
        { points: 40, value: 0 },
      ],
      0,
    ],
    [
      'plain weighted sum',
      [
        { points: 15, value: 0.5 },
        { points: 85, value: 1 },
      ],
      92.5,
    ],
    [
      'one N/A: 20 points shared over 80',
      [
        { points: 20, value: null },
        { points: 80, value: 0.75 },
      ],
      75,
    ],
    [
      'two N/A',
      [
        { points: 20, value: null },
        { points: 10, value: null },
        { points: 35, value: 1 },
        { points: 35, value: 0.5 },
      ],
      75,
    ],
    [
      'all N/A → 0',
      [
        { points: 50, value: null },
        { points: 50, value: null },
      ],
      0,
    ],
    [
      'rounded once at the end, half-up (84.45 → 84.5)',
      [
        { points: 50, value: 0.8445 },
        { points: 50, value: 0.8445 },
      ],
      84.5,
    ],
    [
      'no early rounding: 3 × 33.33… stays 100',
      [
        { points: 33, value: 1 },
        { points: 33, value: 1 },
        { points: 34, value: 1 },
      ],
      100,
    ],
    ['2/3 of 100 → 66.7', [{ points: 100, value: 2 / 3 }], 66.7],
    ['empty → 0', [], 0],
  ])('%s', (_label, indicators, total) => {
    expect(evaluationTotal(indicators)).toBe(total);
  });

  it('reports the points that were shared out', () => {
    expect(
      naPoints([
        { points: 20, value: null },
        { points: 10, value: null },
        { points: 70, value: 1 },
      ]),
    ).toBe(30);
  });
});

describe('gradeFor (SPEC §4.3: 优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60, 不合格 < 60; failed 实地核查 → 不合格)', () => {
  it.each([
    [100, false, '优秀'],
    [90, false, '优秀'],
    [89.9, false, '良好'],
    [75, false, '良好'],
    [74.9, false, '合格'],
    [60, false, '合格'],
    [59.9, false, '不合格'],
    [0, false, '不合格'],
    [98, true, '不合格'],
  ])('total %s, on-site failed %s → %s', (total, failed, grade) => {
    expect(gradeFor(total, BANDS, failed)).toBe(grade);
  });

  it('bands in any order', () => {
    expect(gradeFor(80, [...BANDS].reverse(), false)).toBe('良好');
  });
});

describe('computed indicators as functions of counts (SPEC §4.3)', () => {
  it.each([
    ['信息上报 (Art. 10): 3 of 4 on time', reportingComplianceValue(3, 4), 0.75],
    ['信息上报: nothing due → N/A', reportingComplianceValue(0, 0), null],
    ['需求响应 (Art. 13(2)): 4 of 5 within 5 working days', bookingResponseValue(4, 5), 0.8],
    ['需求响应: no bookings → N/A', bookingResponseValue(0, 0), null],
    ['服务执行: 1 of 2 accepted completed', bookingCompletionValue(1, 2), 0.5],
    ['服务执行: none accepted → N/A', bookingCompletionValue(0, 0), null],
    ['服务满意度: ratings 5,4,3 → 12 ÷ 15', satisfactionValue(12, 3), 0.8],
    ['服务满意度: 2 ratings are too few → N/A', satisfactionValue(10, 2), null],
    ['服务规模 (Art. 6(6)): 50 enterprises → 0.5', enterprisesServedValue(50, 2), 0.5],
    ['服务规模: 250 enterprises → capped at 1', enterprisesServedValue(250, 4), 1],
    ['服务规模: no report → N/A', enterprisesServedValue(0, 0), null],
    ['公益服务 (Art. 13(3), 14): 2 → 0.5', publicWelfareValue(2), 0.5],
    ['公益服务: 9 → capped at 1', publicWelfareValue(9), 1],
    ['公益服务: none → 0, never N/A', publicWelfareValue(0), 0],
  ])('%s', (_label, value, expected) => {
    expect(value).toBe(expected);
  });

  it('a scored indicator counts score ÷ maximum; a computed one reads its source', () => {
    const [reporting] = DEFAULT_RUBRIC.indicators;
    const capability = DEFAULT_RUBRIC.indicators.find((i) => i.code === 'CAPABILITY')!;
    expect(indicatorValue({ indicator: capability, score: 12 })).toBe(0.8);
    expect(indicatorValue({ indicator: reporting, counts: { count: 1, base: 4 } })).toBe(0.25);
    expect(indicatorValue({ indicator: reporting, counts: { count: 0, base: 0 } })).toBeNull();
  });

  it('the default rubric passes its own rules', () => {
    expect(rubricViolations(DEFAULT_RUBRIC.indicators, DEFAULT_RUBRIC.bands)).toEqual([]);
    expect(DEFAULT_RUBRIC.indicators.reduce((s, i) => s + i.points, 0)).toBe(100);
  });
});

describe('rubric rules (SPEC §4.3: 100 points, computed from the catalogue, scored with a maximum)', () => {
  const base = DEFAULT_RUBRIC.indicators;
  it.each([
    ['points add to 99', base.map((i, n) => (n === 0 ? { ...i, points: 14 } : i)), 'RUBRIC_POINTS_NOT_100'],
    ['duplicate code', base.map((i, n) => (n === 1 ? { ...i, code: 'REPORTING' } : i)), 'INDICATOR_CODE_DUPLICATE'],
    ['unknown source', base.map((i, n) => (n === 0 ? { ...i, source: 'GUESS' as never } : i)), 'INDICATOR_SOURCE_INVALID'],
    ['scored without maximum', base.map((i) => (i.kind === 'SCORED' ? { ...i, maxScore: 0 } : i)), 'INDICATOR_MAX_INVALID'],
    ['no indicators', [], 'RUBRIC_EMPTY'],
  ])('%s → %s', (_label, indicators, code) => {
    expect(rubricViolations(indicators, BANDS).map((v) => v.code)).toContain(code);
  });

  it('the message says the current total in Chinese', () => {
    const [v] = rubricViolations(
      base.map((i, n) => (n === 0 ? { ...i, points: 5 } : i)),
      BANDS,
    );
    expect(v.message).toBe('各指标分值合计应为100分，当前为90分');
  });

  it.each([
    ['no floor band', [{ grade: '合格', min: 60 }], 'BANDS_NO_FLOOR'],
    [
      'duplicate grade',
      [
        { grade: '合格', min: 60 },
        { grade: '合格', min: 0 },
      ],
      'BANDS_INVALID',
    ],
  ])('%s → %s', (_label, bands, code) => {
    expect(rubricViolations(base, bands).map((v) => v.code)).toContain(code);
  });

  it.each([
    [-1, 15, 'SCORE_NEGATIVE'],
    [15.5, 15, 'SCORE_ABOVE_MAX'],
    [12.25, 15, 'SCORE_PRECISION'],
    [15, 15, null],
    [0, 15, null],
    [7.5, 15, null],
  ])('score %s of %s → %s', (score, max, code) => {
    expect(scoreViolation('s', score, max)?.code ?? null).toBe(code);
  });

  it('a sheet is complete when every scored indicator has a score', () => {
    expect(isSheetComplete(base, { CAPABILITY: 10 })).toBe(false);
    expect(isSheetComplete(base, { CAPABILITY: 10, COMPLIANCE: 0 })).toBe(true);
  });
});

describe('lifecycles (defineStateMachine)', () => {
  it.each([
    ['rubric', 'DRAFT', 'EDIT', 'DRAFT'],
    ['rubric', 'DRAFT', 'LOCK', 'LOCKED'],
    ['campaign', 'OPEN', 'PUBLISH', 'PUBLISHED'],
    ['campaign', 'OPEN', 'REFRESH', 'OPEN'],
    ['sheet', 'PENDING', 'COMPLETE', 'SCORED'],
    ['sheet', 'SCORED', 'PUBLISH', 'PUBLISHED'],
    ['participation', 'REPORTED', 'CONFIRM', 'CONFIRMED'],
  ] as const)('%s: %s --%s--> %s', (name, from, event, to) => {
    const machine = MACHINES[name];
    expect((machine.next as (s: string, e: string) => string)(from, event)).toBe(to);
  });

  it.each([
    ['rubric', 'LOCKED', 'EDIT', 'EVALUATION_RUBRIC_LOCKED', '该版本已被评价活动使用并锁定，不能修改；请另存为新版本'],
    ['campaign', 'PUBLISHED', 'SCORE', 'EVALUATION_CAMPAIGN_PUBLISHED', '该评价活动已发布，结果已冻结，不能再评分'],
    ['campaign', 'PUBLISHED', 'REFRESH', 'EVALUATION_CAMPAIGN_PUBLISHED', '该评价活动已发布，计算指标已冻结，不能再刷新'],
    ['sheet', 'PENDING', 'PUBLISH', 'EVALUATION_SHEET_INVALID_STATE', '该评分表尚未完成评分'],
    ['participation', 'CONFIRMED', 'CONFIRM', 'PARTICIPATION_INVALID_STATE', '该参与记录已确认，不能再确认'],
  ] as const)('%s: refused %s %s → %s', (name, from, event, code, message) => {
    const machine = MACHINES[name];
    try {
      (machine.next as (s: string, e: string) => string)(from, event);
      throw new Error('not refused');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe(code);
      expect((e as DomainError).message).toBe(message);
    }
  });
});
