/**
 * Admission criteria E1–E10 (Art. 6–7, SPEC §3.3). Each criterion is judged on its own and
 * explained; missing data is MISSING (the applicant still has to fill it in), not FAIL.
 */
import { IsoDate, addYears, compareIsoDate, isIsoDate } from './calendar';
import { SERVICE_CATEGORY_LABELS, isServiceCategoryCode, validateMainCategories } from './catalog';
import { isIndividualBusiness, normalizeUscc, parseUscc, HEBEI_DIVISION_PREFIX } from './uscc';

export interface EligibilityInput {
  uscc?: string | null;
  divisionCode?: string | null;
  divisionInHebei?: boolean | null;
  foundedOn?: IsoDate | null;
  mainCategories?: string[] | null;
  otherCategoryDescription?: string | null;
  seniorExperts?: number | null;
  experts?: number | null;
  cooperatingInstitutions?: number | null;
  premisesArea?: number | null;
  /** 万元 */
  totalAssets?: number | null;
  smesServedLastYear?: number | null;
  pointToPointEnterprises?: number | null;
  declaresNoCreditBlacklist?: boolean | null;
  /** Last day of an Art. 12 re-entry ban, if any (inclusive). */
  reentryBanUntil?: IsoDate | null;
  /** Attachment slots (1..12) that hold a file. */
  attachmentSlotsPresent?: number[] | null;
  declarationSigned?: boolean | null;
}

export interface EligibilityContext {
  /** The batch's online deadline (E3 is measured against it). */
  onlineDeadline: IsoDate;
  /** Today in Beijing time (E9 re-entry ban). */
  today: IsoDate;
}

export type CriterionId = 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6' | 'E7' | 'E8' | 'E9' | 'E10';
export type CriterionStatus = 'PASS' | 'FAIL' | 'MISSING';

export interface CriterionResult {
  id: CriterionId;
  article: string;
  title: string;
  status: CriterionStatus;
  reason: string;
}

/** Art. 6 thresholds; all inclusive ("以上" / "不少于" / "(含)以上"). The application editor shows them as help text. */
export const ELIGIBILITY_THRESHOLDS = {
  minYearsOperating: 2,
  minSeniorExperts: 10,
  minExperts: 20,
  minCooperatingInstitutions: 5,
  minPremisesArea: 150,
  minTotalAssets: 200,
  minSmesServedLastYear: 100,
  minPointToPointEnterprises: 10,
} as const;

/** Art. 7 / Attachment 2 material list (short names); 12 is optional. */
export const ATTACHMENT_SLOT_NAMES: Readonly<Record<number, string>> = {
  1: '入库申请表',
  2: '单位情况概述',
  3: '机构成立批文或注册登记执照复印件',
  4: '服务场地不动产权证书（或租赁合同）复印件',
  5: '服务管理、规范程序、服务承诺等制度',
  6: '近两年服务产品、服务企业相关情况',
  7: '主要人员基本情况表及专家、机构合作佐证材料',
  8: '经审计的近两年度财务报表和审计报告',
  9: '上年度开展相关服务情况及典型案例',
  10: '“信用中国”查询结果截图及法定代表人诚信承诺',
  11: '申请材料真实性声明',
  12: '其他佐证材料',
};
export const REQUIRED_ATTACHMENT_SLOTS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
export const CREDIT_CHECK_ATTACHMENT_SLOT = 10;

const T = ELIGIBILITY_THRESHOLDS;

type Part = { status: CriterionStatus; text: string };
const pass = (text: string): Part => ({ status: 'PASS', text });
const fail = (text: string): Part => ({ status: 'FAIL', text });
const missing = (text: string): Part => ({ status: 'MISSING', text });

/** FAIL beats MISSING beats PASS; the reason lists only the parts that decided the status. */
function combine(id: CriterionId, article: string, title: string, parts: Part[]): CriterionResult {
  const status: CriterionStatus = parts.some((p) => p.status === 'FAIL')
    ? 'FAIL'
    : parts.some((p) => p.status === 'MISSING')
      ? 'MISSING'
      : 'PASS';
  const reason = parts
    .filter((p) => p.status === status)
    .map((p) => p.text)
    .join('；');
  return { id, article, title, status, reason };
}

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function atLeast(value: number | null | undefined, min: number, label: string, unit: string): Part {
  if (!isNum(value)) return missing(`未填写${label}`);
  return value >= min ? pass(`${label} ${value} ${unit}（不少于 ${min} ${unit}）`) : fail(`${label} ${value} ${unit}，不足 ${min} ${unit}`);
}

