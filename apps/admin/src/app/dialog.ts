import { useCallback, useState } from 'react';

/**
 * A dialog opened for a value (the row it edits, the booking it answers). Render it with `key={dialog.key}`: the
 * key changes on every opening, so the dialog mounts afresh — empty form, no error left over — without an effect
 * that resets it. The value stays while the dialog fades out, so its title does not change as it closes.
 */
export function useDialog<T>() {
  const [state, setState] = useState<{ value: T | undefined; open: boolean; key: number }>({ value: undefined, open: false, key: 0 });
  const show = useCallback((value: T) => setState((s) => ({ value, open: true, key: s.key + 1 })), []);
  const hide = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  return { ...state, show, hide };
}
