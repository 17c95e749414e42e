import { engines, errorCode, startTestApi, TEST_NOW, TestApi } from './harness';

const MINE = `{ myNotifications(first: 50) { totalCount unreadCount edges { node { id type title body subjectType subjectId readAt } } } }`;
const BOOK = 'mutation($i: BookServiceInput!) { bookService(input: $i) { id responseDeadline } }';
const ACCEPT = 'mutation($id: ID!) { acceptBooking(id: $id) { id status } }';
const DECLINE = 'mutation($id: ID!, $r: String!) { declineBooking(id: $id, input: { reason: $r }) { id status } }';

/** Notifications for every role through one mechanism (issue #7 item 5): recipients, subjects, templates, the bell. */
describe.each(engines())('notifications on %s', (engine) => {
  let api: TestApi;
  let productId: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    const mine = await api.ok('{ myServiceProducts(first: 100) { edges { node { id published } } } }', {}, await api.login('institution'));
    productId = mine.myServiceProducts.edges.find((e: any) => e.node.published).node.id;
  });
  afterAll(() => api.close());
  afterEach(() => api.clock.set(TEST_NOW));

  const inbox = async (username: string) => (await api.ok(MINE, {}, await api.freshLogin(username))).myNotifications;
  const book = async () =>
    (
      await api.ok(
        BOOK,
        { i: { productId, need: '需要一次数字化诊断服务', contactPerson: '赵立新', contactPhone: '13831412345' } },
        await api.freshLogin('enterprise'),
      )
    ).bookService;

  it('a new booking tells the institution, with the enterprise contact and the deadline, linked to the booking', async () => {
    const before = await inbox('institution');
    const booking = await book();
    const after = await inbox('institution');
    expect(after.unreadCount).toBe(before.unreadCount + 1);
    const n = after.edges[0].node;
    expect(n).toMatchObject({ type: 'BOOKING_REQUESTED', subjectType: 'ServiceBooking', subjectId: booking.id, readAt: null });
    expect(n.body).toContain('13831412345');
    expect(n.body).toContain(booking.responseDeadline);
  });

  it("the institution's answer tells the enterprise; a refused answer tells nobody", async () => {
    const booking = await book();
    const institution = await api.freshLogin('institution');
    const before = await inbox('enterprise');
    await api.ok(ACCEPT, { id: booking.id }, institution);
    const accepted = await inbox('enterprise');
    expect(accepted.totalCount).toBe(before.totalCount + 1);
    expect(accepted.edges[0].node).toMatchObject({ type: 'BOOKING_ACCEPTED', subjectId: booking.id });
    expect(errorCode(await api.gql(DECLINE, { id: booking.id, r: '已接受后又拒绝' }, institution))).toBe('BOOKING_INVALID_STATE');
    expect((await inbox('enterprise')).totalCount).toBe(accepted.totalCount);
  });

  it('an overdue booking tells the institution and, once per run, the bureau of its city — not other cities', async () => {
    const booking = await book();
    const [institution, chengde, baoding] = [await inbox('institution'), await inbox('chengde'), await inbox('baoding')];
    api.clock.set('2026-12-08T02:00:00Z'); // the deadline 2026-12-04 has passed
    expect((await api.ok('mutation { flagOverdueBookings }', {}, await api.freshLogin('province'))).flagOverdueBookings).toBeGreaterThan(0);
    const inst = await inbox('institution');
    expect(inst.edges.some((e: any) => e.node.type === 'BOOKING_OVERDUE' && e.node.subjectId === booking.id)).toBe(true);
    expect(inst.totalCount).toBeGreaterThan(institution.totalCount);
    const city = await inbox('chengde');
    expect(city.totalCount).toBe(chengde.totalCount + 1);
    expect(city.edges[0].node.type).toBe('BOOKINGS_OVERDUE_IN_JURISDICTION');
    expect((await inbox('baoding')).totalCount).toBe(baoding.totalCount);
    // Running the job again flags nothing and tells nobody.
    expect((await api.ok('mutation { flagOverdueBookings }', {}, await api.freshLogin('province'))).flagOverdueBookings).toBe(0);
    expect((await inbox('chengde')).totalCount).toBe(city.totalCount);
  });

  it('every role has a bell; one can mark one or all read, but never another user’s', async () => {
    for (const username of ['province', 'chengde', 'pingquan', 'analyst', 'enterprise', 'institution']) {
      expect(errorCode(await api.gql(MINE, {}, await api.freshLogin(username)))).toBeUndefined();
    }
    expect(errorCode(await api.gql(MINE, {}))).toBe('UNAUTHENTICATED');
    const enterprise = await inbox('enterprise');
    const someone = enterprise.edges[0].node.id;
    expect(
      errorCode(
        await api.gql('mutation($id: ID!) { markNotificationRead(id: $id) { id } }', { id: someone }, await api.freshLogin('institution')),
      ),
    ).toBe('NOT_FOUND');
    const token = await api.freshLogin('enterprise');
    await api.ok('mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }', { id: someone }, token);
    const left = (await inbox('enterprise')).unreadCount;
    expect(left).toBe(enterprise.unreadCount - 1);
    expect((await api.ok('mutation { markAllNotificationsRead }', {}, token)).markAllNotificationsRead).toBe(left);
    expect((await inbox('enterprise')).unreadCount).toBe(0);
  });
});
