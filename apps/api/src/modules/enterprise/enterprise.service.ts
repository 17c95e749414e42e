import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { CaptchaService } from '../captcha/captcha.service';
import { clientKey } from '../../common/client-ip';
import { RateLimiter, RateLimitPolicy } from '../../common/rate-limit';
import { Actor, AuthUser } from '../../common/context';
import { Role } from '../../common/enums';
import { AppError, badInput } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { AuthService, toAuthUser } from '../auth/auth.service';
import { LoginPayload } from '../auth/auth.types';
import { hashPassword } from '../auth/password';
import { UserAccount } from '../auth/user.entity';
import { DivisionService } from '../division/division.service';
import { assertSignUpFree, signUpFieldErrors, withSignUpRace } from '../registration/sign-up';
import { Enterprise } from './enterprise.entity';
import { EnterpriseRegistrationInput } from './enterprise.inputs';

export class EnterpriseService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly auth: AuthService,
    private readonly limiter: RateLimiter,
    private readonly limit: RateLimitPolicy,
    private readonly clock: Clock,
    private readonly captcha: CaptchaService,
  ) {}

  /** An SME signs itself up: the enterprise and its ENTERPRISE account in one transaction, then logs in. */
  async register(input: EnterpriseRegistrationInput, actor: Actor): Promise<LoginPayload> {
    const { errors, uscc } = signUpFieldErrors(input, this.divisions);
    const name = input.name.trim();
    const contactPerson = input.contactPerson.trim();
    if (name.length < 2) errors.push({ field: 'name', code: 'REQUIRED', message: '企业名称应为2–200个字' });
    if (!contactPerson) errors.push({ field: 'contactPerson', code: 'REQUIRED', message: '请填写联系人（最多50字）' });
    if (errors.length) throw badInput(errors);
    await this.captcha.check(input.captcha);
    await this.limiter.consume(this.limit, clientKey(actor.ip));
    const passwordHash = await hashPassword(input.password);
    await withSignUpRace(this.db.manager, Enterprise, { uscc, username: input.username }, () =>
      this.db.transaction(async (em) => {
        await assertSignUpFree(em, Enterprise, uscc, input.username);
        const enterprise = em.create(Enterprise, {
          name,
          uscc,
          divisionCode: input.divisionCode,
          contactPerson,
          contactPhone: input.contactPhone,
        });
        await em.save(enterprise);
        const user = em.create(UserAccount, {
          username: input.username,
          passwordHash,
          role: Role.ENTERPRISE,
          displayName: enterprise.name,
          enterpriseId: enterprise.id,
          privacyConsentVersion: input.privacyConsentVersion,
          privacyConsentAt: this.clock.now(),
          passwordChangedAt: this.clock.now(),
          // The self-registered first account is the organisation's admin (本单位账号, ADR 0021).
          orgAdmin: true,
        });
        await em.save(user);
        await this.audit.record(
          em,
          { ip: actor.ip, user: toAuthUser(user) },
          {
            action: 'REGISTER_ENTERPRISE',
            entityType: 'Enterprise',
            entityId: enterprise.id,
            after: {
              enterprise,
              username: user.username,
              privacyConsentVersion: user.privacyConsentVersion,
              privacyConsentAt: user.privacyConsentAt,
            },
          },
        );
      }),
    );
    return this.auth.login(input.username, input.password, actor);
  }

  async mine(user: AuthUser): Promise<Enterprise> {
    const row = user.enterpriseId ? await this.db.getRepository(Enterprise).findOne({ where: { id: user.enterpriseId } }) : null;
    if (!row) throw new AppError('NOT_FOUND', '当前账户未绑定企业');
    return row;
  }
}
