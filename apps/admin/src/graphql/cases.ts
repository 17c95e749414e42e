import { graphql } from './generated';

export const MyServiceCasesQuery = graphql(`
  query MyServiceCases($first: Int, $after: String) {
    myServiceCases(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          enterpriseName
          content
          outcome
          servedOn
          updatedAt
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
      id
      title
      enterpriseName
      content
      outcome
      servedOn
      updatedAt
    }
  }
`);

export const DeleteServiceCaseMutation = graphql(`
  mutation DeleteServiceCase($id: ID!) {
    deleteServiceCase(id: $id)
  }
`);
