import { Alert, type FormInstance } from 'antd';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { FormFields } from '../errors';
import { reportFormError } from '../form-errors';

export interface FormErrors {
  /** Call with what a mutation threw: field errors go beside their fields, the rest into `alert`. */
  report: (error: unknown) => void;
  /** Before a new attempt. */
  clear: () => void;
  /**
   * One submission: clears the last error, runs `work` (the mutation and what follows its success), reports what it
   * threw. Resolves to whether it went through.
   */
  attempt: (work: () => Promise<unknown>) => Promise<boolean>;
  /** Put above the form: the error no field shows, or nothing. */
  alert: ReactNode;
}

/**
 * Field errors beside the fields, the rest above the form — the same in every dialog (see `reportFormError`). The
 * message is scrolled into view when it appears: in a long form the submit button is far below the top.
 */
export function useFormErrors(form: FormInstance, fieldNames: FormFields, testId = 'form-error'): FormErrors {
  const [banner, setBanner] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const report = useCallback((error: unknown) => setBanner(reportFormError(form, error, fieldNames)), [form, fieldNames]);
  const clear = useCallback(() => setBanner(null), []);
  const attempt = useCallback(
    async (work: () => Promise<unknown>) => {
      clear();
      try {
        await work();
        return true;
      } catch (e) {
        report(e);
        return false;
      }
    },
    [clear, report],
  );
  useEffect(() => {
    if (banner) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [banner]);
  const alert = banner ? (
    <div ref={ref} style={{ marginBottom: 16 }}>
      <Alert type="error" showIcon title={banner} data-testid={testId} />
    </div>
  ) : null;
  return { report, clear, attempt, alert };
}
