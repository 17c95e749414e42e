import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, login, openMenu, pickOption, screenshot, tableSettled, test } from './support';

const TABLE = 'institutions-table';
const rows = (page: Page) => page.getByTestId(TABLE).locator('.ant-table-row');
const names = (page: Page) => rows(page).locator('td:first-child').allTextContents();
const admittedDates = (page: Page) => page.getByTestId(TABLE).getByTestId('cell-admitted-on').allTextContents();
/** Resolves when the 服务机构 query with matching variables has been answered (the table then shows it). */
function answered(page: Page, match: (variables: Record<string, any>) => boolean) {
  return page.waitForResponse((r) => {
    if (!r.url().endsWith('/graphql')) return false;
    const body = r.request().postDataJSON() as { operationName?: string; variables?: Record<string, any> } | null;
    return body?.operationName === 'Institutions' && match(body.variables ?? {});
  });
}
const totalCount = async (page: Page) => Number((await page.getByTestId('total-count').textContent())?.match(/\d+/)?.[0]);

test.describe('列表：服务端排序、地址栏保留视图、导出Excel（#12 第4项）', () => {
  test('服务机构按入库日期排序，刷新后筛选与排序仍在，导出的文件与屏幕一致', async ({ page }) => {
    test.setTimeout(120_000); // sort, filter, two reloads, back/forward and a download in one walk
    await login(page, 'chengde');
    await openMenu(page, '服务机构');
    await tableSettled(page, TABLE);

    // Filter: 已入库 only.
    const filtered = answered(page, (v) => v.filter?.registryStatus === 'ADMITTED');
    await page.getByTestId('filter-status').click();
    await pickOption(page, '已入库');
    await filtered;
    await expect(page).toHaveURL(/f\.registryStatus=ADMITTED/);
    await tableSettled(page, TABLE);

    // Sort by 入库日期: first click ascending, second descending — on the server (the URL says so).
    const header = page.getByTestId(TABLE).locator('th').filter({ hasText: '入库日期' });
    const asc = answered(page, (v) => v.sort?.direction === 'ASC');
    await header.click();
    await asc;
    await expect(page).toHaveURL(/sort=ADMITTED_ON\.ASC/);
    // The second click must land on a table that has rendered the first sort (its header says so): antd computes the
    // next order from the rendered one, and a click before that render asks for ascending again.
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await tableSettled(page, TABLE);
    const desc = answered(page, (v) => v.sort?.direction === 'DESC' && v.filter?.registryStatus === 'ADMITTED');
    await header.click();
    await desc;
    await expect(page).toHaveURL(/sort=ADMITTED_ON\.DESC/);
    // The URL changes before React renders it: wait for the rendered header, then for the rows of that render.
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await tableSettled(page, TABLE);
    await expect
      .poll(async () => {
        const dates = await admittedDates(page);
        return dates.length > 1 && [...dates].sort().reverse().join() === dates.join();
      })
      .toBe(true);

    // A page size, then a reload: the same view.
    const total = await totalCount(page);
    const sized = answered(page, (v) => v.first === 20 && v.sort?.direction === 'DESC');
    await page.getByRole('combobox', { name: '每页条数' }).click();
    await pickOption(page, '20 条/页');
    await sized;
    await expect(page).toHaveURL(/size=20/);
    await tableSettled(page, TABLE);
    const before = await names(page);
    const reloaded = answered(page, (v) => v.first === 20 && v.sort?.field === 'ADMITTED_ON' && v.filter?.registryStatus === 'ADMITTED');
    await page.reload();
    await reloaded;
    await tableSettled(page, TABLE);
    await expect(rows(page).first()).toBeVisible();
    expect(await names(page)).toEqual(before);
    await expect(page.getByTestId('filter-status')).toContainText('已入库');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await totalCount(page)).toBe(total);
    await screenshot(page, 'lists-institutions-sorted-filtered');

    // Back/forward: back undoes the page size, forward restores it.
    await page.goBack();
    await expect(page).not.toHaveURL(/size=20/);
    await page.goForward();
    await expect(page).toHaveURL(/size=20/);
    await tableSettled(page, TABLE);

    // 导出Excel: the whole filtered list in the screen's order.
    const download = page.waitForEvent('download');
    await page.getByTestId('export-button').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^服务机构-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(2).value).toBe('单位名称');
    const fileNames: string[] = [];
    ws.eachRow((row, n) => n > 1 && fileNames.push(String(row.getCell(2).value)));
    expect(fileNames.length).toBe(total);
    expect(fileNames.slice(0, before.length)).toEqual(before);
  });
});
