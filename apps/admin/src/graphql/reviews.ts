import { graphql } from './generated';

/** An on-site spot check (实地抽查) as the application's timeline shows it. */
export const SpotCheckFieldsFragment = graphql(`
  fragment SpotCheckFields on SpotCheck {
    id
    checkedOn
    inspectors
    findings
    passed
    createdAt
  }
`);

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
      ...SpotCheckFields
    }
  }
`);
