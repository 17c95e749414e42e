import type { Page } from '@playwright/test';
import { animationsDone, btn, expect, gql, login, logout, openMenu, screenshot, sideMenu, tableSettled, test, tokenOf } from './support';

const INSTITUTION = '平泉市冀达数智数字科技有限公司';
const PRODUCT = '机械零部件尺寸与材料检验检测';
const NEED = '端到端测试：新产品齿轮轴需做硬度和金相检验，约20件样品，请安排检测并说明报告周期。';

const shot = (page: Page, name: string, fullPage = true) => screenshot(page, `bookings-${name}`, fullPage);

/** Resolves once the list query with matching variables has been answered and its total is on screen. */
async function browseAnswered(page: Page, match: (v: Record<string, any>) => boolean): Promise<void> {
  const response = await page.waitForResponse((r) => {
    if (!r.url().endsWith('/graphql')) return false;
    const body = r.request().postDataJSON() as { operationName?: string; variables?: Record<string, any> } | null;
    return body?.operationName === 'BrowseInstitutions' && match(body.variables ?? {});
  });
  const { data } = (await response.json()) as { data: { browseInstitutions: { totalCount: number } } };
  await expect(page.getByTestId('total-count')).toHaveText(`共 ${data.browseInstitutions.totalCount} 条`);
}

const inboxRow = (page: Page) =>
  page
    .getByTestId('bookings-table')
    .locator('.ant-table-row')
    .filter({ hasText: NEED.slice(0, 12) });

