import { graphql } from './generated';

/** Public sign-up of an SME; answers like login (token + user). */
export const RegisterEnterpriseMutation = graphql(`
  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {
    registerEnterprise(input: $input) {
      token
      expiresAt
      user {
        id
        username
        displayName
        role
        institutionId
        enterpriseId
        division {
          code
          name
          level
        }
      }
    }
  }
`);
