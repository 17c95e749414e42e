import { engines, startTestApi, TestApi } from '../harness';
import { bearer, codeOf, expectTypedClientError, postGraphql, raw, restUrl } from './lib/http';

/**
 * The OWASP GraphQL Cheat Sheet's abuse cases and the transport errors of GraphQL over HTTP: each is refused with a
 * typed 4xx, JSON, a Chinese message — in development and in production mode, never an HTML page or a stack.
 * (Issue #8 finding 7 and issue #7's GRAPHQL_PARSE_FAILED defect.)
 */
const QUERY = '{ serviceNatures { code } }';

describe.each(engines().flatMap((engine) => [false, true].map((production) => [engine, production] as const)))(
  'abuse probes on %s (production mode: %s)',
  (engine, production) => {
    let api: TestApi;
    let province: string;
    beforeAll(async () => {
      api = await startTestApi(engine, { demoInstitutions: 5, production });
      province = await api.login('province');
    });
    afterAll(() => api.close());

    it('answers a document that does not parse with 400 GRAPHQL_PARSE_FAILED', async () => {
      const r = await postGraphql(api, { query: '{ me ' });
      expectTypedClientError(r, 'GRAPHQL_PARSE_FAILED');
      expect(r.status).toBe(400);
    });

    it.each([
      ['invalid JSON', '{"query": ', 'INVALID_JSON', 400],
      ['an empty body', '', 'BAD_REQUEST', 400],
      ['an empty object', '{}', 'BAD_REQUEST', 400],
      ['a query that is not a string', '{"query": 42}', 'BAD_REQUEST', 400],
      ['variables that are not an object', '{"query": "{ me { id } }", "variables": "x"}', 'BAD_REQUEST', 400],
    ])('answers %s with a typed 4xx', async (_what, body, code, status) => {
      const r = await postGraphql(api, body);
      expectTypedClientError(r, code);
      expect(r.status).toBe(status);
    });

    it('refuses batched requests', async () => {
      const r = await postGraphql(api, [{ query: QUERY }, { query: QUERY }]);
      expectTypedClientError(r, 'BATCHING_NOT_SUPPORTED');
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'blocks a simple (CSRF-able) POST with content type %s',
      async (type) => {
        const r = await raw(api.url, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify({ query: QUERY }) });
        expectTypedClientError(r, 'CSRF_BLOCKED');
      },
    );

    it('blocks a GET without a preflight header and serves it with one', async () => {
      const url = `${api.url}?query=${encodeURIComponent(QUERY)}`;
      expectTypedClientError(await raw(url), 'CSRF_BLOCKED');
      const ok = await raw(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(ok.status).toBe(200);
      expect(ok.json.data.serviceNatures).toHaveLength(2);
    });

    it('refuses a mutation over GET', async () => {
      const r = await raw(`${api.url}?query=${encodeURIComponent('mutation { runAdmissionJob }')}`, {
        headers: { 'apollo-require-preflight': 'true', ...bearer(province) },
      });
      expectTypedClientError(r, 'METHOD_NOT_ALLOWED');
      expect(r.status).toBe(405);
    });

    it('refuses a body over 1 MB with 413, and a 1 MB document within it by the token limit', async () => {
      const tooBig = await postGraphql(api, { query: QUERY, padding: 'x'.repeat(1_100_000) });
      expectTypedClientError(tooBig, 'PAYLOAD_TOO_LARGE');
      expect(tooBig.status).toBe(413);
      const fields = Array.from({ length: 110_000 }, (_, i) => `f${i}: code`).join(' ');
      const huge = await postGraphql(api, { query: `{ serviceNatures { ${fields} } }`.slice(0, 1_000_000) });
      expectTypedClientError(huge, 'QUERY_LIMIT_EXCEEDED');
    });

    it('refuses alias overloading', async () => {
      const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: serviceCategories { code }`).join(' ');
      expectTypedClientError(await postGraphql(api, { query: `{ ${aliases} }` }), 'QUERY_LIMIT_EXCEEDED');
    });

    it('refuses depth through a cycle in the schema', async () => {
      const nest = (n: number): string => (n === 0 ? 'code' : `code parent { ${nest(n - 1)} }`);
      expectTypedClientError(await postGraphql(api, { query: `{ division(code: "130881") { ${nest(15)} } }` }), 'QUERY_LIMIT_EXCEEDED');
    });

    it('refuses directive overloading', async () => {
      const directives = Array.from({ length: 50 }, () => '@include(if: true)').join(' ');
      expectTypedClientError(await postGraphql(api, { query: `{ serviceNatures ${directives} { code } }` }), 'QUERY_LIMIT_EXCEEDED');
    });

    it('refuses field duplication', async () => {
      const dup = Array.from({ length: 500 }, () => 'code').join(' ');
      expectTypedClientError(await postGraphql(api, { query: `{ serviceNatures { ${dup} } }` }), 'QUERY_LIMIT_EXCEEDED');
    });

    it('refuses circular fragments', async () => {
      const r = await postGraphql(api, {
        query: '{ divisions { ...A } } fragment A on Division { code parent { ...B } } fragment B on Division { code parent { ...A } }',
      });
      expectTypedClientError(r, 'GRAPHQL_VALIDATION_FAILED');
    });

    it('refuses a document with several operations and no operationName', async () => {
      expectTypedClientError(await postGraphql(api, { query: `query A ${QUERY} query B ${QUERY}` }));
    });

    it('answers an unknown field with a validation error, without suggestions in production', async () => {
      const r = await postGraphql(api, { query: '{ serviceNature { code } }' });
      expectTypedClientError(r, 'GRAPHQL_VALIDATION_FAILED');
      if (production) expect(r.text).not.toMatch(/Did you mean|serviceNatures/);
      else expect(r.text).toMatch(/Did you mean/);
      const enumHint = await postGraphql(api, { query: '{ browseInstitutions(sort: NAMEX) { totalCount } }' });
      expectTypedClientError(enumHint, /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
      if (production) expect(enumHint.text).not.toMatch(/Did you mean/);
    });

    it(`${production ? 'refuses' : 'serves'} introspection`, async () => {
      const r = await postGraphql(api, { query: '{ __schema { queryType { name } } }' });
      if (production) expectTypedClientError(r, 'GRAPHQL_VALIDATION_FAILED');
      else expect(r.json.data.__schema.queryType.name).toBe('Query');
    });

    it('does not answer with tracing or other extensions when asked for them', async () => {
      const r = await postGraphql(
        api,
        { query: QUERY, extensions: { tracing: true, ftv1: true } },
        { 'apollo-federation-include-trace': 'ftv1', 'x-apollo-tracing': '1' },
      );
      expect(r.status).toBe(200);
      expect(r.json.extensions).toBeUndefined();
    });

    it('answers errors raised in resolvers without stack traces', async () => {
      const r = await postGraphql(api, { query: '{ me { id } }' }, bearer('not-a-token'));
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.text).not.toMatch(/stacktrace|\n\s+at /);
    });

    it.each([
      ['an unknown route', '/nope', {}],
      ['an unknown REST route', '/api/nope', {}],
      ['an undecodable path', '/api/attachments/%E0%A4%A', {}],
    ])('answers %s with JSON', async (_what, path, init) => {
      expectTypedClientError(await raw(restUrl(api, path), init));
    });
  },
);
