import { DataSource, EntityManager } from 'typeorm';
import { HolidayCalendar, validateCalendarEntries } from '@hebei/domain';
import { Actor } from '../../common/context';
import { Clock } from '../../common/clock';
import { AppError, badInput, notFound } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { CalendarDay, CalendarVersion, CalendarYear } from './calendar.entity';
import { AddCalendarYearInput, CalendarDayInput } from './calendar.inputs';
import { isDateInRange } from '../../common/validators';

export interface CalendarStatus {
  today: string;
  loadedYears: number[];
  /** From December 1 the province is reminded while next year's schedule is missing (SPEC §2). */
  nextYearMissing: boolean;
  nextYear: number;
}

const VERSION_ROW = 1;

/** Every calendar edit bumps the version inside its own transaction, so the change and the version commit together. */
export async function bumpCalendarVersion(em: EntityManager): Promise<void> {
  const result = await em.update(CalendarVersion, { id: VERSION_ROW }, { version: () => 'version + 1' });
  if (!result.affected) await em.insert(CalendarVersion, { id: VERSION_ROW, version: 1 });
}

export class CalendarService {
  private cached?: { version: number; calendar: Promise<HolidayCalendar> };
  private readonly listeners: ((actor: Actor) => Promise<void>)[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * The calendar the rules library computes with. One small read of the version row per call (a request asks once,
   * through its loaders); the schedule itself is reloaded only after an edit — by this process or any other.
   */
  async calendar(): Promise<HolidayCalendar> {
    const row = await this.db.getRepository(CalendarVersion).findOne({ where: { id: VERSION_ROW } });
    const version = row?.version ?? 0;
    if (!this.cached || this.cached.version !== version) {
      const calendar = this.load();
      const entry = { version, calendar };
      this.cached = entry;
      calendar.catch(() => {
        if (this.cached === entry) this.cached = undefined;
      });
    }
    return this.cached.calendar;
  }

  private async load(): Promise<HolidayCalendar> {
    const [years, days] = await Promise.all([this.db.getRepository(CalendarYear).find(), this.db.getRepository(CalendarDay).find()]);
    return new HolidayCalendar(
      years.map((y) => y.year),
      days.map((d) => ({ date: d.date, kind: d.kind, name: d.name })),
    );
  }

  /** Called after every committed calendar edit (bookings recompute their provisional deadlines). */
  onChange(listener: (actor: Actor) => Promise<void>): void {
    this.listeners.push(listener);
  }

  private async changed(actor: Actor): Promise<void> {
    for (const listener of this.listeners) await listener(actor);
  }

  years(): Promise<CalendarYear[]> {
    return this.db.getRepository(CalendarYear).find({ order: { year: 'ASC' } });
  }

  days(year: number): Promise<CalendarDay[]> {
    return this.db.getRepository(CalendarDay).find({ where: { year }, order: { date: 'ASC' } });
  }

  async status(): Promise<CalendarStatus> {
    const today = this.clock.today();
    const year = Number(today.slice(0, 4));
    const loadedYears = (await this.years()).map((y) => y.year);
    const nextYear = year + 1;
    return { today, loadedYears, nextYear, nextYearMissing: today.slice(5) >= '12-01' && !loadedYears.includes(nextYear) };
  }

  async isWorkingDay(date: string): Promise<boolean> {
    this.assertDate('date', date);
    return (await this.calendar()).isWorkingDay(date);
  }

  async addYear(input: AddCalendarYearInput, actor: Actor): Promise<CalendarYear> {
    const days = input.days ?? [];
    const errors = validateCalendarEntries(days, { year: input.year, field: (i, key) => `days.${i}.${key}` });
    if (errors.length) throw badInput(errors);
    const saved = await this.db.transaction(async (em) => {
      if (await em.findOne(CalendarYear, { where: { year: input.year } })) {
        throw badInput([{ field: 'year', code: 'YEAR_EXISTS', message: `${input.year}年的节假日安排已存在，请直接编辑` }]);
      }
      const row = em.create(CalendarYear, { year: input.year, source: input.source });
      await em.save(row);
      if (days.length)
        await em.insert(
          CalendarDay,
          days.map((d) => ({ ...d, year: input.year })),
        );
      await bumpCalendarVersion(em);
      await this.audit.record(em, actor, {
        action: 'ADD_CALENDAR_YEAR',
        entityType: 'CalendarYear',
        entityId: input.year,
        after: { source: input.source, days },
      });
      return row;
    });
    await this.changed(actor);
    return saved;
  }

  async setDay(input: CalendarDayInput, actor: Actor): Promise<CalendarDay> {
    this.assertDate('date', input.date);
    const errors = validateCalendarEntries([input], { field: (_i, key) => key });
    if (errors.length) throw badInput(errors);
    const year = Number(input.date.slice(0, 4));
    const saved = await this.db.transaction(async (em) => {
      if (!(await em.findOne(CalendarYear, { where: { year } }))) {
        throw badInput([{ field: 'date', code: 'YEAR_NOT_LOADED', message: `尚未添加${year}年，请先新增该年度` }]);
      }
      const before = await em.findOne(CalendarDay, { where: { date: input.date } });
      const row = em.create(CalendarDay, { ...input, year });
      await em.save(row);
      await bumpCalendarVersion(em);
      await this.audit.record(em, actor, {
        action: 'SET_CALENDAR_DAY',
        entityType: 'CalendarDay',
        entityId: input.date,
        before,
        after: row,
      });
      return row;
    });
    await this.changed(actor);
    return saved;
  }

  async removeDay(date: string, actor: Actor): Promise<boolean> {
    this.assertDate('date', date);
    await this.db.transaction(async (em) => {
      const before = await em.findOne(CalendarDay, { where: { date } });
      if (!before) throw notFound('该特殊日期');
      await em.delete(CalendarDay, { date });
      await bumpCalendarVersion(em);
      await this.audit.record(em, actor, { action: 'REMOVE_CALENDAR_DAY', entityType: 'CalendarDay', entityId: date, before });
    });
    await this.changed(actor);
    return true;
  }

  private assertDate(field: string, value: string): void {
    if (!isDateInRange(value)) {
      throw new AppError('BAD_USER_INPUT', '日期格式应为 YYYY-MM-DD', {
        fields: [{ field, code: 'INVALID_DATE', message: '日期格式应为 YYYY-MM-DD' }],
      });
    }
  }
}
