import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../common/enums';

@Entity('user_account')
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
}
