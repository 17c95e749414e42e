import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { CaptchaService } from '../captcha/captcha.service';
import { clientKey } from '../../common/client-ip';
import { RateLimiter, RateLimitPolicy } from '../../common/rate-limit';
import { Actor } from '../../common/context';
import { RegistryStatus, Role } from '../../common/enums';
import { badInput } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { AuthService, toAuthUser } from '../auth/auth.service';
import { LoginPayload } from '../auth/auth.types';
import { hashPassword } from '../auth/password';
import { UserAccount } from '../auth/user.entity';
import { DivisionService } from '../division/division.service';
import { Institution } from '../institution/institution.entity';
import { InstitutionRegistrationInput } from './registration.inputs';
import { assertSignUpFree, signUpFieldErrors, withSignUpRace } from './sign-up';

export class RegistrationService {
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

  /** A service institution signs itself up: a new applicant institution and its INSTITUTION account, then logs in. */
  async registerInstitution(input: InstitutionRegistrationInput, actor: Actor): Promise<LoginPayload> {
    const { errors, uscc } = signUpFieldErrors(input, this.divisions);
    if (errors.length) throw badInput(errors);
    await this.captcha.check(input.captcha);
    await this.limiter.consume(this.limit, clientKey(actor.ip));
    const passwordHash = await hashPassword(input.password);
    await withSignUpRace(this.db.manager, Institution, { uscc, username: input.username }, () =>
      this.db.transaction(async (em) => {
        await assertSignUpFree(em, Institution, uscc, input.username);
        const institution = em.create(Institution, {
          name: input.name.trim(),
          uscc,
          divisionCode: input.divisionCode,
          contactPerson: input.contactPerson.trim(),
          contactPhone: input.contactPhone,
          registryStatus: RegistryStatus.APPLICANT,
        });
        await em.save(institution);
        const user = em.create(UserAccount, {
          username: input.username,
          passwordHash,
          role: Role.INSTITUTION,
          displayName: institution.name,
          institutionId: institution.id,
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
            action: 'REGISTER_INSTITUTION',
            entityType: 'Institution',
            entityId: institution.id,
            after: {
              institution,
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
}
