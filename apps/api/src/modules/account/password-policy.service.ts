import { DataSource, EntityManager } from 'typeorm';
import { checkPasswordExpiryDays, passwordExpired } from '@hebei/domain';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { Actor } from '../../common/context';
import { badInput } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { UserAccount } from '../auth/user.entity';
import { PASSWORD_POLICY_ID, PasswordPolicy } from './password-policy.entity';
import { PasswordPolicyInput } from './password-policy.types';

/** 系统设置 · 密码策略 (issue #12 item 1): one row, edited by PROVINCE with compare-and-set, read at every login. */
export class PasswordPolicyService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The policy in force; a database without the row (never migrated one) reads as "never expires". */
  async get(em: EntityManager = this.db.manager): Promise<PasswordPolicy> {
    const row = await em.findOne(PasswordPolicy, { where: { id: PASSWORD_POLICY_ID } });
    return row ?? Object.assign(new PasswordPolicy(), { id: PASSWORD_POLICY_ID, expiryDays: 0, updatedAt: null, version: 1 });
  }

  /** Whether the account's password has outlived the policy now (ADR 0021: no change recorded reads as createdAt). */
  expired(user: Pick<UserAccount, 'passwordChangedAt' | 'createdAt'>, policy: PasswordPolicy): boolean {
    return passwordExpired(user.passwordChangedAt ?? user.createdAt, policy.expiryDays, this.clock.now());
  }

  async update(actor: Actor, input: PasswordPolicyInput): Promise<PasswordPolicy> {
    const invalid = checkPasswordExpiryDays(input.expiryDays);
    if (invalid.length) throw badInput(invalid);
    return this.db.transaction(async (em) => {
      const row = await this.get(em);
      const before = { expiryDays: row.expiryDays };
      await compareAndSet(em, PasswordPolicy, Object.assign(row, { version: input.expectedVersion }), {
        expiryDays: input.expiryDays,
        updatedAt: this.clock.now(),
      });
      await this.audit.record(em, actor, {
        action: 'UPDATE_PASSWORD_POLICY',
        entityType: 'PasswordPolicy',
        entityId: row.id,
        before,
        after: { expiryDays: input.expiryDays },
      });
      return row;
    });
  }
}
