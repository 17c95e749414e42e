import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../common/enums';
import { ScopeRule } from '../../common/scope';

// 用户管理 sorts by (column, id) (ADR 0020).
@Entity('user_account')
@Index(['displayName', 'id'])
@Index(['role', 'id'])
@Index(['divisionCode', 'id'])
export class UserAccount {
  @PrimaryGeneratedColumn()
  id: number;

  /** As the user typed it at sign-up (shown); unique and looked up through `usernameKey`. */
  @Column({ type: 'varchar', length: 64 })
  username: string;

  /** normalizeUsername(username): case-insensitive on both engines. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  usernameKey: string;

  @Column({ type: 'varchar', length: 100 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  /** The unit's name for institution and enterprise accounts (up to 200 characters like the name itself). */
  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  /** Officers (PROVINCE/CITY/COUNTY) are bound to a division; the scope follows from it. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  divisionCode: string | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  institutionId: number | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  enterpriseId: number | null;

  @Column({ type: 'int', default: 0 })
  failedLoginCount: number;

  @Column({ type: 'datetime', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  /** Set by an officer's password reset (and for accounts created with a one-time password): change it before anything else. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** Self-registered accounts: the privacy notice version the user consented to at sign-up, and when. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  privacyConsentVersion: string | null;

  @Column({ type: 'datetime', nullable: true })
  privacyConsentAt: Date | null;

  /** When the password was last set (sign-up, 修改密码, a one-time password); null reads as createdAt (ADR 0021). */
  @Column({ type: 'datetime', nullable: true })
  passwordChangedAt: Date | null;

  /** 本单位账号: an institution's or enterprise's admin (its self-registered first account) adds and manages colleagues. */
  @Column({ type: 'boolean', default: false })
  orgAdmin: boolean;

  /** Compare-and-set for what 用户管理 changes (active, password reset, unlock); login bookkeeping does not bump it. */
  @Column({ type: 'int', default: 1 })
  version: number;
}

/** Accounts 用户管理 manages: bureaus and analysts. PROVINCE sees all of them; a CITY bureau the accounts of its counties. */
export const MANAGED_ACCOUNT_ROLES = [Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST] as const;

export const USER_ACCOUNT_ROWS: ScopeRule = {
  place: 'divisionCode',
  officer: (alias) => ({ sql: `${alias}.role IN (:...managedRoles)`, params: { managedRoles: [...MANAGED_ACCOUNT_ROLES] } }),
};
