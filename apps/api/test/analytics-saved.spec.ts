import ExcelJS from 'exceljs';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { RUN } from './analytics-support';
import { engines, errorCode, startTestApi, TestApi } from './harness';

const SAVE = `mutation Save($input: SaveAnalyticsQueryInput!) {
  saveAnalyticsQuery(input: $input) { id name description shared dataset datasetLabel definition chart { type x series measure } explanation ownerName mine system lastRunAt version }
}`;
const LIST = `query($filter: SavedAnalyticsQueryFilter, $first: Int, $after: String) {
  savedAnalyticsQueries(filter: $filter, first: $first, after: $after) { totalCount edges { node { id name shared mine system ownerName lastRunAt } } pageInfo { hasNextPage endCursor } }
}`;
const GET = 'query($id: ID!) { savedAnalyticsQuery(id: $id) { id name definition version lastRunAt } }';
const DELETE = 'mutation($id: ID!, $version: Int!) { deleteAnalyticsQuery(id: $id, version: $version) }';
const DASHBOARD = `query { analyticsDashboard { id key title cards { id title width chart { type x series measure } query { id name definition system } } } }`;
const ADD_CARD = 'mutation($input: DashboardCardInput!) { addDashboardCard(input: $input) { cards { id title query { id } } } }';
const REMOVE_CARD = 'mutation($id: ID!) { removeDashboardCard(id: $id) { cards { id } } }';

const PER_CITY_MONTH = {
  dataset: 'bookings',
  groupBy: [
    { field: 'divisionCode', level: 'CITY' },
    { field: 'requestDate', granularity: 'MONTH' },
  ],
  measures: [{ aggregate: 'COUNT' }, { aggregate: 'AVG', field: 'rating' }],
};

