import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PasswordResetStatus } from '@hebei/domain';
import { ScopeRule } from '../../common/scope';

/** 忘记密码: a self-registered user's request, decided by an officer of the organisation's place (ADR 0021). */
@Entity('password_reset_request')
@Index(['divisionCode', 'status', 'id'])
@Index(['userId', 'status'])
export class PasswordResetRequest {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  /** The organisation's county-level place: who decides (the county, its city, the province). */
  @Column({ type: 'varchar', length: 6 })
  divisionCode: string;

  /** The phone the requester gave, to be called back on (checked against the organisation's registered one). */
  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: PasswordResetStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;

  @Column({ type: 'int', nullable: true })
  decidedById: number | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** Officers of the organisation's place see its requests; nobody else does. */
export const PASSWORD_RESET_ROWS: ScopeRule = { place: 'divisionCode' };
