import { describe, expect, it } from '@jest/globals';
import { DIVISION_CODE_FORMAT, matchesFormat, PHONE_FORMAT, POSTAL_CODE_FORMAT, type TextFormat, USERNAME_FORMAT } from './formats';

describe('the forms’ text formats (附件2 联系电话、邮政编码; accounts’ 用户名; GB/T 2260 区划代码)', () => {
  it.each<[string, TextFormat, string, boolean]>([
    ['用户名', USERNAME_FORMAT, 'chengde', true],
    ['用户名: four characters is the shortest', USERNAME_FORMAT, 'abcd', true],
    ['用户名: three is too short', USERNAME_FORMAT, 'abc', false],
    ['用户名: 32 characters is the longest', USERNAME_FORMAT, 'a'.repeat(32), true],
    ['用户名: 33 is too long', USERNAME_FORMAT, 'a'.repeat(33), false],
    ['用户名: a digit first', USERNAME_FORMAT, '1abcd', false],
    ['用户名: underscores and digits after the first letter', USERNAME_FORMAT, 'ping_quan01', true],
    ['用户名: no hyphen', USERNAME_FORMAT, 'ping-quan', false],
    ['用户名: no Chinese', USERNAME_FORMAT, 'a平泉市局', false],
    ['联系电话: mobile', PHONE_FORMAT, '13903140001', true],
    ['联系电话: mobile with 10 digits', PHONE_FORMAT, '1390314000', false],
    ['联系电话: landline with hyphen', PHONE_FORMAT, '0314-2051234', true],
    ['联系电话: landline without hyphen, 3-digit area code', PHONE_FORMAT, '03112051234', true],
    ['联系电话: landline without area code', PHONE_FORMAT, '2051234', false],
    ['联系电话: spaces', PHONE_FORMAT, '139 0314 0001', false],
    ['邮政编码', POSTAL_CODE_FORMAT, '067000', true],
    ['邮政编码: five digits', POSTAL_CODE_FORMAT, '06700', false],
    ['区划代码: a county', DIVISION_CODE_FORMAT, '130881', true],
    ['区划代码: four digits', DIVISION_CODE_FORMAT, '1308', false],
  ])('%s: %s → %s', (_what, format, value, ok) => {
    expect(matchesFormat(format, value)).toBe(ok);
  });

  it('every format is anchored at both ends (a valid value inside junk does not pass)', () => {
    for (const format of [USERNAME_FORMAT, PHONE_FORMAT, POSTAL_CODE_FORMAT, DIVISION_CODE_FORMAT]) {
      expect(format.pattern.source.startsWith('^')).toBe(true);
      expect(format.pattern.source.endsWith('$')).toBe(true);
      expect(format.pattern.flags).toBe('');
    }
  });
});
