/** Reference catalogues (SPEC §2). Codes are stable API values; names are what users see. */
import { FieldViolation } from './errors';
import { MAX_MAIN_CATEGORIES } from './reporting';

/**
 * Service categories (服务类别). Order follows the enumeration of Art. 6(3) and the
 * Attachment 2/4 forms (Art. 9 lists the same nine in a different order).
 */
export const SERVICE_CATEGORIES = [
  { code: 'DIGITAL_EMPOWERMENT', name: '数字赋能' },
  { code: 'FINANCING', name: '融资促进' },
  { code: 'TECH_INNOVATION', name: '技术创新' },
  { code: 'TESTING_INSPECTION', name: '检验检测' },
  { code: 'TECH_TRANSFER', name: '成果转化' },
  { code: 'BRAND', name: '品牌提升' },
  { code: 'POLICY_CONSULTING', name: '政策咨询' },
  { code: 'HUMAN_RESOURCES', name: '人力资源' },
  { code: 'OTHER', name: '其他' },
] as const;
export type ServiceCategoryCode = (typeof SERVICE_CATEGORIES)[number]['code'];

/** Service nature (服务性质, Art. 9). */
export const SERVICE_NATURES = [
  { code: 'PUBLIC_WELFARE', name: '公益性' },
  { code: 'MARKET', name: '社会化' },
] as const;
export type ServiceNatureCode = (typeof SERVICE_NATURES)[number]['code'];

/** Institution type (机构性质, Attachment 2 application form). */
export const INSTITUTION_TYPES = [
  { code: 'ENTERPRISE', name: '企业' },
  { code: 'PUBLIC_INSTITUTION', name: '事业单位' },
  { code: 'SOCIAL_ORGANIZATION', name: '社会团体/民办非企业' },
  { code: 'OTHER', name: '其他' },
] as const;
export type InstitutionTypeCode = (typeof INSTITUTION_TYPES)[number]['code'];

function labels<T extends readonly { code: string; name: string }[]>(list: T): Record<T[number]['code'], string> {
  return Object.fromEntries(list.map((x) => [x.code, x.name])) as Record<T[number]['code'], string>;
}

export const SERVICE_CATEGORY_LABELS = labels(SERVICE_CATEGORIES);
export const SERVICE_NATURE_LABELS = labels(SERVICE_NATURES);
export const INSTITUTION_TYPE_LABELS = labels(INSTITUTION_TYPES);

export function isServiceCategoryCode(code: unknown): code is ServiceCategoryCode {
  return typeof code === 'string' && SERVICE_CATEGORIES.some((c) => c.code === code);
}
export function isServiceNatureCode(code: unknown): code is ServiceNatureCode {
  return typeof code === 'string' && SERVICE_NATURES.some((c) => c.code === code);
}
export function isInstitutionTypeCode(code: unknown): code is InstitutionTypeCode {
  return typeof code === 'string' && INSTITUTION_TYPES.some((c) => c.code === code);
}

/**
 * Main service directions (主要服务方向): 1–2 distinct known codes (Art. 6(3), Attachments 2 and 4);
 * OTHER needs a non-blank description (其他服务，其他明确).
 */
export function validateMainCategories(codes: string[], otherDescription?: string | null): FieldViolation[] {
  const field = 'mainCategories';
  const list = codes ?? [];
  const out: FieldViolation[] = [];
  if (list.length === 0) {
    return [{ field, code: 'CATEGORY_REQUIRED', message: '请选择主要服务方向（1至2项）' }];
  }
  const unknown = list.filter((c) => !isServiceCategoryCode(c));
  if (unknown.length > 0) {
    out.push({ field, code: 'CATEGORY_UNKNOWN', message: `未知的服务类别：${unknown.join('、')}` });
  }
  const distinct = new Set(list);
  if (distinct.size !== list.length) {
    out.push({ field, code: 'CATEGORY_DUPLICATE', message: '主要服务方向不能重复选择' });
  }
  if (distinct.size > MAX_MAIN_CATEGORIES) {
    out.push({
      field,
      code: 'CATEGORY_TOO_MANY',
      message: `主要服务方向最多选择${MAX_MAIN_CATEGORIES}项，当前选择了${distinct.size}项`,
    });
  }
  if (distinct.has('OTHER') && !(otherDescription ?? '').trim()) {
    out.push({
      field: 'otherCategoryDescription',
      code: 'CATEGORY_OTHER_DESCRIPTION_REQUIRED',
      message: '选择“其他”服务方向时须填写具体服务内容',
    });
  }
  return out;
}

/**
 * A draft may still lack its directions or the OTHER description — E4 reports those at submission —
 * but an unknown, repeated or third direction is refused at once (Art. 6(3), Attachment 4).
 */
export function validateDraftMainCategories(codes: string[], otherDescription?: string | null): FieldViolation[] {
  return validateMainCategories(codes, otherDescription).filter(
    (v) => v.code !== 'CATEGORY_REQUIRED' && v.code !== 'CATEGORY_OTHER_DESCRIPTION_REQUIRED',
  );
}
