import { isGraphqlPath } from '../../src/app';
import { engines, startTestApi, TestApi } from '../harness';
import { expectTypedClientError, postGraphql, raw, restUrl } from './lib/http';

/**
 * /graphql is served on Node's `http` straight into Apollo, everything else by Express (ADR 0024): the split must
 * route what Express's `app.use('/graphql')` routed, keep CORS and the body limit, and leave /api and the 404s alone.
 */
describe('which requests take the GraphQL path', () => {
  it.each([
    ['/graphql', true],
    ['/graphql?query=%7B__typename%7D', true],
    ['/GraphQL', true],
    ['/graphql/', true],
    ['/graphql/x', true],
    ['/graphql#x', true],
    ['/graphqlx', false],
    ['/api/graphql', false],
    ['/healthz', false],
    ['/', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isGraphqlPath(url)).toBe(expected);
  });
});

describe.each(engines())('GraphQL over Node http on %s', (engine) => {
  let api: TestApi;
  const origin = 'http://localhost:4200';
  beforeAll(async () => {
    api = await startTestApi(engine, { demoInstitutions: 2, config: { corsOrigins: [origin] } });
  });
  afterAll(() => api.close());

  it('answers a query with JSON and the allowed origin, without an ETag', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('etag')).toBeNull();
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a CORS preflight with 204, and gives another origin no allow-origin header', async () => {
    const preflight = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    const foreign = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the path in any case and below it, as Express did', async () => {
    for (const path of ['/GraphQL', '/graphql/']) {
      const r = await postGraphql({ ...api, url: restUrl(api, path) }, { query: '{ __typename }' });
      expect(r.status).toBe(200);
      expect(r.json).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('refuses a gzip body that is not gzip, and a body over 1 MB, with typed 4xx', async () => {
    const bad = await raw(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: '{"query": "{ __typename }"}',
    });
    expectTypedClientError(bad);
    const big = await postGraphql(api, JSON.stringify({ query: `{ __typename }`, variables: { x: 'x'.repeat(1_100_000) } }));
    expectTypedClientError(big, 'PAYLOAD_TOO_LARGE');
    expect(big.status).toBe(413);
  });

  it('leaves /healthz, /api and unknown paths to Express', async () => {
    expect((await raw(restUrl(api, '/healthz'))).json).toEqual({ status: 'ok' });
    const unknown = await raw(restUrl(api, '/graphqlx'));
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ error: { code: 'NOT_FOUND', message: '接口不存在' } });
    const rest = await raw(restUrl(api, '/api/attachments/1'));
    expect(rest.status).toBe(401);
  });
});
