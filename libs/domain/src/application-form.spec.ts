import { describe, expect, it } from '@jest/globals';
import { applicationFormViolations, lastCompleteYear } from './application-form';
import { validateDraftMainCategories } from './catalog';

const TODAY = '2026-11-27';
const codes = (form: Parameters<typeof applicationFormViolations>[0]) => applicationFormViolations(form, TODAY).map((v) => v.code);

describe('applicationFormViolations (Attachment 2 internal consistency)', () => {
  it.each([
    [
      'a consistent form',
      {
        foundedOn: '2020-05-01',
        employees: 45,
        qualifiedStaff: 30,
        cooperatingExperts: 20,
        seniorExperts: 10,
        smesServedLastYear: 100,
        pointToPointEnterprises: 10,
        serviceAssets: 180,
        totalAssets: 200,
        declarationSigned: true,
        declarationSignedBy: '王建国',
      },
      [],
    ],
    ['an empty draft', {}, []],
    ['a date that does not exist (JS would roll 02-30 over to March)', { foundedOn: '2026-02-30' }, ['INVALID_DATE']],
    ['a founding date after today', { foundedOn: '2026-11-28' }, ['FUTURE_DATE']],
    ['founded today', { foundedOn: TODAY }, []],
    [
      'more senior experts than experts (第六条第（四）项 counts both)',
      { cooperatingExperts: 20, seniorExperts: 21 },
      ['SENIOR_EXCEEDS_TOTAL'],
    ],
    [
      'more qualified staff than employees (第六条第（四）项: 大专以上 are counted among 从业人数)',
      { employees: 78, qualifiedStaff: 122 },
      ['QUALIFIED_EXCEEDS_EMPLOYEES'],
    ],
    ['every employee qualified', { employees: 78, qualifiedStaff: 78 }, []],
    ['senior experts equal to all experts', { cooperatingExperts: 20, seniorExperts: 20 }, []],
    [
      'more point-to-point than SMEs served (第六条第（六）项)',
      { smesServedLastYear: 100, pointToPointEnterprises: 101 },
      ['P2P_EXCEEDS_TOTAL'],
    ],
    ['service assets above total assets (第六条第（五）项)', { serviceAssets: 201, totalAssets: 200 }, ['SERVICE_ASSETS_EXCEED_TOTAL']],
    ['only one side of a pair given', { seniorExperts: 30 }, []],
    ['a signed declaration without a signer', { declarationSigned: true, declarationSignedBy: '  ' }, ['SIGNER_REQUIRED']],
  ])('%s', (_what, form, expected) => {
    expect(codes(form)).toEqual(expected);
  });
});

describe('validateDraftMainCategories (Art. 6(3): a draft may be incomplete, never wrong)', () => {
  it.each([
    [[], null, []],
    [['OTHER'], null, []],
    [['OTHER'], '知识产权', []],
    [['BRAND', 'FINANCING', 'TECH_INNOVATION'], null, ['CATEGORY_TOO_MANY']],
    [['ASTROLOGY'], null, ['CATEGORY_UNKNOWN']],
    [['BRAND', 'BRAND'], null, ['CATEGORY_DUPLICATE']],
  ])('%j with description %j → %j', (list, description, expected) => {
    expect(validateDraftMainCategories(list, description).map((v) => v.code)).toEqual(expected);
  });
});

describe("lastCompleteYear (Attachment 2 上年度: the last complete year, by the server's today in Beijing)", () => {
  it.each([
    ['2026-12-02', 2025, 'December: the current year is not complete yet'],
    ['2026-01-01', 2025, 'New Year: the year just ended'],
    ['2025-12-31', 2024, 'the last day of a year still belongs to it'],
    ['2025-06-13', 2024, "2025年第一批's online deadline"],
  ])('%s → %i (%s)', (today, year, _note) => {
    expect(lastCompleteYear(today)).toBe(year);
  });
});