test.describe.serial('服务预约：企业预约检验检测服务，机构接受并完成，企业评价', () => {
  let deadline = '';

  test('企业在服务资源库按公益性和检验检测找到机构并预约其检验检测产品', async ({ page }) => {
    await login(page, 'enterprise');
    // The enterprise lands on the registry.
    await expect(page.getByRole('heading', { name: '服务资源库' })).toBeVisible();
    await expect(page.getByTestId('registry-card').first()).toBeVisible();

    const natureAnswer = browseAnswered(page, (v) => v.filter?.nature === 'PUBLIC_WELFARE' && !v.filter?.categories);
    await page.getByRole('tab', { name: /公益性/ }).click();
    await natureAnswer;
    const categoryAnswer = browseAnswered(
      page,
      (v) => v.filter?.nature === 'PUBLIC_WELFARE' && v.filter?.categories?.[0] === 'TESTING_INSPECTION',
    );
    await page.getByTestId('category-TESTING_INSPECTION').click();
    await categoryAnswer;
    await expect(page.getByTestId('category-TESTING_INSPECTION')).toHaveAttribute('aria-checked', 'true');
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);

    const card = page.getByTestId('registry-card').filter({ hasText: INSTITUTION });
    await expect(card).toBeVisible();
    for (const nature of await page.getByTestId('card-nature').allTextContents()) expect(nature).toBe('公益性');
    for (const categories of await page.getByTestId('card-categories').allTextContents()) expect(categories).toContain('检验检测');
    await expect(card.getByTestId('card-products')).toContainText(PRODUCT);
    await shot(page, '1-registry-filtered');

    await card.click();
    await expect(page).toHaveURL(/\/registry\/\d+$/);
    await expect(page.getByRole('heading', { name: INSTITUTION })).toBeVisible();
    await expect(page.getByTestId('registry-detail')).toContainText('按时响应率');
    const product = page.getByTestId('product-card').filter({ hasText: PRODUCT });
    await product.getByRole('button', { name: btn('预约') }).click();

    const dialog = page.getByRole('dialog', { name: '预约服务' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(PRODUCT);
    // The enterprise's registered contact is filled in.
    await expect(dialog.getByLabel('联系人')).toHaveValue('赵立新');
    await expect(dialog.getByLabel('联系电话')).toHaveValue('13831412345');
    await dialog.getByRole('button', { name: '提交预约' }).click();
    await expect(dialog.getByText('请填写服务需求')).toBeVisible();
    await dialog.getByLabel('服务需求').fill(NEED);
    await dialog.getByLabel('期望服务时间').fill('下周工作日上午送样');

    const booked = page.waitForResponse(
      (r) => (r.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'BookService',
    );
    await dialog.getByRole('button', { name: '提交预约' }).click();
    const answer = (await (await booked).json()) as { data: { bookService: { responseDeadline: string; deadlineProvisional: boolean } } };
    deadline = answer.data.bookService.responseDeadline;
    const done = page.getByRole('dialog', { name: '预约服务' });
    await expect(done.getByText('预约已提交', { exact: true })).toBeVisible();
    await expect(done.getByTestId('booking-deadline')).toContainText(`机构应于 ${deadline} 前响应（5个工作日）`);
    // The deadline is the 5th working day after today, so at least a week away and never today.
    expect(deadline > new Date().toISOString().slice(0, 10)).toBeTruthy();
    await shot(page, '2-booked', false);

    await done.getByRole('button', { name: '查看我的预约' }).click();
    await expect(page.getByRole('heading', { name: '我的预约' })).toBeVisible();
    await tableSettled(page, 'my-bookings-table');
    const mine = page.getByTestId('my-bookings-table').locator('.ant-table-row').first();
    await expect(mine).toContainText(PRODUCT);
    await expect(mine.getByTestId('cell-status')).toHaveText('待响应');
    await expect(mine.getByTestId('deadline-countdown')).toHaveText('剩余 5 个工作日');
  });

  test('机构在预约处理中看到预约与剩余工作日，接受后标记完成', async ({ page }) => {
    await login(page, 'institution');
    await openMenu(page, '预约处理');
    await tableSettled(page, 'bookings-table');
    await expect(page.getByRole('tab', { name: /待响应/, selected: true })).toBeVisible();

    const row = inboxRow(page);
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('cell-enterprise')).toHaveText('承德市恒信精密机械有限公司');
    await expect(row.getByTestId('cell-product')).toHaveText(PRODUCT);
    await expect(row.getByTestId('deadline-cell')).toContainText(deadline);
    // Booked today: 5 working days left (the request day never counts).
    await expect(row.getByTestId('deadline-countdown')).toHaveText('剩余 5 个工作日');
    // The seeded booking that ran past its deadline is flagged.
    await expect(page.getByTestId('bookings-table').getByTestId('deadline-overdue').first()).toHaveText('已逾期');
    await row.getByRole('button', { name: '展开行' }).click();
    await expect(page.getByTestId('booking-details')).toContainText('下周工作日上午送样');
    await shot(page, '3-inbox');

    await row.getByRole('button', { name: /接\s*受/ }).click();
    const accept = page.getByRole('dialog', { name: '接受预约' });
    await accept.getByLabel('答复说明（选填）').fill('已安排，请于下周一前送样。');
    await accept.getByRole('button', { name: '确认接受' }).click();
    await expect(page.getByText('已接受预约')).toBeVisible();
    await expect(inboxRow(page)).toHaveCount(0);

    await page.getByRole('tab', { name: '已接受' }).click();
    await tableSettled(page, 'bookings-table');
    const accepted = inboxRow(page);
    await expect(accepted.getByTestId('cell-status')).toHaveText('已接受');
    await expect(accepted.getByTestId('deadline-cell')).toContainText('按时响应');

    await accepted.getByRole('button', { name: /完\s*成/ }).click();
    const complete = page.getByRole('dialog', { name: '标记服务完成' });
    await complete.getByLabel('完成说明（选填）').fill('检验检测报告已出具。');
    await complete.getByRole('button', { name: '确认完成' }).click();
    await expect(page.getByText('已标记服务完成')).toBeVisible();
    await page.getByRole('tab', { name: '已完成' }).click();
    await tableSettled(page, 'bookings-table');
    await expect(inboxRow(page).getByTestId('cell-status')).toHaveText('已完成');
    await shot(page, '4-completed');
  });

  test('企业在我的预约中评价已完成的服务，只能评价一次', async ({ page }) => {
    await login(page, 'enterprise');
    await openMenu(page, '我的预约');
    await tableSettled(page, 'my-bookings-table');
    const row = page
      .getByTestId('my-bookings-table')
      .locator('.ant-table-row')
      .filter({ hasText: NEED.slice(0, 12) });
    await expect(row.getByTestId('cell-status')).toHaveText('已完成');

    await row.getByRole('button', { name: /评\s*价/ }).click();
    const dialog = page.getByRole('dialog', { name: '评价服务' });
    await dialog.getByRole('button', { name: '提交评价' }).click();
    await expect(dialog.getByText('请选择评分（1–5星）')).toBeVisible();
    await dialog.locator('.ant-rate-star').nth(3).click();
    await expect(dialog.getByText('满意', { exact: true })).toBeVisible();
    await dialog.getByLabel('评价内容（选填）').fill('报告出具及时，工程师讲解细致。');
    await dialog.getByRole('button', { name: '提交评价' }).click();
    await expect(page.getByText('感谢您的评价')).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(row.getByTestId('cell-rating').locator('.ant-rate-star-full')).toHaveCount(4);
    await expect(row.getByRole('button', { name: /评\s*价/ })).toHaveCount(0);
    await shot(page, '5-rated');
  });
});

test.describe('预约的异常情况以中文提示', () => {
  test('预约已被拒绝后再点“接受”，提示“该预约已拒绝，不能再接受”', async ({ page, request }) => {
    const enterprise = await tokenOf(request, 'enterprise');
    const institution = await tokenOf(request, 'institution');
    const product = await gql<{ browseInstitutions: { edges: { node: { products: { id: string; name: string }[] } }[] } }>(
      request,
      'query($t: String) { browseInstitutions(first: 1, filter: { text: $t }) { edges { node { products { id name } } } } }',
      { t: INSTITUTION },
    );
    const productId = product.data.browseInstitutions.edges[0].node.products[0].id;
    const need = '端到端测试：并发处理——页面打开后预约被他人拒绝。';
    const made = await gql<{ bookService: { id: string } }>(
      request,
      'mutation($i: BookServiceInput!) { bookService(input: $i) { id } }',
      { i: { productId, need, contactPerson: '赵立新', contactPhone: '13831412345' } },
      enterprise,
    );
    expect(made.errors).toBeUndefined();

    await login(page, 'institution');
    await openMenu(page, '预约处理');
    await tableSettled(page, 'bookings-table');
    const row = page
      .getByTestId('bookings-table')
      .locator('.ant-table-row')
      .filter({ hasText: need.slice(0, 12) });
    await expect(row).toHaveCount(1);

    // A colleague declines it in another window.
    const declined = await gql(
      request,
      'mutation($id: ID!) { declineBooking(id: $id, input: { reason: "本月检测排期已满" }) { id } }',
      { id: made.data.bookService.id },
      institution,
    );
    expect(declined.errors).toBeUndefined();

    await row.getByRole('button', { name: /接\s*受/ }).click();
    const dialog = page.getByRole('dialog', { name: '接受预约' });
    // A click while the dialog still zooms in can miss its button (mouse down and up in different places).
    await expect(dialog).toBeVisible();
    await animationsDone(page);
    await dialog.getByRole('button', { name: '确认接受' }).click();
    await expect(dialog.getByTestId('respond-error')).toHaveText('该预约已拒绝，不能再接受');
    await shot(page, '6-stale-accept', false);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    // The inbox has refetched: the booking has left 待响应.
    await expect(row).toHaveCount(0);

    // Declining needs a reason.
    await page.getByRole('tab', { name: /待响应/ }).click();
    await tableSettled(page, 'bookings-table');
    const overdue = page.getByTestId('bookings-table').locator('.ant-table-row').first();
    await overdue.getByRole('button', { name: /拒\s*绝/ }).click();
    const decline = page.getByRole('dialog', { name: '拒绝预约' });
    await expect(decline.getByLabel('拒绝理由')).toBeVisible();
    await animationsDone(page);
    await decline.getByRole('button', { name: '确认拒绝' }).click();
    await expect(decline.getByText('请填写拒绝理由')).toBeVisible();

    // The API's error of its `reason` is said beside the box (the form names the box as the API does), not above.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'DeclineBooking') return route.fallback();
      const fields = [{ field: 'reason', code: 'REASON_REQUIRED', message: '拒绝理由不能只有空格' }];
      const errors = [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT', fields } }];
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: null, errors }) });
    });
    await decline.getByLabel('拒绝理由').fill('排期已满');
    await decline.getByRole('button', { name: '确认拒绝' }).click();
    await expect(decline.locator('.ant-form-item-explain-error')).toHaveText('拒绝理由不能只有空格');
    await expect(decline.getByTestId('respond-error')).toHaveCount(0);
  });

  test('评价只能在服务完成后进行一次；接口以类型化错误码和中文说明拒绝', async ({ request }) => {
    const enterprise = await tokenOf(request, 'enterprise');
    const mine = await gql<{ myBookings: { edges: { node: { id: string; status: string; rating: number | null } }[] } }>(
      request,
      '{ myBookings(first: 100) { edges { node { id status rating } } } }',
      {},
      enterprise,
    );
    const nodes = mine.data.myBookings.edges.map((e) => e.node);
    const rated = nodes.find((b) => b.rating !== null)!;
    const pending = nodes.find((b) => b.status === 'REQUESTED')!;
    const rate = (id: string) =>
      gql(request, 'mutation($id: ID!) { rateBooking(id: $id, input: { rating: 3 }) { id } }', { id }, enterprise);
    const twice = await rate(rated.id);
    expect(twice.errors?.[0].extensions.code).toBe('BOOKING_ALREADY_RATED');
    expect(twice.errors?.[0].message).toBe('该预约已评价，不能重复评价');
    const early = await rate(pending.id);
    expect(early.errors?.[0].extensions.code).toBe('BOOKING_NOT_COMPLETED');
    expect(early.errors?.[0].message).toBe('服务完成后才能评价');
  });
});