function isBlank(s: string | null | undefined): boolean {
  return !s || !s.trim();
}

function e1(input: EligibilityInput): CriterionResult {
  const parts: Part[] = [];
  if (isBlank(input.uscc)) {
    parts.push(missing('未填写统一社会信用代码'));
  } else {
    const r = parseUscc(input.uscc!);
    if (!r.valid) parts.push(fail(r.errors.map((e) => e.message).join('；')));
    else if (!r.divisionCode!.startsWith(HEBEI_DIVISION_PREFIX))
      parts.push(fail(`统一社会信用代码显示登记机关所在行政区划为 ${r.divisionCode}，不在河北省`));
    else parts.push(pass(`统一社会信用代码校验通过，登记机关位于河北省（${r.divisionCode}）`));
  }
  const code = isBlank(input.divisionCode) ? null : input.divisionCode!.trim();
  if (input.divisionInHebei === false || (code !== null && !code.startsWith(HEBEI_DIVISION_PREFIX))) {
    parts.push(fail(`所在地区${code ? `（${code}）` : ''}不在河北省`));
  } else if (input.divisionInHebei == null && code === null) {
    parts.push(missing('未选择所在地区（县、市、区）'));
  } else {
    parts.push(pass('所在地区位于河北省'));
  }
  return combine('E1', '第六条', '依法成立且注册地在河北省', parts);
}

function e2(input: EligibilityInput): CriterionResult {
  const article = '第六条第（二）项';
  const title = '具有独立法人资格';
  if (isBlank(input.uscc)) return combine('E2', article, title, [missing('未填写统一社会信用代码')]);
  // the 92 prefix settles it even if a later character is mistyped
  if (isIndividualBusiness(input.uscc!)) {
    return combine('E2', article, title, [fail('统一社会信用代码以 92 开头，为个体工商户，不具有独立法人资格')]);
  }
  if (!parseUscc(input.uscc!).valid) {
    return combine('E2', article, title, [missing('统一社会信用代码无效，无法判断法人类型')]);
  }
  return combine('E2', article, title, [pass(`统一社会信用代码 ${normalizeUscc(input.uscc!)} 非个体工商户`)]);
}

function e3(input: EligibilityInput, ctx: EligibilityContext): CriterionResult {
  const parts: Part[] = [];
  const f = input.foundedOn;
  if (isBlank(f)) parts.push(missing('未填写成立日期'));
  else if (!isIsoDate(f)) parts.push(missing(`成立日期格式不正确：${f}`));
  else {
    // forward from the founding date, so Feb 29 + 2 years = Feb 28 (民法典第二百零二条)
    const anniversary = addYears(f, T.minYearsOperating);
    parts.push(
      compareIsoDate(anniversary, ctx.onlineDeadline) <= 0
        ? pass(`成立于 ${f}，至线上申报截止日 ${ctx.onlineDeadline} 已满两年`)
        : fail(`成立于 ${f}，至线上申报截止日 ${ctx.onlineDeadline} 不满两年（${anniversary} 方满两年）`),
    );
  }
  return combine('E3', '第六条第（二）项', '成立并运营两年以上', parts);
}

function e4(input: EligibilityInput): CriterionResult {
  const article = '第六条第（三）项';
  const title = '有明确的专业服务方向（1至2项）';
  const codes = input.mainCategories ?? [];
  if (codes.length === 0) return combine('E4', article, title, [missing('未选择主要服务方向')]);
  const violations = validateMainCategories(codes, input.otherCategoryDescription);
  if (violations.length > 0) {
    // only the OTHER description is absent → data still to be filled in
    const onlyDescription = violations.every((v) => v.code === 'CATEGORY_OTHER_DESCRIPTION_REQUIRED');
    const text = violations.map((v) => v.message).join('；');
    return combine('E4', article, title, [onlyDescription ? missing(text) : fail(text)]);
  }
  const names = codes.map((c) =>
    c === 'OTHER' ? `其他（${input.otherCategoryDescription!.trim()}）` : isServiceCategoryCode(c) ? SERVICE_CATEGORY_LABELS[c] : c,
  );
  return combine('E4', article, title, [pass(`主要服务方向：${names.join('、')}`)]);
}

