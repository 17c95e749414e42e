import { TestApi } from '../../harness';

export interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
  json?: any;
}

/** Any request, answered as text and (when it parses) JSON: for probes that must never see HTML or a 5xx. */
export async function raw(url: string, init: RequestInit = {}): Promise<RawAnswer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json };
}

export const restUrl = (api: TestApi, path: string) => api.url.replace('/graphql', path);

export const bearer = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** POST a GraphQL document (or any body) to /graphql. */
export function postGraphql(api: TestApi, body: unknown, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return raw(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The code of the first error, in GraphQL (`errors[0].extensions.code`) or REST (`error.code`) shape. */
export function codeOf(answer: RawAnswer): string | undefined {
  return answer.json?.errors?.[0]?.extensions?.code ?? answer.json?.error?.code;
}

export function messageOf(answer: RawAnswer): string | undefined {
  return answer.json?.errors?.[0]?.message ?? answer.json?.error?.message;
}

const CHINESE = /[\u4e00-\u9fa5]/;

/** A client error as the house answers it: 4xx, JSON, a typed code that is not INTERNAL_SERVER_ERROR, Chinese text. */
export function expectTypedClientError(answer: RawAnswer, code?: string | RegExp): void {
  const summary = `${answer.status} ${answer.contentType} ${answer.text.slice(0, 300)}`;
  expect({ summary, status4xx: answer.status >= 400 && answer.status < 500 }).toEqual({ summary, status4xx: true });
  expect(answer.contentType).toMatch(/application\/json/);
  expect(answer.text).not.toMatch(/<html|<!DOCTYPE|\n\s+at /i);
  const got = codeOf(answer);
  expect(got).toBeDefined();
  expect(got).not.toBe('INTERNAL_SERVER_ERROR');
  if (code) expect(got).toMatch(code);
  expect(messageOf(answer)).toMatch(CHINESE);
}
