import { engines, startTestApi, TestApi } from './harness';

/**
 * Two API processes on one database (issue #7): the holiday calendar is cached per process, so a calendar edit made
 * through one replica must change the deadlines the other computes on its very next request.
 */
describe.each(engines())('two API replicas on one %s database', (engine) => {
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    first = await startTestApi(engine);
    second = await startTestApi(engine, { replicaOf: first });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const IS_WORKING = 'query($d: String!) { isWorkingDay(date: $d) }';
  const BOOK = 'mutation($i: BookServiceInput!) { bookService(input: $i) { responseDeadline } }';
  const PRODUCT = `{ browseInstitutions(first: 20) { edges { node { products { id } } } } }`;

  it('a day made a holiday on one replica is a holiday on the other within one request, and moves its booking deadlines', async () => {
    const province = await first.login('province');
    const enterprise = await second.login('enterprise');
    // 2026-11-27 (Fri) + 5 working days = 2026-12-04 (Fri), with no holiday in between.
    const productId = (await second.ok(PRODUCT)).browseInstitutions.edges.flatMap((e: any) => e.node.products)[0].id;
    const input = { productId, need: '需要检验检测服务', contactPerson: '张三', contactPhone: '13900000001' };
    expect((await second.ok(BOOK, { i: input }, enterprise)).bookService.responseDeadline).toBe('2026-12-04');
    expect((await second.ok(IS_WORKING, { d: '2026-12-02' }, province)).isWorkingDay).toBe(true);

    await first.ok(
      'mutation($i: CalendarDayInput!) { setCalendarDay(input: $i) { date } }',
      { i: { date: '2026-12-02', kind: 'HOLIDAY', name: '测试假日' } },
      province,
    );

    expect((await second.ok(IS_WORKING, { d: '2026-12-02' }, province)).isWorkingDay).toBe(false);
    expect((await second.ok(BOOK, { i: input }, enterprise)).bookService.responseDeadline).toBe('2026-12-07');

    await first.ok('mutation($d: String!) { removeCalendarDay(date: $d) }', { d: '2026-12-02' }, province);
    expect((await second.ok(IS_WORKING, { d: '2026-12-02' }, province)).isWorkingDay).toBe(true);
  });

  it('a replica checks the calendar version once per request, not per row', async () => {
    const institution = await second.login('institution');
    const query = '{ bookingInbox(first: 50) { edges { node { id remainingWorkingDays } } } }';
    await second.ok(query, {}, institution);
    const before = second.statements();
    const data = await second.ok(query, {}, institution);
    expect(data.bookingInbox.edges.length).toBeGreaterThan(1);
    // user, count, page, calendar version.
    expect(second.statements() - before).toBe(4);
  });
});
