import { graphql } from './generated';

/** A notice and its list, as the public page and the province's notice management both show it. */
export const PublicNoticeFieldsFragment = graphql(`
  fragment PublicNoticeFields on PublicNotice {
    id
    batchName
    publishedOn
    endsOn
    active
    entries {
      applicationId
      name
      place
      nature
      categories
      inNotice
    }
  }
`);

/** Public (no login): notices whose period is running. */
export const PublicNoticesQuery = graphql(`
  query PublicNotices {
    publicNotices {
      ...PublicNoticeFields
    }
  }
`);

export const FileObjectionMutation = graphql(`
  mutation FileObjection($input: ObjectionInput!) {
    fileObjection(input: $input) {
      id
      status
    }
  }
`);

export const NoticesQuery = graphql(`
  query Notices {
    notices {
      ...PublicNoticeFields
      batchId
      createdAt
    }
  }
`);

export const PublishNoticeMutation = graphql(`
  mutation PublishNotice($batchId: ID!) {
    publishNotice(batchId: $batchId) {
      id
      publishedOn
      endsOn
    }
  }
`);

export const ObjectionsQuery = graphql(`
  query Objections($status: ObjectionStatus) {
    objections(status: $status) {
      id
      applicationId
      noticeId
      name
      contact
      content
      status
      resolution
      resolvedAt
      createdAt
    }
  }
`);

/** The objections list carries only the application id; the name comes from here (cached per application). */
export const ApplicationNameQuery = graphql(`
  query ApplicationName($id: ID!) {
    application(id: $id) {
      id
      name
    }
  }
`);

export const ResolveObjectionMutation = graphql(`
  mutation ResolveObjection($input: ResolveObjectionInput!) {
    resolveObjection(input: $input) {
      id
      status
      resolution
      resolvedAt
    }
  }
`);

export const RunAdmissionJobMutation = graphql(`
  mutation RunAdmissionJob {
    runAdmissionJob
  }
`);
