import { createOpenBatch, registerInstitution, review, submitEligibleApplication, VERSION } from './factories';
import { engines, errorCode, startTestApi, TestApi } from './harness';

/** Issue #12 item 5: the applicant withdraws a submitted application until the county acts. */
const WITHDRAW = 'mutation($id: ID!, $v: Int!) { withdrawApplication(id: $id, expectedVersion: $v) { id status version allowedActions } }';
const DETAIL = 'query($id: ID!) { application(id: $id) { status version allowedActions timeline { type fromStatus toStatus } } }';
const QUEUE = '{ applications(first: 100, filter: { queue: PENDING_COUNTY }) { edges { node { id } } } }';
const NOTICES = '{ myNotifications(first: 50) { edges { node { type title body subjectType subjectId } } } }';

describe.each(engines())('withdrawing an application on %s', (engine) => {
  let api: TestApi;
  let batchId: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    batchId = await createOpenBatch(api, `撤回测试批次-${engine}`);
  }, 300_000);
  afterAll(() => api.close());

  const rows = async (id: string) => [
    await api.services.db.query('SELECT status, version FROM application WHERE id = ?', [Number(id)]),
    await api.services.db.query('SELECT COUNT(*) AS n FROM application_event WHERE applicationId = ?', [Number(id)]),
    await api.services.db.query("SELECT COUNT(*) AS n FROM audit_log WHERE action NOT LIKE 'LOGIN%'"),
  ];

  it('goes back to a draft, leaves the county queue, is on the timeline and audited, and the county is told', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市撤回申请测试有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    const county = await api.freshLogin('pingquan');
    expect((await api.ok(QUEUE, {}, county)).applications.edges.map((e: any) => e.node.id)).toContain(id);
    const before = (await api.ok(DETAIL, { id }, inst.token)).application;
    expect(before).toMatchObject({ status: 'SUBMITTED', allowedActions: ['WITHDRAW'] });

    // A stale version (the applicant's page was old) is a CONFLICT and writes nothing.
    const state = await rows(id);
    expect(errorCode(await api.gql(WITHDRAW, { id, v: before.version - 1 }, inst.token))).toBe('CONFLICT');
    expect(await rows(id)).toEqual(state);

    const withdrawn = (await api.ok(WITHDRAW, { id, v: before.version }, inst.token)).withdrawApplication;
    expect(withdrawn).toMatchObject({ status: 'DRAFT', version: before.version + 1 });
    expect(withdrawn.allowedActions).toEqual(['EDIT', 'DELETE', 'SUBMIT']);
    const after = (await api.ok(DETAIL, { id }, inst.token)).application;
    expect(after.timeline.at(-1)).toEqual({ type: 'WITHDRAW', fromStatus: 'SUBMITTED', toStatus: 'DRAFT' });
    expect((await api.ok(QUEUE, {}, county)).applications.edges.map((e: any) => e.node.id)).not.toContain(id);
    // A draft is not the officers' business: the county now gets the same answer as for a missing id.
    expect(errorCode(await api.gql(DETAIL, { id }, county))).toBe('NOT_FOUND');
    const notices = (await api.ok(NOTICES, {}, await api.freshLogin('pingquan'))).myNotifications.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.type === 'APPLICATION_WITHDRAWN' && n.subjectId === id);
    expect(notices).toEqual([
      {
        type: 'APPLICATION_WITHDRAWN',
        title: '入库申请已被申请人撤回',
        body: `测试服务机构有限公司撤回了撤回测试批次-${engine}的入库申请，该申请已移出待审核队列；申请人修改后可重新提交。`,
        subjectType: 'Application',
        subjectId: id,
      },
    ]);
    const audit = await api.services.db.query(
      "SELECT action FROM audit_log WHERE entityType = 'Application' AND entityId = ? ORDER BY id",
      [id],
    );
    expect(audit.map((r: any) => r.action).slice(-2)).toEqual(['SUBMIT_APPLICATION', 'WITHDRAW_APPLICATION']);

    // Editable and submittable again.
    expect(
      (await api.ok('mutation($id: ID!) { submitApplication(id: $id) { status } }', { id }, inst.token)).submitApplication.status,
    ).toBe('SUBMITTED');
  });

  it('is refused once the county has acted, for a draft, for another institution and for officers, writing nothing', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市撤回被拒测试有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    const other = await registerInstitution(api, '130881', '平泉市撤回旁观测试有限公司');
    const { version } = (await api.ok(VERSION, { id }, inst.token)).application;
    const state = await rows(id);
    const foreign = await api.gql(WITHDRAW, { id, v: version }, other.token);
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors![0].message).toBe((await api.gql(WITHDRAW, { id: '99999999', v: 1 }, other.token)).errors![0].message);
    expect(errorCode(await api.gql(WITHDRAW, { id, v: version }, await api.login('pingquan')))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(WITHDRAW, { id, v: version }))).toBe('UNAUTHENTICATED');
    expect(await rows(id)).toEqual(state);

    expect((await review(api, 'pingquan', id, 'APPROVE', '同意')).errors).toBeUndefined();
    const approved = (await api.ok(VERSION, { id }, inst.token)).application;
    const late = await api.gql(WITHDRAW, { id, v: approved.version }, inst.token);
    expect(errorCode(late)).toBe('INVALID_TRANSITION');
    expect(late.errors![0].message).toBe('当前状态为“待推荐”，审核部门已受理并作出审核，不能再撤回');
    expect((await api.ok(DETAIL, { id }, inst.token)).application.allowedActions).toEqual([]);

    const draft = (
      await api.ok(
        'mutation($b: ID!) { createApplication(batchId: $b) { id version } }',
        { b: await createOpenBatch(api, `撤回草稿批次-${engine}`) },
        inst.token,
      )
    ).createApplication;
    const refused = await api.gql(WITHDRAW, { id: draft.id, v: draft.version }, inst.token);
    expect(refused.errors![0].message).toBe('当前状态为“草稿”，申请尚未提交，无需撤回');
  });
});
