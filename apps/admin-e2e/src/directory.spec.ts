import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, login, openMenu, screenshot, sideMenu, tableSettled, test } from './support';

/** Resolves when the named query with matching variables has been answered (the table then shows it). */
function answered(page: Page, operation: string, match: (variables: Record<string, any>) => boolean = () => true) {
  return page.waitForResponse((r) => {
    if (!r.url().endsWith('/graphql')) return false;
    const body = r.request().postDataJSON() as { operationName?: string; variables?: Record<string, any> } | null;
    return body?.operationName === operation && match(body.variables ?? {});
  });
}

test.describe('主管部门名录、用户管理排序与机构待办（#12 第1、2、4项）', () => {
  test('省厅打开主管部门名录，找到平泉市及其账号，编辑其联系方式；导出与屏幕一致', async ({ page }) => {
    await login(page, 'province');
    const first = answered(page, 'Bureaus');
    await openMenu(page, '主管部门名录');
    await first;
    const table = page.getByTestId('bureaus-table');
    await tableSettled(page, 'bureaus-table');
    // City by city: the first row is 石家庄市 itself.
    await expect(table.locator('.ant-table-row').first()).toContainText('石家庄市');
    await expect(page.getByTestId('total-count')).toContainText(/\d{3}/);
    await screenshot(page, 'directory-province');

    const filtered = answered(page, 'Bureaus', (v) => v.filter?.text === '平泉');
    await page.getByRole('textbox', { name: '名称' }).fill('平泉');
    await page.getByRole('textbox', { name: '名称' }).press('Enter');
    await filtered;
    await expect(page).toHaveURL(/f\.text=/);
    const row = table.locator('.ant-table-row').filter({ hasText: '承德市平泉市' });
    await expect(table.locator('.ant-table-row')).toHaveCount(1);
    await expect(row.getByTestId('bureau-accounts')).toContainText('pingquan');

    await row.getByRole('button', { name: '编辑联系方式' }).click();
    const dialog = page.getByRole('dialog', { name: /编辑联系方式/ });
    await dialog.getByLabel('联系人').fill('王立新');
    await dialog.getByLabel('联系电话').fill('0314-601');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog).toContainText('联系电话应为11位手机号或区号加座机号');
    await dialog.getByLabel('联系电话').fill('0314-6012345');
    await dialog.getByLabel('地址').fill('平泉市平泉镇迎宾路1号');
    const saved = answered(page, 'Bureaus');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog).toBeHidden();
    await saved;
    await expect(row.getByTestId('contact-person')).toHaveText('王立新');
    await expect(row.getByTestId('contact-phone')).toHaveText('0314-6012345');
    await screenshot(page, 'directory-pingquan-contact');

    // A reload keeps the filter; the export carries it.
    await page.reload();
    await expect(table.locator('.ant-table-row')).toHaveCount(1);
    await expect(page.getByRole('textbox', { name: '名称' })).toHaveValue('平泉');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-button').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^主管部门名录-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(3).value).toBe('承德市平泉市');
    expect(ws.getRow(2).getCell(8).value).toBe('王立新');
    expect(ws.getRow(2).getCell(9).value).toBe('0314-6012345');
  });

  test('用户管理按用户名排序，刷新后仍在；导出的文件与屏幕一致', async ({ page }) => {
    await login(page, 'province');
    await openMenu(page, '用户管理');
    const table = page.getByTestId('accounts-table');
    await tableSettled(page, 'accounts-table');
    const header = table.locator('th').filter({ hasText: '用户名' });
    const asc = answered(page, 'ManagedAccounts', (v) => v.sort?.field === 'USERNAME' && v.sort?.direction === 'ASC');
    await header.click();
    await asc;
    // The second click cycles from what the header shows: wait until it shows ascending.
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const desc = answered(page, 'ManagedAccounts', (v) => v.sort?.field === 'USERNAME' && v.sort?.direction === 'DESC');
    await header.click();
    await desc;
    await expect(page).toHaveURL(/sort=USERNAME\.DESC/);
    await tableSettled(page, 'accounts-table');
    const usernames = () => table.locator('.ant-table-row td:first-child').allTextContents();
    const descending = (xs: string[]) => [...xs].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? 1 : -1));
    // The answer arrives before the table renders it: wait for the screen, not the network.
    await expect
      .poll(async () => {
        const now = await usernames();
        return now.length > 3 && JSON.stringify(descending(now)) === JSON.stringify(now);
      })
      .toBe(true);
    const shown = await usernames();

    const reloaded = answered(page, 'ManagedAccounts', (v) => v.sort?.field === 'USERNAME' && v.sort?.direction === 'DESC');
    await page.reload();
    await reloaded;
    await tableSettled(page, 'accounts-table');
    await expect(table.locator('.ant-table-row').first()).toBeVisible();
    expect(await usernames()).toEqual(shown);
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await screenshot(page, 'directory-users-sorted');

    const download = page.waitForEvent('download');
    await page.getByTestId('export-button').click();
    const file = await download;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const fromFile: string[] = [];
    wb.worksheets[0].eachRow((r, n) => n > 1 && fromFile.push(String(r.getCell(1).value)));
    const total = Number((await page.getByTestId('total-count').textContent())?.match(/\d+/)?.[0]);
    expect(fromFile.length).toBe(total);
    expect(fromFile.slice(0, shown.length)).toEqual(shown);
  });

  test('机构的工作台先显示待办，链接打开预约处理', async ({ page }) => {
    await login(page, 'institution');
    await sideMenu(page).getByRole('menuitem', { name: '工作台' }).click();
    const todo = page.getByTestId('todo-card');
    await expect(page.getByTestId('welcome-card')).toBeVisible();
    await expect(todo.getByTestId('todo-bookings')).toContainText('待响应预约');
    await expect(todo.getByTestId('todo-deadline')).toContainText('最近响应截止');
    await expect(todo.getByTestId('todo-report')).toContainText('本期季度报告');
    await expect(todo.getByTestId('todo-changes')).toContainText('重大变化报告');
    await expect(todo.getByTestId('todo-notices')).toContainText('未读通知');
    await expect(todo.locator('.ant-skeleton-active')).toHaveCount(0);
    await screenshot(page, 'directory-institution-todo');
    await todo.getByTestId('todo-bookings').click();
    await expect(page.getByRole('heading', { name: '预约处理' })).toBeVisible();
    await expect(page.getByTestId('booking-tabs').getByRole('tab', { selected: true })).toContainText('待响应');
  });
});
