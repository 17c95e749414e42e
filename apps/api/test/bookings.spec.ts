import { makeUscc } from '@hebei/domain';
import { ProductNature, ServiceProduct } from '../src/modules/product/product.entity';
import { engines, errorCode, startTestApi, TEST_NOW, TestApi } from './harness';
import { signUpExtras } from './factories';
import { countRows, otherInstitutionAccount } from './service-fixtures';

const FIELDS = `id status productName requestDate responseDeadline responseDeadlineAt deadlineProvisional remainingWorkingDays
  overdue respondedOn respondedInTime responseNote rating ratingComment version
  institution { id name } enterprise { id name }`;
const BOOK = `mutation($input: BookServiceInput!) { bookService(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { booking(id: $id) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!, $note: String) { acceptBooking(id: $id, input: { note: $note }) { ${FIELDS} } }`;
const DECLINE = `mutation($id: ID!, $reason: String!) { declineBooking(id: $id, input: { reason: $reason }) { ${FIELDS} } }`;
const COMPLETE = `mutation($id: ID!) { completeBooking(id: $id) { ${FIELDS} } }`;
const RATE = `mutation($id: ID!, $rating: Int!, $comment: String) { rateBooking(id: $id, input: { rating: $rating, comment: $comment }) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id) { ${FIELDS} } }`;
const FLAG = 'mutation { flagOverdueBookings }';
const INBOX = `query($filter: BookingFilter, $after: String) { bookingInbox(first: 100, after: $after, filter: $filter) {
  totalCount edges { node { id status requestDate responseDeadline overdue respondedOn rating remainingWorkingDays } } pageInfo { hasNextPage endCursor } } }`;
const OVERDUE =
  'query($filter: OverdueBookingFilter) { overdueBookings(first: 100, filter: $filter) { totalCount edges { node { id divisionCode overdue } } } }';
const STATS = `query($filter: BookingStatisticsFilter) { bookingStatistics(first: 100, filter: $filter) {
  totalCount edges { node { institutionId institutionName divisionCode received responded respondedInTime overdue due onTimeRate averageRating ratingCount } } } }`;

const request = (productId: string, over: Record<string, unknown> = {}) => ({
  productId,
  need: '需要对一批齿轮轴做硬度检验，请告知送样要求。',
  contactPerson: '赵立新',
  contactPhone: '13831412345',
  preferredTime: '下周工作日上午',
  ...over,
});