function e9(input: EligibilityInput, ctx: EligibilityContext): CriterionResult {
  const parts: Part[] = [];
  if (input.declaresNoCreditBlacklist == null) {
    parts.push(missing('未声明近两年是否被列入失信名单'));
  } else if (!input.declaresNoCreditBlacklist) {
    parts.push(fail('申请单位未声明近两年未被列入失信被执行人、严重失信主体名单、异常经营名录或税收违法黑名单'));
  } else {
    parts.push(pass('已声明近两年无失信记录'));
  }
  if (!(input.attachmentSlotsPresent ?? []).includes(CREDIT_CHECK_ATTACHMENT_SLOT)) {
    parts.push(missing('未上传附件10（“信用中国”查询结果截图）'));
  } else {
    parts.push(pass('已上传“信用中国”查询结果截图'));
  }
  const until = input.reentryBanUntil;
  if (isBlank(until)) {
    parts.push(pass('不在再次入库限制期内'));
  } else if (compareIsoDate(until!, ctx.today) >= 0) {
    parts.push(fail(`曾被移出服务资源库，${until} 前（含当日）不得再次入库（第十二条）`));
  } else {
    parts.push(pass(`再次入库限制期已于 ${until} 届满`));
  }
  return combine('E9', '第六条第（七）项、第十二条', '近两年无失信记录且不在再次入库限制期内', parts);
}

function e10(input: EligibilityInput): CriterionResult {
  const parts: Part[] = [];
  const present = new Set(input.attachmentSlotsPresent ?? []);
  const absent = REQUIRED_ATTACHMENT_SLOTS.filter((s) => !present.has(s));
  if (absent.length > 0) {
    parts.push(missing(`缺少附件：${absent.map((s) => `${s}（${ATTACHMENT_SLOT_NAMES[s]}）`).join('、')}`));
  } else {
    parts.push(pass('附件1至11已齐全'));
  }
  parts.push(input.declarationSigned === true ? pass('申报材料真实性声明已签署') : missing('申报材料真实性声明尚未由法定代表人签署'));
  return combine('E10', '第七条', '申请材料齐全并签署真实性声明', parts);
}

/** All ten criteria, in order. Pure: `today` and the deadline come from the caller. */
export function evaluateEligibility(input: EligibilityInput, ctx: EligibilityContext): CriterionResult[] {
  return [
    e1(input),
    e2(input),
    e3(input, ctx),
    e4(input),
    combine('E5', '第六条第（四）项', `副高级以上合作专家${T.minSeniorExperts}人以上、相关专家${T.minExperts}人以上`, [
      atLeast(input.seniorExperts, T.minSeniorExperts, '副高级以上专家', '人'),
      atLeast(input.experts, T.minExperts, '相关专家', '人'),
    ]),
    combine('E6', '第六条第（四）项', `签有合作协议的合作机构${T.minCooperatingInstitutions}个（含）以上`, [
      atLeast(input.cooperatingInstitutions, T.minCooperatingInstitutions, '签有合作协议的合作机构', '个'),
    ]),
    combine('E7', '第六条第（五）项', `服务场所${T.minPremisesArea}平方米以上、总资产${T.minTotalAssets}万元以上`, [
      atLeast(input.premisesArea, T.minPremisesArea, '服务场所', '平方米'),
      atLeast(input.totalAssets, T.minTotalAssets, '总资产', '万元'),
    ]),
    combine(
      'E8',
      '第六条第（六）项',
      `近一年服务中小企业${T.minSmesServedLastYear}家以上、点对点服务不少于${T.minPointToPointEnterprises}家`,
      [
        atLeast(input.smesServedLastYear, T.minSmesServedLastYear, '近一年服务中小企业', '家'),
        atLeast(input.pointToPointEnterprises, T.minPointToPointEnterprises, '点对点服务企业', '家'),
      ],
    ),
    e9(input, ctx),
    e10(input),
  ];
}

/** Criteria that block submission (FAIL or MISSING). */
export function failingCriteria(results: CriterionResult[]): CriterionResult[] {
  return results.filter((r) => r.status !== 'PASS');
}

/** Submission is refused while any criterion is not PASS (SPEC §3.3). */
export function canSubmit(results: CriterionResult[]): boolean {
  return results.length > 0 && results.every((r) => r.status === 'PASS');
}

/** One Chinese message per blocking criterion, e.g. "E5（第六条第（四）项）：副高级以上专家 8 人，不足 10 人". */
export function failureMessages(results: CriterionResult[]): string[] {
  return failingCriteria(results).map((r) => `${r.id}（${r.article}）：${r.reason}`);
}
