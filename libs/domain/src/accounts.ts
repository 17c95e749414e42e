/**
 * Accounts beyond 用户管理 (issue #12 item 1): the password expiry policy, an organisation's own accounts (本单位账号)
 * and the officer-approved password reset of self-registered users (忘记密码). Time is a parameter.
 */
import { FieldViolation } from './errors';

/** 密码有效期: 0 means passwords never expire; at most a year. */
export const PASSWORD_EXPIRY_MAX_DAYS = 365;
const DAY_MS = 24 * 3600_000;

/**
 * Whether a password last set at `changedAt` has expired under a policy of `policyDays` days (0 = never), at `now`:
 * it lasts exactly `policyDays` × 24 hours.
 */
export function passwordExpired(changedAt: Date, policyDays: number, now: Date): boolean {
  if (!Number.isInteger(policyDays) || policyDays <= 0) return false;
  return now.getTime() - changedAt.getTime() >= policyDays * DAY_MS;
}

/** The policy's one field: a whole number of days, 0–365. */
export function checkPasswordExpiryDays(days: number): FieldViolation[] {
  if (!Number.isInteger(days) || days < 0 || days > PASSWORD_EXPIRY_MAX_DAYS) {
    return [
      { field: 'expiryDays', code: 'EXPIRY_DAYS_INVALID', message: `密码有效期应为0–${PASSWORD_EXPIRY_MAX_DAYS}天的整数（0表示永不过期）` },
    ];
  }
  return [];
}

export type OrgAccountRefusal = 'OWN_ACCOUNT' | 'LAST_ADMIN' | 'NOT_ADMIN';

export interface OrgAccountChange {
  /** The organisation's admin acting, as the database holds it now (in the transaction that changes the target). */
  actor: { id: number; active: boolean; orgAdmin: boolean };
  target: { id: number; orgAdmin: boolean };
  /** Disabling (true) or enabling / resetting (false). */
  deactivating: boolean;
  /** Active admins of the organisation other than the target. */
  otherActiveAdmins: number;
}

/**
 * Whether an organisation's admin may change a colleague's account (本单位账号): only an active admin acts; nobody
 * disables their own account (修改密码 is for one's own password, too); the last active admin stays.
 */
export function orgAccountChangeRefusal(c: OrgAccountChange): OrgAccountRefusal | null {
  if (!c.actor.active || !c.actor.orgAdmin) return 'NOT_ADMIN';
  if (c.actor.id === c.target.id) return 'OWN_ACCOUNT';
  if (c.deactivating && c.target.orgAdmin && c.otherActiveAdmins < 1) return 'LAST_ADMIN';
  return null;
}

export const PASSWORD_RESET_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type PasswordResetStatus = (typeof PASSWORD_RESET_STATUSES)[number];
export const PASSWORD_RESET_STATUS_LABELS: Readonly<Record<PasswordResetStatus, string>> = {
  PENDING: '待处理',
  APPROVED: '已同意',
  REJECTED: '已驳回',
};

/** A reset request is decided once: approved (a one-time password) or rejected (with a reason). */
export function passwordResetDecidable(status: PasswordResetStatus): boolean {
  return status === 'PENDING';
}

/** Only self-registered organisations' users reset through 忘记密码; officers and analysts go through 用户管理. */
export function mayRequestPasswordReset(role: string): boolean {
  return role === 'INSTITUTION' || role === 'ENTERPRISE';
}
