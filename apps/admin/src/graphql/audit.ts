import { graphql } from './generated';

export const AuditLogsQuery = graphql(`
  query AuditLogs($first: Int, $after: String, $filter: AuditLogFilter) {
    auditLogs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          id
          createdAt
          actorUsername
          actorRole
          action
          entityType
          entityId
          ip
          before
          after
        }
      }
    }
  }
`);
