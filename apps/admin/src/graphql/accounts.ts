import { graphql } from './generated';

export const ManagedAccountFields = graphql(`
  fragment ManagedAccountFields on ManagedAccount {
    id
    username
    displayName
    role
    status
    lockedUntil
    mustChangePassword
    lastLoginAt
    createdAt
    version
    division {
      code
      name
    }
  }
`);

export const ManagedAccountsQuery = graphql(`
  query ManagedAccounts($first: Int, $after: String, $filter: AccountFilter, $sort: AccountSort) {
    managedAccounts(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          ...ManagedAccountFields
        }
      }
    }
  }
`);

export const CreateOfficerAccountMutation = graphql(`
  mutation CreateOfficerAccount($input: CreateOfficerAccountInput!) {
    createOfficerAccount(input: $input) {
      oneTimePassword
      account {
        ...ManagedAccountFields
      }
    }
  }
`);

export const SetAccountActiveMutation = graphql(`
  mutation SetAccountActive($input: AccountActionInput!, $active: Boolean!) {
    setAccountActive(input: $input, active: $active) {
      ...ManagedAccountFields
    }
  }
`);

export const ResetAccountPasswordMutation = graphql(`
  mutation ResetAccountPassword($input: AccountActionInput!) {
    resetAccountPassword(input: $input) {
      oneTimePassword
      account {
        ...ManagedAccountFields
      }
    }
  }
`);

export const UnlockAccountMutation = graphql(`
  mutation UnlockAccount($input: AccountActionInput!) {
    unlockAccount(input: $input) {
      ...ManagedAccountFields
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
