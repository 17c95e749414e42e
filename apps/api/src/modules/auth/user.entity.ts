import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../common/enums';

@Entity('user_account')
export class UserAccount {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 100 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'varchar', length: 100 })
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
}
