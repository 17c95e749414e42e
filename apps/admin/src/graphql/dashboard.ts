import { graphql } from './generated';

/**
 * The institution's 待办 in one request: bookings waiting for an answer (their count, and the one whose deadline is nearest),
 * the reporting periods, change reports waiting for the city, unread notices.
 */
export const InstitutionTodoQuery = graphql(`
  query InstitutionTodo {
    requestedBookings: bookingInbox(first: 1, filter: { status: REQUESTED }, sort: { field: RESPONSE_DEADLINE, direction: ASC }) {
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
