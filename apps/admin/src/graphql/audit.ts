import { graphql } from './generated';

export const AuditLogsQuery = graphql(`
  query AuditLogs($first: Int, $after: String, $filter: AuditLogFilter, $sort: AuditLogSort) {
    auditLogs(first: $first, after: $after, filter: $filter, sort: $sort) {
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
          entityName
          actorName
          ip
          before
          after
        }
      }
    }
  }
`);
