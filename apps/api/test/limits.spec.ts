import { errorCode, startTestApi, TestApi } from './harness';

describe('GraphQL limits and error masking', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
  });
  afterAll(() => api.close());

  it('serves an ordinary nested query within the limits', async () => {
    const nested = `query { institutions { edges { node { ...A } } } } fragment A on Institution { division { code } mainCategories { ...B } } fragment B on ServiceCategory { code }`;
    expect((await api.gql(nested, {}, await api.login('province'))).errors).toBeUndefined();
  });

  it('rejects a query deeper than the limit through a cycle in the schema', async () => {
    const nest = (n: number): string => (n === 0 ? 'code' : `code parent { ${nest(n - 1)} }`);
    expect((await api.gql(`{ division(code: "130881") { ${nest(2)} } }`)).errors).toBeUndefined();
    const deep = await api.gql(`{ division(code: "130881") { ${nest(12)} } }`);
    expect(errorCode(deep)).toBe('QUERY_LIMIT_EXCEEDED');
    expect(deep.errors![0].message).toMatch(/^查询超出安全限制/);
    expect(deep.data).toBeUndefined();
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: serviceCategories { code }`).join(' ');
    const result = await api.gql(`{ ${aliases} }`, {}, await api.login('province'));
    expect(errorCode(result)).toBe('QUERY_LIMIT_EXCEEDED');
    expect(result.errors![0].message).toMatch(/^查询超出安全限制/);
  });

  it('rejects batched requests', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ serviceNatures { code } }' }, { query: '{ serviceNatures { code } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('answers a request for an unknown field with a Chinese-prefixed validation error', async () => {
    const result = await api.gql('{ nope }', {}, await api.login('province'));
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/^请求无效/);
  });

  it('serves reference data to anyone', async () => {
    const data = await api.ok(
      '{ serviceCategories { code name } serviceNatures { code name } institutionTypes { code name } divisions(parentCode: "130000") { code name cityLevel } }',
    );
    expect(data.serviceCategories).toHaveLength(9);
    expect(data.serviceCategories[0]).toEqual({ code: 'DIGITAL_EMPOWERMENT', name: '数字赋能' });
    expect(data.serviceNatures.map((n: any) => n.name)).toEqual(['公益性', '社会化']);
    const cityLevel = data.divisions
      .filter((d: any) => d.cityLevel)
      .map((d: any) => d.name)
      .sort();
    expect(cityLevel).toEqual(['定州市', '辛集市', '雄安新区'].sort());
    expect(data.divisions).toHaveLength(14); // 11 cities + 3 city-level units
  });
});
