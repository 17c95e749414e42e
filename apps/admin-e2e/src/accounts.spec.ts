import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { btn, expect, logout, pickSelect, shot, test } from './joining-support';
import { fillLogin, login, tableSettled } from './support';

// 用户管理 and 修改密码 (issue #12 item 1).

test.describe('用户管理', () => {
  test('省厅新增县级账号；该账号用一次性密码登录后必须先修改密码', async ({ page }) => {
    // One long flow across two sessions (create, export, forced change, sign in again).
    test.slow();
    await login(page, 'province');
    await page.getByTestId('side-menu').getByRole('menuitem', { name: '用户管理' }).click();
    await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
    await expect(page.getByTestId('accounts-table')).toContainText('pingquan');
    await shot(page, 'accounts-01-list');

    await page.getByRole('button', { name: /新增账号/ }).click();
    const form = page.getByTestId('create-account-form');
    await expect(form.getByLabel('角色')).toBeVisible();
    await form.getByLabel('所属区划').click();
    await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="承德市"]').click();
    await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="承德县"]').click();
    await form.getByLabel('单位或姓名').fill('承德县工业和信息化局');
    await form.getByLabel('登录用户名').fill('chengdexian');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: btn('创建') })
      .click();
    const secret = page.getByTestId('one-time-password');
    await expect(secret).toBeVisible();
    const password = (await secret.textContent())!.trim();
    expect(password).toMatch(/^\S{12}$/);
    await shot(page, 'accounts-02-one-time-password', { viewport: true });
    await page.getByRole('button', { name: btn('我已记下') }).click();
    await expect(page.getByTestId('accounts-table')).toContainText('chengdexian');
    await expect(page.getByTestId('accounts-table').locator('.ant-table-row').filter({ hasText: 'chengdexian' })).toContainText(
      '待修改初始密码',
    );

    // Export the filtered list: the same rows as the screen.
    await page.getByRole('textbox', { name: '关键词' }).fill('chengdexian');
    await page.getByRole('textbox', { name: '关键词' }).press('Enter');
    await expect(page.getByTestId('accounts-table').locator('.ant-table-row')).toHaveCount(1);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出Excel/ }).click();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(await (await downloading).path()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(1).value).toBe('chengdexian');
    expect(ws.getRow(2).getCell(4).value).toBe('承德县');

    await logout(page);
    await page.goto('/login');
    await fillLogin(page, 'chengdexian', password);
    const forced = page.getByTestId('forced-password-change');
    await expect(forced).toBeVisible();
    await expect(page.getByTestId('side-menu')).toHaveCount(0);
    await forced.getByLabel('当前密码').fill(password);
    await forced.getByLabel('新密码', { exact: true }).fill('short');
    await forced.getByLabel('确认新密码').fill('short');
    await forced.getByRole('button', { name: btn('修改密码') }).click();
    await expect(forced).toContainText('密码长度至少为8位');
    await forced.getByLabel('新密码', { exact: true }).fill('County#Hebei2027');
    await forced.getByLabel('确认新密码').fill('County#Hebei2027');
    await shot(page, 'accounts-03-forced-change', { viewport: true });
    await forced.getByRole('button', { name: btn('修改密码') }).click();
    await expect(page.getByTestId('current-user-name')).toHaveText('承德县工业和信息化局');
    await expect(page.getByTestId('side-menu')).toContainText('入库审核');

    await logout(page);
    await page.goto('/login');
    await fillLogin(page, 'chengdexian', 'County#Hebei2027');
    await expect(page.getByTestId('current-user-name')).toBeVisible();
    await expect(page.getByTestId('forced-password-change')).toHaveCount(0);
  });

  test('市局只能为所辖县创建县级账号；可停用、启用', async ({ page }) => {
    await login(page, 'chengde');
    await page.getByTestId('side-menu').getByRole('menuitem', { name: '用户管理' }).click();
    await expect(page.getByTestId('accounts-table')).toContainText('pingquan');
    await expect(page.getByTestId('accounts-table')).not.toContainText('baoding');
    // Each filtered list must be on screen before its row is used: a row of the previous list is also there (the
    // mutation updated it), and the answer arriving later re-renders the rows and closes an open confirmation.
    const listed = (status: string) =>
      page.waitForResponse((r) => {
        const body = r.url().endsWith('/graphql')
          ? (r.request().postDataJSON() as { operationName?: string; variables?: any } | null)
          : null;
        return body?.operationName === 'ManagedAccounts' && body.variables?.filter?.status === status;
      });
    const active = listed('ACTIVE');
    await pickSelect(page, page.getByLabel('状态'), '正常');
    await active;
    await tableSettled(page, 'accounts-table');
    const row = page.getByTestId('accounts-table').locator('.ant-table-row').filter({ hasText: 'pingquan' });
    await row.getByRole('button', { name: btn('停用') }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: btn('停用') })
      .click();
    await expect(page.getByText('已停用 pingquan')).toBeVisible();
    const filtered = listed('DISABLED');
    await pickSelect(page, page.getByLabel('状态'), '已停用');
    await filtered;
    await tableSettled(page, 'accounts-table');
    const disabled = page.getByTestId('accounts-table').locator('.ant-table-row').filter({ hasText: 'pingquan' });
    await expect(disabled.getByTestId('account-status')).toHaveText('已停用');
    await disabled.getByRole('button', { name: btn('启用') }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: btn('启用') })
      .click();
    await expect(page.getByText('已启用 pingquan')).toBeVisible();
  });
});
