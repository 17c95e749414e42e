import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one row of the password policy (系统设置 · 密码策略), id 1, inserted by its migration; PROVINCE edits it. */
@Entity('password_policy')
export class PasswordPolicy {
  @PrimaryColumn({ type: 'int' })
  id: number;

  /** 密码有效期 in days; 0 = never expires. */
  @Column({ type: 'int', default: 0 })
  expiryDays: number;

  @Column({ type: 'datetime', nullable: true })
  updatedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

export const PASSWORD_POLICY_ID = 1;
