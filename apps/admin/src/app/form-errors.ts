import { applyFieldErrors, errorMessage, fieldErrors, type FormFields } from './errors';

/** What `applyFieldErrors` needs of an antd form (a FormInstance, or a stand-in in tests). */
type FormLike = Parameters<typeof applyFieldErrors>[0];

/**
 * The one rule of every form dialog: field errors beside their fields, the rest above the form. Puts the server's
 * `extensions.fields` the form has a field for next to those fields and returns what must be said above the form:
 * the error's message when it named no field (CONFLICT, FORBIDDEN, a lost connection), the messages of the field
 * errors no field on the form can show, or null when everything is already beside a field.
 */
export function reportFormError(form: FormLike, error: unknown, fieldNames: FormFields): string | null {
  if (!fieldErrors(error).length) return errorMessage(error);
  const unmatched = applyFieldErrors(form, error, fieldNames);
  return unmatched.length ? unmatched.map((f) => f.message).join('；') : null;
}
