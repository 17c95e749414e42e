import { graphql } from './generated';

/** A node of the division tree; the tree itself is built on the client (app/divisions.ts). */
export const DivisionNodeFragment = graphql(`
  fragment DivisionNode on Division {
    code
    name
    level
    cityLevel
    parentCode
  }
`);

/** Cities (incl. Dingzhou, Xinji, Xiong'an) and counties in one round trip; the tree is built on the client. */
export const DivisionTreeQuery = graphql(`
  query DivisionTree {
    cities: divisions(level: CITY) {
      ...DivisionNode
    }
    counties: divisions(level: COUNTY) {
      ...DivisionNode
    }
  }
`);

export const ServiceCategoriesQuery = graphql(`
  query ServiceCategories {
    serviceCategories {
      code
      name
      sortOrder
    }
  }
`);
