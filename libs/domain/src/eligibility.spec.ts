import { describe, expect, it } from '@jest/globals';
import {
  CriterionId,
  ELIGIBILITY_THRESHOLDS,
  EligibilityInput,
  canSubmit,
  evaluateEligibility,
  failingCriteria,
  failureMessages,
} from './eligibility';
import { makeUscc } from './uscc';

const HEBEI_USCC = makeUscc('91130881MA0C00001'); // 平泉市
const BEIJING_USCC = makeUscc('91110105MA0000001'); // 北京市朝阳区 110105
const INDIVIDUAL_USCC = makeUscc('92130881MA0D12345'); // 个体工商户, 平泉市

// 2025年第一批: online deadline 6月13日 (平泉市转发通知)
const CTX = { onlineDeadline: '2025-06-13', today: '2025-06-10' };

const OK: EligibilityInput = {
  uscc: HEBEI_USCC,
  divisionCode: '130881',
  divisionInHebei: true,
  foundedOn: '2018-05-20',
  mainCategories: ['DIGITAL_EMPOWERMENT', 'FINANCING'],
  otherCategoryDescription: null,
  seniorExperts: 12,
  experts: 25,
  cooperatingInstitutions: 6,
  premisesArea: 300,
  totalAssets: 500,
  smesServedLastYear: 150,
  pointToPointEnterprises: 20,
  declaresNoCreditBlacklist: true,
  reentryBanUntil: null,
  attachmentSlotsPresent: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  declarationSigned: true,
};

function result(id: CriterionId, patch: Partial<EligibilityInput>, ctx = CTX) {
  return evaluateEligibility({ ...OK, ...patch }, ctx).find((r) => r.id === id)!;
}

describe('evaluateEligibility — complete, eligible application', () => {
  it('passes all ten criteria in order, each citing its article', () => {
    const results = evaluateEligibility(OK, CTX);
    expect(results.map((r) => [r.id, r.status])).toEqual(
      ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10'].map((id) => [id, 'PASS']),
    );
    expect(results.map((r) => r.article)).toEqual([
      '第六条',
      '第六条第（二）项',
      '第六条第（二）项',
      '第六条第（三）项',
      '第六条第（四）项',
      '第六条第（四）项',
      '第六条第（五）项',
      '第六条第（六）项',
      '第六条第（七）项、第十二条',
      '第七条',
    ]);
    expect(canSubmit(results)).toBe(true);
    expect(failingCriteria(results)).toEqual([]);
    expect(failureMessages(results)).toEqual([]);
  });

  it('an empty draft is all MISSING, never FAIL', () => {
    const results = evaluateEligibility({}, CTX);
    expect(results.map((r) => r.status)).toEqual(Array(10).fill('MISSING'));
    expect(canSubmit(results)).toBe(false);
    expect(failingCriteria(results)).toHaveLength(10);
  });
});

