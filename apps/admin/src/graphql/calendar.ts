import { graphql } from './generated';

export const CalendarStatusQuery = graphql(`
  query CalendarStatus {
    calendarStatus {
      today
      nextYear
      nextYearMissing
      loadedYears
    }
  }
`);

export const CalendarYearsQuery = graphql(`
  query CalendarYears {
    calendarYears {
      year
      source
      createdAt
      updatedAt
    }
  }
`);

export const CalendarDaysQuery = graphql(`
  query CalendarDays($year: Int!) {
    calendarDays(year: $year) {
      date
      kind
      name
      year
    }
  }
`);

export const AddCalendarYearMutation = graphql(`
  mutation AddCalendarYear($input: AddCalendarYearInput!) {
    addCalendarYear(input: $input) {
      year
      source
    }
  }
`);

export const SetCalendarDayMutation = graphql(`
  mutation SetCalendarDay($input: CalendarDayInput!) {
    setCalendarDay(input: $input) {
      date
      kind
      name
      year
    }
  }
`);

export const RemoveCalendarDayMutation = graphql(`
  mutation RemoveCalendarDay($date: String!) {
    removeCalendarDay(date: $date)
  }
`);
