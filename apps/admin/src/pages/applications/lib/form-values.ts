import dayjs, { type Dayjs } from 'dayjs';
import { evaluateEligibility, type CriterionResult, type IsoDate } from '@hebei/domain';
import type { ApplicationDetailFragment, ApplicationInput } from '../../../graphql/generated/graphql';

export type EditorValues = Omit<ApplicationInput, 'foundedOn'> & { foundedOn?: Dayjs | null };

export type EditorTab =
  'basic' | 'directions' | 'operations' | 'capacity' | 'products' | 'staff' | 'served' | 'attachments' | 'declaration';

export const EDITOR_TABS: { key: EditorTab; label: string }[] = [
  { key: 'basic', label: '基本信息' },
  { key: 'directions', label: '服务方向与活动' },
  { key: 'operations', label: '经营情况' },
  { key: 'capacity', label: '专家与场地' },
  { key: 'products', label: '服务产品' },
  { key: 'staff', label: '服务人员' },
  { key: 'served', label: '服务企业' },
  { key: 'attachments', label: '申请材料' },
  { key: 'declaration', label: '声明与提交' },
];

/** Where each ApplicationInput field lives, so a server error can open the right tab. */
export const FIELD_TAB: Record<keyof ApplicationInput, EditorTab> = {
  name: 'basic',
  institutionType: 'basic',
  nature: 'basic',
  address: 'basic',
  postalCode: 'basic',
  legalRepresentative: 'basic',
  foundedOn: 'basic',
  registeredCapital: 'basic',
  contactPerson: 'basic',
  contactPhone: 'basic',
  email: 'basic',
  mainCategories: 'directions',
  otherCategoryDescription: 'directions',
  activitiesNarrative: 'directions',
  lastYear: 'operations',
  revenueLastYear: 'operations',
  profitLastYear: 'operations',
  enterprisesServedLastYear: 'operations',
  activitySessionsLastYear: 'operations',
  revenuePrevYear: 'operations',
  profitPrevYear: 'operations',
  enterprisesServedPrevYear: 'operations',
  activitySessionsPrevYear: 'operations',
  smesServedLastYear: 'operations',
  pointToPointEnterprises: 'operations',
  employees: 'capacity',
  qualifiedStaff: 'capacity',
  cooperatingExperts: 'capacity',
  seniorExperts: 'capacity',
  cooperatingInstitutions: 'capacity',
  serviceAssets: 'capacity',
  totalAssets: 'capacity',
  premisesArea: 'capacity',
  products: 'products',
  staff: 'staff',
  servedEnterprises: 'served',
  declaresNoCreditBlacklist: 'declaration',
  declarationSigned: 'declaration',
  declarationSignedBy: 'declaration',
};

export const INPUT_FIELDS = Object.keys(FIELD_TAB) as (keyof ApplicationInput)[];

/** Which tab fixes a criterion (E1/E2 come from the registration and cannot be edited here). */
export const CRITERION_TAB: Record<string, EditorTab> = {
  E1: 'basic',
  E2: 'basic',
  E3: 'basic',
  E4: 'directions',
  E5: 'capacity',
  E6: 'capacity',
  E7: 'capacity',
  E8: 'operations',
  E9: 'declaration',
  E10: 'attachments',
};

export function toFormValues(a: ApplicationDetailFragment): EditorValues {
  return {
    name: a.name,
    institutionType: a.institutionType,
    nature: a.nature,
    address: a.address,
    postalCode: a.postalCode,
    legalRepresentative: a.legalRepresentative,
    foundedOn: a.foundedOn ? dayjs(a.foundedOn) : null,
    registeredCapital: a.registeredCapital,
    contactPerson: a.contactPerson,
    contactPhone: a.contactPhone,
    email: a.email,
    employees: a.employees,
    qualifiedStaff: a.qualifiedStaff,
    cooperatingExperts: a.cooperatingExperts,
    seniorExperts: a.seniorExperts,
    cooperatingInstitutions: a.cooperatingInstitutions,
    serviceAssets: a.serviceAssets,
    totalAssets: a.totalAssets,
    premisesArea: a.premisesArea,
    mainCategories: a.mainCategories,
    otherCategoryDescription: a.otherCategoryDescription,
    activitiesNarrative: a.activitiesNarrative,
    lastYear: a.lastYear,
    revenueLastYear: a.revenueLastYear,
    profitLastYear: a.profitLastYear,
    enterprisesServedLastYear: a.enterprisesServedLastYear,
    activitySessionsLastYear: a.activitySessionsLastYear,
    revenuePrevYear: a.revenuePrevYear,
    profitPrevYear: a.profitPrevYear,
    enterprisesServedPrevYear: a.enterprisesServedPrevYear,
    activitySessionsPrevYear: a.activitySessionsPrevYear,
    smesServedLastYear: a.smesServedLastYear,
    pointToPointEnterprises: a.pointToPointEnterprises,
    declaresNoCreditBlacklist: a.declaresNoCreditBlacklist,
    declarationSigned: a.declarationSigned,
    declarationSignedBy: a.declarationSignedBy,
    products: a.products.map(({ name, content, application }) => ({ name, content, application })),
    staff: a.staff.map(({ name, post, title, education, hasContractProof }) => ({ name, post, title, education, hasContractProof })),
    servedEnterprises: a.servedEnterprises.map(({ name, nature, satisfaction }) => ({ name, nature, satisfaction })),
  };
}

