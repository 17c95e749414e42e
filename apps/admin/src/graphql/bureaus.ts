import { graphql } from './generated';

export const BureauContactFields = graphql(`
  fragment BureauContactFields on BureauContact {
    id
    divisionCode
    contactPerson
    contactPhone
    address
    updatedAt
    version
  }
`);

export const BureausQuery = graphql(`
  query Bureaus($first: Int, $after: String, $filter: BureauFilter) {
    bureaus(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          code
          name
          fullName
          level
          accountCount
          canEditContact
          city {
            code
            name
          }
          accounts {
            id
            username
            displayName
            role
            status
          }
          contact {
            ...BureauContactFields
          }
        }
      }
    }
  }
`);

export const UpdateBureauContactMutation = graphql(`
  mutation UpdateBureauContact($input: BureauContactInput!) {
    updateBureauContact(input: $input) {
      ...BureauContactFields
    }
  }
`);
