import { graphql } from './generated';

/** A case as the institution's list and its editor show it; saving answers with it. */
export const ServiceCaseFieldsFragment = graphql(`
  fragment ServiceCaseFields on ServiceCase {
    id
    title
    enterpriseName
    content
    outcome
    servedOn
    updatedAt
  }
`);

export const MyServiceCasesQuery = graphql(`
  query MyServiceCases($first: Int, $after: String) {
    myServiceCases(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          ...ServiceCaseFields
        }
      }
    }
  }
`);

export const CreateServiceCaseMutation = graphql(`
  mutation CreateServiceCase($input: ServiceCaseInput!) {
    createServiceCase(input: $input) {
      id
      title
    }
  }
`);

export const UpdateServiceCaseMutation = graphql(`
  mutation UpdateServiceCase($id: ID!, $input: ServiceCaseInput!) {
    updateServiceCase(id: $id, input: $input) {
      ...ServiceCaseFields
    }
  }
`);

export const DeleteServiceCaseMutation = graphql(`
  mutation DeleteServiceCase($id: ID!) {
    deleteServiceCase(id: $id)
  }
`);
