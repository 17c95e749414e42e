import { graphql } from './generated';

export const InstitutionsQuery = graphql(`
  query Institutions($first: Int, $after: String, $filter: InstitutionFilter, $sort: InstitutionSort) {
    institutions(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          id
          name
          uscc
          nature
          registryStatus
          admittedOn
          division {
            code
            name
          }
          mainCategories {
            code
            name
          }
        }
      }
    }
  }
`);

export const InstitutionQuery = graphql(`
  query Institution($id: ID!) {
    institution(id: $id) {
      id
      name
      institutionType
      nature
      address
      postalCode
      legalRepresentative
      foundedOn
      uscc
      registeredCapital
      contactPerson
      contactPhone
      email
      employees
      qualifiedStaff
      cooperatingExperts
      seniorExperts
      cooperatingInstitutions
      serviceAssets
      totalAssets
      premisesArea
      registryStatus
      admittedOn
      otherCategoryDescription
      divisionCode
      division {
        code
        name
      }
      mainCategories {
        code
        name
      }
    }
  }
`);

export const CreateInstitutionMutation = graphql(`
  mutation CreateInstitution($input: InstitutionInput!) {
    createInstitution(input: $input) {
      id
      name
      registryStatus
    }
  }
`);

/** Dashboard counters: three totals in the caller's jurisdiction. */
export const InstitutionStatsQuery = graphql(`
  query InstitutionStats {
    all: institutions(first: 1) {
      totalCount
    }
    admitted: institutions(first: 1, filter: { registryStatus: ADMITTED }) {
      totalCount
    }
    applicants: institutions(first: 1, filter: { registryStatus: APPLICANT }) {
      totalCount
    }
  }
`);
