import { graphql } from './generated';

/** One request per page: the cards, the total and both facets (nature tabs, category tags). */
export const BrowseInstitutionsQuery = graphql(`
  query BrowseInstitutions($first: Int, $after: String, $filter: BrowseFilter, $sort: BrowseSort) {
    browseInstitutions(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      facets {
        natures {
          code
          name
          count
        }
        categories {
          code
          name
          count
        }
      }
      edges {
        cursor
        node {
          id
          name
          nature
          admittedOn
          otherCategoryDescription
          averageRating
          ratingCount
          onTimeResponseRate
          division {
            code
            name
          }
          mainCategories {
            code
            name
          }
          products {
            id
            name
            nature
          }
        }
      }
    }
  }
`);

export const PublicInstitutionQuery = graphql(`
  query PublicInstitution($id: ID!) {
    publicInstitution(id: $id) {
      id
      name
      nature
      institutionType
      admittedOn
      introduction
      address
      contactPerson
      contactPhone
      email
      website
      otherCategoryDescription
      averageRating
      ratingCount
      onTimeResponseRate
      division {
        code
        name
      }
      mainCategories {
        code
        name
      }
      products {
        id
        name
        nature
        content
        priceNote
        category {
          code
          name
        }
      }
      cases {
        id
        title
        enterpriseName
        content
        outcome
        servedOn
      }
    }
  }
`);

/** The institution's own public profile, for its editor (the registry shows these fields). */
export const OwnPublicProfileQuery = graphql(`
  query OwnPublicProfile($id: ID!) {
    institution(id: $id) {
      id
      registryStatus
      introduction
      website
      contactPerson
      contactPhone
      email
    }
  }
`);

export const UpdateMyPublicProfileMutation = graphql(`
  mutation UpdateMyPublicProfile($input: PublicProfileInput!) {
    updateMyPublicProfile(input: $input) {
      id
      introduction
      website
      contactPerson
      contactPhone
      email
    }
  }
`);
