import { DataSource } from 'typeorm';
import { checkPasswordStrength, parseUscc } from '@hebei/domain';
import { Actor } from '../../common/context';
import { RegistryStatus, Role } from '../../common/enums';
import { badInput, FieldError } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { LoginPayload } from '../auth/auth.types';
import { hashPassword } from '../auth/password';
import { UserAccount } from '../auth/user.entity';
import { DivisionService } from '../division/division.service';
import { Institution } from '../institution/institution.entity';
import { InstitutionRegistrationInput } from './registration.inputs';

export class RegistrationService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly auth: AuthService,
  ) {}

  /** A service institution signs itself up: a new applicant institution and its INSTITUTION account, then logs in. */
  async registerInstitution(input: InstitutionRegistrationInput, actor: Actor): Promise<LoginPayload> {
    const errors: FieldError[] = [];
    const uscc = parseUscc(input.uscc);
    uscc.errors.forEach((e) => errors.push({ field: 'uscc', code: 'USCC_INVALID', message: e.message }));
    if (!this.divisions.isRegistrableDivision(input.divisionCode)) {
      errors.push({ field: 'divisionCode', code: 'DIVISION_UNKNOWN', message: '区划代码不存在或不是县级单位' });
    }
    checkPasswordStrength(input.password, input.username).forEach((v) => errors.push({ ...v, field: 'password' }));
    if (errors.length) throw badInput(errors);
    const passwordHash = await hashPassword(input.password);
    await this.db.transaction(async (em) => {
      const taken: FieldError[] = [];
      if (await em.findOne(Institution, { where: { uscc: uscc.normalized } })) {
        taken.push({ field: 'uscc', code: 'USCC_TAKEN', message: '该统一社会信用代码已注册，请直接登录或联系管理员' });
      }
      if (await em.findOne(UserAccount, { where: { username: input.username } })) {
        taken.push({ field: 'username', code: 'USERNAME_TAKEN', message: '用户名已被占用' });
      }
      if (taken.length) throw badInput(taken);
      const institution = em.create(Institution, {
        name: input.name.trim(),
        uscc: uscc.normalized,
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
      });
      await em.save(user);
      await this.audit.record(em, { ip: actor.ip, user: { id: user.id, username: user.username, role: user.role, displayName: user.displayName, divisionCode: null, institutionId: institution.id, enterpriseId: null } }, {
        action: 'REGISTER_INSTITUTION',
        entityType: 'Institution',
        entityId: institution.id,
        after: { institution, username: user.username },
      });
    });
    return this.auth.login(input.username, input.password, actor);
  }
}
