import ExcelJS from 'exceljs';
import type { APIRequestContext, Page } from '@playwright/test';
import { submittedApplication } from './application-factory';
import { btn, expect, gql, login, openMenu, screenshot, tableSettled, test, tokenOf } from './support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

/** A fresh 平泉 applicant's eligible application, submitted: one more item in pingquan's 待初审. */
async function submitted(request: APIRequestContext, n: number): Promise<string> {
  const stamp = String(Date.now() % 1000).padStart(3, '0');
  const applicant = { name: `平泉市批量审核演示${n}号有限公司`, username: `e2ebulk${n}x${stamp}`, usccSeed: `BK${n}${stamp}` };
  const { id } = await submittedApplication(request, applicant, (slot) => ({
    body: PDF,
    type: 'application/pdf',
    file: `材料${slot}.pdf`,
  }));
  return id;
}

/** Resolves when the named list query with matching variables has been answered (the table then shows it). */
function answered(page: Page, operation: string, match: (variables: Record<string, any>) => boolean = () => true) {
  return page.waitForResponse((r) => {
    if (!r.url().endsWith('/graphql')) return false;
    const body = r.request().postDataJSON() as { operationName?: string; variables?: Record<string, any> } | null;
    return body?.operationName === operation && match(body.variables ?? {});
  });
}
const REVIEW_TABLE = 'review-table';
const reviewRows = (page: Page) => page.getByTestId(REVIEW_TABLE).locator('.ant-table-row');
const reviewNames = (page: Page) => page.getByTestId(REVIEW_TABLE).getByTestId('cell-name').allTextContents();
const QUEUE = `query($f: ApplicationFilter) { applications(first: 100, filter: $f) { totalCount edges { node { id name status } } } }`;

