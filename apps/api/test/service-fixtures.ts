import { Not } from 'typeorm';
import { RegistryStatus, Role } from '../src/common/enums';
import { DEMO_PASSWORD } from '../src/database/demo-seed';
import { hashPassword } from '../src/modules/auth/password';
import { UserAccount } from '../src/modules/auth/user.entity';
import { Institution } from '../src/modules/institution/institution.entity';
import { TestApi } from './harness';

/**
 * A second INSTITUTION account (password DEMO_PASSWORD) bound to another institution of the seeded registry,
 * admitted unless asked otherwise; returns the username and institution id.
 */
export async function otherInstitutionAccount(api: TestApi, username: string, status = RegistryStatus.ADMITTED, divisionPrefix?: string) {
  const demo = await api.services.db.getRepository(UserAccount).findOneByOrFail({ username: 'institution' });
  const candidates = await api.services.db.getRepository(Institution).find({
    where: { registryStatus: status, id: Not(demo.institutionId!) },
    order: { id: 'ASC' },
  });
  const institution = candidates.find((i) => !divisionPrefix || i.divisionCode.startsWith(divisionPrefix))!;
  await api.services.db.getRepository(UserAccount).insert({
    username,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role: Role.INSTITUTION,
    displayName: institution.name,
    institutionId: institution.id,
  });
  return { username, institutionId: institution.id, divisionCode: institution.divisionCode };
}

export const countRows = async (api: TestApi, table: string, where = '1 = 1'): Promise<number> =>
  Number((await api.services.db.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`))[0].n);
