import { graphql } from './generated';

export const ChangeReportFieldsFragment = graphql(`
  fragment ChangeReportFields on ChangeReport {
    id
    type
    status
    changeDate
    dueDate
    late
    description
    submittedOn
    submittedByName
    verifiedAt
    verifiedByName
    verificationNote
    removalCaseId
    version
    institution {
      id
      name
      uscc
    }
    division {
      code
      name
    }
    fields {
      field
      beforeValue
      afterValue
      beforeLabel
      afterLabel
    }
    evidence {
      ...EvidenceFileFields
    }
  }
`);

export const ChangeReportsQuery = graphql(`
  query ChangeReports($first: Int, $after: String, $filter: ChangeReportFilter) {
    changeReports(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          ...ChangeReportFields
        }
      }
    }
  }
`);

export const SubmitChangeReportMutation = graphql(`
  mutation SubmitChangeReport($input: ChangeReportInput!) {
    submitChangeReport(input: $input) {
      ...ChangeReportFields
    }
  }
`);

export const VerifyChangeReportMutation = graphql(`
  mutation VerifyChangeReport($input: VerifyChangeReportInput!) {
    verifyChangeReport(input: $input) {
      ...ChangeReportFields
    }
  }
`);

/** The registry values a change report starts from (the institution's own record). */
export const OwnRegistryRecordQuery = graphql(`
  query OwnRegistryRecord($id: ID!) {
    institution(id: $id) {
      id
      name
      uscc
      legalRepresentative
      address
      postalCode
      divisionCode
      registryStatus
    }
  }
`);
