import { Matches, registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { isIsoDate, type TextFormat } from '@hebei/domain';

/** The dates this registry deals with (founding dates, deadlines, calendars); anything else is a typo or a probe. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export const isDateInRange = (value: unknown): boolean =>
  isIsoDate(value) && Number(value.slice(0, 4)) >= MIN_YEAR && Number(value.slice(0, 4)) <= MAX_YEAR;

/** A calendar date that exists (no 2026-02-30) between 1900 and 2100 — `0000-02-29` never reaches the database. */
export function IsDateInRange(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'INVALID_DATE',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `日期应为${MIN_YEAR}–${MAX_YEAR}年之间真实存在的日期（YYYY-MM-DD）`, ...options },
      validator: { validate: (value: unknown) => isDateInRange(value) },
    });
}

/** The same for instants (DateTime scalars). */
export function IsInstantInRange(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'INVALID_TIME',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `时间应在${MIN_YEAR}–${MAX_YEAR}年之间`, ...options },
      validator: {
        validate: (value: unknown) =>
          value instanceof Date &&
          !Number.isNaN(value.getTime()) &&
          value.getUTCFullYear() >= MIN_YEAR &&
          value.getUTCFullYear() <= MAX_YEAR,
      },
    });
}

/**
 * For an optional field whose column is NOT NULL: leaving it out keeps the stored value, but an explicit `null`
 * is validated (and refused by the field's other rules) instead of reaching the database's constraint.
 */
export const IsOptionalButNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** `@Matches` with one of libs/domain's text formats and its message (a field may say it in its own words). */
export function MatchesFormat(format: TextFormat, message: string = format.message): PropertyDecorator {
  return Matches(format.pattern, { message });
}
