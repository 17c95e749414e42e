/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLogs($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          actorUsername\n          actorRole\n          action\n          entityType\n          entityId\n          ip\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      institutionId\n      enterpriseId\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        institutionId\n        enterpriseId\n        division {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query CalendarStatus {\n    calendarStatus {\n      today\n      nextYear\n      nextYearMissing\n      loadedYears\n    }\n  }\n": typeof types.CalendarStatusDocument,
    "\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.CalendarYearsDocument,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n      year\n    }\n  }\n": typeof types.CalendarDaysDocument,
    "\n  mutation AddCalendarYear($input: AddCalendarYearInput!) {\n    addCalendarYear(input: $input) {\n      year\n      source\n    }\n  }\n": typeof types.AddCalendarYearDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      year\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n": typeof types.RemoveCalendarDayDocument,
    "\n  query Institutions($first: Int, $after: String, $filter: InstitutionFilter) {\n    institutions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          uscc\n          nature\n          registryStatus\n          admittedOn\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InstitutionsDocument,
    "\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      institutionType\n      nature\n      address\n      postalCode\n      legalRepresentative\n      foundedOn\n      uscc\n      registeredCapital\n      contactPerson\n      contactPhone\n      email\n      employees\n      qualifiedStaff\n      cooperatingExperts\n      seniorExperts\n      cooperatingInstitutions\n      serviceAssets\n      totalAssets\n      premisesArea\n      registryStatus\n      admittedOn\n      otherCategoryDescription\n      divisionCode\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n    }\n  }\n": typeof types.InstitutionDocument,
    "\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      registryStatus\n    }\n  }\n": typeof types.CreateInstitutionDocument,
    "\n  query InstitutionStats {\n    all: institutions(first: 1) {\n      totalCount\n    }\n    admitted: institutions(first: 1, filter: { registryStatus: ADMITTED }) {\n      totalCount\n    }\n    applicants: institutions(first: 1, filter: { registryStatus: APPLICANT }) {\n      totalCount\n    }\n  }\n": typeof types.InstitutionStatsDocument,
    "\n  query DivisionTree {\n    cities: divisions(level: CITY) {\n      code\n      name\n      level\n      cityLevel\n      parentCode\n    }\n    counties: divisions(level: COUNTY) {\n      code\n      name\n      level\n      cityLevel\n      parentCode\n    }\n  }\n": typeof types.DivisionTreeDocument,
    "\n  query ServiceCategories {\n    serviceCategories {\n      code\n      name\n      sortOrder\n    }\n  }\n": typeof types.ServiceCategoriesDocument,
};
const documents: Documents = {
    "\n  query AuditLogs($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          actorUsername\n          actorRole\n          action\n          entityType\n          entityId\n          ip\n          before\n          after\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      institutionId\n      enterpriseId\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        institutionId\n        enterpriseId\n        division {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query CalendarStatus {\n    calendarStatus {\n      today\n      nextYear\n      nextYearMissing\n      loadedYears\n    }\n  }\n": types.CalendarStatusDocument,
    "\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      createdAt\n      updatedAt\n    }\n  }\n": types.CalendarYearsDocument,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n      year\n    }\n  }\n": types.CalendarDaysDocument,
    "\n  mutation AddCalendarYear($input: AddCalendarYearInput!) {\n    addCalendarYear(input: $input) {\n      year\n      source\n    }\n  }\n": types.AddCalendarYearDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      year\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n": types.RemoveCalendarDayDocument,
    "\n  query Institutions($first: Int, $after: String, $filter: InstitutionFilter) {\n    institutions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          uscc\n          nature\n          registryStatus\n          admittedOn\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InstitutionsDocument,
    "\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      institutionType\n      nature\n      address\n      postalCode\n      legalRepresentative\n      foundedOn\n      uscc\n      registeredCapital\n      contactPerson\n      contactPhone\n      email\n      employees\n      qualifiedStaff\n      cooperatingExperts\n      seniorExperts\n      cooperatingInstitutions\n      serviceAssets\n      totalAssets\n      premisesArea\n      registryStatus\n      admittedOn\n      otherCategoryDescription\n      divisionCode\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n    }\n  }\n": types.InstitutionDocument,
    "\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      registryStatus\n    }\n  }\n": types.CreateInstitutionDocument,
    "\n  query InstitutionStats {\n    all: institutions(first: 1) {\n      totalCount\n    }\n    admitted: institutions(first: 1, filter: { registryStatus: ADMITTED }) {\n      totalCount\n    }\n    applicants: institutions(first: 1, filter: { registryStatus: APPLICANT }) {\n      totalCount\n    }\n  }\n": types.InstitutionStatsDocument,
    "\n  query DivisionTree {\n    cities: divisions(level: CITY) {\n      code\n      name\n      level\n      cityLevel\n      parentCode\n    }\n    counties: divisions(level: COUNTY) {\n      code\n      name\n      level\n      cityLevel\n      parentCode\n    }\n  }\n": types.DivisionTreeDocument,
    "\n  query ServiceCategories {\n    serviceCategories {\n      code\n      name\n      sortOrder\n    }\n  }\n": types.ServiceCategoriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          actorUsername\n          actorRole\n          action\n          entityType\n          entityId\n          ip\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          actorUsername\n          actorRole\n          action\n          entityType\n          entityId\n          ip\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      institutionId\n      enterpriseId\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      institutionId\n      enterpriseId\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        institutionId\n        enterpriseId\n        division {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        institutionId\n        enterpriseId\n        division {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarStatus {\n    calendarStatus {\n      today\n      nextYear\n      nextYearMissing\n      loadedYears\n    }\n  }\n"): (typeof documents)["\n  query CalendarStatus {\n    calendarStatus {\n      today\n      nextYear\n      nextYearMissing\n      loadedYears\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n      year\n    }\n  }\n"): (typeof documents)["\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCalendarYear($input: AddCalendarYearInput!) {\n    addCalendarYear(input: $input) {\n      year\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation AddCalendarYear($input: AddCalendarYearInput!) {\n    addCalendarYear(input: $input) {\n      year\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n"): (typeof documents)["\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Institutions($first: Int, $after: String, $filter: InstitutionFilter) {\n    institutions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          uscc\n          nature\n          registryStatus\n          admittedOn\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Institutions($first: Int, $after: String, $filter: InstitutionFilter) {\n    institutions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          uscc\n          nature\n          registryStatus\n          admittedOn\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      institutionType\n      nature\n      address\n      postalCode\n      legalRepresentative\n      foundedOn\n      uscc\n      registeredCapital\n      contactPerson\n      contactPhone\n      email\n      employees\n      qualifiedStaff\n      cooperatingExperts\n      seniorExperts\n      cooperatingInstitutions\n      serviceAssets\n      totalAssets\n      premisesArea\n      registryStatus\n      admittedOn\n      otherCategoryDescription\n      divisionCode\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      institutionType\n      nature\n      address\n      postalCode\n      legalRepresentative\n      foundedOn\n      uscc\n      registeredCapital\n      contactPerson\n      contactPhone\n      email\n      employees\n      qualifiedStaff\n      cooperatingExperts\n      seniorExperts\n      cooperatingInstitutions\n      serviceAssets\n      totalAssets\n      premisesArea\n      registryStatus\n      admittedOn\n      otherCategoryDescription\n      divisionCode\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      registryStatus\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      registryStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionStats {\n    all: institutions(first: 1) {\n      totalCount\n    }\n    admitted: institutions(first: 1, filter: { registryStatus: ADMITTED }) {\n      totalCount\n    }\n    applicants: institutions(first: 1, filter: { registryStatus: APPLICANT }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InstitutionStats {\n    all: institutions(first: 1) {\n      totalCount\n    }\n    admitted: institutions(first: 1, filter: { registryStatus: ADMITTED }) {\n      totalCount\n    }\n    applicants: institutions(first: 1, filter: { registryStatus: APPLICANT }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DivisionTree {\n    cities: divisions(level: CITY) {\n      code\n      name\n      level\n      cityLevel\n      parentCode\n    }\n    counties: divisions(level: COUNTY) {\n      code\n      name\n      level\n      cityLevel\n      parentCode\n    }\n  }\n"): (typeof documents)["\n  query DivisionTree {\n    cities: divisions(level: CITY) {\n      code\n      name\n      level\n      cityLevel\n      parentCode\n    }\n    counties: divisions(level: COUNTY) {\n      code\n      name\n      level\n      cityLevel\n      parentCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceCategories {\n    serviceCategories {\n      code\n      name\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query ServiceCategories {\n    serviceCategories {\n      code\n      name\n      sortOrder\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;