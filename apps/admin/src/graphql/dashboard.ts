import { graphql } from './generated';

/**
 * The institution's 待办 in one request: bookings waiting for an answer (the nearest deadline among the latest 100),
 * the reporting periods, change reports waiting for the city, unread notices.
 */
export const InstitutionTodoQuery = graphql(`
  query InstitutionTodo {
    requestedBookings: bookingInbox(first: 100, filter: { status: REQUESTED }) {
      totalCount
      edges {
        node {
          id
          responseDeadline
          remainingWorkingDays
          overdue
        }
      }
    }
    serviceReportPeriods {
      deadline
      periodStart
      status
      current
      daysLeft
    }
    openChangeReports: changeReports(first: 1, filter: { status: SUBMITTED }) {
      totalCount
    }
    myNotifications(first: 1) {
      unreadCount
    }
  }
`);
