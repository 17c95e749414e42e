/**
 * Registry divisions (Art. 8(2), SPEC §2). Built from GB/T 2260 records, then adjusted so that
 * Dingzhou, Xinji and Xiong'an New Area act as city-level bureaus: jurisdiction is a set of
 * codes held as data, never a code prefix.
 */
import { DomainError } from './errors';

/** One GB/T 2260 record as delivered by the division-data package. */
export interface DivisionRecord {
  /** 6 digits */
  code: string;
  name: string;
  parentCode: string | null;
}

export type DivisionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface RegistryDivision {
  code: string;
  name: string;
  level: DivisionLevel;
  /** Parent in this registry's review chain (may differ from GB/T 2260). */
  parentCode: string | null;
  /** Parent in GB/T 2260 (null for the province and for 雄安新区, which has no GB code). */
  gbParentCode: string | null;
  /** Directly under the province although GB/T 2260 puts it under a city (Art. 8(2): 定州、辛集、雄安新区). */
  cityLevel: boolean;
}

export const HEBEI_PROVINCE_CODE = '130000';
export const XINJI_CODE = '130181';
export const DINGZHOU_CODE = '130682';
/**
 * GB/T 2260 has no code for 雄安新区 (its counties are still listed under 保定 1306).
 * 133100 is the registry-specific code used for it by Hebei's own statistics systems.
 */
export const XIONGAN_CODE = '133100';
export const XIONGAN_NAME = '雄安新区';
/** 容城县, 安新县, 雄县: administered by Xiong'an, GB/T 2260 parent 保定. */
export const XIONGAN_COUNTY_CODES: readonly string[] = ['130629', '130632', '130638'];
/** Units that act as city-level bureaus in this registry (Art. 8(2): 各市（含定州、辛集市）、雄安新区). */
export const CITY_LEVEL_CODES: readonly string[] = [XINJI_CODE, DINGZHOU_CODE, XIONGAN_CODE];

const SIX_DIGITS = /^\d{6}$/;

function gbLevel(code: string): DivisionLevel {
  if (code === HEBEI_PROVINCE_CODE) return 'PROVINCE';
  return code.endsWith('00') ? 'CITY' : 'COUNTY';
}

/**
 * Registry divisions for Hebei, sorted by code. Records of other provinces are ignored;
 * a malformed code throws DomainError('INVALID_DIVISION_RECORD').
 */
export function buildRegistryDivisions(records: DivisionRecord[]): RegistryDivision[] {
  const byCode = new Map<string, RegistryDivision>();
  for (const r of records) {
    if (!SIX_DIGITS.test(r.code ?? '') || (r.parentCode != null && !SIX_DIGITS.test(r.parentCode))) {
      throw new DomainError('INVALID_DIVISION_RECORD', `行政区划代码格式不正确：${r.code}（应为6位数字）`, {
        code: r.code,
        parentCode: r.parentCode,
      });
    }
    if (!r.code.startsWith('13') || byCode.has(r.code)) continue;
    const level = gbLevel(r.code);
    const gbParentCode =
      level === 'PROVINCE' ? null : (r.parentCode ?? (level === 'CITY' ? HEBEI_PROVINCE_CODE : `${r.code.slice(0, 4)}00`));
    byCode.set(r.code, { code: r.code, name: r.name, level, parentCode: gbParentCode, gbParentCode, cityLevel: false });
  }

  if (!byCode.has(HEBEI_PROVINCE_CODE)) {
    byCode.set(HEBEI_PROVINCE_CODE, {
      code: HEBEI_PROVINCE_CODE,
      name: '河北省',
      level: 'PROVINCE',
      parentCode: null,
      gbParentCode: null,
      cityLevel: false,
    });
  }
  const xiongan = byCode.get(XIONGAN_CODE);
  byCode.set(XIONGAN_CODE, {
    code: XIONGAN_CODE,
    name: xiongan?.name ?? XIONGAN_NAME,
    level: 'CITY',
    parentCode: HEBEI_PROVINCE_CODE,
    gbParentCode: xiongan?.gbParentCode ?? null,
    cityLevel: true,
  });

  for (const code of [XINJI_CODE, DINGZHOU_CODE]) {
    const d = byCode.get(code);
    if (d) byCode.set(code, { ...d, level: 'CITY', parentCode: HEBEI_PROVINCE_CODE, cityLevel: true });
  }
  for (const code of XIONGAN_COUNTY_CODES) {
    const d = byCode.get(code);
    if (d) byCode.set(code, { ...d, parentCode: XIONGAN_CODE });
  }

  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function findDivision(code: string, all: readonly RegistryDivision[]): RegistryDivision | undefined {
  return all.find((d) => d.code === code);
}

function requireDivision(code: string, all: readonly RegistryDivision[]): RegistryDivision {
  const d = findDivision(code, all);
  if (!d) throw new DomainError('UNKNOWN_DIVISION', `未知的行政区划代码：${code}`, { code });
  return d;
}

/**
 * Division codes a bureau at `division` may see (SPEC §1): PROVINCE → 'ALL';
 * CITY → itself plus every division whose registry parent it is; COUNTY → itself.
 */
export function jurisdictionCountyCodes(division: RegistryDivision, all: readonly RegistryDivision[]): 'ALL' | string[] {
  switch (division.level) {
    case 'PROVINCE':
      return 'ALL';
    case 'CITY':
      return [division.code, ...all.filter((d) => d.parentCode === division.code).map((d) => d.code)].sort();
    case 'COUNTY':
      return [division.code];
  }
}

/** Whether an officer at `officerDivisionCode` may see a record located in `targetCode`. */
export function isWithinJurisdiction(officerDivisionCode: string, targetCode: string, all: readonly RegistryDivision[]): boolean {
  const scope = jurisdictionCountyCodes(requireDivision(officerDivisionCode, all), all);
  if (scope === 'ALL') return findDivision(targetCode, all) !== undefined;
  return scope.includes(targetCode);
}

/** The registry city (ordinary or city-level) that reviews `code`; null for the province itself. */
export function registryCityOf(code: string, all: readonly RegistryDivision[]): RegistryDivision | null {
  const d = requireDivision(code, all);
  if (d.level === 'PROVINCE') return null;
  if (d.level === 'CITY') return d;
  return requireDivision(d.parentCode!, all);
}

/**
 * True when the county step (初审) is skipped: the institution sits in, or under, a city-level
 * unit (定州、辛集、雄安新区, Art. 8(2)). Also true for a division that is itself a city or the
 * province, because no county bureau covers such a code and the application would otherwise stall.
 */
export function skipsCountyReview(divisionCode: string, all: readonly RegistryDivision[]): boolean {
  const d = requireDivision(divisionCode, all);
  if (d.level !== 'COUNTY') return true;
  return requireDivision(d.parentCode!, all).cityLevel;
}

/** Province → … → the division itself, following registry parents (for breadcrumbs like 河北省 / 承德市 / 平泉市). */
export function divisionPath(code: string, all: readonly RegistryDivision[]): RegistryDivision[] {
  const path: RegistryDivision[] = [];
  let d: RegistryDivision | undefined = requireDivision(code, all);
  while (d && path.length < 4) {
    path.unshift(d);
    d = d.parentCode ? findDivision(d.parentCode, all) : undefined;
  }
  return path;
}