describe('evaluateEligibility — edges (Art. 6, SPEC §3.3; thresholds inclusive)', () => {
  it.each<[string, CriterionId, Partial<EligibilityInput>, string, string]>([
    // E1 注册地在河北省 (Art. 6)
    ['Art. 6 Hebei USCC and county', 'E1', {}, 'PASS', '统一社会信用代码校验通过，登记机关位于河北省（130881）；所在地区位于河北省'],
    [
      'Art. 6 USCC of another province (110105)',
      'E1',
      { uscc: BEIJING_USCC },
      'FAIL',
      '统一社会信用代码显示登记机关所在行政区划为 110105，不在河北省',
    ],
    [
      'Art. 6 wrong check character',
      'E1',
      { uscc: HEBEI_USCC.slice(0, 17) + (HEBEI_USCC[17] === '0' ? '1' : '0') },
      'FAIL',
      '统一社会信用代码校验位不正确，请核对是否输入有误',
    ],
    ['Art. 6 division outside Hebei', 'E1', { divisionCode: '110105', divisionInHebei: false }, 'FAIL', '所在地区（110105）不在河北省'],
    ['Art. 6 USCC missing', 'E1', { uscc: '  ' }, 'MISSING', '未填写统一社会信用代码'],
    ['Art. 6 division missing', 'E1', { divisionCode: null, divisionInHebei: null }, 'MISSING', '未选择所在地区（县、市、区）'],
    [
      'Art. 6 FAIL outranks MISSING',
      'E1',
      { uscc: BEIJING_USCC, divisionCode: null, divisionInHebei: null },
      'FAIL',
      '统一社会信用代码显示登记机关所在行政区划为 110105，不在河北省',
    ],
    // E2 独立法人资格 (Art. 6(2))
    ['Art. 6(2) company', 'E2', {}, 'PASS', `统一社会信用代码 ${HEBEI_USCC} 非个体工商户`],
    [
      'Art. 6(2) individual business 92…',
      'E2',
      { uscc: INDIVIDUAL_USCC },
      'FAIL',
      '统一社会信用代码以 92 开头，为个体工商户，不具有独立法人资格',
    ],
    ['Art. 6(2) invalid USCC cannot be judged', 'E2', { uscc: '91130881' }, 'MISSING', '统一社会信用代码无效，无法判断法人类型'],
    // E3 成立并运营两年以上 (Art. 6(2)), measured to the online deadline 2025-06-13
    [
      'Art. 6(2) founded exactly two years before the deadline',
      'E3',
      { foundedOn: '2023-06-13' },
      'PASS',
      '成立于 2023-06-13，至线上申报截止日 2025-06-13 已满两年',
    ],
    [
      'Art. 6(2) founded one day short',
      'E3',
      { foundedOn: '2023-06-14' },
      'FAIL',
      '成立于 2023-06-14，至线上申报截止日 2025-06-13 不满两年（2025-06-14 方满两年）',
    ],
    [
      'Art. 6(2) founded after the deadline',
      'E3',
      { foundedOn: '2025-07-01' },
      'FAIL',
      '成立于 2025-07-01，至线上申报截止日 2025-06-13 不满两年（2027-07-01 方满两年）',
    ],
    ['Art. 6(2) founding date missing', 'E3', { foundedOn: null }, 'MISSING', '未填写成立日期'],
    ['Art. 6(2) founding date malformed', 'E3', { foundedOn: '2023/06/13' }, 'MISSING', '成立日期格式不正确：2023/06/13'],
    // E4 服务方向 (Art. 6(3), Attachment 4)
    ['Art. 6(3) two directions', 'E4', {}, 'PASS', '主要服务方向：数字赋能、融资促进'],
    [
      'Art. 6(3) OTHER with description',
      'E4',
      { mainCategories: ['OTHER'], otherCategoryDescription: '工业设计' },
      'PASS',
      '主要服务方向：其他（工业设计）',
    ],
    [
      'Attachment 4 three directions',
      'E4',
      { mainCategories: ['FINANCING', 'BRAND', 'HUMAN_RESOURCES'] },
      'FAIL',
      '主要服务方向最多选择2项，当前选择了3项',
    ],
    ['Attachment 4 OTHER without description', 'E4', { mainCategories: ['OTHER'] }, 'MISSING', '选择“其他”服务方向时须填写具体服务内容'],
    ['Art. 6(3) none chosen', 'E4', { mainCategories: [] }, 'MISSING', '未选择主要服务方向'],
    // E5 专家 (Art. 6(4))
    [
      'Art. 6(4) exactly 10 senior and 20 experts',
      'E5',
      { seniorExperts: 10, experts: 20 },
      'PASS',
      '副高级以上专家 10 人（不少于 10 人）；相关专家 20 人（不少于 20 人）',
    ],
    ['Art. 6(4) 9 senior experts', 'E5', { seniorExperts: 9 }, 'FAIL', '副高级以上专家 9 人，不足 10 人'],
    ['Art. 6(4) 8 senior experts', 'E5', { seniorExperts: 8, experts: 20 }, 'FAIL', '副高级以上专家 8 人，不足 10 人'],
    ['Art. 6(4) 19 experts', 'E5', { experts: 19 }, 'FAIL', '相关专家 19 人，不足 20 人'],
    ['Art. 6(4) both short', 'E5', { seniorExperts: 3, experts: 5 }, 'FAIL', '副高级以上专家 3 人，不足 10 人；相关专家 5 人，不足 20 人'],
    ['Art. 6(4) experts missing', 'E5', { experts: null }, 'MISSING', '未填写相关专家'],
    ['Art. 6(4) 0 is data, not missing', 'E5', { seniorExperts: 0 }, 'FAIL', '副高级以上专家 0 人，不足 10 人'],
    // E6 合作机构 (Art. 6(4) 5个(含)以上)
    ['Art. 6(4) exactly 5 institutions', 'E6', { cooperatingInstitutions: 5 }, 'PASS', '签有合作协议的合作机构 5 个（不少于 5 个）'],
    ['Art. 6(4) 4 institutions', 'E6', { cooperatingInstitutions: 4 }, 'FAIL', '签有合作协议的合作机构 4 个，不足 5 个'],
    ['Art. 6(4) institutions missing', 'E6', { cooperatingInstitutions: undefined }, 'MISSING', '未填写签有合作协议的合作机构'],
    // E7 场所与资产 (Art. 6(5))
    [
      'Art. 6(5) exactly 150 m² and 200 万元',
      'E7',
      { premisesArea: 150, totalAssets: 200 },
      'PASS',
      '服务场所 150 平方米（不少于 150 平方米）；总资产 200 万元（不少于 200 万元）',
    ],
    ['Art. 6(5) 149.99 m²', 'E7', { premisesArea: 149.99 }, 'FAIL', '服务场所 149.99 平方米，不足 150 平方米'],
    ['Art. 6(5) 199.5 万元', 'E7', { totalAssets: 199.5 }, 'FAIL', '总资产 199.5 万元，不足 200 万元'],
    [
      'Art. 6(5) area missing, assets short → FAIL',
      'E7',
      { premisesArea: null, totalAssets: 100 },
      'FAIL',
      '总资产 100 万元，不足 200 万元',
    ],
    ['Art. 6(5) NaN is missing', 'E7', { premisesArea: Number.NaN }, 'MISSING', '未填写服务场所'],
    // E8 服务业绩 (Art. 6(6))
    [
      'Art. 6(6) exactly 100 SMEs and 10 point-to-point',
      'E8',
      { smesServedLastYear: 100, pointToPointEnterprises: 10 },
      'PASS',
      '近一年服务中小企业 100 家（不少于 100 家）；点对点服务企业 10 家（不少于 10 家）',
    ],
    ['Art. 6(6) 99 SMEs', 'E8', { smesServedLastYear: 99 }, 'FAIL', '近一年服务中小企业 99 家，不足 100 家'],
    ['Art. 6(6) 9 point-to-point', 'E8', { pointToPointEnterprises: 9 }, 'FAIL', '点对点服务企业 9 家，不足 10 家'],
    // E9 信用 (Art. 6(7), Art. 7(10), Art. 12)
    [
      'Art. 6(7) declared + screenshot, never banned',
      'E9',
      {},
      'PASS',
      '已声明近两年无失信记录；已上传“信用中国”查询结果截图；不在再次入库限制期内',
    ],
    [
      'Art. 12 ban still running',
      'E9',
      { reentryBanUntil: '2026-03-10' },
      'FAIL',
      '曾被移出服务资源库，2026-03-10 前（含当日）不得再次入库（第十二条）',
    ],
    [
      'Art. 12 ban ends today: still banned',
      'E9',
      { reentryBanUntil: '2025-06-10' },
      'FAIL',
      '曾被移出服务资源库，2025-06-10 前（含当日）不得再次入库（第十二条）',
    ],
    [
      'Art. 12 ban expired yesterday',
      'E9',
      { reentryBanUntil: '2025-06-09' },
      'PASS',
      '已声明近两年无失信记录；已上传“信用中国”查询结果截图；再次入库限制期已于 2025-06-09 届满',
    ],
    [
      'Art. 6(7) not declared',
      'E9',
      { declaresNoCreditBlacklist: false },
      'FAIL',
      '申请单位未声明近两年未被列入失信被执行人、严重失信主体名单、异常经营名录或税收违法黑名单',
    ],
    ['Art. 7(10) screenshot missing', 'E9', { attachmentSlotsPresent: [1, 2, 3] }, 'MISSING', '未上传附件10（“信用中国”查询结果截图）'],
    ['Art. 6(7) declaration not answered', 'E9', { declaresNoCreditBlacklist: null }, 'MISSING', '未声明近两年是否被列入失信名单'],
    // E10 材料 (Art. 7)
    ['Art. 7 attachments 1–11 and signed (12 optional)', 'E10', {}, 'PASS', '附件1至11已齐全；申报材料真实性声明已签署'],
    [
      'Art. 7 attachments 3 and 8 missing',
      'E10',
      { attachmentSlotsPresent: [1, 2, 4, 5, 6, 7, 9, 10, 11, 12] },
      'MISSING',
      '缺少附件：3（机构成立批文或注册登记执照复印件）、8（经审计的近两年度财务报表和审计报告）',
    ],
    ['Art. 7(11) declaration unsigned', 'E10', { declarationSigned: false }, 'MISSING', '申报材料真实性声明尚未由法定代表人签署'],
  ])('%s → %s %s', (_why, id, patch, status, reason) => {
    const r = result(id, patch);
    expect(r.status).toBe(status);
    expect(r.reason).toBe(reason);
  });

  it.each([
    // 民法典第二百零二条: a period with no corresponding day ends on the last day of the month
    ['2024-02-29', '2026-02-28', 'PASS', 'founded on Feb 29, two years end on Feb 28'],
    ['2024-02-29', '2026-02-27', 'FAIL', 'one day short'],
    ['2026-02-28', '2028-02-29', 'PASS', 'deadline on a leap day'],
    ['2026-03-01', '2028-02-29', 'FAIL', 'one day short of a leap-day deadline'],
  ])('E3 founded %s, deadline %s → %s (%s)', (foundedOn, onlineDeadline, status) => {
    expect(result('E3', { foundedOn }, { ...CTX, onlineDeadline }).status).toBe(status);
  });
});

