import { graphql } from './generated';

/** Who is signed in: what the shell, the menus and the jurisdiction labels need. */
export const CurrentUserFragment = graphql(`
  fragment CurrentUser on Me {
    id
    username
    displayName
    role
    institutionId
    enterpriseId
    mustChangePassword
    orgAdmin
    division {
      code
      name
      level
    }
  }
`);

/** The answer of every way in (login, self-registration): the token and the user it belongs to. */
export const SignedInFragment = graphql(`
  fragment SignedIn on LoginPayload {
    token
    expiresAt
    user {
      ...CurrentUser
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!, $captcha: CaptchaAnswerInput) {
    login(username: $username, password: $password, captcha: $captcha) {
      ...SignedIn
    }
  }
`);
