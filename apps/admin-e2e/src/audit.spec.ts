import { expect, fillLogin, login, loginThroughForm, openMenu, screenshot, sideMenu, tableSettled, test } from './support';

test.describe('审计日志', () => {
  test('省级用户在审计日志中看到自己的登录记录', async ({ page }) => {
    await loginThroughForm(page, 'province');
    await openMenu(page, '审计日志');
    await tableSettled(page, 'audit-table');

    // Newest first: the login that opened this session is the first row.
    const first = page.getByTestId('audit-table').locator('.ant-table-row').first();
    await expect(first.getByTestId('cell-actor')).toContainText('province');
    await expect(first.getByTestId('cell-action')).toHaveText('登录');
    await expect(first).toContainText('省级主管部门');
    await expect(first).toContainText('用户账户');
    await expect(first.getByTestId('cell-time')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    await expect(page.getByTestId('total-count')).toHaveText(/共 [1-9]\d* 条/);
  });

  test('按操作筛选登录失败记录并展开查看变更内容（中文字段表，不是 JSON）', async ({ page }) => {
    // One failed attempt for a known account leaves a LOGIN_FAILED row with the failure counter in `after`.
    await page.goto('/login');
    await fillLogin(page, 'pingquan', 'not-the-password');
    await expect(page.getByTestId('login-error')).toBeVisible();

    await login(page, 'province');
    await sideMenu(page).getByRole('menuitem', { name: '审计日志' }).click();
    await page.locator('#auditFilter_action').fill('登录失败');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '登录失败（LOGIN_FAILED）' }).click();
    await tableSettled(page, 'audit-table');

    const rows = page.getByTestId('audit-table').locator('.ant-table-row');
    await expect(rows.first().getByTestId('cell-action')).toHaveText('登录失败');
    // Polled: the first row may be a 登录失败 of the unfiltered page while the filtered page is still on its way.
    await expect.poll(async () => new Set(await rows.getByTestId('cell-action').allTextContents())).toEqual(new Set(['登录失败']));
    await rows.filter({ hasText: 'pingquan' }).first().getByRole('button', { name: /展开/ }).click();
    const changes = page.getByTestId('audit-changes').first();
    await expect(changes).toBeVisible();
    await expect(changes.getByRole('columnheader', { name: '字段' })).toBeVisible();
    await expect(changes.getByRole('cell', { name: '连续登录失败次数' })).toBeVisible();
    await expect(changes).not.toContainText('failedLoginCount');
    await expect(page).toHaveURL(/f\.action=LOGIN_FAILED/);
    await screenshot(page, 'audit-log-field-table');
  });
});
