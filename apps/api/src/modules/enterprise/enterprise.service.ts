import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { checkPasswordStrength, HEBEI_DIVISION_PREFIX, parseUscc } from '@hebei/domain';
import { Actor, AuthUser } from '../../common/context';
import { Role } from '../../common/enums';
import { AppError, badInput, FieldError } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { AuthService, toAuthUser } from '../auth/auth.service';
import { LoginPayload } from '../auth/auth.types';
import { hashPassword } from '../auth/password';
import { UserAccount } from '../auth/user.entity';
import { DivisionService } from '../division/division.service';
import { Enterprise } from './enterprise.entity';
import { EnterpriseErrorCode as Code, EnterpriseMessages as Msg } from './enterprise.errors';
import { EnterpriseRegistrationInput } from './enterprise.inputs';

const isUniqueViolation = (e: unknown) =>
  e instanceof QueryFailedError && /ER_DUP_ENTRY|SQLITE_CONSTRAINT_UNIQUE|UNIQUE constraint failed|Duplicate entry/i.test(`${(e as { code?: string }).code ?? ''} ${e.message}`);

export class EnterpriseService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly auth: AuthService,
  ) {}

  /** An SME signs itself up: the enterprise and its ENTERPRISE account in one transaction, then logs in. */
  async register(input: EnterpriseRegistrationInput, actor: Actor): Promise<LoginPayload> {
    const errors: FieldError[] = [];
    const uscc = parseUscc(input.uscc);
    uscc.errors.forEach((e) => errors.push({ field: 'uscc', code: Code.USCC_INVALID, message: e.message }));
    if (uscc.valid && !uscc.divisionCode!.startsWith(HEBEI_DIVISION_PREFIX)) {
      errors.push({ field: 'uscc', code: Code.USCC_NOT_HEBEI, message: Msg.USCC_NOT_HEBEI });
    }
    if (!this.divisions.isRegistrableDivision(input.divisionCode)) {
      errors.push({ field: 'divisionCode', code: Code.DIVISION_UNKNOWN, message: Msg.DIVISION_UNKNOWN });
    }
    const name = input.name.trim();
    const contactPerson = input.contactPerson.trim();
    if (name.length < 2) errors.push({ field: 'name', code: 'REQUIRED', message: '企业名称应为2–200个字' });
    if (!contactPerson) errors.push({ field: 'contactPerson', code: 'REQUIRED', message: '请填写联系人（最多50字）' });
    checkPasswordStrength(input.password, input.username).forEach((v) => errors.push({ ...v, field: 'password' }));
    if (errors.length) throw badInput(errors);
    const passwordHash = await hashPassword(input.password);
    try {
      await this.db.transaction(async (em) => {
        await this.assertFree(em, uscc.normalized, input.username);
        const enterprise = em.create(Enterprise, {
          name,
          uscc: uscc.normalized,
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
        });
        await em.save(user);
        await this.audit.record(em, { ip: actor.ip, user: toAuthUser(user) }, {
          action: 'REGISTER_ENTERPRISE',
          entityType: 'Enterprise',
          entityId: enterprise.id,
          after: { enterprise, username: user.username },
        });
      });
    } catch (e) {
      // Two sign-ups racing for the same code or name: the unique index decides; answer like the check above.
      if (isUniqueViolation(e)) {
        await this.assertFree(this.db.manager, uscc.normalized, input.username);
        throw new AppError('CONFLICT', '注册信息已被占用，请刷新后重试');
      }
      throw e;
    }
    return this.auth.login(input.username, input.password, actor);
  }

  async mine(user: AuthUser): Promise<Enterprise> {
    const row = user.enterpriseId ? await this.db.getRepository(Enterprise).findOne({ where: { id: user.enterpriseId } }) : null;
    if (!row) throw new AppError('NOT_FOUND', '当前账户未绑定企业');
    return row;
  }

  private async assertFree(em: EntityManager, uscc: string, username: string): Promise<void> {
    const taken: FieldError[] = [];
    if (await em.exists(Enterprise, { where: { uscc } })) taken.push({ field: 'uscc', code: Code.USCC_TAKEN, message: Msg.USCC_TAKEN });
    if (await em.exists(UserAccount, { where: { username } })) taken.push({ field: 'username', code: Code.USERNAME_TAKEN, message: Msg.USERNAME_TAKEN });
    if (taken.length) throw badInput(taken);
  }
}
