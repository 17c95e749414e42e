import type { ServerResponse } from 'node:http';
import { ErrorRequestHandler, RequestHandler } from 'express';

/**
 * Client errors that are decided before a resolver runs (transport, body parsing, Apollo's request checks).
 * Each gets a typed code, a Chinese message and a 4xx status, whatever the mode — never an HTML page or a stack.
 */
export interface TransportError {
  status: number;
  code: string;
  message: string;
}

/** Apollo Server's BAD_REQUEST messages (English, fixed strings) → our codes. The first match wins. */
const APOLLO_REQUEST_ERRORS: [RegExp, Omit<TransportError, 'status'>][] = [
  [
    /Cross-Site Request Forgery/i,
    {
      code: 'CSRF_BLOCKED',
      message: '请求被拒绝（疑似跨站请求伪造）：请使用 Content-Type: application/json，GET 请求须带 Apollo-Require-Preflight 请求头',
    },
  ],
  [/batching disabled/i, { code: 'BATCHING_NOT_SUPPORTED', message: '不支持批量请求，每次请求只能包含一个操作' }],
  [/GET requests only support query operations/i, { code: 'METHOD_NOT_ALLOWED', message: 'GET 请求只能执行查询，变更请使用 POST' }],
  [/supports only GET\/POST/i, { code: 'METHOD_NOT_ALLOWED', message: '只支持 GET 和 POST 请求' }],
  [/'accept' header/i, { code: 'NOT_ACCEPTABLE', message: 'Accept 请求头须接受 application/json' }],
  [
    /content-type header other than application\/json/i,
    { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'GET 请求的 Content-Type 只能是 application/json' },
  ],
  [/incremental delivery/i, { code: 'BAD_REQUEST', message: '不支持增量交付（@defer/@stream）' }],
  [
    /POST body missing|non-empty `query`|No operations found|queries must be strings/i,
    { code: 'BAD_REQUEST', message: '请求体为空或缺少 query：请以 JSON 对象发送 {"query": "…"}' },
  ],
  [/`variables`/, { code: 'BAD_REQUEST', message: 'variables 应为 JSON 对象' }],
  [/`extensions`/, { code: 'BAD_REQUEST', message: 'extensions 应为 JSON 对象' }],
  [/`operationName`/, { code: 'BAD_REQUEST', message: 'operationName 应为字符串' }],
  [/search parameter/i, { code: 'BAD_REQUEST', message: 'GET 请求的查询参数无效' }],
];

export function translateApolloRequestError(message: string): Omit<TransportError, 'status'> {
  for (const [pattern, error] of APOLLO_REQUEST_ERRORS) if (pattern.test(message)) return error;
  return { code: 'BAD_REQUEST', message: `请求无效：${message}` };
}

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
}

/** body-parser / Express errors (invalid JSON, too large, bad charset, undecodable path) → a typed client error. */
export function transportErrorOf(err: unknown, limitLabel: string): TransportError | null {
  const e = (err ?? {}) as BodyParserError;
  switch (e.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'INVALID_JSON', message: '请求体不是有效的 JSON' };
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `请求体超过${limitLabel}上限` };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '请求体的编码不受支持，请使用 UTF-8' };
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return { status: 400, code: 'BAD_REQUEST', message: '请求体不完整' };
  }
  const status = e.status ?? e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return { status, code: 'BAD_REQUEST', message: '请求无效' };
  return null;
}

const INTERNAL: TransportError = { status: 500, code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误，请稍后重试' };

/** The typed answer to an error of the transport; anything unexpected is logged and masked as a 500. */
export function transportErrorFor(err: unknown, limitLabel: string, where: string): TransportError {
  const known = transportErrorOf(err, limitLabel);
  if (known) return known;
  // eslint-disable-next-line no-console
  console.error(`[${where}] unexpected error`, err);
  return INTERNAL;
}

/** An error answer in the GraphQL-over-HTTP shape, for the /graphql endpoint (plain Node response, see app.ts). */
export function sendGraphqlError(res: ServerResponse, e: TransportError): void {
  const body = JSON.stringify({ errors: [{ message: e.message, extensions: { code: e.code } }] });
  res.writeHead(e.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Error answers in the REST shape `{ error: { code, message } }`. */
export function restTransportErrors(limitLabel: string): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const e = transportErrorFor(err, limitLabel, 'rest');
    res.status(e.status).json({ error: { code: e.code, message: e.message } });
  };
}

export const unknownRoute: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: 'NOT_FOUND', message: '接口不存在' } });
};
