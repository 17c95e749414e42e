import { describe, expect, it } from '@jest/globals';
import {
  INSTITUTION_TYPES,
  INSTITUTION_TYPE_LABELS,
  SERVICE_CATEGORIES,
  SERVICE_CATEGORY_LABELS,
  SERVICE_NATURES,
  SERVICE_NATURE_LABELS,
  isInstitutionTypeCode,
  isServiceCategoryCode,
  isServiceNatureCode,
  validateMainCategories,
} from './catalog';

describe('catalogues (SPEC §2)', () => {
  it('has the nine categories of Art. 6(3) / Art. 9 in form order', () => {
    expect(SERVICE_CATEGORIES.map((c) => c.name)).toEqual([
      '数字赋能',
      '融资促进',
      '技术创新',
      '检验检测',
      '成果转化',
      '品牌提升',
      '政策咨询',
      '人力资源',
      '其他',
    ]);
  });

  it.each([
    ['DIGITAL_EMPOWERMENT', '数字赋能', 'Art. 9 数字赋能类'],
    ['TESTING_INSPECTION', '检验检测', 'Art. 9 检验检测类'],
    ['OTHER', '其他', 'Art. 9 其他类'],
  ] as const)('category %s = %s (%s)', (code, name, _article) => {
    expect(SERVICE_CATEGORY_LABELS[code]).toBe(name);
    expect(isServiceCategoryCode(code)).toBe(true);
  });

  it.each([
    ['PUBLIC_WELFARE', '公益性'],
    ['MARKET', '社会化'],
  ] as const)('nature %s = %s (Art. 9)', (code, name) => {
    expect(SERVICE_NATURE_LABELS[code]).toBe(name);
    expect(isServiceNatureCode(code)).toBe(true);
  });

  it.each([
    ['ENTERPRISE', '企业'],
    ['PUBLIC_INSTITUTION', '事业单位'],
    ['SOCIAL_ORGANIZATION', '社会团体/民办非企业'],
    ['OTHER', '其他'],
  ] as const)('institution type %s = %s (Attachment 2 机构性质)', (code, name) => {
    expect(INSTITUTION_TYPE_LABELS[code]).toBe(name);
    expect(isInstitutionTypeCode(code)).toBe(true);
  });

  it.each([['digital_empowerment'], ['FOOD'], [''], [null], [42]])('rejects unknown code %j', (code) => {
    expect(isServiceCategoryCode(code)).toBe(false);
    expect(isServiceNatureCode(code)).toBe(false);
    expect(isInstitutionTypeCode(code)).toBe(false);
  });

  it('codes are unique', () => {
    for (const list of [SERVICE_CATEGORIES, SERVICE_NATURES, INSTITUTION_TYPES]) {
      expect(new Set(list.map((x) => x.code)).size).toBe(list.length);
    }
  });
});

describe('validateMainCategories (Art. 6(3); Attachments 2 and 4: 最多选择两项，其他明确)', () => {
  it.each([
    [['FINANCING'], null, [], 'one category'],
    [['FINANCING', 'BRAND'], null, [], 'two categories'],
    [['OTHER'], '知识产权代理', [], 'OTHER with a description'],
    [['TECH_INNOVATION', 'OTHER'], '  工业设计  ', [], 'OTHER + one, description with blanks'],
    [[], null, ['CATEGORY_REQUIRED'], 'none chosen'],
    [['FINANCING', 'BRAND', 'HUMAN_RESOURCES'], null, ['CATEGORY_TOO_MANY'], 'three: at most two'],
    [['FINANCING', 'FINANCING'], null, ['CATEGORY_DUPLICATE'], 'same code twice'],
    [['FOOD'], null, ['CATEGORY_UNKNOWN'], 'unknown code'],
    [['OTHER'], null, ['CATEGORY_OTHER_DESCRIPTION_REQUIRED'], 'OTHER without description'],
    [['OTHER', 'BRAND'], '   ', ['CATEGORY_OTHER_DESCRIPTION_REQUIRED'], 'OTHER with blank description'],
    [['A', 'B', 'C'], null, ['CATEGORY_UNKNOWN', 'CATEGORY_TOO_MANY'], 'several problems at once'],
  ])('%j / %j → %j (%s)', (codes, description, expected, _why) => {
    expect(validateMainCategories(codes, description).map((v) => v.code)).toEqual(expected);
  });

  it('gives Chinese messages on the right fields', () => {
    expect(validateMainCategories(['FINANCING', 'BRAND', 'OTHER'])).toEqual([
      { field: 'mainCategories', code: 'CATEGORY_TOO_MANY', message: '主要服务方向最多选择2项，当前选择了3项' },
      {
        field: 'otherCategoryDescription',
        code: 'CATEGORY_OTHER_DESCRIPTION_REQUIRED',
        message: '选择“其他”服务方向时须填写具体服务内容',
      },
    ]);
  });
});
