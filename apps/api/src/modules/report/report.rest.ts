import { validateSync } from 'class-validator';
import { flatten } from '../../common/format-error';
import { badInput, FieldError } from '../../common/errors';
import { ComplianceNoticesArgs, ReportingComplianceFilter } from './report.inputs';

/**
 * The query strings of the 填报监测 and 通报 exports, checked like the GraphQL inputs they mirror: each parameter a
 * single value, converted to the input's type, then the input class's own validators (the same Chinese messages).
 * A bad value answers 400 `BAD_USER_INPUT` with `fields`, before any query runs.
 */
type Query = Record<string, unknown>;

const FILTER_KEYS = ['divisionCode', 'text', 'minConsecutiveMisses', 'latestStatus', 'currentSubmitted'] as const;

function single(query: Query, key: string, errors: FieldError[]): string | undefined {
  const value = query[key];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    errors.push({ field: key, code: 'NOT_SINGLE', message: '参数只能出现一次' });
    return undefined;
  }
  return value;
}

function validated<T extends object>(input: T, errors: FieldError[]): T {
  errors.push(...flatten(validateSync(input, { forbidUnknownValues: false })));
  if (errors.length) throw badInput(errors);
  return input;
}

/** `?divisionCode=&text=&minConsecutiveMisses=&latestStatus=&currentSubmitted=` → the monitor's filter. */
export function monitorFilterFromQuery(query: Query): ReportingComplianceFilter {
  const errors: FieldError[] = [];
  const raw = Object.fromEntries(FILTER_KEYS.map((k) => [k, single(query, k, errors)]));
  const filter = new ReportingComplianceFilter();
  if (raw.divisionCode !== undefined) filter.divisionCode = raw.divisionCode;
  if (raw.text !== undefined) filter.text = raw.text;
  if (raw.minConsecutiveMisses !== undefined) {
    // Digits only, as GraphQL's Int would refuse "1.5", "0x2" or "2abc"; the range is the validators'.
    if (/^\d{1,3}$/.test(raw.minConsecutiveMisses)) filter.minConsecutiveMisses = Number(raw.minConsecutiveMisses);
    else errors.push({ field: 'minConsecutiveMisses', code: 'isInt', message: '连续未报周期数应为整数' });
  }
  if (raw.latestStatus !== undefined) filter.latestStatus = raw.latestStatus as ReportingComplianceFilter['latestStatus'];
  if (raw.currentSubmitted !== undefined) {
    if (raw.currentSubmitted === 'true' || raw.currentSubmitted === 'false') filter.currentSubmitted = raw.currentSubmitted === 'true';
    else errors.push({ field: 'currentSubmitted', code: 'isBoolean', message: '应为是或否（true 或 false）' });
  }
  return validated(filter, errors);
}

/** `?deadline=YYYY-MM-DD&divisionCode=` → the 通报 list's arguments (the deadline is required). */
export function noticeArgsFromQuery(query: Query): { deadline: string; divisionCode?: string } {
  const errors: FieldError[] = [];
  const args = new ComplianceNoticesArgs();
  const deadline = single(query, 'deadline', errors);
  if (deadline === undefined && !errors.length) errors.push({ field: 'deadline', code: 'REQUIRED', message: '请指定通报所属截止日' });
  args.deadline = deadline ?? '';
  const divisionCode = single(query, 'divisionCode', errors);
  if (divisionCode !== undefined) args.divisionCode = divisionCode;
  const { deadline: d, divisionCode: code } = validated(args, errors);
  return { deadline: d, divisionCode: code };
}
