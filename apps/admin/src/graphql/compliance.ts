import { graphql } from './generated';

/** One quarter of one institution in 填报监测 (the closed periods and the current one). */
export const ReportPeriodCellFieldsFragment = graphql(`
  fragment ReportPeriodCellFields on ReportPeriodCell {
    deadline
    status
    submittedOn
  }
`);

/** A division's row of the summary, and the total row. */
export const ComplianceSummaryRowFieldsFragment = graphql(`
  fragment ComplianceSummaryRowFields on ComplianceSummaryRow {
    code
    name
    admitted
    due
    onTime
    late
    missed
    onTimeRate
    currentSubmitted
    notices
    pendingCases
  }
`);

/** 填报监测: institutions × the last four closed periods and the current one. */
export const ReportingComplianceQuery = graphql(`
  query ReportingCompliance($first: Int, $after: String, $filter: ReportingComplianceFilter) {
    reportingCompliance(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          institutionId
          institutionName
          uscc
          admittedOn
          consecutiveMisses
          division {
            code
            name
          }
          periods {
            ...ReportPeriodCellFields
          }
          current {
            ...ReportPeriodCellFields
          }
        }
      }
    }
  }
`);

export const ReportingComplianceSummaryQuery = graphql(`
  query ReportingComplianceSummary {
    reportingComplianceSummary {
      latestDeadline
      currentDeadline
      groupedBy
      rows {
        ...ComplianceSummaryRowFields
      }
      total {
        ...ComplianceSummaryRowFields
      }
    }
  }
`);

export const RunComplianceJobMutation = graphql(`
  mutation RunComplianceJob {
    runComplianceJob {
      date
      noticesIssued
      casesOpened
      removalsApplied
    }
  }
`);

export const ComplianceNoticeDeadlinesQuery = graphql(`
  query ComplianceNoticeDeadlines {
    complianceNoticeDeadlines {
      deadline
      count
    }
  }
`);

export const ComplianceNoticesQuery = graphql(`
  query ComplianceNotices($deadline: String!, $first: Int, $after: String) {
    complianceNotices(deadline: $deadline, first: $first, after: $after) {
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
          deadline
          runStartDeadline
          missedCount
          issuedOn
          division {
            code
            name
          }
        }
      }
    }
  }
`);
