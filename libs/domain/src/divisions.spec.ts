import { describe, expect, it } from '@jest/globals';
import {
  CITY_LEVEL_CODES,
  DivisionRecord,
  HEBEI_PROVINCE_CODE,
  buildRegistryDivisions,
  divisionPath,
  findDivision,
  isWithinJurisdiction,
  jurisdictionCountyCodes,
  registryCityOf,
  skipsCountyReview,
} from './divisions';
import { DomainError } from './errors';

// A slice of GB/T 2260 as a division-data package delivers it (Dingzhou, Xinji, Xiong'an's counties under their GB cities).
const RECORDS: DivisionRecord[] = [
  { code: '130000', name: '河北省', parentCode: null },
  { code: '130100', name: '石家庄市', parentCode: '130000' },
  { code: '130102', name: '长安区', parentCode: '130100' },
  { code: '130181', name: '辛集市', parentCode: '130100' },
  { code: '130600', name: '保定市', parentCode: '130000' },
  { code: '130602', name: '竞秀区', parentCode: '130600' },
  { code: '130629', name: '容城县', parentCode: '130600' },
  { code: '130632', name: '安新县', parentCode: '130600' },
  { code: '130638', name: '雄县', parentCode: '130600' },
  { code: '130682', name: '定州市', parentCode: '130600' },
  { code: '130800', name: '承德市', parentCode: '130000' },
  { code: '130802', name: '双桥区', parentCode: '130800' },
  { code: '130881', name: '平泉市', parentCode: '130800' },
  { code: '110000', name: '北京市', parentCode: null },
  { code: '110105', name: '朝阳区', parentCode: '110000' },
];
const ALL = buildRegistryDivisions(RECORDS);
const get = (code: string) => findDivision(code, ALL)!;

describe('buildRegistryDivisions (Art. 8(2): 各市（含定州、辛集市）、雄安新区)', () => {
  it.each([
    ['130000', '河北省', 'PROVINCE', null, null, false, 'province'],
    ['130100', '石家庄市', 'CITY', '130000', '130000', false, 'ordinary city'],
    ['130102', '长安区', 'COUNTY', '130100', '130100', false, 'district of 石家庄'],
    ['130181', '辛集市', 'CITY', '130000', '130100', true, 'Xinji: city-level, GB parent 石家庄'],
    ['130682', '定州市', 'CITY', '130000', '130600', true, 'Dingzhou: city-level, GB parent 保定'],
    ['133100', '雄安新区', 'CITY', '130000', null, true, "Xiong'an: synthetic, no GB/T 2260 code"],
    ['130629', '容城县', 'COUNTY', '133100', '130600', false, "容城 re-parented under Xiong'an"],
    ['130632', '安新县', 'COUNTY', '133100', '130600', false, "安新 re-parented under Xiong'an"],
    ['130638', '雄县', 'COUNTY', '133100', '130600', false, "雄县 re-parented under Xiong'an"],
    ['130881', '平泉市', 'COUNTY', '130800', '130800', false, 'county-level city under 承德'],
  ])('%s %s → %s, parent %s, GB parent %s, cityLevel %s (%s)', (code, name, level, parent, gbParent, cityLevel, _why) => {
    expect(get(code)).toEqual({ code, name, level, parentCode: parent, gbParentCode: gbParent, cityLevel });
  });

  it('keeps Hebei only, sorted, without duplicates', () => {
    expect(ALL.map((d) => d.code)).toEqual([
      '130000',
      '130100',
      '130102',
      '130181',
      '130600',
      '130602',
      '130629',
      '130632',
      '130638',
      '130682',
      '130800',
      '130802',
      '130881',
      '133100',
    ]);
    expect(buildRegistryDivisions([...RECORDS, ...RECORDS])).toEqual(ALL);
  });

  it('exports the city-level codes and the province code', () => {
    expect([...CITY_LEVEL_CODES].sort()).toEqual(['130181', '130682', '133100']);
    expect(HEBEI_PROVINCE_CODE).toBe('130000');
  });

  it('reuses a 133100 record if the data package ever ships one', () => {
    const withXiongan = buildRegistryDivisions([...RECORDS, { code: '133100', name: '雄安新区', parentCode: '130000' }]);
    expect(findDivision('133100', withXiongan)).toEqual({
      code: '133100',
      name: '雄安新区',
      level: 'CITY',
      parentCode: '130000',
      gbParentCode: '130000',
      cityLevel: true,
    });
  });

  it.each([['13068'], ['1306820'], ['13068A']])('rejects malformed code %s', (code) => {
    expect(() => buildRegistryDivisions([{ code, name: 'x', parentCode: '130600' }])).toThrow(DomainError);
  });
});