test.describe('服务产品与服务案例', () => {
  test('机构新增收费产品需填收费说明，发布后企业可在服务资源库中检索到，下架后消失', async ({ page }) => {
    const name = '端到端测试无损检测服务';
    await login(page, 'institution');
    await openMenu(page, '服务产品');
    await tableSettled(page, 'products-table');
    await page.getByRole('button', { name: '新增产品' }).click();
    const dialog = page.getByRole('dialog', { name: '新增服务产品' });
    await dialog.getByLabel('产品名称').fill(name);
    await dialog.getByLabel('服务类别').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: /^检验检测$/ })
      .click();
    await dialog.getByText('收费', { exact: true }).click();
    await dialog.getByLabel('服务内容').fill('采用超声、磁粉和渗透方法对焊缝和铸锻件进行无损检测，出具检测报告。');
    await dialog.getByRole('button', { name: btn('保存') }).click();
    await expect(dialog.getByText('收费产品须填写收费说明')).toBeVisible();
    await dialog.getByLabel('收费说明').fill('按检测部位计价，中小企业九折');
    await dialog.getByRole('button', { name: btn('保存') }).click();
    await expect(page.getByText(`已新增“${name}”（未发布）`)).toBeVisible();

    const row = page.getByTestId('products-table').locator('.ant-table-row').filter({ hasText: name });
    await expect(row.getByTestId('publish-switch')).toHaveAttribute('aria-checked', 'false');
    await row.getByTestId('publish-switch').click();
    await expect(page.getByText(`已发布“${name}”，企业可在服务资源库中预约`)).toBeVisible();
    await expect(row.getByTestId('publish-switch')).toHaveAttribute('aria-checked', 'true');
    await shot(page, '7-products');

    // The registry searches published product names too.
    await page.goto('/public/registry');
    await page.getByLabel('关键词').fill('无损检测');
    await page.getByLabel('关键词').press('Enter');
    await expect(page.getByTestId('total-count')).toHaveText('共 1 条');
    await expect(page.getByTestId('registry-card').first()).toContainText(INSTITUTION);
    await expect(page.getByTestId('registry-card').first().getByTestId('card-products')).toContainText(name);

    await page.goto('/products');
    await tableSettled(page, 'products-table');
    await row.getByTestId('publish-switch').click();
    await expect(page.getByText(`已下架“${name}”`)).toBeVisible();
    await row.getByRole('button', { name: /删\s*除/ }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: btn('删除') })
      .click();
    await expect(page.getByText(`已删除“${name}”`)).toBeVisible();
    await expect(row).toHaveCount(0);
  });

  test('机构新增服务案例并维护对外展示信息，企业在机构详情页看到', async ({ page }) => {
    const title = '端到端测试：为汽车零部件企业建立来料检验流程';
    await login(page, 'institution');
    await openMenu(page, '服务案例');
    await tableSettled(page, 'cases-table');
    await page.getByRole('button', { name: '新增案例' }).click();
    const dialog = page.getByRole('dialog', { name: '新增服务案例' });
    await dialog.getByLabel('案例标题').fill(title);
    await dialog.getByLabel('服务企业').fill('承德市恒信精密机械有限公司');
    await dialog.getByLabel('服务日期').fill('2026-10-15');
    await dialog.getByLabel('服务日期').press('Enter');
    await dialog.getByLabel('服务内容').fill('梳理来料检验项目，编制检验作业指导书，培训检验人员。');
    await dialog.getByLabel('服务成效').fill('来料不良率下降40%。');
    await dialog.getByRole('button', { name: btn('保存') }).click();
    await expect(page.getByText(`已保存案例“${title}”`)).toBeVisible();
    await expect(page.getByTestId('cases-table').locator('.ant-table-row').filter({ hasText: title })).toHaveCount(1);

    await sideMenu(page).getByRole('menuitem', { name: '本机构信息' }).click();
    const card = page.getByTestId('public-profile-card');
    await card.getByLabel('机构简介').fill('平泉市冀达数智是承德地区中小企业数字化转型和检验检测的综合服务机构。');
    await card.getByLabel('网站').fill('ftp://wrong');
    await card.getByRole('button', { name: btn('保存') }).click();
    await expect(card.getByText('网站地址应以 http:// 或 https:// 开头')).toBeVisible();
    await card.getByLabel('网站').fill('https://jida-pq.example.cn');
    await card.getByRole('button', { name: btn('保存') }).click();
    await expect(page.getByText('对外展示信息已保存')).toBeVisible();

    await logout(page);
    await login(page, 'enterprise');
    await page.getByTestId('registry-card').filter({ hasText: INSTITUTION }).click();
    await expect(page.getByTestId('institution-introduction')).toHaveText(
      '平泉市冀达数智是承德地区中小企业数字化转型和检验检测的综合服务机构。',
    );
    await expect(page.getByTestId('institution-cases')).toContainText(title);
    await expect(page.getByRole('link', { name: /jida-pq\.example\.cn/ })).toBeVisible();
  });
});