describe('failingCriteria / canSubmit / failureMessages (SPEC §3.3: one message per failing criterion)', () => {
  it('lists FAIL and MISSING, one message each', () => {
    const results = evaluateEligibility({ ...OK, seniorExperts: 8, premisesArea: null }, CTX);
    expect(failingCriteria(results).map((r) => [r.id, r.status])).toEqual([
      ['E5', 'FAIL'],
      ['E7', 'MISSING'],
    ]);
    expect(canSubmit(results)).toBe(false);
    expect(failureMessages(results)).toEqual([
      'E5（第六条第（四）项）：副高级以上专家 8 人，不足 10 人',
      'E7（第六条第（五）项）：未填写服务场所',
    ]);
  });

  it('no results cannot be submitted', () => {
    expect(canSubmit([])).toBe(false);
  });
});

describe("ELIGIBILITY_THRESHOLDS — the numbers of Art. 6, one source for the rules and the editor's help text", () => {
  const rows: [string, keyof typeof ELIGIBILITY_THRESHOLDS, number][] = [
    ['Art. 6(2) 成立并运营两年以上', 'minYearsOperating', 2],
    ['Art. 6(4) 副高级以上或同等水平专家10人以上', 'minSeniorExperts', 10],
    ['Art. 6(4) 上年度相关专家20人以上', 'minExperts', 20],
    ['Art. 6(4) 签有合作协议的合作机构5个（含）以上', 'minCooperatingInstitutions', 5],
    ['Art. 6(5) 服务场所150平方米以上', 'minPremisesArea', 150],
    ['Art. 6(5) 总资产200万元以上', 'minTotalAssets', 200],
    ['Art. 6(6) 近一年服务中小企业100家以上', 'minSmesServedLastYear', 100],
    ['Art. 6(6) 点对点服务不少于10家', 'minPointToPointEnterprises', 10],
  ];

  it.each(rows)('%s: %s = %i', (_article, key, value) => {
    expect(ELIGIBILITY_THRESHOLDS[key]).toBe(value);
  });

  it('lists every threshold', () => {
    expect(Object.keys(ELIGIBILITY_THRESHOLDS).sort()).toEqual(rows.map(([, key]) => key).sort());
  });

  it.each<[CriterionId, string]>([
    ['E5', '副高级以上合作专家10人以上、相关专家20人以上'],
    ['E6', '签有合作协议的合作机构5个（含）以上'],
    ['E7', '服务场所150平方米以上、总资产200万元以上'],
    ['E8', '近一年服务中小企业100家以上、点对点服务不少于10家'],
  ])('%s is titled with the same numbers: %s', (id, title) => {
    expect(result(id, {}).title).toBe(title);
  });
});
