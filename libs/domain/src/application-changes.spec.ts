import { describe, expect, it } from '@jest/globals';
import { ApplicationContent, applicationChangesSinceReturn } from './application-changes';

/** Art. 8 / SPEC §3.1: a returned application is corrected and resubmitted; the reviewer sees what changed since the return. */
const BASE: ApplicationContent = {
  fields: {
    name: '平泉市某某服务有限公司',
    institutionType: 'ENTERPRISE',
    nature: 'PUBLIC_WELFARE',
    premisesArea: 150,
    totalAssets: 200,
    mainCategories: ['FINANCING'],
    contactPhone: null,
    declarationSigned: true,
  },
  products: [{ name: '融资对接', content: '银企对接', application: '服务50家' }],
  staff: [
    { name: '张三', post: '总经理', title: '高级工程师', education: '本科', hasContractProof: true },
    { name: '李四', post: '顾问', title: '无', education: '硕士', hasContractProof: false },
  ],
  servedEnterprises: [{ name: '承德某某公司', nature: 'PUBLIC_WELFARE', satisfaction: '满意' }],
  attachments: [
    { slot: 3, fileName: '执照.pdf', sha256: 'a'.repeat(64) },
    { slot: 4, fileName: '租赁合同.pdf', sha256: 'b'.repeat(64) },
  ],
};
const edit = (patch: (c: ApplicationContent) => void): ApplicationContent => {
  const c = JSON.parse(JSON.stringify(BASE)) as ApplicationContent;
  patch(c);
  return c;
};
const lines = (after: ApplicationContent) =>
  applicationChangesSinceReturn(BASE, after).map((c) => `${c.kind} ${c.label}: ${c.before ?? '—'} → ${c.after ?? '—'}`);

describe('applicationChangesSinceReturn (Art. 8 退回修改 → 重新提交, SPEC §3.1)', () => {
  it.each<[string, (c: ApplicationContent) => void, string[]]>([
    ['nothing changed', () => undefined, []],
    [
      'the premises grew (the E7 figure a county returned it for)',
      (c) => (c.fields.premisesArea = 180),
      ['CHANGED 服务场地（平方米）: 150 → 180'],
    ],
    ['a phone filled in', (c) => (c.fields.contactPhone = '0314-1234567'), ['ADDED 联系电话: — → 0314-1234567']],
    ['an enum shown by its label', (c) => (c.fields.nature = 'MARKET'), ['CHANGED 服务性质: 公益性 → 社会化']],
    [
      'directions shown by name',
      (c) => (c.fields.mainCategories = ['FINANCING', 'BRAND']),
      ['CHANGED 主要服务方向: 融资促进 → 融资促进、品牌提升'],
    ],
    ['a declaration withdrawn', (c) => (c.fields.declarationSigned = false), ['CHANGED 申报材料真实性声明: 是 → 否']],
    ['the same number as text and as a number is no change', (c) => (c.fields.totalAssets = 200.0), []],
    [
      'a staff row added',
      (c) => c.staff.push({ name: '王五', post: '专员', title: '工程师', education: '本科', hasContractProof: true }),
      ['ADDED 服务人员（新增）: — → 王五，专员，工程师，本科，有'],
    ],
    ['a staff row removed', (c) => c.staff.splice(1, 1), ['REMOVED 服务人员（删除）: 李四，顾问，无，硕士，无 → —']],
    [
      'a staff row changed in two cells',
      (c) => Object.assign(c.staff[1], { title: '工程师', hasContractProof: true }),
      ['CHANGED 服务人员“李四” 职称: 无 → 工程师', 'CHANGED 服务人员“李四” 有无合同、社保证明: 无 → 有'],
    ],
    ['rows only reordered', (c) => c.staff.reverse(), []],
    [
      'a served enterprise re-rated',
      (c) => (c.servedEnterprises[0].satisfaction = '基本满意'),
      ['CHANGED 服务企业“承德某某公司” 服务满意度: 满意 → 基本满意'],
    ],
    [
      'a product renamed (one removed, one added)',
      (c) => (c.products[0].name = '融资服务'),
      ['ADDED 服务产品（新增）: — → 融资服务，银企对接，服务50家', 'REMOVED 服务产品（删除）: 融资对接，银企对接，服务50家 → —'],
    ],
    [
      'an attachment replaced by another file',
      (c) => (c.attachments[1] = { slot: 4, fileName: '产权证.pdf', sha256: 'c'.repeat(64) }),
      ['CHANGED 材料4 服务场地不动产权证书（或租赁合同）复印件: 租赁合同.pdf → 产权证.pdf'],
    ],
    [
      'an attachment re-uploaded under the same name',
      (c) => (c.attachments[0].sha256 = 'd'.repeat(64)),
      ['CHANGED 材料3 机构成立批文或注册登记执照复印件: 执照.pdf → 执照.pdf（已重新上传）'],
    ],
    [
      'an attachment added',
      (c) => c.attachments.push({ slot: 10, fileName: '信用.png', sha256: 'e'.repeat(64) }),
      ['ADDED 材料10 “信用中国”查询结果截图及法定代表人诚信承诺: — → 信用.png'],
    ],
  ])('%s', (_what, patch, expected) => {
    expect(lines(edit(patch))).toEqual(expected);
  });

  it('lists fields in form order, then tables, then attachments', () => {
    const after = edit((c) => {
      c.attachments.pop();
      c.staff.pop();
      c.fields.name = '平泉市某某服务集团有限公司';
      c.fields.totalAssets = 260;
    });
    expect(applicationChangesSinceReturn(BASE, after).map((c) => c.field)).toEqual([
      'name',
      'totalAssets',
      'staff[李四]',
      'attachments[4]',
    ]);
  });
});
