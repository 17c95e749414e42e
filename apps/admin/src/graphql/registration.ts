import { graphql } from './generated';

/** Public: creates the applicant institution and its account, and answers like `login`. */
export const RegisterInstitutionMutation = graphql(`
  mutation RegisterInstitution($input: InstitutionRegistrationInput!) {
    registerInstitution(input: $input) {
      ...SignedIn
    }
  }
`);
