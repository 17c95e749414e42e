import { graphql } from './generated';

/** A fresh self-hosted captcha; each one is good for one attempt, so forms fetch a new one after every submit. */
export const CaptchaQuery = graphql(`
  query Captcha {
    captcha {
      id
      svg
      expiresAt
    }
  }
`);
