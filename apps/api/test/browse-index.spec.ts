import { RegistryStatus } from '../src/common/enums';
import { In } from 'typeorm';
import { createServiceLoaders } from '../src/modules/browse/browse.loaders';
import { RegistryIndex } from '../src/modules/browse/registry-index';
import { ServiceProduct } from '../src/modules/product/product.entity';
import { engines, startTestApi, TestApi } from './harness';

/**
 * Issue #13: the registry index (bigrams, facet counts) answers exactly what the plain SQL over the tables answers —
 * text search identical to `LIKE '%…%'` on a test corpus, totals and facets identical to counting the admitted
 * institutions, also after concurrent admissions and removals.
 */
const SEARCH = `query($first: Int, $after: String, $filter: BrowseFilter) {
  browseInstitutions(first: $first, after: $after, filter: $filter) {
    totalCount
    facets { natures { code count } categories { code count } }
    edges { node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Names and published product names with the cases a bigram index can get wrong. */
const CORPUS_NAMES = [
  '检验检测认证中心',
  '检测检测检测有限公司',
  'ABC Digital 数字赋能研究院',
  'abc 小写科技',
  'aaa 三连字母咨询',
  '达标率100%检测站',
  '下划线_测试 服务部',
  '  前后空格 服务中心  ',
  '𠀀生僻字𠀁 技术转移中心',
  "O'Neil 质量 Consulting",
  // The search-text separator (registry_entry.searchText joins the names with it) inside a name.
  '分隔⁂符号中心',
  // Full-width letters beside ASCII ones: on MySQL the collation holds ab and ＡＢ equal, so one institution has two
  // gram rows that both answer gram = 'ab' (counted once).
  'ab ＡＢ 全角字母检测站',
];
const CORPUS_PRODUCTS = ['检测仪器校准', 'ABC 融资对接', '小微企业数字化诊断', '专利检索与分析'];

const QUERIES = [
  '检测',
  '检验检测',
  '测检',
  '检测检测',
  'abc',
  'ABC',
  'Abc Digital',
  'aa',
  'aaa',
  'aaaa',
  '100%',
  '0%检',
  '_测',
  '线_测',
  '前后空格',
  '𠀀生',
  '生僻字𠀁',
  "O'Neil",
  '数字化诊断',
  '融资对接',
  '检',
  '%',
  '中心',
  '服务',
  '有限公司',
  '不存在的词语',
  // Longer keywords: narrowed by their two rarest bigrams, confirmed on the search text.
  '检验检测认证中心',
  '技术转移中心',
  // Across the end of a name and the start of a product name: never a match.
  '认证中心检测',
  '中心检测仪器',
  // The separator itself: confirmed on the tables' own names.
  '⁂',
  '隔⁂符',
  '⁂符号',
  // The rarest bigram is not the first: the walk and the groups start from it (ADR 0023).
  '检测站',
  '测认证',
  '数字赋能研究院',
  '全角字母检测',
  'ab',
  'ＡＢ',
  'b ＡＢ',
];

interface Truth {
  ids: number[];
  total: number;
  natures: Record<string, number>;
  categories: Record<string, number>;
}

describe.each(engines())('registry index on %s', (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(engine);
    const db = api.services.db;
    const admitted: { id: number }[] = await db.query("SELECT id FROM institution WHERE registryStatus = 'ADMITTED' ORDER BY id");
    const ids = admitted.map((r) => Number(r.id));
    for (const [k, name] of CORPUS_NAMES.entries()) await db.query('UPDATE institution SET name = ? WHERE id = ?', [name, ids[k]]);
    const products: { id: number }[] = await db.query('SELECT id FROM service_product WHERE published = 1 ORDER BY id LIMIT ?', [
      CORPUS_PRODUCTS.length,
    ]);
    for (const [k, name] of CORPUS_PRODUCTS.entries())
      await db.query('UPDATE service_product SET name = ? WHERE id = ?', [name, products[k].id]);
    const touched: { institutionId: number }[] = await db.query(
      `SELECT institutionId FROM service_product WHERE id IN (${products.map(() => '?').join(',')})`,
      products.map((p) => p.id),
    );
    await db.transaction((em) => RegistryIndex.refresh(em, [...ids.slice(0, CORPUS_NAMES.length), ...touched.map((t) => t.institutionId)]));
  });
  afterAll(() => api.close());

  /** The plain answer: LIKE over names and published product names, counts over the tables. */
  async function truth(text?: string, divisionPrefix?: string): Promise<Truth> {
    const where = ["i.registryStatus = 'ADMITTED'"];
    const params: unknown[] = [];
    if (text) {
      const like = `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      where.push(
        "(i.name LIKE ? ESCAPE '!' OR EXISTS (SELECT 1 FROM service_product p WHERE p.institutionId = i.id AND p.published = 1 AND p.name LIKE ? ESCAPE '!'))",
      );
      params.push(like, like);
    }
    if (divisionPrefix) {
      where.push('i.divisionCode LIKE ?');
      params.push(`${divisionPrefix}%`);
    }
    const rows: { id: number; nature: string | null }[] = await api.services.db.query(
      `SELECT i.id, i.nature FROM institution i WHERE ${where.join(' AND ')} ORDER BY i.id`,
      params,
    );
    const cats: { institutionId: number; categoryCode: string }[] = rows.length
      ? await api.services.db.query(
          `SELECT institutionId, categoryCode FROM institution_main_category WHERE institutionId IN (${rows.map(() => '?').join(',')})`,
          rows.map((r) => r.id),
        )
      : [];
    const natures: Record<string, number> = {};
    const categories: Record<string, number> = {};
    for (const r of rows) if (r.nature) natures[r.nature] = (natures[r.nature] ?? 0) + 1;
    for (const c of cats) categories[c.categoryCode] = (categories[c.categoryCode] ?? 0) + 1;
    return { ids: rows.map((r) => Number(r.id)), total: rows.length, natures, categories };
  }

  async function viaApi(filter: Record<string, unknown>, pageSize = 100): Promise<Truth> {
    const ids: number[] = [];
    let after: string | null = null;
    let first: any;
    for (;;) {
      const data: any = await api.ok(SEARCH, { first: pageSize, after, filter });
      first ??= data.browseInstitutions;
      ids.push(...data.browseInstitutions.edges.map((e: any) => Number(e.node.id)));
      if (!data.browseInstitutions.pageInfo.hasNextPage) break;
      after = data.browseInstitutions.pageInfo.endCursor;
    }
    const nonZero = (list: { code: string; count: number }[]) =>
      Object.fromEntries(list.filter((x) => x.count).map((x) => [x.code, x.count]));
    return { ids, total: first.totalCount, natures: nonZero(first.facets.natures), categories: nonZero(first.facets.categories) };
  }

  it.each(QUERIES)('text %j: the same institutions, total and facets as LIKE', async (text) => {
    const expected = await truth(text.trim());
    expect(await viaApi({ text })).toEqual(expected);
  });

  it('the corpus is really found (the comparisons above are not all empty)', async () => {
    for (const text of ['检测', 'abc', 'aaa', '100%', '𠀀生', '数字化诊断', '服务']) expect((await truth(text)).total).toBeGreaterThan(0);
  });

  it('small pages walk the index by cursor (bigram walk, entry walk, confirm) without gaps or repeats', async () => {
    const [{ n }] = await api.services.db.query("SELECT COUNT(*) AS n FROM institution WHERE registryStatus = 'ADMITTED'");
    expect(Number(n)).toBeGreaterThan(14);
    for (const text of [undefined, '服务', '中心', '有限公司', '检', 'ab']) expect(await viaApi({ text }, 7)).toEqual(await truth(text));
    expect(await viaApi({ text: '服务', divisionCode: '130800' }, 3)).toEqual(await truth('服务', '1308'));
  });

  it('text with a place: the same as LIKE within the city', async () => {
    for (const text of ['检测', '服务', '中心']) expect(await viaApi({ text, divisionCode: '130800' })).toEqual(await truth(text, '1308'));
  });

  it('a renamed product name is found by a long keyword (search text rewritten by refresh) and the old one no more', async () => {
    const db = api.services.db;
    const [product]: { id: number; institutionId: number }[] = await db.query(
      "SELECT p.id, p.institutionId FROM service_product p INNER JOIN institution i ON i.id = p.institutionId WHERE p.published = 1 AND i.registryStatus = 'ADMITTED' ORDER BY p.id DESC LIMIT 1",
    );
    const rename = (name: string) =>
      db.transaction(async (em) => {
        await em.query('UPDATE service_product SET name = ? WHERE id = ?', [name, product.id]);
        await RegistryIndex.refresh(em, [Number(product.institutionId)]);
      });
    await rename('独一无二的计量服务');
    expect((await viaApi({ text: '一无二的计量' })).ids).toEqual([Number(product.institutionId)]);
    await rename('另一个名称');
    expect((await viaApi({ text: '一无二的计量' })).ids).toEqual([]);
    expect(await viaApi({ text: '另一个名称' })).toEqual(await truth('另一个名称'));
  });

  it('keyword totals and facets follow a change of nature, categories and place (gram rows carry the facet key)', async () => {
    const db = api.services.db;
    const [row]: { id: number }[] = await db.query("SELECT id FROM institution WHERE registryStatus = 'ADMITTED' ORDER BY id LIMIT 1");
    const id = Number(row.id);
    const [before]: { nature: string | null; divisionCode: string }[] = await db.query(
      'SELECT nature, divisionCode FROM institution WHERE id = ?',
      [id],
    );
    const cats: { categoryCode: string; position: number }[] = await db.query(
      'SELECT categoryCode, position FROM institution_main_category WHERE institutionId = ? ORDER BY position',
      [id],
    );
    const move = (nature: string | null, divisionCode: string, categories: string[]) =>
      db.transaction(async (em) => {
        await em.query('UPDATE institution SET nature = ?, divisionCode = ? WHERE id = ?', [nature, divisionCode, id]);
        await em.query('DELETE FROM institution_main_category WHERE institutionId = ?', [id]);
        for (const [position, code] of categories.entries())
          await em.query('INSERT INTO institution_main_category (institutionId, categoryCode, position) VALUES (?, ?, ?)', [
            id,
            code,
            position,
          ]);
        await RegistryIndex.refresh(em, [id]);
      });
    const [{ code: county }]: { code: string }[] = await db.query(
      "SELECT code FROM division WHERE code LIKE '1308%' AND code <> '130800' AND level = 'COUNTY' ORDER BY code LIMIT 1",
    );
    await move(before.nature === 'PUBLIC_WELFARE' ? 'MARKET' : 'PUBLIC_WELFARE', county, ['FINANCING', 'TESTING_INSPECTION']);
    try {
      for (const text of ['检验', '检验检测', '检测']) {
        expect(await viaApi({ text })).toEqual(await truth(text));
        expect(await viaApi({ text, divisionCode: '130800' })).toEqual(await truth(text, '1308'));
      }
      const stale: { n: number }[] = await db.query(
        'SELECT COUNT(*) AS n FROM search_gram g INNER JOIN registry_entry e ON e.institutionId = g.institutionId WHERE g.divisionCode <> e.divisionCode OR g.nature <> e.nature OR g.categories <> e.categories',
      );
      expect(Number(stale[0].n)).toBe(0);
    } finally {
      await move(
        before.nature,
        before.divisionCode,
        cats.map((c) => c.categoryCode),
      );
    }
  });

  it('the products loader (plain rows) answers what TypeORM find answers, value for value', async () => {
    const db = api.services.db;
    const owners: { institutionId: number }[] = await db.query('SELECT DISTINCT institutionId FROM service_product ORDER BY institutionId');
    const ids = [...owners.map((o) => Number(o.institutionId)), 999_999];
    const viaFind = await db.getRepository(ServiceProduct).find({
      where: { institutionId: In(ids), published: true },
      order: { institutionId: 'ASC', id: 'ASC' },
    });
    expect(viaFind.length).toBeGreaterThan(0);
    const viaLoader = (await createServiceLoaders(db).publishedProductsByInstitution.loadMany(ids)).flat();
    expect(viaLoader).toEqual(viaFind);
    expect(viaLoader.every((p) => p instanceof ServiceProduct && p.published === true && p.createdAt instanceof Date)).toBe(true);
  });

  it('stays exact under concurrent admissions and removals (facet counts kept in the writing transactions)', async () => {
    const db = api.services.db;
    const applicants: { id: number }[] = await db.query(
      "SELECT id FROM institution WHERE registryStatus = 'APPLICANT' ORDER BY id LIMIT 16",
    );
    const leaving: { id: number }[] = await db.query(
      "SELECT id FROM institution WHERE registryStatus = 'ADMITTED' ORDER BY id DESC LIMIT 6",
    );
    expect(applicants.length).toBeGreaterThan(4);
    const change = (id: number, status: RegistryStatus) =>
      db.transaction(async (em) => {
        await em.query('UPDATE institution SET registryStatus = ?, admittedOn = ? WHERE id = ?', [
          status,
          status === RegistryStatus.ADMITTED ? '2026-11-30' : null,
          id,
        ]);
        await RegistryIndex.refresh(em, [id]);
      });
    await Promise.all([
      ...applicants.map((a) => change(Number(a.id), RegistryStatus.ADMITTED)),
      ...leaving.map((r) => change(Number(r.id), RegistryStatus.REMOVED)),
    ]);
    expect(await viaApi({})).toEqual(await truth());
    expect(await viaApi({ divisionCode: '130800' })).toEqual(await truth(undefined, '1308'));
    // No entry for an institution that is not admitted; every count row equals the entries it counts.
    const [{ n: stray }] = await db.query(
      "SELECT COUNT(*) AS n FROM registry_entry e INNER JOIN institution i ON i.id = e.institutionId WHERE i.registryStatus <> 'ADMITTED'",
    );
    expect(Number(stray)).toBe(0);
    // Every gram row carries its entry's facet key, and no gram row is left without an entry.
    const [{ n: staleGrams }] = await db.query(
      'SELECT COUNT(*) AS n FROM search_gram g LEFT JOIN registry_entry e ON e.institutionId = g.institutionId WHERE e.institutionId IS NULL OR g.divisionCode <> e.divisionCode OR g.nature <> e.nature OR g.categories <> e.categories',
    );
    expect(Number(staleGrams)).toBe(0);
    type Row = { divisionCode: string; nature: string; categories: string };
    const cells: (Row & { n: number })[] = await db.query(
      "SELECT divisionCode, nature, categories, n FROM registry_facet WHERE divisionCode <> '*' AND divisionCode NOT LIKE 'C%'",
    );
    const province: (Row & { n: number })[] = await db.query(
      "SELECT divisionCode, nature, categories, n FROM registry_facet WHERE divisionCode = '*'",
    );
    const entries: Row[] = await db.query('SELECT divisionCode, nature, categories FROM registry_entry');
    // Count rows key the set of categories (sorted); entries keep the institution's order.
    const key = (r: Row) => `${r.divisionCode}|${r.nature}|${r.categories.split(',').filter(Boolean).sort().join(',')}`;
    const fromCells = new Map<string, number>();
    for (const c of cells) fromCells.set(key(c), (fromCells.get(key(c)) ?? 0) + Number(c.n));
    const fromEntries = new Map<string, number>();
    for (const e of entries) fromEntries.set(key(e), (fromEntries.get(key(e)) ?? 0) + 1);
    for (const [k, n] of fromCells) if (n === 0) fromCells.delete(k);
    expect(Object.fromEntries(fromCells)).toEqual(Object.fromEntries(fromEntries));
    // The province roll-up equals the sum over the counties.
    const rollup = (rows: (Row & { n?: number })[]) => {
      const m = new Map<string, number>();
      for (const r of rows) m.set(key({ ...r, divisionCode: '*' }), (m.get(key({ ...r, divisionCode: '*' })) ?? 0) + Number(r.n ?? 1));
      for (const [k, n] of m) if (n === 0) m.delete(k);
      return Object.fromEntries(m);
    };
    expect(rollup(province)).toEqual(rollup(entries));
    // Each city's roll-up (C + the city's code) equals the sum over its jurisdiction: the city and its children.
    const cityCells: (Row & { n: number })[] = await db.query(
      "SELECT divisionCode, nature, categories, n FROM registry_facet WHERE divisionCode LIKE 'C%' AND n <> 0",
    );
    const withCity: Row[] = await db.query(
      "SELECT CASE WHEN d.level = 'CITY' THEN d.code ELSE d.parentCode END AS divisionCode, e.nature, e.categories FROM registry_entry e INNER JOIN division d ON d.code = e.divisionCode WHERE d.level <> 'PROVINCE'",
    );
    const byCity = (rows: (Row & { n?: number })[]) => {
      const m = new Map<string, number>();
      for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + Number(r.n ?? 1));
      return Object.fromEntries(m);
    };
    expect(cityCells.length).toBeGreaterThan(0);
    expect(byCity(cityCells.map((c) => ({ ...c, divisionCode: c.divisionCode.slice(1) })))).toEqual(byCity(withCity));
  });
});
