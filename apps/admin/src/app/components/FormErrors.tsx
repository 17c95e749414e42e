import { Alert, type FormInstance } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import { reportFormError } from '../form-errors';

export interface FormErrors {
  /** Call with what a mutation threw: field errors go beside their fields, the rest into `alert`. */
  report: (error: unknown) => void;
  /** Before a new attempt. */
  clear: () => void;
  /** Put above the form: the error no field shows, or nothing. */
  alert: ReactNode;
}

/** Field errors beside the fields, the rest above the form — the same in every dialog (see `reportFormError`). */
export function useFormErrors(form: FormInstance, fieldNames: readonly string[], testId = 'form-error'): FormErrors {
  const [banner, setBanner] = useState<string | null>(null);
  const report = useCallback((error: unknown) => setBanner(reportFormError(form, error, fieldNames)), [form, fieldNames]);
  const clear = useCallback(() => setBanner(null), []);
  const alert = banner ? <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} data-testid={testId} /> : null;
  return { report, clear, alert };
}
