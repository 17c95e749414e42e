import { session } from './session';

/** The REST endpoints (files, exports) answer errors as `{ error: { code, message, fields } }`. */
export class RestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly fields: { field: string; code: string; message: string }[] = [],
  ) {
    super(message);
  }
}

async function failure(res: Response): Promise<RestError> {
  type Body = { error?: { code?: string; message?: string; fields?: RestError['fields'] } };
  let body: Body | null = null;
  try {
    body = (await res.json()) as Body;
  } catch {
    // Not JSON (a proxy page, an aborted stream): fall back to the status below.
  }
  const code = body?.error?.code;
  // The same rule as the GraphQL link: an expired token ends the session and the login page explains why.
  if (res.status === 401 || code === 'UNAUTHENTICATED') session.clear('expired');
  return new RestError(body?.error?.message ?? `服务暂时不可用（HTTP ${res.status}），请稍后重试`, code, body?.error?.fields ?? []);
}

/** Fetches with the bearer token; any answer but 2xx, or no answer at all, is a RestError with a Chinese message. */
export async function restFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const token = session.getToken();
  const headers = { ...(init.headers as Record<string, string> | undefined), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers });
  } catch {
    throw new RestError('无法连接服务器，请检查网络后重试', undefined);
  }
  if (!res.ok) throw await failure(res);
  return res;
}

/** `attachment; filename*=UTF-8''%E5%85%A5…` → the decoded name. */
export function fileNameFromDisposition(header: string | null): string | null {
  const match = header?.match(/filename\*=UTF-8''([^;]+)/i);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1].trim());
  } catch {
    return null;
  }
}

/** Fetches with the bearer token and hands the file to the browser under the server's name. */
export async function downloadFile(url: string, fallbackName: string): Promise<string> {
  const res = await restFetch(url);
  const blob = await res.blob();
  const name = fileNameFromDisposition(res.headers.get('Content-Disposition')) ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
  return name;
}

/** The server's sentence plus any field detail that says more. */
export function restErrorText(e: unknown): string {
  if (!(e instanceof RestError)) return e instanceof Error ? e.message : '操作失败，请稍后重试';
  const extra = e.fields.map((f) => f.message).filter((m) => m && m !== e.message);
  return [e.message, ...extra].join('；');
}
