import {
  applicationInNotice,
  createOpenBatch,
  ELIGIBLE_FORM,
  PDF,
  registerInstitution,
  REVIEW,
  solvedCaptcha,
  submitEligibleApplication,
  upload,
  VERSION,
} from '../factories';
import { engines, errorCode, GqlResult, startTestApi, TestApi } from '../harness';
import { auditActions, tally } from './lib/db';

/**
 * Issue #8: 100 parallel identical requests for every compare-and-set state change — exactly one wins, the others
 * are told why (CONFLICT, or the state that the winner left), and the change is recorded once.
 * (30 parallel logins and 30 parallel objections are in auth.spec.ts and rate-limits.spec.ts.)
 */
const N = 100;

async function race(n: number, call: () => Promise<GqlResult>): Promise<Record<string, number>> {
  const results = await Promise.all(Array.from({ length: n }, call));
  return tally(results.map(errorCode));
}

/** One winner; every loser got one of `allowed` (typed, never internal). */
function expectOneWinner(outcome: Record<string, number>, ...allowed: string[]) {
  const { OK, ...losers } = outcome;
  expect({ OK }).toEqual({ OK: 1 });
  for (const code of Object.keys(losers)) expect(allowed).toContain(code);
}

const BOOK = 'mutation($i: BookServiceInput!) { bookService(input: $i) { id } }';
const ACCEPT = 'mutation($id: ID!) { acceptBooking(id: $id) { id status } }';
const DECLINE = 'mutation($id: ID!) { declineBooking(id: $id, input: { reason: "并发测试" }) { id status } }';
const COMPLETE = 'mutation($id: ID!) { completeBooking(id: $id) { id status } }';
const CANCEL = 'mutation($id: ID!) { cancelBooking(id: $id) { id status } }';
const RATE = 'mutation($id: ID!) { rateBooking(id: $id, input: { rating: 5 }) { id rating } }';
const PRODUCT = 'mutation($i: ServiceProductInput!) { createServiceProduct(input: $i) { id } }';

