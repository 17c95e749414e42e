import { describe, expect, it } from '@jest/globals';
import {
  accountStatus,
  ACCOUNT_STATUS_LABELS,
  ACCOUNT_STATUSES,
  REGISTRY_STATUS_LABELS,
  REGISTRY_STATUSES,
  ROLE_LABELS,
  ROLES,
  roleLabel,
} from './roles';

describe('names of roles and statuses (SPEC §1)', () => {
  it.each([
    ['roles', ROLES, ROLE_LABELS],
    ['account statuses', ACCOUNT_STATUSES, ACCOUNT_STATUS_LABELS],
    ['registry statuses (Art. 5 有进有出)', REGISTRY_STATUSES, REGISTRY_STATUS_LABELS],
  ] as const)('every one of the %s has one distinct Chinese name', (_what, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    const names = Object.values(labels);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[\u4e00-\u9fa5]+$/);
  });

  it.each([
    ['ANALYST', '分析人员'],
    ['COUNTY', '县级主管部门'],
    ['SYSTEM', 'SYSTEM'],
    [null, ''],
    [undefined, ''],
  ])('roleLabel(%p) = %p', (code, name) => {
    expect(roleLabel(code)).toBe(name);
  });
});

describe('accountStatus (用户管理 and 本单位账号: what the status column shows)', () => {
  const now = new Date('2026-12-02T02:00:00Z');
  const later = new Date('2026-12-02T02:15:00Z');
  const earlier = new Date('2026-12-02T01:45:00Z');
  it.each([
    ['active, never locked', true, null, 'ACTIVE'],
    ['active, lock runs out later', true, later, 'LOCKED'],
    ['active, lock ran out', true, earlier, 'ACTIVE'],
    ['active, lock ends exactly now', true, now, 'ACTIVE'],
    ['disabled, never locked', false, null, 'DISABLED'],
    ['disabled and locked: disabled wins', false, later, 'DISABLED'],
  ] as const)('%s → %s', (_case, active, lockedUntil, status) => {
    expect(accountStatus({ active, lockedUntil }, now)).toBe(status);
  });
});
