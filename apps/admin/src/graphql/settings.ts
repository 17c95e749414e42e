import { graphql } from './generated';

export const PasswordPolicyQuery = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      expiryDays
      updatedAt
      version
    }
  }
`);

export const UpdatePasswordPolicyMutation = graphql(`
  mutation UpdatePasswordPolicy($input: PasswordPolicyInput!) {
    updatePasswordPolicy(input: $input) {
      expiryDays
      updatedAt
      version
    }
  }
`);
