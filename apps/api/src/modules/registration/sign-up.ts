import { EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import { checkPasswordStrength, checkPrivacyConsent, HEBEI_DIVISION_PREFIX, parseUscc } from '@hebei/domain';
import { AppError, badInput, FieldError } from '../../common/errors';
import { UserAccount } from '../auth/user.entity';
import { normalizeUsername } from '../auth/username';
import { DivisionService } from '../division/division.service';

/** What an institution's and an enterprise's self-registration have in common. */
export interface SignUpFields {
  uscc: string;
  divisionCode: string;
  username: string;
  password: string;
  privacyConsentVersion?: string | null;
}

export const SignUpMessages = {
  USCC_NOT_HEBEI: '本库服务河北省的机构和企业，统一社会信用代码须为河北省登记机关赋码（第3–4位为13）',
  USCC_TAKEN: '该统一社会信用代码已注册，请直接登录或联系管理员',
  USERNAME_TAKEN: '用户名已被占用',
  DIVISION_UNKNOWN: '区划代码不存在或不是县级单位',
} as const;

/** Field errors that need no database; returns the normalised USCC. */
export function signUpFieldErrors(input: SignUpFields, divisions: DivisionService): { errors: FieldError[]; uscc: string } {
  const errors: FieldError[] = [];
  const uscc = parseUscc(input.uscc);
  uscc.errors.forEach((e) => errors.push({ field: 'uscc', code: 'USCC_INVALID', message: e.message }));
  if (uscc.valid && !uscc.divisionCode!.startsWith(HEBEI_DIVISION_PREFIX)) {
    errors.push({ field: 'uscc', code: 'USCC_NOT_HEBEI', message: SignUpMessages.USCC_NOT_HEBEI });
  }
  if (!divisions.isRegistrableDivision(input.divisionCode)) {
    errors.push({ field: 'divisionCode', code: 'DIVISION_UNKNOWN', message: SignUpMessages.DIVISION_UNKNOWN });
  }
  checkPasswordStrength(input.password, input.username).forEach((v) => errors.push({ ...v, field: 'password' }));
  errors.push(...checkPrivacyConsent(input.privacyConsentVersion));
  return { errors, uscc: uscc.normalized };
}

/**
 * Refuses a USCC already registered for this kind of organisation, or a taken username (case-insensitive).
 * Only ever reached behind the registration rate limit, so it cannot be used to list usernames.
 */
export async function assertSignUpFree<T extends ObjectLiteral>(
  em: EntityManager,
  org: EntityTarget<T>,
  uscc: string,
  username: string,
): Promise<void> {
  const taken: FieldError[] = [];
  if (await em.exists(org, { where: { uscc } as never }))
    taken.push({ field: 'uscc', code: 'USCC_TAKEN', message: SignUpMessages.USCC_TAKEN });
  if (await em.exists(UserAccount, { where: { usernameKey: normalizeUsername(username) } }))
    taken.push({ field: 'username', code: 'USERNAME_TAKEN', message: SignUpMessages.USERNAME_TAKEN });
  if (taken.length) throw badInput(taken);
}

const isUniqueViolation = (e: unknown) =>
  e instanceof QueryFailedError &&
  /ER_DUP_ENTRY|SQLITE_CONSTRAINT_UNIQUE|UNIQUE constraint failed|Duplicate entry/i.test(
    `${(e as { code?: string }).code ?? ''} ${e.message}`,
  );

/**
 * Runs the sign-up transaction; when two sign-ups race for the same code or username the unique index decides,
 * and the loser gets the same field errors as the check (or CONFLICT if the winner has vanished meanwhile).
 */
export async function withSignUpRace<T extends ObjectLiteral>(
  em: EntityManager,
  org: EntityTarget<T>,
  fields: { uscc: string; username: string },
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    await assertSignUpFree(em, org, fields.uscc, fields.username);
    throw new AppError('CONFLICT', '注册信息已被占用，请刷新后重试');
  }
}
