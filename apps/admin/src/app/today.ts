import { useQuery } from '@apollo/client/react';
import type { Dayjs } from 'dayjs';
import { compareIsoDate, type IsoDate } from '@hebei/domain';
import { CalendarStatusQuery } from '../graphql/calendar';

/**
 * Today in Beijing as the API's clock has it (APP_NOW in development and e2e), so a form's "not in the future"
 * agrees with the server's check. Undefined until the first answer.
 */
export function useToday(): IsoDate | undefined {
  const { data } = useQuery(CalendarStatusQuery);
  return data?.calendarStatus.today;
}

/** A DatePicker's `disabledDate` for days after `today` (nothing is disabled until today is known). */
export function afterToday(today: IsoDate | undefined): (d: Dayjs) => boolean {
  return (d) => !!today && compareIsoDate(d.format('YYYY-MM-DD'), today) > 0;
}

/** A DatePicker's `disabledDate` for days before `today` (nothing is disabled until today is known). */
export function beforeToday(today: IsoDate | undefined): (d: Dayjs) => boolean {
  return (d) => !!today && compareIsoDate(d.format('YYYY-MM-DD'), today) < 0;
}
