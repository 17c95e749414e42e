import { createOpenBatch, registerInstitution, review, submitEligibleApplication } from './factories';
import { engines, startTestApi, TestApi } from './harness';

/**
 * Issue #12 item 3: a new item in a review queue tells the bureau of that queue (Art. 8: county 初审 → city 推荐 →
 * province 审核), and each level's approval tells the applicant. Other bureaus hear nothing.
 */
const NOTICES = '{ myNotifications(first: 100) { edges { node { type title body subjectType subjectId } } } }';

describe.each(engines())('review queue notifications on %s', (engine) => {
  let api: TestApi;
  let batchId: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    batchId = await createOpenBatch(api, `队列通知批次-${engine}`);
  }, 300_000);
  afterAll(() => api.close());

  const about = async (username: string, id: string, token?: string): Promise<{ type: string; title: string; body: string }[]> =>
    (await api.ok(NOTICES, {}, token ?? (await api.freshLogin(username)))).myNotifications.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.subjectId === id)
      .map((n: any) => ({ type: n.type, title: n.title, body: n.body }));

  it('county on submission, city after 初审, province after 推荐; the applicant hears of each pass', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市队列通知测试有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    const queued = (queue: string) => ({
      type: 'APPLICATION_IN_QUEUE',
      title: `新的入库申请${queue}`,
      body: `测试服务机构有限公司的入库申请（队列通知批次-${engine}）已进入“${queue}”，请及时办理。`,
    });
    expect(await about('pingquan', id)).toEqual([queued('待初审')]);
    expect(await about('chengde', id)).toEqual([]);
    expect(await about('province', id)).toEqual([]);

    expect((await review(api, 'pingquan', id, 'APPROVE', '同意')).errors).toBeUndefined();
    expect(await about('chengde', id)).toEqual([queued('待推荐')]);
    expect(await about('baoding', id)).toEqual([]);
    expect(await about('', id, inst.token)).toEqual([
      { type: 'APPLICATION_PASSED', title: '入库申请已通过县级审核', body: '您的入库申请已通过县级初审，已报送市级主管部门推荐。' },
    ]);

    expect((await review(api, 'chengde', id, 'APPROVE', '同意推荐')).errors).toBeUndefined();
    expect(await about('province', id)).toEqual([queued('待审核')]);
    expect((await review(api, 'province', id, 'APPROVE', '同意')).errors).toBeUndefined();
    // Approved by the province: no queue left (publication into the notice tells the applicant on its own).
    expect(await about('province', id)).toEqual([queued('待审核')]);
    expect((await about('', id, inst.token)).map((n) => n.title).sort()).toEqual(
      ['入库申请已通过县级审核', '入库申请已通过市级审核', '入库申请已通过省级审核'].sort(),
    );
    // Every pass is in the same transaction as its review: one notice per level, none twice.
    const rows = await api.services.db.query(
      "SELECT type, COUNT(*) AS n FROM user_notification WHERE subjectId = ? AND type IN ('APPLICATION_IN_QUEUE', 'APPLICATION_PASSED') GROUP BY type ORDER BY type",
      [Number(id)],
    );
    expect(rows.map((r: any) => [r.type, Number(r.n)])).toEqual([
      ['APPLICATION_IN_QUEUE', 3],
      ['APPLICATION_PASSED', 3],
    ]);
  });

  it('a resubmission after a return says so; 定州 (no county step) goes straight to its own bureau', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市重新提交通知测试有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    expect((await review(api, 'pingquan', id, 'RETURN', '请补充服务人员的社保证明材料')).errors).toBeUndefined();
    await api.ok('mutation($id: ID!) { submitApplication(id: $id) { status } }', { id }, inst.token);
    expect((await about('pingquan', id)).map((n) => n.body).sort()).toEqual(
      [
        `测试服务机构有限公司的入库申请（队列通知批次-${engine}）已进入“待初审”，请及时办理。`,
        `测试服务机构有限公司的入库申请（队列通知批次-${engine}）退回修改后重新提交，已进入“待初审”，请及时办理。`,
      ].sort(),
    );

    const dz = await registerInstitution(api, '130682', '定州市队列通知测试有限公司');
    const dzId = await submitEligibleApplication(api, dz.token, batchId);
    const dingzhou = await api.services.db.query("SELECT username FROM user_account WHERE role = 'CITY' AND divisionCode = '130682'");
    if (dingzhou.length) expect((await about(dingzhou[0].username, dzId)).map((n) => n.type)).toEqual(['APPLICATION_IN_QUEUE']);
    expect(await about('pingquan', dzId)).toEqual([]);
    expect(await about('baoding', dzId)).toEqual([]);
  });
});
