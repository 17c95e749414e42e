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

/** 批量审核: one opinion for the selected applications of the officer's queue (all or nothing). */
export const ReviewApplicationsMutation = graphql(`
  mutation ReviewApplications($input: BulkReviewInput!) {
    reviewApplications(input: $input) {
      id
      status
      version
      pendingLevel
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