test.describe('预约监测（主管部门）', () => {
  test('市级主管部门在工作台看到辖区内的逾期预约和机构响应统计，看不到其他市的', async ({ page }) => {
    await login(page, 'chengde');
    await sideMenu(page).getByRole('menuitem', { name: '工作台' }).click();
    const monitor = page.getByTestId('booking-monitor');
    await expect(monitor).toBeVisible();
    await tableSettled(page, 'overdue-bookings-table');
    const overdue = monitor.getByTestId('overdue-bookings-table').locator('.ant-table-row');
    await expect(overdue.filter({ hasText: INSTITUTION })).toHaveCount(1);
    await expect(overdue.filter({ hasText: INSTITUTION })).toContainText('仍未响应');
    await expect(overdue.filter({ hasText: '保定' })).toHaveCount(0);

    await monitor.getByRole('tab', { name: '机构响应统计' }).click();
    await tableSettled(page, 'booking-statistics-table');
    const stats = monitor.getByTestId('booking-statistics-table').locator('.ant-table-row').filter({ hasText: INSTITUTION });
    await expect(stats).toHaveCount(1);
    await expect(stats).toContainText('%');
    await shot(page, '8-monitor');

    await logout(page);
    await login(page, 'baoding');
    await sideMenu(page).getByRole('menuitem', { name: '工作台' }).click();
    await tableSettled(page, 'overdue-bookings-table');
    const baoding = page.getByTestId('overdue-bookings-table').locator('.ant-table-row');
    await expect(baoding.first()).toBeVisible();
    await expect(baoding.filter({ hasText: INSTITUTION })).toHaveCount(0);
  });
});
