import { graphql } from './generated';

/** Cities (incl. Dingzhou, Xinji, Xiong'an) and counties in one round trip; the tree is built on the client. */
export const DivisionTreeQuery = graphql(`
  query DivisionTree {
    cities: divisions(level: CITY) {
      code
      name
      level
      cityLevel
      parentCode
    }
    counties: divisions(level: COUNTY) {
      code
      name
      level
      cityLevel
      parentCode
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
