import { graphql } from './generated';

/** Public sign-up of an SME; answers like login (token + user). */
export const RegisterEnterpriseMutation = graphql(`
  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {
    registerEnterprise(input: $input) {
      ...SignedIn
    }
  }
`);