test.describe('入库审核、预约处理：排序、地址栏、导出与批量审核（#12 第4项）', () => {
  test('平泉市批量初审通过两项：勾选、确认框列出两项、一次提交，两项离开本队列', async ({ page, request }) => {
    test.setTimeout(120_000);
    await submitted(request, 1);
    await submitted(request, 2);
    const county = await tokenOf(request, 'pingquan');
    const before = (await gql(request, QUEUE, { f: { queue: 'PENDING_COUNTY' } }, county)).data.applications;
    expect(before.totalCount).toBeGreaterThanOrEqual(2);

    await login(page, 'pingquan');
    await openMenu(page, '入库审核');
    await expect(page).toHaveURL(/\/reviews/);
    await tableSettled(page, REVIEW_TABLE);
    await expect(page.getByTestId('bulk-count')).toContainText('勾选本队列的申请后可批量处理');
    const rows = reviewRows(page);
    const picked: string[] = [];
    for (const i of [0, 1]) {
      const row = rows.nth(i);
      picked.push((await row.getByTestId('cell-name').textContent())!);
      await row.locator('.ant-checkbox-input').check();
    }
    await expect(page.getByTestId('bulk-count')).toHaveText('已选择 2 项');
    await page.getByRole('button', { name: btn('批量初审通过') }).click();
    const dialog = page.getByRole('dialog', { name: '批量初审通过（2项）' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('bulk-review-item')).toHaveText(picked.map((n, i) => `${i + 1}. ${n}`));
    await dialog.getByLabel(/审核意见/).fill('材料真实完整，同意上报（批量）');
    await screenshot(page, 'lists-review-bulk-confirm', false);
    const refreshed = answered(page, 'Applications');
    await dialog.getByRole('button', { name: btn('确认批量初审通过') }).click();
    await expect(page.getByText('已初审通过 2 项')).toBeVisible();
    await refreshed;
    await expect(dialog).toBeHidden();
    await tableSettled(page, REVIEW_TABLE);
    await expect(page.getByTestId('queue-count-PENDING_COUNTY')).toContainText(String(before.totalCount - 2));
    await expect(page.getByTestId('bulk-count')).toContainText('勾选本队列的申请后可批量处理');
    await screenshot(page, 'lists-review-bulk-done');

    const after = (await gql(request, QUEUE, { f: { queue: 'PENDING_COUNTY' } }, county)).data.applications;
    expect(after.totalCount).toBe(before.totalCount - 2);
    const moved = (before.edges as { node: { id: string } }[]).filter(
      (e) => !after.edges.some((x: { node: { id: string } }) => x.node.id === e.node.id),
    );
    expect(moved).toHaveLength(2);
    for (const { node } of moved) {
      const detail = await gql(request, 'query($id: ID!) { application(id: $id) { status } }', { id: node.id }, county);
      expect(detail.data.application.status).toBe('COUNTY_APPROVED');
    }
  });

  test('入库审核按单位名称降序、每页20条，刷新后页签、排序与页数不变', async ({ page, request }) => {
    // The province's fullest tab (the demo data is small).
    const counts = (await gql(request, '{ applicationQueueCounts { queue count } }', {}, await tokenOf(request, 'province'))).data
      .applicationQueueCounts as { queue: string; count: number }[];
    const tab = counts.reduce((a, b) => (b.count > a.count ? b : a));
    expect(tab.count).toBeGreaterThan(1);
    await login(page, 'province');
    await openMenu(page, '入库审核');
    await tableSettled(page, REVIEW_TABLE);
    await page.getByTestId(`queue-tab-${tab.queue}`).click();
    await expect(page).toHaveURL(new RegExp(`queue=${tab.queue}`));
    await tableSettled(page, REVIEW_TABLE);

    const header = page.getByTestId(REVIEW_TABLE).locator('th').filter({ hasText: '单位名称' });
    const asc = answered(page, 'Applications', (v) => v.sort?.field === 'NAME' && v.sort?.direction === 'ASC');
    await header.click();
    await asc;
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const desc = answered(page, 'Applications', (v) => v.sort?.direction === 'DESC' && v.filter?.queue === tab.queue);
    await header.click();
    await desc;
    await expect(page).toHaveURL(/sort=NAME\.DESC/);
    await tableSettled(page, REVIEW_TABLE);
    const sized = answered(page, 'Applications', (v) => v.first === 20 && v.sort?.direction === 'DESC');
    await page.getByRole('combobox', { name: '每页条数' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: /^20 条\/页$/ })
      .click();
    await sized;
    await expect(page).toHaveURL(/size=20/);
    await tableSettled(page, REVIEW_TABLE);
    const shown = await reviewNames(page);
    expect(shown.length).toBeGreaterThan(1);
    const total = await page.getByTestId('total-count').textContent();

    const reloaded = answered(page, 'Applications', (v) => v.first === 20 && v.sort?.field === 'NAME' && v.filter?.queue === tab.queue);
    await page.reload();
    await reloaded;
    await tableSettled(page, REVIEW_TABLE);
    await expect(reviewRows(page).first()).toBeVisible();
    expect(await reviewNames(page)).toEqual(shown);
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByRole('tab', { selected: true }).getByTestId(`queue-tab-${tab.queue}`)).toBeVisible();
    await expect(page.getByTestId('total-count')).toHaveText(total!);
    await screenshot(page, 'lists-review-sorted');
  });

  test('预约处理（全部）按响应期限排序后导出：文件的行与屏幕一致', async ({ page }) => {
    await login(page, 'institution');
    await openMenu(page, '预约处理');
    const TABLE = 'bookings-table';
    await tableSettled(page, TABLE);
    const all = answered(page, 'BookingInbox', (v) => !v.filter?.status && !v.filter?.overdue);
    await page.getByTestId('booking-tabs').getByRole('tab', { name: '全部' }).click();
    await all;
    await expect(page).toHaveURL(/tab=ALL/);
    await tableSettled(page, TABLE);
    const header = page.getByTestId(TABLE).locator('th').filter({ hasText: '响应期限' });
    const sorted = answered(page, 'BookingInbox', (v) => v.sort?.field === 'RESPONSE_DEADLINE' && v.sort?.direction === 'ASC');
    await header.click();
    // The screen shows the sorted answer once it has rendered it (the answer arrives first).
    const answer = (await (await sorted).json()) as { data: { bookingInbox: { edges: { node: { productName: string } }[] } } };
    await expect(page).toHaveURL(/sort=RESPONSE_DEADLINE\.ASC/);
    await expect(page.getByTestId(TABLE).getByTestId('cell-product')).toHaveText(
      answer.data.bookingInbox.edges.map((e) => e.node.productName),
    );
    await tableSettled(page, TABLE);
    const total = Number((await page.getByTestId('total-count').textContent())?.match(/\d+/)?.[0]);
    const screen = await page.getByTestId(TABLE).getByTestId('cell-product').allTextContents();
    const enterprises = await page.getByTestId(TABLE).getByTestId('cell-enterprise').allTextContents();
    expect(screen.length).toBeGreaterThan(1);
    await screenshot(page, 'lists-bookings-sorted');

    const download = page.waitForEvent('download');
    await page.getByTestId('export-button').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^预约处理-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['序号', '企业', '服务产品']);
    const products: string[] = [];
    const firms: string[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      firms.push(String(row.getCell(2).value));
      products.push(String(row.getCell(3).value));
    });
    expect(products.length).toBe(total);
    expect(products.slice(0, screen.length)).toEqual(screen);
    expect(firms.slice(0, enterprises.length)).toEqual(enterprises);
  });
});