describe('jurisdictionCountyCodes (SPEC §1–2: jurisdiction is data, not a code prefix)', () => {
  it.each([
    ['130000', 'ALL', 'province sees everything'],
    ['130800', ['130800', '130802', '130881'], '承德 → its own code and 1308xx incl. 平泉市'],
    ['130600', ['130600', '130602'], '保定 no longer covers 定州 or 容城/安新/雄县'],
    ['130100', ['130100', '130102'], '石家庄 no longer covers 辛集'],
    ['130682', ['130682'], 'Dingzhou → just itself'],
    ['130181', ['130181'], 'Xinji → just itself'],
    ['133100', ['130629', '130632', '130638', '133100'], "Xiong'an → its three counties"],
    ['130881', ['130881'], 'county 平泉市 → only itself'],
  ])('%s → %j (%s)', (code, expected, _why) => {
    expect(jurisdictionCountyCodes(get(code), ALL)).toEqual(expected);
  });

  it.each([
    ['130800', '130881', true, '承德 officer, 平泉 record'],
    ['130800', '130682', false, '承德 officer, 定州 record'],
    ['130600', '130682', false, '保定 officer, 定州 record (GB child, not registry child)'],
    ['130600', '130629', false, '保定 officer, 容城 record'],
    ['133100', '130629', true, "Xiong'an officer, 容城 record"],
    ['130881', '130802', false, '平泉 officer, 双桥 record'],
    ['130000', '130629', true, 'province officer'],
    ['130000', '999999', false, 'province officer, unknown code'],
  ])('isWithinJurisdiction(%s, %s) = %s (%s)', (officer, target, expected) => {
    expect(isWithinJurisdiction(officer, target, ALL)).toBe(expected);
  });
});

describe('registryCityOf / skipsCountyReview (Art. 8(2))', () => {
  it.each([
    ['130881', '130800', false, '平泉市 → 承德, county first review'],
    ['130102', '130100', false, '长安区 → 石家庄'],
    ['130602', '130600', false, '竞秀区 → 保定'],
    ['130682', '130682', true, 'Dingzhou is its own city-level bureau'],
    ['130181', '130181', true, 'Xinji is its own city-level bureau'],
    ['130629', '133100', true, "容城县 → Xiong'an, county step skipped"],
    ['130638', '133100', true, "雄县 → Xiong'an"],
    ['133100', '133100', true, "Xiong'an itself"],
    ['130800', '130800', true, 'a city code itself has no county bureau above it'],
  ])('%s → city %s, skips county %s (%s)', (code, city, skips) => {
    expect(registryCityOf(code, ALL)?.code).toBe(city);
    expect(skipsCountyReview(code, ALL)).toBe(skips);
  });

  it('province has no registry city', () => {
    expect(registryCityOf('130000', ALL)).toBeNull();
  });

  it.each([['999999'], ['110105']])('unknown code %s throws UNKNOWN_DIVISION', (code) => {
    expect(() => skipsCountyReview(code, ALL)).toThrow(expect.objectContaining({ code: 'UNKNOWN_DIVISION' }));
    expect(() => registryCityOf(code, ALL)).toThrow(DomainError);
  });

  it.each([
    ['130881', ['河北省', '承德市', '平泉市']],
    ['130629', ['河北省', '雄安新区', '容城县']],
    ['130682', ['河北省', '定州市']],
  ])('divisionPath(%s) = %j', (code, names) => {
    expect(divisionPath(code, ALL).map((d) => d.name)).toEqual(names);
  });
});
