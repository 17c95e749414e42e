/** A field-level validation problem; `message` is shown to users as-is (Chinese). */
export interface FieldViolation {
  field: string;
  code: string;
  message: string;
}

/**
 * Typed business-rule error. `code` is the stable API error code,
 * `message` the Chinese text for the UI.
 */
export class DomainError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
    // keep `instanceof` working when transpiled to older targets
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** A date falls in a year whose holiday schedule has not been loaded (SPEC §2): never guess. */
export class CalendarYearNotLoadedError extends DomainError {
  constructor(public readonly year: number) {
    super('CALENDAR_YEAR_NOT_LOADED', `尚未加载${year}年节假日安排，请先由省级管理员维护节假日日历`, { year });
    this.name = 'CalendarYearNotLoadedError';
  }
}
