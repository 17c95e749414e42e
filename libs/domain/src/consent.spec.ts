import { describe, expect, it } from '@jest/globals';
import { checkPrivacyConsent, PRIVACY_NOTICE_VERSION } from './consent';

describe('checkPrivacyConsent (consent to the privacy notice in force before sign-up)', () => {
  it.each([
    ['the notice in force', PRIVACY_NOTICE_VERSION, []],
    ['no consent', undefined, ['PRIVACY_CONSENT_REQUIRED']],
    ['an empty consent', '', ['PRIVACY_CONSENT_REQUIRED']],
    ['null', null, ['PRIVACY_CONSENT_REQUIRED']],
    ['an older notice', '2025-01', ['PRIVACY_NOTICE_OUTDATED']],
  ])('%s → %j', (_, version, codes) => {
    const out = checkPrivacyConsent(version);
    expect(out.map((v) => v.code)).toEqual(codes);
    out.forEach((v) => expect(v.field).toBe('privacyConsentVersion'));
  });
});