const str = (v: string | null | undefined) => {
  const t = v?.trim();
  return t ? t : null;
};
const n = (v: number | null | undefined) => (v === undefined || v === null || Number.isNaN(v) ? null : v);

/** Empty inputs clear the field (null); the unit name can never be cleared. */
export function toInput(v: EditorValues): ApplicationInput {
  const categories = v.mainCategories ?? [];
  return {
    name: str(v.name) ?? undefined,
    institutionType: v.institutionType ?? null,
    nature: v.nature ?? null,
    address: str(v.address),
    postalCode: str(v.postalCode),
    legalRepresentative: str(v.legalRepresentative),
    foundedOn: v.foundedOn ? v.foundedOn.format('YYYY-MM-DD') : null,
    registeredCapital: n(v.registeredCapital),
    contactPerson: str(v.contactPerson),
    contactPhone: str(v.contactPhone),
    email: str(v.email),
    employees: n(v.employees),
    qualifiedStaff: n(v.qualifiedStaff),
    cooperatingExperts: n(v.cooperatingExperts),
    seniorExperts: n(v.seniorExperts),
    cooperatingInstitutions: n(v.cooperatingInstitutions),
    serviceAssets: n(v.serviceAssets),
    totalAssets: n(v.totalAssets),
    premisesArea: n(v.premisesArea),
    mainCategories: categories,
    otherCategoryDescription: categories.includes('OTHER') ? str(v.otherCategoryDescription) : null,
    activitiesNarrative: str(v.activitiesNarrative),
    lastYear: n(v.lastYear),
    revenueLastYear: n(v.revenueLastYear),
    profitLastYear: n(v.profitLastYear),
    enterprisesServedLastYear: n(v.enterprisesServedLastYear),
    activitySessionsLastYear: n(v.activitySessionsLastYear),
    revenuePrevYear: n(v.revenuePrevYear),
    profitPrevYear: n(v.profitPrevYear),
    enterprisesServedPrevYear: n(v.enterprisesServedPrevYear),
    activitySessionsPrevYear: n(v.activitySessionsPrevYear),
    smesServedLastYear: n(v.smesServedLastYear),
    pointToPointEnterprises: n(v.pointToPointEnterprises),
    declaresNoCreditBlacklist: v.declaresNoCreditBlacklist ?? null,
    declarationSigned: !!v.declarationSigned,
    declarationSignedBy: v.declarationSigned ? str(v.declarationSignedBy) : null,
    products: (v.products ?? []).map((p) => ({ name: p.name.trim(), content: p.content.trim(), application: p.application.trim() })),
    staff: (v.staff ?? []).map((s) => ({
      name: s.name.trim(),
      post: s.post.trim(),
      title: s.title.trim(),
      education: s.education.trim(),
      hasContractProof: !!s.hasContractProof,
    })),
    servedEnterprises: (v.servedEnterprises ?? []).map((e) => ({ name: e.name.trim(), nature: e.nature, satisfaction: e.satisfaction })),
  };
}

export const DECLARATION_TEXT =
  '本单位知悉并保证所提供的河北省优质中小企业服务资源库入库申请资料和相关证明文件的真实性、完整性和准确性，并承担因资料虚假而产生的后果。';

export const CREDIT_PLEDGE_TEXT =
  '本单位近两年未被列入失信被执行人、严重失信主体名单、异常经营名录或税收违法黑名单，未发生偷税漏税等违法违规行为；法定代表人诚信、守法，无不良信用记录。';

/**
 * E1–E10 as the form stands now, before it is saved (the same rules as the API, from libs/domain). Registration data the
 * form cannot change (USCC, place, an Art. 12 re-entry ban) and the uploaded files come from the saved application.
 */
export function liveEligibility(a: ApplicationDetailFragment, v: EditorValues, today: IsoDate): CriterionResult[] {
  const input = toInput(v);
  return evaluateEligibility(
    {
      uscc: a.uscc,
      divisionCode: a.divisionCode,
      foundedOn: input.foundedOn,
      mainCategories: input.mainCategories,
      otherCategoryDescription: input.otherCategoryDescription,
      seniorExperts: input.seniorExperts,
      experts: input.cooperatingExperts,
      cooperatingInstitutions: input.cooperatingInstitutions,
      premisesArea: input.premisesArea,
      totalAssets: input.totalAssets,
      smesServedLastYear: input.smesServedLastYear,
      pointToPointEnterprises: input.pointToPointEnterprises,
      declaresNoCreditBlacklist: input.declaresNoCreditBlacklist,
      reentryBanUntil: a.reentryBanUntil ?? null,
      attachmentSlotsPresent: a.attachments.map((x) => x.slot),
      declarationSigned: input.declarationSigned,
    },
    { onlineDeadline: a.batch.onlineDeadline, today },
  );
}
