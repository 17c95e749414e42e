import { describe, expect, it } from '@jest/globals';
import { checkPasswordStrength, passwordCharacterClasses } from './password';

describe('checkPasswordStrength', () => {
  it.each([
    ['Hebei2025', undefined, [], 'upper + lower + digit, 9 chars'],
    ['hebei-2025', undefined, [], 'lower + digit + symbol'],
    ['Abcdef1!', undefined, [], 'exactly 8'],
    ['中小企业服务Ab1', undefined, [], 'CJK counts as symbol class'],
    ['Ab1!'.repeat(16), undefined, [], 'exactly 64'],
    ['Abc1!', undefined, ['PASSWORD_TOO_SHORT'], '5 chars'],
    ['Abcde1!', undefined, ['PASSWORD_TOO_SHORT'], '7 chars'],
    ['Ab1!'.repeat(16) + 'x', undefined, ['PASSWORD_TOO_LONG'], '65 chars'],
    ['abcdefgh1', undefined, ['PASSWORD_WEAK'], 'two classes'],
    ['ABCDEFGH', undefined, ['PASSWORD_WEAK'], 'one class'],
    ['', undefined, ['PASSWORD_TOO_SHORT', 'PASSWORD_WEAK'], 'empty'],
    ['Chengde#2025', 'chengde', ['PASSWORD_CONTAINS_USERNAME'], 'contains username, case-insensitive'],
    ['Xx-PINGQUAN-1', 'pingquan', ['PASSWORD_CONTAINS_USERNAME'], 'username in the middle'],
    ['Hebei2025', '   ', [], 'blank username ignored'],
    ['Hebei2025', 'city_admin', [], 'different username'],
  ])('%j (user %j) → %j (%s)', (pw, user, codes, _why) => {
    expect(checkPasswordStrength(pw, user).map((v) => v.code)).toEqual(codes);
  });

  it('returns Chinese messages for the password field', () => {
    expect(checkPasswordStrength('abc', 'abc')).toEqual([
      { field: 'password', code: 'PASSWORD_TOO_SHORT', message: '密码长度至少为8位' },
      { field: 'password', code: 'PASSWORD_WEAK', message: '密码须至少包含大写字母、小写字母、数字、特殊符号中的三类' },
      { field: 'password', code: 'PASSWORD_CONTAINS_USERNAME', message: '密码不能包含用户名' },
    ]);
  });
});

describe('passwordCharacterClasses (the count the sign-up form shows beside the rule)', () => {
  it.each([
    ['', 0],
    ['abcdefgh', 1],
    ['ABC', 1],
    ['12345678', 1],
    ['abc123', 2],
    ['Hebei2025', 3],
    ['hebei-2025', 3],
    ['Hebei@2026', 4],
    ['中小企业服务Ab1', 4],
  ])('%j uses %i classes', (pw, classes) => {
    expect(passwordCharacterClasses(pw)).toBe(classes);
  });
});
