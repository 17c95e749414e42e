import { describe, expect, it } from '@jest/globals';
import { CHANGE_FIELDS, ChangeField, changeReportMachine, changeReportViolations } from './change-report';

const BEFORE: Record<ChangeField, string | null> = {
  name: '平泉市冀达数智数字科技有限公司',
  uscc: '91130881MA0DEM0019',
  legalRepresentative: '李建华',
  address: '河北省承德市平泉市平泉镇建设路88号',
  postalCode: '067500',
  divisionCode: '130881',
};
const today = '2026-11-27';
const codes = (draft: Parameters<typeof changeReportViolations>[0]) =>
  changeReportViolations(draft, BEFORE, today).map((v) => `${v.field}:${v.code}`);
const text = '因业务发展需要，经股东会决议变更单位名称。';

describe('changeReportViolations (Art. 11: 更名、合并、重组、迁移等与入库条件有关的重大变化)', () => {
  it.each([
    [
      'a rename',
      { type: 'RENAME', changeDate: '2026-10-08', description: text, changes: [{ field: 'name', after: '平泉市冀达数字科技有限公司' }] },
      [],
    ],
    [
      'a relocation by division',
      { type: 'RELOCATION', changeDate: '2026-10-08', description: text, changes: [{ field: 'divisionCode', after: '130802' }] },
      [],
    ],
    ['a restructuring without field changes', { type: 'RESTRUCTURING', changeDate: '2026-10-08', description: text, changes: [] }, []],
    [
      'the change date in the future',
      { type: 'OTHER', changeDate: '2026-11-28', description: text, changes: [] },
      ['changeDate:DATE_IN_FUTURE'],
    ],
    ['the change date today', { type: 'OTHER', changeDate: today, description: text, changes: [] }, []],
    [
      'a date that does not exist',
      { type: 'OTHER', changeDate: '2026-02-29', description: text, changes: [] },
      ['changeDate:INVALID_DATE'],
    ],
    ['no description', { type: 'OTHER', changeDate: '2026-10-08', description: '改名', changes: [] }, ['description:DESCRIPTION_REQUIRED']],
    [
      'a rename without the name',
      { type: 'RENAME', changeDate: '2026-10-08', description: text, changes: [{ field: 'address', after: '新地址1号' }] },
      ['changes:FIELD_MISSING'],
    ],
    [
      'a relocation without address or division',
      { type: 'RELOCATION', changeDate: '2026-10-08', description: text, changes: [] },
      ['changes:FIELD_MISSING'],
    ],
    [
      'an unchanged value',
      { type: 'RENAME', changeDate: '2026-10-08', description: text, changes: [{ field: 'name', after: BEFORE.name! }] },
      ['changes.0.after:UNCHANGED'],
    ],
    [
      'an empty value',
      { type: 'OTHER', changeDate: '2026-10-08', description: text, changes: [{ field: 'address', after: '  ' }] },
      ['changes.0.after:REQUIRED'],
    ],
    [
      'a field twice',
      {
        type: 'OTHER',
        changeDate: '2026-10-08',
        description: text,
        changes: [
          { field: 'address', after: 'A路1号' },
          { field: 'address', after: 'B路2号' },
        ],
      },
      ['changes.1.field:FIELD_REPEATED'],
    ],
    [
      'a field that cannot change',
      { type: 'OTHER', changeDate: '2026-10-08', description: text, changes: [{ field: 'registryStatus', after: 'ADMITTED' }] },
      ['changes.0.field:FIELD_UNKNOWN'],
    ],
    [
      'too long',
      { type: 'OTHER', changeDate: '2026-10-08', description: text, changes: [{ field: 'postalCode', after: '0675001' }] },
      ['changes.0.after:TOO_LONG'],
    ],
  ] as const)('%s → %j', (_name, draft, expected) => {
    expect(codes({ ...draft, changes: [...draft.changes] })).toEqual(expected);
  });

  it('lists the fields of the registry record a report may change', () => {
    expect(CHANGE_FIELDS).toEqual(['name', 'uscc', 'legalRepresentative', 'address', 'postalCode', 'divisionCode']);
  });
});

describe('changeReportMachine (Art. 11: the city bureau verifies once)', () => {
  it.each([
    ['SUBMITTED', 'VERIFY_ELIGIBLE', 'VERIFIED_ELIGIBLE'],
    ['SUBMITTED', 'VERIFY_INELIGIBLE', 'VERIFIED_INELIGIBLE'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(changeReportMachine.next(from, event)).toBe(to);
  });

  it.each([
    ['VERIFIED_ELIGIBLE', 'VERIFY_INELIGIBLE', '该变化报告核实仍符合条件，不能再核实为不再符合条件'],
    ['VERIFIED_INELIGIBLE', 'VERIFY_ELIGIBLE', '该变化报告核实不再符合条件，不能再核实为仍符合条件'],
  ] as const)('%s refuses %s: %s', (from, event, message) => {
    expect(() => changeReportMachine.next(from, event)).toThrow(message);
  });
});
