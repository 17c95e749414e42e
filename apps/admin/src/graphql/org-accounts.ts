import { graphql } from './generated';

export const OrgAccountFields = graphql(`
  fragment OrgAccountFields on OrgAccount {
    id
    username
    displayName
    role
    orgAdmin
    status
    mustChangePassword
    lastLoginAt
    createdAt
    version
  }
`);

export const OrgAccountsQuery = graphql(`
  query OrgAccounts($first: Int, $after: String) {
    orgAccounts(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          ...OrgAccountFields
        }
      }
    }
  }
`);

export const CreateOrgAccountMutation = graphql(`
  mutation CreateOrgAccount($input: CreateOrgAccountInput!) {
    createOrgAccount(input: $input) {
      oneTimePassword
      account {
        ...OrgAccountFields
      }
    }
  }
`);

export const SetOrgAccountActiveMutation = graphql(`
  mutation SetOrgAccountActive($input: AccountActionInput!, $active: Boolean!) {
    setOrgAccountActive(input: $input, active: $active) {
      ...OrgAccountFields
    }
  }
`);

export const ResetOrgAccountPasswordMutation = graphql(`
  mutation ResetOrgAccountPassword($input: AccountActionInput!) {
    resetOrgAccountPassword(input: $input) {
      oneTimePassword
      account {
        ...OrgAccountFields
      }
    }
  }
`);
