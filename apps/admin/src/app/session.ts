import { useSyncExternalStore } from 'react';

const TOKEN_KEY = 'hebei-sme-admin.token';
const listeners = new Set<() => void>();

/** Why the last session ended: the login page tells an expired session apart from a deliberate logout. */
export type SessionEndReason = 'expired' | 'logout';
let endReason: SessionEndReason | null = null;
const emit = () => listeners.forEach((l) => l());

function read(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** The bearer token lives in localStorage so a reload keeps the session; React reads it through useToken(). */
export const session = {
  getToken: read,
  setToken(token: string) {
    endReason = null;
    window.localStorage.setItem(TOKEN_KEY, token);
    emit();
  },
  clear(reason: SessionEndReason) {
    endReason = reason;
    window.localStorage.removeItem(TOKEN_KEY);
    emit();
  },
  endReason(): SessionEndReason | null {
    return endReason;
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    // Another tab logging out (or in) must be reflected here too.
    const onStorage = (e: StorageEvent) => e.key === TOKEN_KEY && listener();
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  },
};

export function useToken(): string | null {
  return useSyncExternalStore(session.subscribe, session.getToken);
}