describe.each(engines())('service bookings on %s', (engine) => {
  let api: TestApi;
  let demoId: string;
  let testingProductId: string;
  let draftProductId: string;

  /** Books the demo institution's 检验检测 product as the demo enterprise at the given instant. */
  async function bookAt(instant: string, productId = testingProductId) {
    api.clock.set(instant);
    return (await api.ok(BOOK, { input: request(productId) }, await api.freshLogin('enterprise'))).bookService;
  }
  const as = async (username: string) => api.freshLogin(username);
  /** The row and the audit trail apart from logins (every freshLogin writes one). */
  const changes = () => countRows(api, 'audit_log', "action NOT LIKE 'LOGIN%'");
  const snapshot = async (id: string) => [
    await api.services.db.query('SELECT * FROM service_booking WHERE id = ?', [Number(id)]),
    await changes(),
  ];

  beforeAll(async () => {
    api = await startTestApi(engine);
    demoId = (await api.ok('{ me { institutionId } }', {}, await api.login('institution'))).me.institutionId;
    const mine = await api.ok(
      '{ myServiceProducts(first: 100) { edges { node { id name categoryCode published } } } }',
      {},
      await api.login('institution'),
    );
    const nodes = mine.myServiceProducts.edges.map((e: any) => e.node);
    testingProductId = nodes.find((p: any) => p.categoryCode === 'TESTING_INSPECTION' && p.published).id;
    draftProductId = nodes.find((p: any) => !p.published).id;
  });
  afterEach(() => api.clock.set(TEST_NOW));
  afterAll(() => api.close());

  // SPEC §5: the end of the 5th working day after the request day; the request day never counts.
  it.each([
    ['the day before National Day 2025 (make-up Saturday 10-11 counts)', '2025-09-30T02:00:00Z', '2025-09-30', '2025-10-14'],
    ['just after midnight Beijing time, still the UTC day before', '2025-09-29T16:30:00Z', '2025-09-30', '2025-10-14'],
    ['a make-up Sunday before National Day 2025 (deadline on make-up Saturday)', '2025-09-28T02:00:00Z', '2025-09-28', '2025-10-11'],
    ['a Sunday inside the National Day holiday', '2025-10-05T02:00:00Z', '2025-10-05', '2025-10-14'],
    ['Spring Festival eve 2025', '2025-01-27T02:00:00Z', '2025-01-27', '2025-02-10'],
    ['a make-up Saturday after Spring Festival 2025', '2025-02-08T02:00:00Z', '2025-02-08', '2025-02-14'],
    ['the Thursday before Spring Festival 2026 (make-up Saturday 02-14 counts)', '2026-02-12T02:00:00Z', '2026-02-12', '2026-02-26'],
    ['the day before Mid-Autumn and National Day 2026', '2026-09-24T02:00:00Z', '2026-09-24', '2026-10-09'],
    ['the day before National Day 2026', '2026-09-30T02:00:00Z', '2026-09-30', '2026-10-13'],
    ["New Year's Eve 2025 (make-up Sunday 2026-01-04 counts)", '2025-12-31T02:00:00Z', '2025-12-31', '2026-01-08'],
    ['an ordinary Sunday', '2026-11-29T02:00:00Z', '2026-11-29', '2026-12-04'],
  ])('computes the response deadline for a request on %s', async (_what, instant, requestDate, deadline) => {
    const b = await bookAt(instant);
    expect(b).toMatchObject({
      status: 'REQUESTED',
      requestDate,
      responseDeadline: deadline,
      deadlineProvisional: false,
      remainingWorkingDays: 5,
      overdue: false,
    });
    expect(b.responseDeadlineAt).toBe(new Date(`${deadline}T23:59:59.999+08:00`).toISOString());
    const inbox = await api.ok(GET, { id: b.id }, await as('institution'));
    expect(inbox.booking).toMatchObject({
      responseDeadline: deadline,
      remainingWorkingDays: 5,
      enterprise: { name: '承德市恒信精密机械有限公司' },
    });
  });

  it('counts the remaining working days down through the holiday, then the job flags the booking overdue', async () => {
    const b = await bookAt('2025-09-30T02:00:00Z');
    const remaining = async (instant: string) => {
      api.clock.set(instant);
      return (await api.ok(GET, { id: b.id }, await as('institution'))).booking;
    };
    expect((await remaining('2025-10-05T02:00:00Z')).remainingWorkingDays).toBe(5); // holiday
    expect((await remaining('2025-10-10T02:00:00Z')).remainingWorkingDays).toBe(3); // 10-11 (make-up), 10-13, 10-14
    expect((await remaining('2025-10-14T15:59:00Z')).remainingWorkingDays).toBe(0); // 23:59 on the deadline day
    api.clock.set('2025-10-14T15:59:00Z');
    await api.ok(FLAG, {}, await as('province'));
    expect((await remaining('2025-10-14T15:59:00Z')).overdue).toBe(false);
    api.clock.set('2025-10-14T16:00:00Z'); // 00:00 on 10-15 in Beijing
    expect((await api.ok(FLAG, {}, await as('province'))).flagOverdueBookings).toBeGreaterThanOrEqual(1);
    expect(await remaining('2025-10-14T16:00:00Z')).toMatchObject({ overdue: true, remainingWorkingDays: 0 });
  });

  it('marks a deadline in a year without a schedule as provisional and recomputes it when PROVINCE loads the year', async () => {
    const b = await bookAt('2026-12-28T02:00:00Z');
    // Fallback Mon–Fri: 12-29, 12-30, 12-31, 2027-01-01 (Fri), 01-04.
    expect(b).toMatchObject({
      requestDate: '2026-12-28',
      responseDeadline: '2027-01-04',
      deadlineProvisional: true,
      remainingWorkingDays: 5,
    });
    await api.ok(
      'mutation($input: AddCalendarYearInput!) { addCalendarYear(input: $input) { year } }',
      { input: { year: 2027, source: '国办发明电〔2026〕测试', days: [{ date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' }] } },
      await as('province'),
    );
    const after = (await api.ok(GET, { id: b.id }, await as('institution'))).booking;
    expect(after).toMatchObject({ responseDeadline: '2027-01-05', deadlineProvisional: false });
    const audit = await api.ok(
      '{ auditLogs(first: 5, filter: { action: "RECOMPUTE_BOOKING_DEADLINES" }) { edges { node { actorUsername after } } } }',
      {},
      await as('province'),
    );
    expect(audit.auditLogs.edges[0].node.actorUsername).toBe('province');
    expect(JSON.parse(audit.auditLogs.edges[0].node.after)).toEqual(
      expect.arrayContaining([{ id: Number(b.id), before: '2027-01-04', after: '2027-01-05', provisional: false }]),
    );
    // Nothing is provisional any more, so the job has nothing to do.
    expect(await api.services.bookings.recomputeProvisionalDeadlines()).toBe(0);
  });

  it('runs a booking through accept, complete and a single rating; every refused step writes nothing', async () => {
    const b = await bookAt(TEST_NOW);
    expect(b).toMatchObject({ requestDate: '2026-11-27', responseDeadline: '2026-12-04', institution: { id: demoId } });
    const institution = await as('institution');
    const enterprise = await as('enterprise');

    let state = await snapshot(b.id);
    const early = await api.gql(RATE, { id: b.id, rating: 5 }, enterprise);
    expect(errorCode(early)).toBe('BOOKING_NOT_COMPLETED');
    expect(early.errors![0].message).toBe('服务完成后才能评价');
    const notAccepted = await api.gql(COMPLETE, { id: b.id }, institution);
    expect(errorCode(notAccepted)).toBe('BOOKING_INVALID_STATE');
    expect(notAccepted.errors![0].message).toMatch(/尚未接受/);
    expect(await snapshot(b.id)).toEqual(state);

    const accepted = (await api.ok(ACCEPT, { id: b.id, note: '请于12月1日送样' }, institution)).acceptBooking;
    expect(accepted).toMatchObject({
      status: 'ACCEPTED',
      respondedOn: '2026-11-27',
      respondedInTime: true,
      remainingWorkingDays: null,
      responseNote: '请于12月1日送样',
    });
    state = await snapshot(b.id);
    const again = await api.gql(ACCEPT, { id: b.id }, institution);
    expect(errorCode(again)).toBe('BOOKING_INVALID_STATE');
    expect(again.errors![0].message).toBe('该预约已接受，不能再接受');
    expect(await snapshot(b.id)).toEqual(state);

    api.clock.set('2026-12-08T06:00:00Z');
    const completed = (await api.ok(COMPLETE, { id: b.id }, await as('institution'))).completeBooking;
    expect(completed.status).toBe('COMPLETED');
    state = await snapshot(b.id);
    for (const [query, vars] of [
      [ACCEPT, { id: b.id }],
      [DECLINE, { id: b.id, reason: '无法服务' }],
      [COMPLETE, { id: b.id }],
    ] as const) {
      const refused = await api.gql(query, vars, await as('institution'));
      expect(errorCode(refused)).toBe('BOOKING_INVALID_STATE');
      expect(refused.errors![0].message).toMatch(/^该预约已完成，不能再/);
    }
    for (const rating of [0, 6]) {
      const bad = await api.gql(RATE, { id: b.id, rating }, await as('enterprise'));
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].message).toBe('评分应为1–5分');
    }
    expect(await snapshot(b.id)).toEqual(state);

    const rated = (await api.ok(RATE, { id: b.id, rating: 4, comment: '响应及时' }, await as('enterprise'))).rateBooking;
    expect(rated).toMatchObject({ rating: 4, ratingComment: '响应及时' });
    state = await snapshot(b.id);
    const twice = await api.gql(RATE, { id: b.id, rating: 1 }, await as('enterprise'));
    expect(errorCode(twice)).toBe('BOOKING_ALREADY_RATED');
    expect(twice.errors![0].message).toBe('该预约已评价，不能重复评价');
    expect(await snapshot(b.id)).toEqual(state);

    const audit = await api.ok(
      'query($id: String) { auditLogs(first: 10, filter: { entityType: "ServiceBooking", entityId: $id }) { edges { node { action actorUsername } } } }',
      { id: b.id },
      await as('province'),
    );
    expect(audit.auditLogs.edges.map((e: any) => `${e.node.action}:${e.node.actorUsername}`).reverse()).toEqual([
      'CREATE_BOOKING:enterprise',
      'ACCEPT_BOOKING:institution',
      'COMPLETE_BOOKING:institution',
      'RATE_BOOKING:enterprise',
    ]);
  });

  it('declines only with a reason, and a declined booking cannot be answered, completed or rated', async () => {
    const b = await bookAt(TEST_NOW);
    const institution = await as('institution');
    const state = await snapshot(b.id);
    const blank = await api.gql(DECLINE, { id: b.id, reason: '   ' }, institution);
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].extensions!.fields[0]).toMatchObject({ field: 'reason', code: 'REASON_REQUIRED', message: '请填写拒绝理由' });
    const empty = await api.gql(DECLINE, { id: b.id, reason: '' }, institution);
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(await snapshot(b.id)).toEqual(state);

    const declined = (await api.ok(DECLINE, { id: b.id, reason: '本月检测排期已满，请12月中旬后再预约' }, institution)).declineBooking;
    expect(declined).toMatchObject({ status: 'DECLINED', responseNote: '本月检测排期已满，请12月中旬后再预约', respondedInTime: true });
    const after = await snapshot(b.id);
    expect(errorCode(await api.gql(ACCEPT, { id: b.id }, institution))).toBe('BOOKING_INVALID_STATE');
    expect((await api.gql(DECLINE, { id: b.id, reason: '重复' }, institution)).errors![0].message).toBe('该预约已拒绝，不能再拒绝');
    expect(errorCode(await api.gql(COMPLETE, { id: b.id }, institution))).toBe('BOOKING_INVALID_STATE');
    expect(errorCode(await api.gql(RATE, { id: b.id, rating: 3 }, await as('enterprise')))).toBe('BOOKING_NOT_COMPLETED');
    expect(await snapshot(b.id)).toEqual(after);
  });

  it('lets the enterprise cancel until the institution answers, tells the institution, and refuses afterwards writing nothing', async () => {
    const b = await bookAt(TEST_NOW);
    const enterprise = await as('enterprise');
    const institution = await as('institution');
    // Only the enterprise that booked: the institution may not call it, another enterprise does not see it.
    expect(errorCode(await api.gql(CANCEL, { id: b.id }, institution))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CANCEL, { id: b.id }, await as('province')))).toBe('FORBIDDEN');
    const notices = async () =>
      (
        await api.ok(
          '{ myNotifications(first: 50) { edges { node { type title body subjectType subjectId } } } }',
          {},
          await as('institution'),
        )
      ).myNotifications.edges
        .map((e: any) => e.node)
        .filter((n: any) => n.type === 'BOOKING_CANCELLED' && n.subjectId === b.id);
    const cancelled = (await api.ok(CANCEL, { id: b.id }, enterprise)).cancelBooking;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', version: b.version + 1, respondedOn: null });
    expect(await notices()).toEqual([
      {
        type: 'BOOKING_CANCELLED',
        title: '服务预约已被企业取消',
        body: `承德市恒信精密机械有限公司取消了 ${b.requestDate} 提交的“${b.productName}”预约，无需再答复。`,
        subjectType: 'ServiceBooking',
        subjectId: b.id,
      },
    ]);
    const inbox = (await api.ok(INBOX, {}, institution)).bookingInbox.edges.map((e: any) => e.node);
    expect(inbox.find((n: any) => n.id === b.id)).toMatchObject({ status: 'CANCELLED' });
    const state = await snapshot(b.id);
    expect((await api.gql(CANCEL, { id: b.id }, enterprise)).errors![0].message).toBe('该预约已取消，不能再取消');
    expect(errorCode(await api.gql(ACCEPT, { id: b.id }, institution))).toBe('BOOKING_INVALID_STATE');
    expect(await snapshot(b.id)).toEqual(state);

    const answered = await bookAt(TEST_NOW);
    await api.ok(ACCEPT, { id: answered.id }, institution);
    const late = await api.gql(CANCEL, { id: answered.id }, enterprise);
    expect(errorCode(late)).toBe('BOOKING_INVALID_STATE');
    expect(late.errors![0].message).toBe('服务机构已接受该预约，不能再取消；如需变更请与服务机构联系');
    const audit = await api.services.db.query(
      "SELECT action FROM audit_log WHERE entityType = 'ServiceBooking' AND entityId = ? ORDER BY id",
      [b.id],
    );
    expect(audit.map((r: any) => r.action)).toEqual(['CREATE_BOOKING', 'CANCEL_BOOKING']);
  });

  it('refuses a booking from every officer and the analyst (they see the registry, only enterprises book)', async () => {
    const before = [await countRows(api, 'service_booking'), await changes()];
    for (const officer of ['province', 'chengde', 'pingquan', 'analyst']) {
      expect(errorCode(await api.gql(BOOK, { input: request(testingProductId) }, await as(officer)))).toBe('FORBIDDEN');
    }
    expect([await countRows(api, 'service_booking'), await changes()]).toEqual(before);
  });

  it("refuses to book an unpublished product, a non-admitted institution's product or bad input, writing nothing", async () => {
    const [applicant] = await api.services.db.query("SELECT id FROM institution WHERE registryStatus = 'APPLICANT' ORDER BY id LIMIT 1");
    const foreign = await api.services.db.getRepository(ServiceProduct).save({
      institutionId: Number(applicant.id),
      name: '待入库机构的产品',
      categoryCode: 'BRAND',
      nature: ProductNature.FREE,
      content: '品牌咨询服务内容说明',
      published: true,
    });
    const enterprise = await as('enterprise');
    const before = [await countRows(api, 'service_booking'), await changes()];
    // Unpublished, or of an institution not in the registry: the same answer as an id that does not exist (issue #8).
    const missing = await api.gql(BOOK, { input: request('99999999') }, enterprise);
    expect(errorCode(missing)).toBe('NOT_FOUND');
    const unpublished = await api.gql(BOOK, { input: request(draftProductId) }, enterprise);
    expect(JSON.stringify(unpublished)).toBe(JSON.stringify(missing));
    const notAdmitted = await api.gql(BOOK, { input: request(String(foreign.id)) }, enterprise);
    expect(JSON.stringify(notAdmitted)).toBe(JSON.stringify(missing));
    const bad = await api.gql(BOOK, { input: request(testingProductId, { need: '检', contactPhone: '110' }) }, enterprise);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields.map((f: any) => f.field).sort()).toEqual(['contactPhone', 'need']);
    expect(errorCode(await api.gql(BOOK, { input: request(testingProductId) }, await as('institution')))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(BOOK, { input: request(testingProductId) }))).toBe('UNAUTHENTICATED');
    expect([await countRows(api, 'service_booking'), await changes()]).toEqual(before);
  });

  it('keeps each enterprise to its own bookings', async () => {
    const mine = await bookAt(TEST_NOW);
    const registered = await api.ok('mutation($input: EnterpriseRegistrationInput!) { registerEnterprise(input: $input) { token } }', {
      input: {
        name: '保定市博瑞电子科技有限公司',
        uscc: makeUscc('91130602MA0BRT001'),
        divisionCode: '130602',
        contactPerson: '吴敏',
        contactPhone: '13731212345',
        username: 'borui',
        password: 'Xq#Dz2026!',
        ...(await signUpExtras(api)),
      },
    });
    const otherEnterprise = registered.registerEnterprise.token;
    expect((await api.ok('{ myBookings { totalCount } }', {}, otherEnterprise)).myBookings.totalCount).toBe(0);
    const theirs = await api.gql(GET, { id: mine.id }, otherEnterprise);
    const missing = await api.gql(GET, { id: '99999999' }, otherEnterprise);
    expect(errorCode(theirs)).toBe('NOT_FOUND');
    expect(theirs.errors![0].message).toBe(missing.errors![0].message);
    expect(errorCode(await api.gql(RATE, { id: mine.id, rating: 1 }, otherEnterprise))).toBe('NOT_FOUND');
    const own = await api.ok(GET, { id: mine.id }, await as('enterprise'));
    expect(own.booking.id).toBe(mine.id);
    const list = await api.ok(
      '{ myBookings(first: 100) { totalCount edges { node { id enterprise { name } } } } }',
      {},
      await as('enterprise'),
    );
    expect(list.myBookings.edges.every((e: any) => e.node.enterprise.name === '承德市恒信精密机械有限公司')).toBe(true);
    expect(errorCode(await api.gql(GET, { id: mine.id }, await as('analyst')))).toBe('FORBIDDEN');
  });

  it('keeps each institution to the bookings addressed to it', async () => {
    const b = await bookAt(TEST_NOW);
    const account = await otherInstitutionAccount(api, 'bookinginst');
    const other = await api.login(account.username);
    const state = await snapshot(b.id);
    for (const [query, vars] of [
      [GET, { id: b.id }],
      [ACCEPT, { id: b.id }],
      [DECLINE, { id: b.id, reason: '不是我们的' }],
      [COMPLETE, { id: b.id }],
    ] as const) {
      const result = await api.gql(query, vars, other);
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect(result.errors![0].message).toBe('服务预约不存在');
    }
    expect(await snapshot(b.id)).toEqual(state);
    const inbox = await api.ok(INBOX, {}, other);
    expect(inbox.bookingInbox.edges.map((e: any) => e.node.id)).not.toContain(b.id);
    const own = await api.ok(INBOX, { filter: { status: 'REQUESTED' } }, await as('institution'));
    expect(own.bookingInbox.edges.map((e: any) => e.node.id)).toContain(b.id);
    expect(own.bookingInbox.edges.every((e: any) => e.node.status === 'REQUESTED')).toBe(true);
  });

  it('flags overdue bookings idempotently and shows them to the institution, its city and county, and PROVINCE only', async () => {
    const b = await bookAt(TEST_NOW); // deadline 2026-12-04
    api.clock.set('2026-12-04T15:59:59Z'); // 23:59:59 on the deadline day in Beijing
    await api.ok(FLAG, {}, await as('province')); // flags what earlier tests left behind, not this one
    const flagsBefore = await countRows(api, 'audit_log', "action = 'FLAG_OVERDUE_BOOKINGS'");
    expect((await api.ok(GET, { id: b.id }, await as('institution'))).booking.overdue).toBe(false);
    expect(errorCode(await api.gql(GET, { id: b.id }, await as('chengde')))).toBe('NOT_FOUND'); // not overdue: officers do not see it

    api.clock.set('2026-12-05T01:00:00Z');
    const first = (await api.ok(FLAG, {}, await as('province'))).flagOverdueBookings;
    expect(first).toBeGreaterThanOrEqual(1);
    const flagged = await snapshot(b.id);
    expect((await api.ok(FLAG, {}, await as('province'))).flagOverdueBookings).toBe(0);
    expect(await api.services.bookings.flagOverdue(api.clock.now())).toBe(0);
    for (const name of ['booking-deadlines', 'overdue-bookings']) {
      expect((await api.services.jobs.runNow(name, { ip: null })).rowsTouched).toBe(0); // through the scheduler, as the system
    }
    expect((await snapshot(b.id))[0]).toEqual(flagged[0]);
    expect(await countRows(api, 'audit_log', "action = 'FLAG_OVERDUE_BOOKINGS'")).toBe(flagsBefore + 1);
    expect(errorCode(await api.gql(FLAG, {}, await as('chengde')))).toBe('FORBIDDEN');

    for (const who of ['institution', 'chengde', 'pingquan', 'province']) {
      expect((await api.ok(GET, { id: b.id }, await as(who))).booking).toMatchObject({ id: b.id, overdue: true });
    }
    for (const who of ['chengde', 'pingquan', 'province']) {
      const list = await api.ok(OVERDUE, {}, await as(who));
      expect(list.overdueBookings.edges.map((e: any) => e.node.id)).toContain(b.id);
      expect(list.overdueBookings.edges.every((e: any) => e.node.overdue)).toBe(true);
    }
    const baoding = await api.ok(OVERDUE, {}, await as('baoding'));
    expect(baoding.overdueBookings.totalCount).toBeGreaterThan(0); // the seeded 保定 one
    expect(baoding.overdueBookings.edges.every((e: any) => e.node.divisionCode.startsWith('1306'))).toBe(true);
    const hidden = await api.gql(GET, { id: b.id }, await as('baoding'));
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors![0].message).toBe((await api.gql(GET, { id: '99999999' }, await as('baoding'))).errors![0].message);
    const narrowed = await api.ok(OVERDUE, { filter: { divisionCode: '130600' } }, await as('province'));
    expect(narrowed.overdueBookings.edges.map((e: any) => e.node.id)).not.toContain(b.id);
    expect((await api.ok(OVERDUE, { filter: { divisionCode: '130600' } }, await as('chengde'))).overdueBookings.totalCount).toBe(0);
    const inboxOverdue = await api.ok(INBOX, { filter: { overdue: true } }, await as('institution'));
    expect(inboxOverdue.bookingInbox.edges.map((e: any) => e.node.id)).toContain(b.id);

    // 工作台 待办 / the menu badge: overdue and still unanswered, in the officer's places only.
    const open = async (who: string) =>
      (await api.ok('{ workQueueCounts { overdueBookingsOpen } }', {}, await as(who))).workQueueCounts.overdueBookingsOpen;
    const before = { pingquan: await open('pingquan'), chengde: await open('chengde'), baoding: await open('baoding') };
    expect(before.pingquan).toBeGreaterThanOrEqual(1);
    expect(before.chengde).toBeGreaterThanOrEqual(before.pingquan);

    // A late answer is allowed but stays overdue and not in time.
    const late = (await api.ok(ACCEPT, { id: b.id }, await as('institution'))).acceptBooking;
    expect(late).toMatchObject({ status: 'ACCEPTED', overdue: true, respondedInTime: false, respondedOn: '2026-12-05' });
    expect({ pingquan: await open('pingquan'), chengde: await open('chengde'), baoding: await open('baoding') }).toEqual({
      pingquan: before.pingquan - 1,
      chengde: before.chengde - 1,
      baoding: before.baoding,
    });
    expect(await open('institution')).toBe(0);
  });

  it("computes statistics per institution in SQL that match the bookings, within the caller's jurisdiction", async () => {
    const institution = await as('institution');
    const all: any[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await api.ok(INBOX, { after }, institution);
      all.push(...page.bookingInbox.edges.map((e: any) => e.node));
      if (!page.bookingInbox.pageInfo.hasNextPage) break;
      after = page.bookingInbox.pageInfo.endCursor;
    }
    const responded = all.filter((b) => b.respondedOn);
    const inTime = responded.filter((b) => b.respondedOn <= b.responseDeadline).length;
    const overdueUnanswered = all.filter((b) => b.overdue && !b.respondedOn).length;
    const ratings = all.filter((b) => b.rating !== null).map((b) => b.rating);
    const expected = {
      institutionId: demoId,
      received: all.length,
      responded: responded.length,
      respondedInTime: inTime,
      overdue: all.filter((b) => b.overdue).length,
      due: responded.length + overdueUnanswered,
      onTimeRate: Math.round((inTime / (responded.length + overdueUnanswered)) * 10000) / 10000,
      averageRating: Math.round((ratings.reduce((s, r) => s + r, 0) / ratings.length) * 100) / 100,
      ratingCount: ratings.length,
    };
    const own = await api.ok(STATS, {}, institution);
    expect(own.bookingStatistics.totalCount).toBe(1);
    expect(own.bookingStatistics.edges[0].node).toMatchObject(expected);
    const detail = await api.ok('query($id: ID!) { publicInstitution(id: $id) { averageRating ratingCount onTimeResponseRate } }', {
      id: demoId,
    });
    expect(detail.publicInstitution).toEqual({
      averageRating: expected.averageRating,
      ratingCount: expected.ratingCount,
      onTimeResponseRate: expected.onTimeRate,
    });

    const november = await api.ok(STATS, { filter: { from: '2026-11-01', to: '2026-11-30' } }, institution);
    expect(november.bookingStatistics.edges[0].node.received).toBe(
      all.filter((b) => b.requestDate >= '2026-11-01' && b.requestDate <= '2026-11-30').length,
    );

    const chengde = await api.ok(STATS, {}, await as('chengde'));
    expect(chengde.bookingStatistics.edges.map((e: any) => e.node.institutionId)).toContain(demoId);
    expect(chengde.bookingStatistics.edges.every((e: any) => e.node.divisionCode.startsWith('1308'))).toBe(true);
    const baoding = await api.ok(STATS, {}, await as('baoding'));
    expect(baoding.bookingStatistics.edges.map((e: any) => e.node.institutionId)).not.toContain(demoId);
    const province = await api.ok(STATS, {}, await as('province'));
    expect(province.bookingStatistics.totalCount).toBe(chengde.bookingStatistics.totalCount + baoding.bookingStatistics.totalCount);

    const backwards = await api.gql(STATS, { filter: { from: '2026-12-01', to: '2026-11-01' } }, institution);
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors![0].message).toBe('开始日期不能晚于结束日期');
    expect(errorCode(await api.gql(STATS, {}, await as('enterprise')))).toBe('FORBIDDEN');
  });

  it('refuses a page over 100 in every booking list', async () => {
    for (const [query, who] of [
      ['{ bookingInbox(first: 101) { totalCount } }', 'institution'],
      ['{ myBookings(first: 101) { totalCount } }', 'enterprise'],
      ['{ overdueBookings(first: 101) { totalCount } }', 'province'],
    ]) {
      const result = await api.gql(query, {}, await as(who));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toBe('每页最多100条');
    }
  });
});
