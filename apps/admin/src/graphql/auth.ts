import { graphql } from './generated';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      institutionId
      enterpriseId
      division {
        code
        name
        level
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        id
        username
        displayName
        role
        institutionId
        enterpriseId
        division {
          code
          name
          level
        }
      }
    }
  }
`);
