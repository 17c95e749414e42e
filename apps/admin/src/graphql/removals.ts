import { graphql } from './generated';

export const RemovalCaseFieldsFragment = graphql(`
  fragment RemovalCaseFields on RemovalCase {
    id
    status
    reason
    source
    description
    triggerDeadline
    runStartDeadline
    changeReportId
    proposerName
    openedOn
    meetingDate
    meetingMinuteRef
    decisionNote
    decidedAt
    decidedByName
    effectiveDate
    banUntil
    closedBookings
    withdrawnAt
    withdrawReason
    needsMeeting
    bansReentry
    version
    institution {
      id
      name
      uscc
      registryStatus
    }
    division {
      code
      name
    }
    evidence {
      ...EvidenceFileFields
    }
  }
`);

export const RemovalCasesQuery = graphql(`
  query RemovalCases($first: Int, $after: String, $filter: RemovalCaseFilter) {
    removalCases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          ...RemovalCaseFields
        }
      }
    }
  }
`);

export const OpenRemovalCaseMutation = graphql(`
  mutation OpenRemovalCase($input: OpenRemovalCaseInput!) {
    openRemovalCase(input: $input) {
      ...RemovalCaseFields
    }
  }
`);

export const DecideRemovalCaseMutation = graphql(`
  mutation DecideRemovalCase($input: DecideRemovalCaseInput!) {
    decideRemovalCase(input: $input) {
      ...RemovalCaseFields
    }
  }
`);

export const WithdrawRemovalCaseMutation = graphql(`
  mutation WithdrawRemovalCase($input: WithdrawRemovalCaseInput!) {
    withdrawRemovalCase(input: $input) {
      ...RemovalCaseFields
    }
  }
`);

export const ReentryBansQuery = graphql(`
  query ReentryBans($first: Int, $after: String, $filter: ReentryBanFilter) {
    reentryBans(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          id
          institutionId
          institutionName
          uscc
          reason
          removedOn
          banUntil
          active
          division {
            code
            name
          }
        }
      }
    }
  }
`);

/** Admitted institutions to open a case for (search by name or USCC). */
export const AdmittedInstitutionsQuery = graphql(`
  query AdmittedInstitutions($text: String) {
    institutions(first: 20, filter: { text: $text, registryStatus: ADMITTED }) {
      edges {
        node {
          id
          name
          uscc
          division {
            code
            name
          }
        }
      }
    }
  }
`);