describe.each(engines())('saved queries, dashboards and exports on %s', (engine) => {
  let api: TestApi;
  let analyst: string;
  let province: string;
  let chengde: string;
  let baseUrl: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    [analyst, province, chengde] = await Promise.all([api.login('analyst'), api.login('province'), api.login('chengde')]);
    baseUrl = api.url.replace(/\/graphql$/, '');
  });
  afterAll(() => api.close());

  const audits = (action: string) => api.services.db.getRepository(AuditLog).count({ where: { action } });

  describe('saved queries', () => {
    let shared: { id: string; version: number };

    it('saves a shared query with its chart; the definition comes back as given, explained in Chinese', async () => {
      const before = await audits('SAVE_ANALYTICS_QUERY');
      const { saveAnalyticsQuery: q } = await api.ok(
        SAVE,
        {
          input: {
            name: '各市各月预约与平均评分',
            description: '分析人员测试',
            shared: true,
            query: PER_CITY_MONTH,
            chart: { type: 'LINE', x: 'requestDate.month', series: 'divisionCode.city', measure: 'count' },
          },
        },
        analyst,
      );
      expect(q).toMatchObject({
        shared: true,
        mine: true,
        system: false,
        ownerName: '政策研究室',
        dataset: 'bookings',
        datasetLabel: '服务预约',
        version: 1,
      });
      expect(q.definition).toEqual(PER_CITY_MONTH);
      expect(q.chart).toEqual({ type: 'LINE', x: 'requestDate.month', series: 'divisionCode.city', measure: 'count' });
      expect(q.explanation).toBe('从“服务预约”中取全部预约；按所在地区（市级）、提交日期（按月）汇总，计算预约数、评分平均值。');
      expect(await audits('SAVE_ANALYTICS_QUERY')).toBe(before + 1);
      shared = { id: q.id, version: q.version };
    });

    it('a shared query is open to every officer, and always runs in the runner’s own scope', async () => {
      const list = await api.ok(LIST, { filter: { scope: 'SHARED' } }, chengde);
      const found = list.savedAnalyticsQueries.edges.find((e: any) => e.node.id === shared.id);
      expect(found.node).toMatchObject({ mine: false, ownerName: '政策研究室' });
      const { savedAnalyticsQuery } = await api.ok(GET, { id: shared.id }, chengde);
      const mine = await api.ok(RUN, { q: savedAnalyticsQuery.definition, saved: shared.id }, chengde);
      const all = await api.ok(RUN, { q: savedAnalyticsQuery.definition }, province);
      const cities = (rows: unknown[][]) => [...new Set(rows.map((r) => r[0]))].sort();
      expect(cities(mine.runAnalyticsQuery.rows)).toEqual(['130800']);
      expect(cities(all.runAnalyticsQuery.rows)).toEqual(expect.arrayContaining(['130600', '130800']));
      // The run is stamped on the saved query.
      expect((await api.ok(GET, { id: shared.id }, analyst)).savedAnalyticsQuery.lastRunAt).toBe(new Date(api.clock.now()).toISOString());
    });

    it('a private query is nobody else’s: it answers like a missing id', async () => {
      const { saveAnalyticsQuery: mine } = await api.ok(
        SAVE,
        { input: { name: '私有查询', shared: false, query: { dataset: 'institutions' } } },
        analyst,
      );
      expect(errorCode(await api.gql(GET, { id: mine.id }, province))).toBe('NOT_FOUND');
      expect(errorCode(await api.gql(GET, { id: '99999' }, province))).toBe('NOT_FOUND');
      const list = await api.ok(LIST, {}, province);
      expect(list.savedAnalyticsQueries.edges.some((e: any) => e.node.id === mine.id)).toBe(false);
      // The system queries behind the dashboard are shared with everyone.
      expect(list.savedAnalyticsQueries.edges.filter((e: any) => e.node.system).length).toBeGreaterThanOrEqual(6);
      const mineOnly = await api.ok(LIST, { filter: { scope: 'MINE' } }, analyst);
      expect(mineOnly.savedAnalyticsQueries.edges.every((e: any) => e.node.mine)).toBe(true);
    });

    it('edits are compare-and-set and owner-only; what is saved must be a valid query', async () => {
      const input = { id: shared.id, version: shared.version, name: '各市各月预约（已改名）', shared: true, query: PER_CITY_MONTH };
      expect(errorCode(await api.gql(SAVE, { input }, province))).toBe('FORBIDDEN');
      const { saveAnalyticsQuery: edited } = await api.ok(SAVE, { input }, analyst);
      expect(edited).toMatchObject({ name: '各市各月预约（已改名）', version: 2 });
      expect(errorCode(await api.gql(SAVE, { input }, analyst))).toBe('CONFLICT');
      const invalid = await api.gql(
        SAVE,
        { input: { name: '坏查询', shared: false, query: { dataset: 'bookings', groupBy: [{ field: 'rating' }] } } },
        analyst,
      );
      expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
      expect(invalid.errors?.[0].extensions?.fields[0]).toMatchObject({ field: 'groupBy.0.field', code: 'NOT_A_DIMENSION' });
      expect(errorCode(await api.gql(SAVE, { input: { name: ' ', shared: false, query: { dataset: 'bookings' } } }, analyst))).toBe(
        'BAD_USER_INPUT',
      );
      shared.version = edited.version;
    });

    it('deletes the owner’s own query, with an audit row', async () => {
      const { saveAnalyticsQuery: q } = await api.ok(
        SAVE,
        { input: { name: '待删除', shared: false, query: { dataset: 'products' } } },
        analyst,
      );
      expect(errorCode(await api.gql(DELETE, { id: q.id, version: 1 }, province))).toBe('NOT_FOUND');
      expect(errorCode(await api.gql(DELETE, { id: q.id, version: 7 }, analyst))).toBe('CONFLICT');
      const before = await audits('DELETE_ANALYTICS_QUERY');
      expect((await api.ok(DELETE, { id: q.id, version: 1 }, analyst)).deleteAnalyticsQuery).toBe(true);
      expect(await audits('DELETE_ANALYTICS_QUERY')).toBe(before + 1);
      expect(errorCode(await api.gql(GET, { id: q.id }, analyst))).toBe('NOT_FOUND');
    });

    describe('the dashboard', () => {
      it('is the default cards for PROVINCE, CITY and ANALYST; each card runs in the viewer’s scope', async () => {
        const p = (await api.ok(DASHBOARD, {}, province)).analyticsDashboard;
        expect(p.cards.map((c: any) => c.chart.type)).toEqual(['HEAT_TABLE', 'STACKED_BAR', 'BAR', 'LINE', 'LINE', 'BAR']);
        for (const card of p.cards) {
          const r = (await api.ok(RUN, { q: card.query.definition, saved: card.query.id }, chengde)).runAnalyticsQuery;
          const cityColumn = r.columns.findIndex((c: any) => c.key === 'divisionCode.city');
          if (cityColumn >= 0) for (const row of r.rows) expect(row[cityColumn]).toBe('130800');
        }
        expect((await api.ok(DASHBOARD, {}, analyst)).analyticsDashboard.cards).toHaveLength(p.cards.length);
        expect(errorCode(await api.gql(DASHBOARD, {}, await api.login('pingquan')))).toBe('FORBIDDEN');
        expect(errorCode(await api.gql(DASHBOARD, {}, await api.login('enterprise')))).toBe('FORBIDDEN');
      });

      it('PROVINCE adds a shared query as a card; a card’s query cannot be deleted or made private; cards are removed', async () => {
        const { saveAnalyticsQuery: priv } = await api.ok(
          SAVE,
          { input: { name: '私有', shared: false, query: { dataset: 'institutions', groupBy: [{ field: 'nature' }] } } },
          province,
        );
        expect(errorCode(await api.gql(ADD_CARD, { input: { savedQueryId: priv.id } }, province))).toBe('ANALYTICS_QUERY_NOT_SHARED');
        expect(errorCode(await api.gql(ADD_CARD, { input: { savedQueryId: shared.id } }, analyst))).toBe('FORBIDDEN');
        const added = (await api.ok(ADD_CARD, { input: { savedQueryId: shared.id, title: '各市各月预约', width: 2 } }, province))
          .addDashboardCard;
        const card = added.cards[added.cards.length - 1];
        expect(card).toMatchObject({ title: '各市各月预约', query: { id: shared.id } });
        expect(errorCode(await api.gql(DELETE, { id: shared.id, version: shared.version }, analyst))).toBe('ANALYTICS_QUERY_IN_USE');
        const privateAgain = await api.gql(
          SAVE,
          { input: { id: shared.id, version: shared.version, name: 'x', shared: false, query: PER_CITY_MONTH } },
          analyst,
        );
        expect(errorCode(privateAgain)).toBe('ANALYTICS_QUERY_IN_USE');
        const removed = (await api.ok(REMOVE_CARD, { id: card.id }, province)).removeDashboardCard;
        expect(removed.cards.some((c: any) => c.id === card.id)).toBe(false);
        expect(errorCode(await api.gql(REMOVE_CARD, { id: card.id }, province))).toBe('NOT_FOUND');
        expect(await audits('ADD_DASHBOARD_CARD')).toBe(1);
        expect(await audits('REMOVE_DASHBOARD_CARD')).toBe(1);
      });
    });
  });

  describe('exports', () => {
    const post = (format: 'xlsx' | 'csv', body: unknown, token?: string) =>
      fetch(`${baseUrl}/api/exports/analytics.${format}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });

    it('streams .xlsx with Chinese headers and labels, masked like the screen, and announces its rows', async () => {
      const query = {
        dataset: 'institutions',
        columns: ['name', 'divisionCode', 'nature', 'category', 'contactPhone'],
        filter: { field: 'registryStatus', op: 'EQ', values: ['ADMITTED'] },
      };
      const res = await post('xlsx', { query }, analyst);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      expect(decodeURIComponent(res.headers.get('content-disposition')!)).toMatch(/数据分析-服务机构-\d{8}-\d{4}\.xlsx/);
      const rows = Number(res.headers.get('x-export-rows'));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      const sheet = wb.getWorksheet('查询结果')!;
      expect(sheet.getRow(1).values).toEqual([undefined, '单位名称', '所在地区', '服务性质', '主要服务方向', '联系电话']);
      expect(sheet.rowCount).toBe(rows + 1);
      const screen = (await api.ok(RUN, { q: query, first: 1 }, analyst)).runAnalyticsQuery.totalCount;
      expect(rows).toBe(screen);
      for (let i = 2; i <= sheet.rowCount; i++) {
        const [, , place, nature, , phone] = sheet.getRow(i).values as unknown[];
        expect(String(place)).toMatch(/[市区县]$/);
        expect(['公益性', '社会化', undefined]).toContain(nature);
        if (phone) expect(String(phone)).toMatch(/^\d{3}\*+\d{4}$/);
      }
      expect(wb.getWorksheet('查询说明')!.getRow(1).values).toEqual([undefined, '数据集', '服务机构']);
    });

    it('.xlsx cells are typed like the columns: dates as date cells, money as formatted numbers; the same values as the .csv', async () => {
      const query = {
        dataset: 'institutions',
        columns: ['name', 'admittedOn', 'totalAssets'],
        filter: { field: 'registryStatus', op: 'EQ', values: ['ADMITTED'] },
      };
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await (await post('xlsx', { query }, province)).arrayBuffer()) as never);
      const sheet = wb.getWorksheet('查询结果')!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const csv = Buffer.from(await (await post('csv', { query }, province)).arrayBuffer())
        .toString('utf8')
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(','));
      expect(sheet.rowCount).toBe(csv.length + 1);
      let dated = 0;
      for (let i = 2; i <= sheet.rowCount; i++) {
        const [name, admitted, assets] = [1, 2, 3].map((c) => sheet.getRow(i).getCell(c));
        const [csvName, csvAdmitted, csvAssets] = csv[i - 2];
        expect(name.value).toBe(csvName);
        if (csvAdmitted) {
          dated += 1;
          expect(admitted.value).toEqual(new Date(`${csvAdmitted}T00:00:00Z`));
          expect(admitted.numFmt).toBe('yyyy-mm-dd');
        } else expect(admitted.value).toBeNull();
        if (csvAssets) {
          expect(assets.value).toBe(Number(csvAssets));
          expect(assets.numFmt).toBe('#,##0.00');
        } else expect(assets.value).toBeNull();
      }
      expect(dated).toBeGreaterThan(0);
    });

    it('streams .csv (UTF-8 with BOM) of a summary, with bucket labels and city names', async () => {
      const res = await post('csv', { query: PER_CITY_MONTH }, province);
      expect(res.status).toBe(200);
      const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
      expect(text.startsWith('\ufeff所在地区（市级）,提交日期（按月）,预约数,评分平均值（分）\r\n')).toBe(true);
      expect(text).toContain('承德市,2026年9月,1,5');
      expect(text.trim().split('\r\n')).toHaveLength(Number(res.headers.get('x-export-rows')) + 1);
    });

    it('refuses before the first byte: bad input, over the cost limit, wrong role, no login, broken JSON', async () => {
      const bad = await post(
        'xlsx',
        { query: { dataset: 'bookings', filter: { field: 'requestDate', op: 'EQ', values: ['2026-02-30'] } } },
        analyst,
      );
      expect(bad.status).toBe(400);
      expect((await bad.json()).error).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'filter.values.0', code: 'INVALID_DATE' }],
      });
      const shape = await post('csv', { query: { dataset: 'bookings', groupBy: 'requestDate' } }, analyst);
      expect((await shape.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'groupBy', code: 'INVALID_SHAPE' }] });
      const costly = await post(
        'csv',
        { query: { dataset: 'bookings', groupBy: [{ field: 'divisionCode' }, { field: 'requestDate', granularity: 'DAY' }] } },
        analyst,
      );
      expect((await costly.json()).error.code).toBe('ANALYTICS_COST_LIMIT_EXCEEDED');
      expect((await post('csv', { query: PER_CITY_MONTH }, await api.login('enterprise'))).status).toBe(403);
      expect((await post('csv', { query: PER_CITY_MONTH })).status).toBe(401);
      const broken = await post('csv', '{"query": ', analyst);
      expect(broken.status).toBe(400);
      expect((await broken.json()).error.code).toBe('BAD_USER_INPUT');
    });

    it('a statement stopped mid-way aborts the download instead of leaving a partial file', async () => {
      const analytics = api.services.analytics;
      const execute = analytics.execute.bind(analytics);
      const exports = api.services.analyticsExports;
      exports.chunkSize = 50;
      let calls = 0;
      // The first page is read before the headers; the second one fails after the file has started.
      analytics.execute = async (compiled) => {
        calls += 1;
        if (calls === 2) throw new Error('connection lost');
        return execute(compiled);
      };
      try {
        // Either the response never completes its headers or its body breaks off: in no case does a whole file arrive.
        const download = async () => (await post('csv', { query: { dataset: 'institutions', columns: ['name'] } }, province)).arrayBuffer();
        await expect(download()).rejects.toThrow();
        expect(calls).toBe(2);
      } finally {
        analytics.execute = execute;
        exports.chunkSize = 2000;
      }
    });
  });
});
