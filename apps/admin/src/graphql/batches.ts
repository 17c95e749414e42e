import { graphql } from './generated';

/** A batch and its deadlines, wherever one is named or chosen. */
export const BatchFieldsFragment = graphql(`
  fragment BatchFields on Batch {
    id
    name
    status
    onlineDeadline
    paperDeadline
  }
`);

/** Any signed-in user: the applicant picks an open batch, officers filter by batch. */
export const BatchOptionsQuery = graphql(`
  query BatchOptions {
    batches {
      ...BatchFields
    }
  }
`);

/** Province only: statusCounts is a province-wide figure. */
export const BatchesQuery = graphql(`
  query Batches {
    batches {
      ...BatchFields
      createdAt
      statusCounts {
        status
        count
      }
    }
  }
`);

export const CreateBatchMutation = graphql(`
  mutation CreateBatch($input: BatchInput!) {
    createBatch(input: $input) {
      id
      name
      status
    }
  }
`);

export const OpenBatchMutation = graphql(`
  mutation OpenBatch($id: ID!) {
    openBatch(id: $id) {
      id
      status
    }
  }
`);

export const CloseBatchMutation = graphql(`
  mutation CloseBatch($id: ID!) {
    closeBatch(id: $id) {
      id
      status
    }
  }
`);
