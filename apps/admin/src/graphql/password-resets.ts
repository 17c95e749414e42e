import { graphql } from './generated';

export const PasswordResetRequestFields = graphql(`
  fragment PasswordResetRequestFields on PasswordResetRequestView {
    id
    username
    displayName
    role
    organisationName
    uscc
    contactPhone
    status
    rejectReason
    createdAt
    decidedAt
    decidedByName
    version
    division {
      code
      name
    }
  }
`);

export const PasswordResetRequestsQuery = graphql(`
  query PasswordResetRequests($first: Int, $after: String, $status: PasswordResetStatus) {
    passwordResetRequests(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          ...PasswordResetRequestFields
        }
      }
    }
  }
`);

export const ApprovePasswordResetMutation = graphql(`
  mutation ApprovePasswordReset($input: AccountActionInput!) {
    approvePasswordReset(input: $input) {
      oneTimePassword
      request {
        ...PasswordResetRequestFields
      }
    }
  }
`);

export const RejectPasswordResetMutation = graphql(`
  mutation RejectPasswordReset($input: RejectPasswordResetInput!) {
    rejectPasswordReset(input: $input) {
      ...PasswordResetRequestFields
    }
  }
`);

/** 忘记密码: the public form (no login). */
export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {
    requestPasswordReset(input: $input)
  }
`);
