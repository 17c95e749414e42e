/**
 * The names users read for a role, an account's status and an institution's place in the registry — one table each,
 * used by the admin's screens and the API's exports alike (SPEC §1 roles; Art. 5 有进有出 for the registry status).
 */
export const ROLES = ['PROVINCE', 'CITY', 'COUNTY', 'INSTITUTION', 'ENTERPRISE', 'ANALYST'] as const;
export type RoleName = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<RoleName, string>> = {
  PROVINCE: '省级主管部门',
  CITY: '市级主管部门',
  COUNTY: '县级主管部门',
  INSTITUTION: '服务机构',
  ENTERPRISE: '中小企业',
  ANALYST: '分析人员',
};

export const ACCOUNT_STATUSES = ['ACTIVE', 'DISABLED', 'LOCKED'] as const;
export type AccountStatusName = (typeof ACCOUNT_STATUSES)[number];

export const ACCOUNT_STATUS_LABELS: Readonly<Record<AccountStatusName, string>> = {
  ACTIVE: '正常',
  DISABLED: '已停用',
  LOCKED: '已锁定',
};

/**
 * What 用户管理 and 本单位账号 show for an account: 已停用 when disabled (whatever its lock), 已锁定 while a lock from
 * consecutive login failures has not run out at `now`, otherwise 正常.
 */
export function accountStatus(account: { active: boolean; lockedUntil: Date | null }, now: Date): AccountStatusName {
  if (!account.active) return 'DISABLED';
  return account.lockedUntil && account.lockedUntil > now ? 'LOCKED' : 'ACTIVE';
}

export const REGISTRY_STATUSES = ['APPLICANT', 'ADMITTED', 'REMOVED'] as const;
export type RegistryStatusName = (typeof REGISTRY_STATUSES)[number];

export const REGISTRY_STATUS_LABELS: Readonly<Record<RegistryStatusName, string>> = {
  APPLICANT: '申请中',
  ADMITTED: '已入库',
  REMOVED: '已移出',
};

/** A stored code read back for a person: its name, or the code itself when it is not (or no longer) one we know. */
export function roleLabel(code: string | null | undefined): string {
  if (!code) return '';
  return (ROLE_LABELS as Record<string, string>)[code] ?? code;
}
