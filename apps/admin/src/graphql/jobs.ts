import { graphql } from './generated';

/** A run as the job list and the history show it. */
export const JobRunFieldsFragment = graphql(`
  fragment JobRunFields on JobRun {
    id
    name
    label
    trigger
    status
    actorUsername
    holder
    startedAt
    finishedAt
    rowsTouched
    errorMessage
  }
`);

export const JobsQuery = graphql(`
  query Jobs {
    jobs {
      name
      label
      intervalSeconds
      leaseSeconds
      running
      leaseHolder
      leaseUntil
      nextDueAt
      lastRun {
        ...JobRunFields
      }
    }
  }
`);

export const JobRunsQuery = graphql(`
  query JobRuns($name: String, $first: Int, $after: String) {
    jobRuns(name: $name, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          ...JobRunFields
        }
      }
    }
  }
`);

export const RunJobMutation = graphql(`
  mutation RunJob($name: String!) {
    runJob(name: $name) {
      ...JobRunFields
    }
  }
`);
