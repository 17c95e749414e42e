import { DataSource } from 'typeorm';
import { RegistryIndex } from '../modules/browse/registry-index';
import { makeUscc } from '@hebei/domain';
import { generateInstitutions, PlaceRef } from '@hebei/demo-data';
import { DivisionLevel, Role } from '../common/enums';
import { hashPassword } from '../modules/auth/password';
import { UserAccount } from '../modules/auth/user.entity';
import { Division } from '../modules/division/division.entity';
import { Enterprise } from '../modules/enterprise/enterprise.entity';
import { Institution, InstitutionMainCategory } from '../modules/institution/institution.entity';
import { seedDemoServices } from './demo-seed-services';

/** The one documented password of every demo account (README). */
export const DEMO_PASSWORD = 'Hebei@2026';

export const DEMO_ACCOUNTS = [
  { username: 'province', role: Role.PROVINCE, displayName: '河北省工业和信息化厅', divisionCode: '130000' },
  { username: 'chengde', role: Role.CITY, displayName: '承德市工业和信息化局', divisionCode: '130800' },
  { username: 'baoding', role: Role.CITY, displayName: '保定市工业和信息化局', divisionCode: '130600' },
  { username: 'pingquan', role: Role.COUNTY, displayName: '平泉市工业和信息化局', divisionCode: '130881' },
  { username: 'institution', role: Role.INSTITUTION, displayName: '平泉市冀达数智数字科技有限公司', divisionCode: null },
  { username: 'enterprise', role: Role.ENTERPRISE, displayName: '承德市恒信精密机械有限公司', divisionCode: null },
  { username: 'analyst', role: Role.ANALYST, displayName: '政策研究室', divisionCode: null },
] as const;

/** Registrable places for the generator: every county-level unit plus Dingzhou and Xinji. */
export function demoPlaces(divisions: Division[]): PlaceRef[] {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  return divisions
    .filter((d) => d.level === DivisionLevel.COUNTY || (d.cityLevel && !divisions.some((c) => c.parentCode === d.code)))
    .map((d) => ({
      code: d.code,
      name: d.name,
      cityName: d.parentCode && d.level === DivisionLevel.COUNTY ? byCode.get(d.parentCode)!.name : d.name,
    }));
}

export async function insertInstitutions(db: DataSource, rows: ReturnType<typeof generateInstitutions>, chunk = 500): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await db.transaction(async (em) => {
      const result = await em.insert(
        Institution,
        part.map(({ mainCategories: _categories, ...r }) => r as Partial<Institution>),
      );
      const partIds = result.identifiers.map((x) => Number(x.id));
      ids.push(...partIds);
      const cats = part.flatMap((r, k) =>
        r.mainCategories.map((categoryCode, position) => ({ institutionId: partIds[k], categoryCode, position })),
      );
      for (let j = 0; j < cats.length; j += chunk) await em.insert(InstitutionMainCategory, cats.slice(j, j + chunk));
      await RegistryIndex.refresh(em, partIds);
    });
  }
  return ids;
}

/** First start of the embedded default: demo accounts for every role and ~200 institutions. Skipped if any user exists. */
export async function seedDemoData(db: DataSource, institutionCount = 200): Promise<boolean> {
  if ((await db.getRepository(UserAccount).count()) > 0) return false;
  const divisions = await db.getRepository(Division).find({ order: { code: 'ASC' } });
  const generated = generateInstitutions(institutionCount, demoPlaces(divisions));
  // The demo institution account's own institution: admitted, in 平泉市 (under 承德).
  generated.unshift({
    ...generated[0],
    name: '平泉市冀达数智数字科技有限公司',
    uscc: makeUscc('91130881MA0DEM001'),
    divisionCode: '130881',
    registryStatus: 'ADMITTED',
    admittedOn: '2025-07-18',
    nature: 'PUBLIC_WELFARE',
    mainCategories: ['DIGITAL_EMPOWERMENT', 'TESTING_INSPECTION'],
    otherCategoryDescription: null,
    address: '河北省承德市平泉市平泉镇建设路88号',
    contactPerson: '李建华',
    contactPhone: '13903141234',
    email: 'contact@jida-pq.example.cn',
  });
  const ids = await insertInstitutions(db, generated);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (em) => {
    const enterprise = await em.save(
      em.create(Enterprise, {
        name: '承德市恒信精密机械有限公司',
        uscc: makeUscc('91130802MA0ENT001'),
        divisionCode: '130802',
        contactPerson: '赵立新',
        contactPhone: '13831412345',
      }),
    );
    for (const a of DEMO_ACCOUNTS) {
      await em.insert(UserAccount, {
        username: a.username,
        passwordHash,
        role: a.role,
        displayName: a.displayName,
        divisionCode: a.divisionCode,
        institutionId: a.role === Role.INSTITUTION ? ids[0] : null,
        enterpriseId: a.role === Role.ENTERPRISE ? enterprise.id : null,
        // The demo institution's and enterprise's accounts are their organisation's admin (本单位账号).
        orgAdmin: a.role === Role.INSTITUTION || a.role === Role.ENTERPRISE,
      });
    }
  });
  await seedDemoServices(db, ids);
  return true;
}
