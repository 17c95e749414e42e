import { graphql } from './generated';

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int) {
    myNotifications(first: $first) {
      totalCount
      unreadCount
      edges {
        node {
          id
          type
          title
          body
          createdAt
          readAt
          subjectType
          subjectId
        }
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
