import { describe, expect, it } from '@jest/globals';
import {
  ImportCell,
  importHeaderColumns,
  mergeImportedRows,
  SERVED_ENTERPRISE_IMPORT,
  STAFF_IMPORT,
  validateImportRows,
} from './application-import';

// Attachment 2 (服务人员基本情况表 / 服务企业情况登记表) columns, with the paper's 序号 first.
const STAFF_HEADER: ImportCell[] = ['序号', '姓名', '职务', '职称', '学历', '有无合同、社保证明等'];
const SERVED_HEADER: ImportCell[] = ['序号', '企业名称', '服务性质', '服务满意度'];
const row = (n: number, ...cells: ImportCell[]) => ({ row: n, cells });

describe('importHeaderColumns (the template header, SPEC §3.2 sub-tables)', () => {
  it.each([
    ['the template header', STAFF_HEADER, null],
    ['the paper spelling with spaces (姓  名, 职  务)', ['序号', '姓  名', '职  务', '职  称', '学历', '有无合同、社保证明等'], null],
    ['columns in another order, without 序号', ['学历', '姓名', '职称', '职务', '有无合同、社保证明'], null],
    ['a missing column', ['序号', '姓名', '职务', '学历', '有无合同、社保证明等'], ['职称: 缺少“职称”列，请使用下载的模板']],
    ['a doubled column', [...STAFF_HEADER, '姓名'], ['姓名: “姓名”列出现了2次']],
    ['an empty first row', [], STAFF_IMPORT.columns.map((c) => `${c.header}: 缺少“${c.header}”列，请使用下载的模板`)],
  ])('%s', (_what, header, expected) => {
    const got = importHeaderColumns(STAFF_IMPORT, header);
    if (expected === null) expect('positions' in got).toBe(true);
    else expect('errors' in got ? got.errors.map((e) => `${e.column}: ${e.message}`) : []).toEqual(expected);
  });
});

describe('validateImportRows — staff (ApplicationStaffInput limits)', () => {
  it.each<[string, ImportCell[], string[]]>([
    ['a full row', ['1', '张三', '总经理', '高级工程师', '本科', '有'], []],
    ['无 and 否 and a boolean cell for the proof', ['2', '李四', '顾问', '无', '硕士', false], []],
    ['a missing name', ['3', '', '总经理', '工程师', '本科', '有'], ['姓名: 请填写姓名']],
    ['a blank-looking name (spaces only)', ['3', '   ', '总经理', '工程师', '本科', '有'], ['姓名: 请填写姓名']],
    ['a post over 50 characters', ['4', '王五', '职'.repeat(51), '工程师', '本科', '有'], ['职务: 职务最多50个字']],
    ['education over 20 characters', ['5', '赵六', '经理', '工程师', '学'.repeat(21), '有'], ['学历: 学历最多20个字']],
    [
      'a proof answer that is neither',
      ['6', '钱七', '经理', '工程师', '本科', '可能'],
      ['有无合同、社保证明等: 应填“有”或“无”，不能是“可能”'],
    ],
    [
      'several problems in one row, each reported',
      ['7', '', '', '工程师', '本科', ''],
      ['姓名: 请填写姓名', '职务: 请填写职务', '有无合同、社保证明等: 请填写有无合同、社保证明等'],
    ],
  ])('%s', (_what, cells, expected) => {
    const got = validateImportRows(STAFF_IMPORT, STAFF_HEADER, [row(2, ...cells)]);
    expect(got.errors.map((e) => `${e.column}: ${e.message}`)).toEqual(expected);
    expect(got.errors.every((e) => e.row === 2)).toBe(true);
    expect(got.rows.length).toBe(expected.length ? 0 : 1);
  });

  it('keeps the good rows with their Excel row numbers, skips blank rows, reports the bad one by its row', () => {
    const got = validateImportRows(STAFF_IMPORT, STAFF_HEADER, [
      row(2, 1, '张三', '总经理', '高级工程师', '本科', '有'),
      row(3, null, null, null, null, null, null),
      row(4, 3, '', '顾问', '无', '本科', '无'),
      row(5, 4, '李四', '顾问', '工程师', 2024, '无'),
    ]);
    expect(got.rows).toEqual([
      { row: 2, value: { name: '张三', post: '总经理', title: '高级工程师', education: '本科', hasContractProof: true } },
      { row: 5, value: { name: '李四', post: '顾问', title: '工程师', education: '2024', hasContractProof: false } },
    ]);
    expect(got.errors).toEqual([{ row: 4, column: '姓名', message: '请填写姓名' }]);
  });

  it('refuses an empty table and a table longer than the form allows (服务人员最多200人)', () => {
    expect(validateImportRows(STAFF_IMPORT, STAFF_HEADER, []).errors).toEqual([
      { row: 2, column: '', message: '表中没有数据，请从第2行起填写服务人员基本情况表' },
    ]);
    const many = Array.from({ length: 201 }, (_, i) => row(i + 2, i + 1, `人员${i}`, '职员', '无', '本科', '有'));
    const got = validateImportRows(STAFF_IMPORT, STAFF_HEADER, many);
    expect(got.errors).toEqual([{ row: 0, column: '', message: '服务人员基本情况表最多200行，文件中有201行' }]);
  });

  it('judges no row when the header is wrong', () => {
    const got = validateImportRows(STAFF_IMPORT, ['姓名'], [row(2, '张三')]);
    expect(got.rows).toEqual([]);
    expect(got.errors.every((e) => e.row === 1)).toBe(true);
  });
});

