import { graphql } from './generated';

/** What the inbox, "my bookings" and the officers' overdue list show of a booking. */
export const BookingFieldsFragment = graphql(`
  fragment BookingFields on ServiceBooking {
    id
    status
    productId
    productName
    need
    contactPerson
    contactPhone
    preferredTime
    requestedAt
    requestDate
    responseDeadline
    responseDeadlineAt
    deadlineProvisional
    remainingWorkingDays
    overdue
    respondedAt
    respondedInTime
    responseNote
    completedAt
    completionNote
    rating
    ratingComment
    ratedAt
    version
    institution {
      id
      name
      division {
        code
        name
      }
    }
    enterprise {
      id
      name
    }
  }
`);

export const BookServiceMutation = graphql(`
  mutation BookService($input: BookServiceInput!) {
    bookService(input: $input) {
      id
      status
      productName
      requestDate
      responseDeadline
      deadlineProvisional
      remainingWorkingDays
    }
  }
`);

/** Prefills the booking form with the enterprise's contact. */
export const MyEnterpriseContactQuery = graphql(`
  query MyEnterpriseContact {
    myEnterprise {
      id
      name
      contactPerson
      contactPhone
    }
  }
`);

export const BookingInboxQuery = graphql(`
  query BookingInbox($first: Int, $after: String, $filter: BookingFilter, $sort: BookingSort) {
    bookingInbox(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          ...BookingFields
        }
      }
    }
  }
`);

/** The counts on the inbox tabs, one request. */
export const BookingInboxCountsQuery = graphql(`
  query BookingInboxCounts {
    requested: bookingInbox(first: 1, filter: { status: REQUESTED }) {
      totalCount
    }
    overdue: bookingInbox(first: 1, filter: { overdue: true }) {
      totalCount
    }
  }
`);

export const MyBookingsQuery = graphql(`
  query MyBookings($first: Int, $after: String, $filter: BookingFilter, $sort: BookingSort) {
    myBookings(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          ...BookingFields
        }
      }
    }
  }
`);

export const AcceptBookingMutation = graphql(`
  mutation AcceptBooking($id: ID!, $input: BookingNoteInput) {
    acceptBooking(id: $id, input: $input) {
      ...BookingFields
    }
  }
`);

export const DeclineBookingMutation = graphql(`
  mutation DeclineBooking($id: ID!, $input: DeclineBookingInput!) {
    declineBooking(id: $id, input: $input) {
      ...BookingFields
    }
  }
`);

export const CompleteBookingMutation = graphql(`
  mutation CompleteBooking($id: ID!, $input: BookingNoteInput) {
    completeBooking(id: $id, input: $input) {
      ...BookingFields
    }
  }
`);

export const RateBookingMutation = graphql(`
  mutation RateBooking($id: ID!, $input: RateBookingInput!) {
    rateBooking(id: $id, input: $input) {
      ...BookingFields
    }
  }
`);

export const OverdueBookingsQuery = graphql(`
  query OverdueBookings($first: Int, $after: String, $filter: OverdueBookingFilter) {
    overdueBookings(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          ...BookingFields
        }
      }
    }
  }
`);

export const BookingStatisticsQuery = graphql(`
  query BookingStatistics($first: Int, $after: String, $filter: BookingStatisticsFilter) {
    bookingStatistics(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          institutionId
          institutionName
          divisionCode
          received
          responded
          respondedInTime
          overdue
          due
          onTimeRate
          averageRating
          ratingCount
        }
      }
    }
  }
`);

export const CancelBookingMutation = graphql(`
  mutation CancelBooking($id: ID!) {
    cancelBooking(id: $id) {
      ...BookingFields
    }
  }
`);
