import type { Page } from '@playwright/test';
import { submittedApplication } from './application-factory';
import { btn, expect, fillLogin, gql, login, logout, openMenu, screenshot, tableSettled, test, tokenOf } from './support';

/** Issue #12 items 5 and 6: attachment preview and withdrawal on the application, cancelling a booking. */
const shot = (page: Page, name: string, fullPage = false) => screenshot(page, `apply-${name}`, fullPage);

test.describe('入库申请：附件预览与撤回', () => {
  test('平泉市审核人员在审核页预览PDF（翻页、缩放）和图片附件', async ({ page, request }) => {
    test.setTimeout(120_000);
    const { id } = await submittedApplication(request, {
      name: '平泉市附件预览测试检测有限公司',
      username: 'e2epreview01',
      usccSeed: `PR${String(Date.now() % 10000).padStart(4, '0')}`,
    });
    await login(page, 'pingquan');
    await page.goto(`/applications/${id}`);
    await expect(page.getByRole('button', { name: btn('通过') })).toBeVisible();
    await page.getByTestId('preview-1').click();
    const drawer = page.getByTestId('attachment-preview');
    await expect(drawer).toContainText('预览：入库申请表.pdf');
    await expect(drawer.getByTestId('pdf-canvas')).toHaveAttribute('data-rendered-page', '1');
    await expect(drawer.getByTestId('pdf-page')).toHaveText('第 1 / 2 页');
    // The review actions stay in reach beside the preview.
    await expect(page.getByRole('button', { name: btn('通过') })).toBeVisible();
    await shot(page, 'preview-pdf');
    await drawer.getByRole('button', { name: '下一页' }).click();
    await expect(drawer.getByTestId('pdf-canvas')).toHaveAttribute('data-rendered-page', '2');
    await expect(drawer.getByTestId('pdf-page')).toHaveText('第 2 / 2 页');
    await drawer.getByRole('button', { name: '放大' }).click();
    await expect(drawer.getByTestId('pdf-zoom')).toHaveText('125%');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    await page.getByTestId('preview-2').click();
    await expect(page.getByTestId('attachment-preview').getByTestId('image-preview').locator('img')).toBeVisible();
    await shot(page, 'preview-image');
  });

  test('申请单位在县级审核前撤回申请：确认后回到草稿，待初审队列不再有它', async ({ page, request }) => {
    test.setTimeout(120_000);
    const name = '平泉市撤回申请测试服务有限公司';
    const { id } = await submittedApplication(request, {
      name,
      username: 'e2ewithdraw01',
      usccSeed: `WD${String(Date.now() % 10000).padStart(4, '0')}`,
    });
    await page.goto('/login');
    await fillLogin(page, 'e2ewithdraw01', 'Preview@2026x');
    await expect(page.getByTestId('current-user-name')).toBeVisible();
    await page.goto(`/applications/${id}`);
    await page.getByTestId('withdraw-application').click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确认撤回该申请？' });
    await expect(confirm).toContainText('审核部门一旦作出初审决定，就不能再撤回');
    await shot(page, 'withdraw-confirm');
    await confirm.getByRole('button', { name: '确认撤回' }).click();
    await expect(page.getByText('申请已撤回，可修改后重新提交')).toBeVisible();
    await expect(page.getByTestId('application-status')).toHaveText('草稿');
    await expect(page.getByTestId('application-timeline')).toContainText('申请人撤回');
    await logout(page);
    const county = await tokenOf(request, 'pingquan');
    const queue = await gql(
      request,
      '{ applications(first: 100, filter: { queue: PENDING_COUNTY }) { edges { node { id } } } }',
      {},
      county,
    );
    expect(queue.data.applications.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
  });
});

test.describe('服务预约：新预约通知机构，企业在答复前取消', () => {
  test('机构的铃铛提示新预约；企业在我的预约中确认取消；机构看到已取消并收到通知；主管部门看不到预约按钮', async ({ page, request }) => {
    test.setTimeout(120_000);
    const need = '端到端测试：取消预约——需求已由企业内部解决，请勿再安排。';
    const found = await gql(
      request,
      'query($t: String) { browseInstitutions(first: 1, filter: { text: $t }) { edges { node { id products { id name } } } } }',
      { t: '平泉市冀达数智数字科技有限公司' },
    );
    const institutionId = found.data.browseInstitutions.edges[0].node.id as string;
    const productId = found.data.browseInstitutions.edges[0].node.products[0].id as string;
    const made = await gql(
      request,
      'mutation($i: BookServiceInput!) { bookService(input: $i) { id } }',
      { i: { productId, need, contactPerson: '赵立新', contactPhone: '13831412345' } },
      await tokenOf(request, 'enterprise'),
    );
    expect(made.errors).toBeUndefined();

    await login(page, 'institution');
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAccessibleName(/站内通知，\d+条未读/);
    await bell.click();
    await expect(page.getByTestId('notification-panel')).toContainText('收到新的服务预约');
    await shot(page, 'booking-bell');
    await page.keyboard.press('Escape');
    await logout(page);

    await login(page, 'enterprise');
    await openMenu(page, '我的预约');
    await tableSettled(page, 'my-bookings-table');
    const row = page
      .getByTestId('my-bookings-table')
      .locator('.ant-table-row')
      .filter({ hasText: need.slice(0, 12) });
    await row.getByTestId('cancel-booking').click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确认取消该预约？' });
    await expect(confirm).toContainText('服务机构会收到取消通知');
    await shot(page, 'booking-cancel-confirm');
    await confirm.getByRole('button', { name: '确认取消预约' }).click();
    await expect(page.getByText('预约已取消')).toBeVisible();
    await expect(row.getByTestId('cell-status')).toHaveText('已取消');
    await expect(row.getByTestId('cancel-booking')).toHaveCount(0);
    await shot(page, 'booking-cancelled', true);
    await logout(page);

    await login(page, 'institution');
    await openMenu(page, '预约处理');
    await page.getByTestId('booking-tabs').getByRole('tab', { name: '全部' }).click();
    await tableSettled(page, 'bookings-table');
    const inbox = page
      .getByTestId('bookings-table')
      .locator('.ant-table-row')
      .filter({ hasText: need.slice(0, 12) });
    await expect(inbox.getByTestId('cell-status')).toHaveText('已取消');
    await page.getByTestId('notification-bell').click();
    await expect(page.getByTestId('notification-panel')).toContainText('服务预约已被企业取消');
    await page.keyboard.press('Escape');
    await logout(page);

    // Officers see the registry but cannot book.
    await login(page, 'chengde');
    await page.goto(`/registry/${institutionId}`);
    await expect(page.getByTestId('booking-view-only')).toBeVisible();
    await expect(page.getByTestId('product-card').first()).toBeVisible();
    await expect(page.getByTestId('product-card').getByRole('button', { name: btn('预约') })).toHaveCount(0);
    await shot(page, 'registry-officer');
  });
});
