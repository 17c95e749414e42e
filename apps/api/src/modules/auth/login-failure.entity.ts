import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Consecutive failed logins for a username that has no account, counted exactly like an account's own
 * `failedLoginCount`/`lockedUntil`, so that an unknown name locks the same way a real one does.
 */
@Entity('login_failure')
export class LoginFailure {
  /** sha256 (hex) of the normalised username: bounded, and no attacker-chosen text is stored. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  usernameHash: string;

  @Column({ type: 'int', default: 0 })
  failedLoginCount: number;

  @Column({ type: 'datetime', nullable: true })
  lockedUntil: Date | null;

  /** Rows untouched for a long time are deleted (see AuthService.cleanup). */
  @Index()
  @Column({ type: 'datetime' })
  lastFailedAt: Date;
}