describe.each(engines())('races on %s', (engine) => {
  let api: TestApi;
  let province: string;
  let owner: string;
  let enterprise: string;
  let productId: string;
  beforeAll(async () => {
    api = await startTestApi(engine, { demoInstitutions: 5 });
    province = await api.login('province');
    owner = await api.login('institution');
    enterprise = await api.login('enterprise');
    productId = (
      await api.ok(
        PRODUCT,
        {
          i: {
            name: '并发测试产品',
            categoryCode: 'TESTING_INSPECTION',
            nature: 'FREE',
            content: '并发测试产品的服务内容',
            published: true,
          },
        },
        owner,
      )
    ).createServiceProduct.id;
  }, 300_000);
  afterAll(() => api.close());

  const book = async () =>
    (await api.ok(BOOK, { i: { productId, need: '并发测试的预约需求', contactPerson: '联系人', contactPhone: '13800000000' } }, enterprise))
      .bookService.id as string;
  const audits = (action: string, id: string) => auditActions(api, 'action = ? AND entityId = ?', [action, id]);

  it('reviewApplication: one reviewer wins, one timeline event', async () => {
    const batchId = await createOpenBatch(api, `并发审核批次-${engine}`);
    const inst = await registerInstitution(api, '130881', '平泉市并发审核百次测试有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    const county = await api.login('pingquan');
    const { version } = (await api.ok(VERSION, { id }, county)).application;
    const outcome = await race(N, () =>
      api.gql(REVIEW, { i: { applicationId: id, expectedVersion: version, action: 'APPROVE', opinion: '同意' } }, county),
    );
    expectOneWinner(outcome, 'CONFLICT', 'INVALID_TRANSITION');
    expect(await audits('REVIEW_APPROVE', id)).toEqual({ REVIEW_APPROVE: 1 });
    const [row] = await api.services.db.query("SELECT COUNT(*) AS n FROM application_event WHERE applicationId = ? AND type = 'APPROVE'", [
      Number(id),
    ]);
    expect(Number(row.n)).toBe(1);
    expect((await api.ok(VERSION, { id }, county)).application).toEqual({ version: version + 1, status: 'COUNTY_APPROVED' });
  });

  it('reviewApplications: two bulk calls over overlapping ids, 100 at once: every item reviewed once, nothing half-written', async () => {
    const BULK = 'mutation($i: BulkReviewInput!) { reviewApplications(input: $i) { id status } }';
    const batchId = await createOpenBatch(api, `并发批量审核批次-${engine}`);
    const ids: string[] = [];
    for (const n of ['甲', '乙', '丙']) {
      const inst = await registerInstitution(api, '130881', `平泉市并发批量审核${n}测试有限公司`);
      ids.push(await submitEligibleApplication(api, inst.token, batchId));
    }
    const county = await api.login('pingquan');
    const versions = new Map<string, number>();
    for (const id of ids) versions.set(id, (await api.ok(VERSION, { id }, county)).application.version);
    const items = (chosen: string[]) => chosen.map((applicationId) => ({ applicationId, expectedVersion: versions.get(applicationId)! }));
    const [a, b, c] = ids;
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        api.gql(BULK, { i: { items: items(i % 2 ? [a, b] : [c, b]), action: 'APPROVE', opinion: '同意（批量）' } }, county),
      ),
    );
    // b is in every call: exactly one call wins; every loser is told which item stopped it.
    expectOneWinner(tally(results.map(errorCode)), 'CONFLICT', 'INVALID_TRANSITION');
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0].message).toMatch(/^“.+”：.+；整批未生效$/);
    const won = results.find((r) => !r.errors)!.data!.reviewApplications.map((x: { id: string }) => x.id) as string[];
    for (const id of ids) {
      const reviewed = won.includes(id);
      expect(await audits('REVIEW_APPROVE', id)).toEqual(reviewed ? { REVIEW_APPROVE: 1 } : {});
      const [row] = await api.services.db.query(
        "SELECT COUNT(*) AS n FROM application_event WHERE applicationId = ? AND type = 'APPROVE'",
        [Number(id)],
      );
      expect(Number(row.n)).toBe(reviewed ? 1 : 0);
      expect((await api.ok(VERSION, { id }, county)).application).toEqual(
        reviewed ? { version: versions.get(id)! + 1, status: 'COUNTY_APPROVED' } : { version: versions.get(id)!, status: 'SUBMITTED' },
      );
    }
  });

  it('withdrawApplication: one withdrawal; withdraw against the county approving: exactly one wins', async () => {
    const batchId = await createOpenBatch(api, `并发撤回批次-${engine}`);
    const inst = await registerInstitution(api, '130881', '平泉市并发撤回测试有限公司');
    const WITHDRAW = 'mutation($id: ID!, $v: Int!) { withdrawApplication(id: $id, expectedVersion: $v) { status } }';
    const id = await submitEligibleApplication(api, inst.token, batchId);
    const { version } = (await api.ok(VERSION, { id }, inst.token)).application;
    expectOneWinner(await race(N, () => api.gql(WITHDRAW, { id, v: version }, inst.token)), 'CONFLICT', 'INVALID_TRANSITION');
    expect(await audits('WITHDRAW_APPLICATION', id)).toEqual({ WITHDRAW_APPLICATION: 1 });

    const contested = await submitEligibleApplication(api, inst.token, await createOpenBatch(api, `并发撤回审核批次-${engine}`));
    const county = await api.login('pingquan');
    const v = (await api.ok(VERSION, { id: contested }, county)).application.version;
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        i % 2
          ? api.gql(WITHDRAW, { id: contested, v }, inst.token)
          : api.gql(REVIEW, { i: { applicationId: contested, expectedVersion: v, action: 'APPROVE', opinion: '同意' } }, county),
      ),
    );
    // A county approval that arrives after the withdrawal meets a draft, which officers cannot see: NOT_FOUND.
    expectOneWinner(tally(results.map(errorCode)), 'CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND');
    const winner = 'withdrawApplication' in results.find((r) => !r.errors)!.data! ? 'WITHDRAW' : 'APPROVE';
    const after = (await api.ok(VERSION, { id: contested }, inst.token)).application;
    expect(after).toEqual({ version: v + 1, status: winner === 'WITHDRAW' ? 'DRAFT' : 'COUNTY_APPROVED' });
    const events = await api.services.db.query(
      "SELECT type FROM application_event WHERE applicationId = ? AND type IN ('WITHDRAW', 'APPROVE')",
      [Number(contested)],
    );
    expect(events.map((e: { type: string }) => e.type)).toEqual([winner]);
  });

  it('submitApplication and deleteApplication: one each', async () => {
    const batchId = await createOpenBatch(api, `并发提交批次-${engine}`);
    const inst = await registerInstitution(api, '130881', '平泉市并发提交测试有限公司');
    const id = (await api.ok('mutation($b: ID!) { createApplication(batchId: $b) { id } }', { b: batchId }, inst.token)).createApplication
      .id;
    await api.ok(
      'mutation($id: ID!, $i: ApplicationInput!) { saveApplication(id: $id, input: $i) { id } }',
      { id, i: ELIGIBLE_FORM },
      inst.token,
    );
    for (let slot = 1; slot <= 11; slot++) expect((await upload(api, inst.token, id, slot, PDF)).status).toBe(201);
    const submitted = await race(N, () => api.gql('mutation($id: ID!) { submitApplication(id: $id) { status } }', { id }, inst.token));
    expectOneWinner(submitted, 'CONFLICT', 'NOT_EDITABLE');
    expect(await audits('SUBMIT_APPLICATION', id)).toEqual({ SUBMIT_APPLICATION: 1 });

    const other = await createOpenBatch(api, `并发删除批次-${engine}`);
    const draft = (await api.ok('mutation($b: ID!) { createApplication(batchId: $b) { id } }', { b: other }, inst.token)).createApplication
      .id;
    const deleted = await race(N, () => api.gql('mutation($id: ID!) { deleteApplication(id: $id) }', { id: draft }, inst.token));
    expectOneWinner(deleted, 'NOT_FOUND', 'NOT_EDITABLE', 'CONFLICT');
    expect(await audits('DELETE_APPLICATION', draft)).toEqual({ DELETE_APPLICATION: 1 });
  });

  it('acceptBooking, declineBooking, completeBooking and rateBooking: one each', async () => {
    const accepted = await book();
    expectOneWinner(await race(N, () => api.gql(ACCEPT, { id: accepted }, owner)), 'CONFLICT', 'BOOKING_INVALID_STATE');
    expect(await audits('ACCEPT_BOOKING', accepted)).toEqual({ ACCEPT_BOOKING: 1 });

    const declined = await book();
    expectOneWinner(await race(N, () => api.gql(DECLINE, { id: declined }, owner)), 'CONFLICT', 'BOOKING_INVALID_STATE');
    expect(await audits('DECLINE_BOOKING', declined)).toEqual({ DECLINE_BOOKING: 1 });

    expectOneWinner(await race(N, () => api.gql(COMPLETE, { id: accepted }, owner)), 'CONFLICT', 'BOOKING_INVALID_STATE');
    expect(await audits('COMPLETE_BOOKING', accepted)).toEqual({ COMPLETE_BOOKING: 1 });

    expectOneWinner(await race(N, () => api.gql(RATE, { id: accepted }, enterprise)), 'CONFLICT', 'BOOKING_ALREADY_RATED');
    expect(await audits('RATE_BOOKING', accepted)).toEqual({ RATE_BOOKING: 1 });
    const [row] = await api.services.db.query('SELECT version FROM service_booking WHERE id = ?', [Number(accepted)]);
    expect(Number(row.version)).toBe(4);
  });

  it('cancelBooking: one cancellation; cancel against accept: exactly one of them wins', async () => {
    const cancelled = await book();
    expectOneWinner(await race(N, () => api.gql(CANCEL, { id: cancelled }, enterprise)), 'CONFLICT', 'BOOKING_INVALID_STATE');
    expect(await audits('CANCEL_BOOKING', cancelled)).toEqual({ CANCEL_BOOKING: 1 });

    const contested = await book();
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        i % 2 ? api.gql(CANCEL, { id: contested }, enterprise) : api.gql(ACCEPT, { id: contested }, owner),
      ),
    );
    expectOneWinner(tally(results.map(errorCode)), 'CONFLICT', 'BOOKING_INVALID_STATE');
    const [row] = await api.services.db.query('SELECT status, version FROM service_booking WHERE id = ?', [Number(contested)]);
    const won = results.find((r) => !r.errors)!.data!;
    const status = 'cancelBooking' in won ? 'CANCELLED' : 'ACCEPTED';
    expect({ status: row.status, version: Number(row.version) }).toEqual({ status, version: 2 });
    const trail = await auditActions(api, "entityId = ? AND action IN ('CANCEL_BOOKING', 'ACCEPT_BOOKING')", [contested]);
    expect(trail).toEqual(status === 'CANCELLED' ? { CANCEL_BOOKING: 1 } : { ACCEPT_BOOKING: 1 });
  });

  it('product updates: publishing happens once; concurrent edits never lose one', async () => {
    const id = (
      await api.ok(
        PRODUCT,
        { i: { name: '并发发布产品', categoryCode: 'BRAND', nature: 'FREE', content: '并发发布产品的服务内容', published: false } },
        owner,
      )
    ).createServiceProduct.id;
    const publish = await race(N, () =>
      api.gql('mutation($id: ID!) { setServiceProductPublished(id: $id, published: true) { published } }', { id }, owner),
    );
    // The first publishes; later ones find it published and change nothing; one reading the old row gets CONFLICT.
    for (const code of Object.keys(publish)) expect(['OK', 'CONFLICT']).toContain(code);
    expect(await audits('PUBLISH_SERVICE_PRODUCT', id)).toEqual({ PUBLISH_SERVICE_PRODUCT: 1 });
    const versionOf = async () =>
      Number((await api.services.db.query('SELECT version FROM service_product WHERE id = ?', [Number(id)]))[0].version);
    const published = await versionOf();

    const edits = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        api.gql(
          'mutation($id: ID!, $i: ServiceProductInput!) { updateServiceProduct(id: $id, input: $i) { version } }',
          { id, i: { name: `并发修改${i}`, categoryCode: 'BRAND', nature: 'FREE', content: '并发修改产品的服务内容' } },
          owner,
        ),
      ),
    );
    const outcome = tally(edits.map(errorCode));
    for (const code of Object.keys(outcome)) expect(['OK', 'CONFLICT']).toContain(code);
    // Every success is one compare-and-set step: versions and audit rows agree, nothing was overwritten unseen.
    expect(await versionOf()).toBe(published + outcome.OK);
    expect(await audits('UPDATE_SERVICE_PRODUCT', id)).toEqual({ UPDATE_SERVICE_PRODUCT: outcome.OK });
  });

  it('openBatch and closeBatch: one each', async () => {
    const id = (
      await api.ok(
        'mutation($i: BatchInput!) { createBatch(input: $i) { id } }',
        { i: { name: `并发开放批次-${engine}`, onlineDeadline: '2026-12-31', paperDeadline: '2027-01-05' } },
        province,
      )
    ).createBatch.id;
    expectOneWinner(
      await race(N, () => api.gql('mutation($id: ID!) { openBatch(id: $id) { status } }', { id }, province)),
      'CONFLICT',
      'INVALID_BATCH_STATE',
    );
    expect(await audits('OPEN_BATCH', id)).toEqual({ OPEN_BATCH: 1 });
    expectOneWinner(
      await race(N, () => api.gql('mutation($id: ID!) { closeBatch(id: $id) { status } }', { id }, province)),
      'CONFLICT',
      'INVALID_BATCH_STATE',
    );
    expect(await audits('CLOSE_BATCH', id)).toEqual({ CLOSE_BATCH: 1 });
  });

  it('用户管理: disabling, resetting and createOfficerAccount race to one winner each', async () => {
    const CREATE = 'mutation($i: CreateOfficerAccountInput!) { createOfficerAccount(input: $i) { account { id version } } }';
    const input = { username: `racer${engine}`, displayName: '并发测试县局', role: 'COUNTY', divisionCode: '130821' };
    expectOneWinner(await race(10, () => api.gql(CREATE, { i: input }, province)), 'BAD_USER_INPUT');
    const { managedAccounts } = await api.ok(
      'query($f: AccountFilter) { managedAccounts(filter: $f) { edges { node { id version } } } }',
      {
        f: { text: `racer${engine}` },
      },
      province,
    );
    const { id, version } = managedAccounts.edges[0].node;
    expect(await audits('CREATE_USER_ACCOUNT', id)).toEqual({ CREATE_USER_ACCOUNT: 1 });
    const ACTIVE = 'mutation($i: AccountActionInput!) { setAccountActive(input: $i, active: false) { version } }';
    expectOneWinner(await race(N, () => api.gql(ACTIVE, { i: { id, expectedVersion: version } }, province)), 'CONFLICT');
    expect(await audits('DISABLE_USER_ACCOUNT', id)).toEqual({ DISABLE_USER_ACCOUNT: 1 });
    const RESET = 'mutation($i: AccountActionInput!) { resetAccountPassword(input: $i) { oneTimePassword } }';
    expectOneWinner(await race(10, () => api.gql(RESET, { i: { id, expectedVersion: version + 1 } }, province)), 'CONFLICT');
    expect(await audits('RESET_USER_PASSWORD', id)).toEqual({ RESET_USER_PASSWORD: 1 });
  }, 180_000);

  it('本单位账号: two admins disabling each other leave one active admin; disabling one colleague wins once', async () => {
    const CREATE = 'mutation($i: CreateOrgAccountInput!) { createOrgAccount(input: $i) { oneTimePassword account { id version } } }';
    const ACTIVE = 'mutation($i: AccountActionInput!) { setOrgAccountActive(input: $i, active: false) { version } }';
    const LIST = '{ orgAccounts { edges { node { id username orgAdmin status version } } } }';
    const first = await registerInstitution(api, '130881', `平泉市并发双管理员${engine}有限公司`);
    const deputy = (await api.ok(CREATE, { i: { username: `raceadmin${engine}`, displayName: '并发副手', orgAdmin: true } }, first.token))
      .createOrgAccount;
    const deputyToken = (
      await api.ok('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
        u: `raceadmin${engine}`,
        p: deputy.oneTimePassword,
      })
    ).login.token;
    await api.ok(
      'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
      { i: { currentPassword: deputy.oneTimePassword, newPassword: 'Race#Deputy2026' } },
      deputyToken,
    );
    const second = await api.freshLogin(`raceadmin${engine}`, 'Race#Deputy2026');
    const rows = (await api.ok(LIST, {}, first.token)).orgAccounts.edges.map((e: { node: Record<string, any> }) => e.node);
    const a = rows.find((r: Record<string, any>) => r.username === first.username);
    const b = rows.find((r: Record<string, any>) => r.username === `raceadmin${engine}`);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, k) =>
        k % 2
          ? api.gql(ACTIVE, { i: { id: b.id, expectedVersion: b.version } }, first.token)
          : api.gql(ACTIVE, { i: { id: a.id, expectedVersion: a.version } }, second),
      ),
    );
    const outcome = tally(results.map(errorCode));
    expectOneWinner(outcome, 'CONFLICT', 'NOT_ORG_ADMIN', 'UNAUTHENTICATED');
    const [{ n }] = await api.services.db.query(
      'SELECT COUNT(*) AS n FROM user_account WHERE institutionId = (SELECT institutionId FROM user_account WHERE id = ?) AND orgAdmin = 1 AND active = 1',
      [Number(a.id)],
    );
    expect(Number(n)).toBe(1);
    expect(await auditActions(api, "action = 'DISABLE_USER_ACCOUNT' AND entityId IN (?, ?)", [a.id, b.id])).toEqual({
      DISABLE_USER_ACCOUNT: 1,
    });

    // The admin left disables one colleague from many tabs at once: one wins.
    const survivor = results.findIndex((r) => !r.errors) % 2 ? first.token : second;
    const mate = (await api.ok(CREATE, { i: { username: `racemate${engine}`, displayName: '并发同事' } }, survivor)).createOrgAccount
      .account;
    expectOneWinner(await race(N, () => api.gql(ACTIVE, { i: { id: mate.id, expectedVersion: mate.version } }, survivor)), 'CONFLICT');
    expect(await audits('DISABLE_USER_ACCOUNT', mate.id)).toEqual({ DISABLE_USER_ACCOUNT: 1 });
  }, 180_000);

  it('忘记密码: a request is approved once, however many officers click at once', async () => {
    const inst = await registerInstitution(api, '130881', `平泉市并发重置${engine}有限公司`);
    await api.ok('mutation($i: PasswordResetRequestInput!) { requestPasswordReset(input: $i) }', {
      i: { username: inst.username, uscc: inst.uscc, contactPhone: '13931400000', captcha: await solvedCaptcha(api) },
    });
    await api.services.passwordResets.settled();
    const [row] = await api.services.db.query(
      'SELECT r.id, r.version FROM password_reset_request r JOIN user_account u ON u.id = r.userId WHERE u.username = ?',
      [inst.username],
    );
    const id = String(row.id);
    const officers = await Promise.all(['province', 'chengde', 'pingquan'].map((u) => api.login(u)));
    const results = await Promise.all(
      Array.from({ length: N }, (_, k) =>
        k % 3 === 2
          ? api.gql(
              'mutation($i: RejectPasswordResetInput!) { rejectPasswordReset(input: $i) { status } }',
              { i: { id, expectedVersion: Number(row.version), reason: '并发驳回' } },
              officers[k % 3],
            )
          : api.gql(
              'mutation($i: AccountActionInput!) { approvePasswordReset(input: $i) { oneTimePassword } }',
              { i: { id, expectedVersion: Number(row.version) } },
              officers[k % 3],
            ),
      ),
    );
    expectOneWinner(tally(results.map(errorCode)), 'CONFLICT', 'ALREADY_DECIDED');
    const { REQUEST_PASSWORD_RESET, ...decided } = await auditActions(api, "entityType = 'PasswordResetRequest' AND entityId = ?", [id]);
    expect(REQUEST_PASSWORD_RESET).toBe(1);
    expect(Object.values(decided)).toEqual([1]);
  }, 180_000);

  it('updateBureauContact: the first edit is inserted once, a later edit wins once', async () => {
    const UPDATE = 'mutation($i: BureauContactInput!) { updateBureauContact(input: $i) { id version } }';
    const input = { divisionCode: '130821', contactPerson: '并发测试', contactPhone: '0314-3012345', address: '承德县并发测试路1号' };
    // Both the insert (the unique division decides) and the compare-and-set on its version.
    expectOneWinner(await race(N, () => api.gql(UPDATE, { i: { ...input, expectedVersion: 0 } }, province)), 'CONFLICT');
    const [{ id }] = await api.services.db.query('SELECT id FROM bureau_contact WHERE divisionCode = ?', ['130821']);
    expect(await audits('UPDATE_BUREAU_CONTACT', String(id))).toEqual({ UPDATE_BUREAU_CONTACT: 1 });
    expectOneWinner(
      await race(N, () => api.gql(UPDATE, { i: { ...input, contactPerson: '再次并发', expectedVersion: 1 } }, province)),
      'CONFLICT',
    );
    expect(await audits('UPDATE_BUREAU_CONTACT', String(id))).toEqual({ UPDATE_BUREAU_CONTACT: 2 });
  }, 180_000);

  it('publishNotice, resolveObjection and runAdmissionJob: once each', async () => {
    const appId = await applicationInNotice(api, `并发公示批次-${engine}`, '平泉市并发公示测试有限公司');
    const objection = (
      await api.ok('mutation($i: ObjectionInput!) { fileObjection(input: $i) { id } }', {
        i: {
          applicationId: appId,
          name: '并发',
          contact: '13800000000',
          content: '并发测试提出的异议内容说明。',
          captcha: await solvedCaptcha(api),
        },
      })
    ).fileObjection.id;
    const resolved = await race(N, () =>
      api.gql(
        'mutation($i: ResolveObjectionInput!) { resolveObjection(input: $i) { status } }',
        { i: { objectionId: objection, upheld: false, resolution: '不成立' } },
        province,
      ),
    );
    expectOneWinner(resolved, 'ALREADY_RESOLVED', 'CONFLICT');
    expect(await audits('DISMISS_OBJECTION', objection)).toEqual({ DISMISS_OBJECTION: 1 });

    // Another batch with two province-approved applications, published by 100 clicks at once.
    const batchId = await createOpenBatch(api, `并发发布公示批次-${engine}`);
    for (const name of ['平泉市并发发布甲有限公司', '平泉市并发发布乙有限公司']) {
      const inst = await registerInstitution(api, '130881', name);
      const id = await submitEligibleApplication(api, inst.token, batchId);
      for (const [user, opinion] of [
        ['pingquan', '同意'],
        ['chengde', '同意推荐'],
        ['province', '同意'],
      ]) {
        const token = await api.login(user);
        const { version } = (await api.ok(VERSION, { id }, token)).application;
        await api.ok(REVIEW, { i: { applicationId: id, expectedVersion: version, action: 'APPROVE', opinion } }, token);
      }
    }
    const published = await race(N, () => api.gql('mutation($b: ID!) { publishNotice(batchId: $b) { id } }', { b: batchId }, province));
    expectOneWinner(published, 'CONFLICT', 'NOTHING_TO_PUBLISH');
    const [notices] = await api.services.db.query('SELECT COUNT(*) AS n FROM public_notice WHERE batchId = ?', [Number(batchId)]);
    expect(Number(notices.n)).toBe(1);

    // After every notice period has ended, 100 admission runs at once admit each application exactly once.
    const admitEvents = async () =>
      Number((await api.services.db.query("SELECT COUNT(*) AS n FROM application_event WHERE type = 'ADMIT'"))[0].n);
    const before = await admitEvents();
    const saved = api.clock.now();
    api.clock.set('2027-02-01T02:00:00Z');
    try {
      const later = await api.freshLogin('province');
      const runs = await Promise.all(
        Array.from({ length: N }, () => api.gql<{ runAdmissionJob: number }>('mutation { runAdmissionJob }', {}, later)),
      );
      // The scheduler's lease lets one run at a time: the others answer JOB_RUNNING and write nothing.
      expect(new Set(runs.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code))).toEqual(
        new Set(runs.some((r) => r.errors) ? ['JOB_RUNNING'] : []),
      );
      expect(runs.filter((r) => !r.errors).length).toBeGreaterThanOrEqual(1);
      const admitted = runs.reduce((sum, r) => sum + (r.data?.runAdmissionJob ?? 0), 0);
      expect(admitted).toBe((await admitEvents()) - before);
      const [twice] = await api.services.db.query(
        "SELECT COUNT(*) AS n FROM (SELECT applicationId FROM application_event WHERE type = 'ADMIT' GROUP BY applicationId HAVING COUNT(*) > 1) t",
      );
      expect(Number(twice.n)).toBe(0);
      expect(admitted).toBeGreaterThanOrEqual(3);
    } finally {
      api.clock.set(saved);
    }
  });
});
