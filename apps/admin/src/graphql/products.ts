import { graphql } from './generated';

export const MyServiceProductsQuery = graphql(`
  query MyServiceProducts($first: Int, $after: String) {
    myServiceProducts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          categoryCode
          nature
          content
          priceNote
          published
          publishedAt
          updatedAt
          version
          category {
            code
            name
          }
        }
      }
    }
  }
`);

export const CreateServiceProductMutation = graphql(`
  mutation CreateServiceProduct($input: ServiceProductInput!) {
    createServiceProduct(input: $input) {
      id
      name
      published
    }
  }
`);

export const UpdateServiceProductMutation = graphql(`
  mutation UpdateServiceProduct($id: ID!, $input: ServiceProductInput!) {
    updateServiceProduct(id: $id, input: $input) {
      id
      name
      categoryCode
      nature
      content
      priceNote
      published
      publishedAt
      updatedAt
      version
      category {
        code
        name
      }
    }
  }
`);

export const SetServiceProductPublishedMutation = graphql(`
  mutation SetServiceProductPublished($id: ID!, $published: Boolean!) {
    setServiceProductPublished(id: $id, published: $published) {
      id
      published
      publishedAt
      updatedAt
      version
    }
  }
`);

export const DeleteServiceProductMutation = graphql(`
  mutation DeleteServiceProduct($id: ID!) {
    deleteServiceProduct(id: $id)
  }
`);
