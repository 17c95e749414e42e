import { describe, expect, it } from '@jest/globals';
import {
  checkPasswordExpiryDays,
  mayRequestPasswordReset,
  orgAccountChangeRefusal,
  passwordExpired,
  passwordResetDecidable,
} from './accounts';

const at = (iso: string) => new Date(iso);

describe('passwordExpired (issue #12 item 1: 密码有效期可配置, 0 = 永不过期)', () => {
  it.each([
    ['2026-01-01T00:00:00Z', 0, '2099-01-01T00:00:00Z', false, 'policy 0: never'],
    ['2026-01-01T00:00:00Z', 90, '2026-03-31T23:59:59Z', false, '89 days and a bit'],
    ['2026-01-01T00:00:00Z', 90, '2026-04-01T00:00:00Z', true, 'exactly 90 × 24 h'],
    ['2026-01-01T00:00:00Z', 90, '2026-06-01T00:00:00Z', true, 'long past'],
    ['2026-01-01T00:00:00Z', 1, '2026-01-01T23:59:59Z', false, 'one day, not yet'],
    ['2026-01-01T00:00:00Z', 1, '2026-01-02T00:00:00Z', true, 'one day, reached'],
    ['2026-01-01T00:00:00Z', 365, '2026-12-31T23:59:59Z', false, 'a year minus a second'],
    ['2026-01-01T00:00:00Z', 365, '2027-01-01T00:00:00Z', true, 'a year'],
    ['2026-05-01T00:00:00Z', 30, '2026-04-01T00:00:00Z', false, 'changed in the future (clock skew): not expired'],
    ['2026-01-01T00:00:00Z', -5, '2099-01-01T00:00:00Z', false, 'a negative policy is no policy'],
    ['2026-01-01T00:00:00Z', 1.5, '2099-01-01T00:00:00Z', false, 'a fractional policy is no policy'],
  ])('changed %s, policy %d days, now %s → %s (%s)', (changed, days, now, expected) => {
    expect(passwordExpired(at(changed), days, at(now))).toBe(expected);
  });
});

describe('checkPasswordExpiryDays (0–365, whole days)', () => {
  it.each([
    [0, []],
    [1, []],
    [90, []],
    [365, []],
    [366, ['EXPIRY_DAYS_INVALID']],
    [-1, ['EXPIRY_DAYS_INVALID']],
    [30.5, ['EXPIRY_DAYS_INVALID']],
    [Number.NaN, ['EXPIRY_DAYS_INVALID']],
  ])('%d → %j', (days, codes) => {
    const v = checkPasswordExpiryDays(days);
    expect(v.map((x) => x.code)).toEqual(codes);
    for (const x of v) expect(x).toMatchObject({ field: 'expiryDays', message: expect.stringMatching(/^[\u4e00-\u9fa5]/) });
  });
});

describe('orgAccountChangeRefusal (本单位账号: an organisation admin manages colleagues)', () => {
  const admin = { id: 1, active: true, orgAdmin: true };
  it.each([
    ['disable a colleague', admin, { id: 2, orgAdmin: false }, true, 0, null],
    ['disable another admin while the actor stays', admin, { id: 2, orgAdmin: true }, true, 1, null],
    ['disable the last other active admin', admin, { id: 2, orgAdmin: true }, true, 0, 'LAST_ADMIN'],
    ['enable an admin', admin, { id: 2, orgAdmin: true }, false, 0, null],
    ['disable oneself', admin, { id: 1, orgAdmin: true }, true, 3, 'OWN_ACCOUNT'],
    ['reset one’s own password here', admin, { id: 1, orgAdmin: true }, false, 3, 'OWN_ACCOUNT'],
    ['a colleague who is no admin', { id: 3, active: true, orgAdmin: false }, { id: 2, orgAdmin: false }, true, 1, 'NOT_ADMIN'],
    [
      'an admin disabled meanwhile (the race of two admins)',
      { id: 1, active: false, orgAdmin: true },
      { id: 2, orgAdmin: true },
      true,
      0,
      'NOT_ADMIN',
    ],
  ] as const)('%s → %s', (_why, actor, target, deactivating, otherActiveAdmins, expected) => {
    expect(orgAccountChangeRefusal({ actor, target, deactivating, otherActiveAdmins })).toBe(expected);
  });
});

describe('忘记密码 (officer-approved reset)', () => {
  it.each([
    ['PENDING', true],
    ['APPROVED', false],
    ['REJECTED', false],
  ] as const)('a %s request is decidable: %s', (status, expected) => {
    expect(passwordResetDecidable(status)).toBe(expected);
  });
  it.each([
    ['INSTITUTION', true],
    ['ENTERPRISE', true],
    ['PROVINCE', false],
    ['CITY', false],
    ['COUNTY', false],
    ['ANALYST', false],
  ])('%s may request a reset: %s (officers use 用户管理)', (role, expected) => {
    expect(mayRequestPasswordReset(role)).toBe(expected);
  });
});
