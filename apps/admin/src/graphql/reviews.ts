import { graphql } from './generated';

export const ReviewApplicationMutation = graphql(`
  mutation ReviewApplication($input: ReviewInput!) {
    reviewApplication(input: $input) {
      ...ApplicationDetail
    }
  }
`);

export const RecordSpotCheckMutation = graphql(`
  mutation RecordSpotCheck($input: SpotCheckInput!) {
    recordSpotCheck(input: $input) {
      id
      checkedOn
      inspectors
      findings
      passed
      createdAt
    }
  }
`);