describe('validateImportRows — served enterprises (ApplicationServedEnterpriseInput)', () => {
  it.each<[string, ImportCell[], string[], unknown]>([
    [
      '公益性 / 满意',
      ['1', '承德某某有限公司', '公益性', '满意'],
      [],
      { name: '承德某某有限公司', nature: 'PUBLIC_WELFARE', satisfaction: '满意' },
    ],
    [
      '社会化 / 基本满意',
      ['2', '平泉某某公司', '社会化', '基本满意'],
      [],
      { name: '平泉某某公司', nature: 'MARKET', satisfaction: '基本满意' },
    ],
    ['the API code is accepted too', ['3', '某公司', 'MARKET', '不满意'], [], { name: '某公司', nature: 'MARKET', satisfaction: '不满意' }],
    ['an unknown nature', ['4', '某公司', '营利性', '满意'], ['服务性质: 应为 公益性/社会化 之一，不能是“营利性”'], null],
    ['an unknown satisfaction', ['5', '某公司', '公益性', '很好'], ['服务满意度: 应为 满意/基本满意/不满意 之一，不能是“很好”'], null],
    ['a name over 200 characters', ['6', '企'.repeat(201), '公益性', '满意'], ['企业名称: 企业名称最多200个字'], null],
  ])('%s', (_what, cells, expected, value) => {
    const got = validateImportRows(SERVED_ENTERPRISE_IMPORT, SERVED_HEADER, [row(7, ...cells)]);
    expect(got.errors.map((e) => `${e.column}: ${e.message}`)).toEqual(expected);
    expect(got.rows.map((r) => r.value)).toEqual(value ? [value] : []);
  });
});

describe('mergeImportedRows (确认导入: replace or append, within the form limit)', () => {
  it.each<[string, 'replace' | 'append', number, number[] | string]>([
    ['replace drops what was there', 'replace', 5, [3, 4]],
    ['append keeps what was there first', 'append', 5, [1, 2, 3, 4]],
    ['append exactly to the limit', 'append', 4, [1, 2, 3, 4]],
    ['append past the limit is refused', 'append', 3, '导入后共4行，超过最多3行的限制'],
  ])('%s', (_what, mode, max, expected) => {
    const got = mergeImportedRows([1, 2], [3, 4], mode, max);
    expect('rows' in got ? got.rows : got.error).toEqual(expected);
  });
});
