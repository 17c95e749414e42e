/** Consent to the privacy notice at self-registration (PIPL Art. 13–14: informed consent before personal data is processed). */
import { FieldViolation } from './errors';

/** The version of the privacy notice (《隐私声明》) the registration pages show; bump it when the text changes. */
export const PRIVACY_NOTICE_VERSION = '2026-12';

/** The consent a sign-up carries must be to the notice in force: an older or missing version is refused. */
export function checkPrivacyConsent(version: string | null | undefined): FieldViolation[] {
  if (version === PRIVACY_NOTICE_VERSION) return [];
  return [
    {
      field: 'privacyConsentVersion',
      code: version ? 'PRIVACY_NOTICE_OUTDATED' : 'PRIVACY_CONSENT_REQUIRED',
      message: version ? '隐私声明已更新，请刷新页面重新阅读并同意' : '请阅读并同意《隐私声明》',
    },
  ];
}
