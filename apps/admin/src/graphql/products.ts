import { graphql } from './generated';

/** A product as the institution's list and its editor show it; saving answers with it. */
export const ServiceProductFieldsFragment = graphql(`
  fragment ServiceProductFields on ServiceProduct {
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
`);

export const MyServiceProductsQuery = graphql(`
  query MyServiceProducts($first: Int, $after: String) {
    myServiceProducts(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          ...ServiceProductFields
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
      ...ServiceProductFields
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
