/** Analysts see personal data masked (SPEC §1). */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  if (phone.length <= 4) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(Math.max(phone.length - 7, 1)) + phone.slice(-4);
}

export function maskEmail(email: string | null): string | null {
  if (!email) return email;
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
