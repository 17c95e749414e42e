import { describe, expect, it } from '@jest/globals';
import { ACCOUNT_STATUS_LABELS, ACCOUNT_STATUSES, REGISTRY_STATUS_LABELS, REGISTRY_STATUSES, ROLE_LABELS, ROLES, roleLabel } from './roles';

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
