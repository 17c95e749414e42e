import type { APIRequestContext, Page } from '@playwright/test';
import { btn, expect, gql, login, openMenu, screenshot, sideMenu, tableSettled, test, tokenOf } from './support';

const JOB_LABELS = ['公示期满入库', '重算临时答复截止日', '标记逾期预约', '季度填报通报与移出案件', '移出决定到期生效'];

const shot = (page: Page, name: string, fullPage = true) => screenshot(page, `jobs-${name}`, fullPage);

/** Runs a job straight through the API, as another officer would; returns the run's id. */
async function runThroughApi(request: APIRequestContext, token: string, name: string): Promise<string> {
  const { data } = await gql<{ runJob: { id: string; status: string } }>(
    request,
    'mutation($n: String!) { runJob(name: $n) { id status } }',
    { n: name },
    token,
  );
  expect(data.runJob.status).toBe('SUCCEEDED');
  return data.runJob.id;
}

/** How many times a job has been run by hand (the scheduler's own runs may come at any moment). */
async function manualRuns(request: APIRequestContext, name: string): Promise<number> {
  const { data } = await gql<{ jobRuns: { totalCount: number; edges: { node: { trigger: string } }[] } }>(
    request,
    'query($n: String) { jobRuns(name: $n, first: 100) { totalCount edges { node { trigger } } } }',
    { n: name },
    await tokenOf(request, 'province'),
  );
  expect(data.jobRuns.totalCount).toBeLessThanOrEqual(100);
  return data.jobRuns.edges.filter((e) => e.node.trigger === 'MANUAL').length;
}

const jobRow = (page: Page, label: string) => page.getByTestId('jobs-table').locator('.ant-table-row').filter({ hasText: label });
const historyRows = (page: Page) => page.getByTestId('job-runs-table').locator('.ant-table-row');

test.describe('定时任务', () => {
  test('省级用户查看任务、确认后立即执行，执行记录记下操作人', async ({ page }) => {
    await login(page, 'province');
    await openMenu(page, '定时任务');
    await tableSettled(page, 'jobs-table');
    await expect(page.getByTestId('jobs-table').getByTestId('job-label')).toHaveText(JOB_LABELS);
    await expect(page.getByTestId('jobs-table').getByTestId('job-interval')).toHaveText(JOB_LABELS.map(() => '每 10 分钟'));

    // Cancelling the confirmation runs nothing: confirming afterwards adds exactly one manual run.
    await tableSettled(page, 'job-runs-table');
    const before = await page.getByTestId('total-count').textContent();
    const manualBefore = await manualRuns(page.request, 'overdue-bookings');
    const overdue = jobRow(page, '标记逾期预约');
    await overdue.getByRole('button', { name: '立即执行' }).click();
    await expect(page.getByText('立即执行“标记逾期预约”？')).toBeVisible();
    await shot(page, 'confirm');
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: btn('取消') })
      .click();
    await expect(page.getByTestId('total-count')).toHaveText(before!);

    await overdue.getByRole('button', { name: '立即执行' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: btn('执行') })
      .click();
    await expect(page.getByText(/“标记逾期预约”执行完成，处理 \d+ 条/)).toBeVisible();
    await tableSettled(page, 'job-runs-table');
    expect(await manualRuns(page.request, 'overdue-bookings')).toBe(manualBefore + 1);

    const first = historyRows(page).first();
    await expect(first.getByTestId('cell-job')).toHaveText('标记逾期预约');
    await expect(first.getByTestId('cell-trigger')).toHaveText('手动');
    await expect(first.getByTestId('cell-actor')).toHaveText('province');
    await expect(first.getByTestId('run-status')).toHaveText('成功');
    await expect(first.getByTestId('cell-rows')).toHaveText(/^\d+$/);
    await expect(overdue.getByTestId('last-run')).toContainText('成功');
    await expect(overdue.getByTestId('last-run')).toContainText('手动');
    await expect(overdue.getByTestId('job-next-due')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    await shot(page, 'list');

    // The run is in the audit log as the officer's action.
    await openMenu(page, '审计日志');
    await tableSettled(page, 'audit-table');
    const audit = page.getByTestId('audit-table').locator('.ant-table-row').filter({ hasText: '立即执行定时任务' }).first();
    await expect(audit.getByTestId('cell-actor')).toHaveText('河北省工业和信息化厅（province）');
    await expect(audit).toContainText('定时任务执行');
  });

  test('执行记录按任务筛选并按游标翻页', async ({ page, request }) => {
    const token = await tokenOf(request, 'province');
    const ids: string[] = [];
    for (let i = 0; i < 11; i++) ids.push(await runThroughApi(request, token, 'booking-deadlines'));

    await login(page, 'province');
    await openMenu(page, '定时任务');
    await page.getByTestId('job-filter').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '重算临时答复截止日' }).click();
    await page.getByLabel('每页条数').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '10 条/页' }).click();
    await tableSettled(page, 'job-runs-table');
    await expect(historyRows(page)).toHaveCount(10);
    expect(new Set(await historyRows(page).getByTestId('cell-job').allTextContents())).toEqual(new Set(['重算临时答复截止日']));
    const firstPage = await historyRows(page).first().getAttribute('data-row-key');
    expect(firstPage).toBe(ids[ids.length - 1]); // newest first

    await page.getByRole('button', { name: /下一页/ }).click();
    await tableSettled(page, 'job-runs-table');
    await expect(page.getByTestId('page-indicator')).toHaveText(/^第 2 \/ \d+ 页$/);
    // The indicator moves at the click; the rows once the next page has arrived.
    await expect(historyRows(page).first()).not.toHaveAttribute('data-row-key', ids[ids.length - 1]);
    const secondPageKeys = await historyRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    expect(secondPageKeys).not.toContain(ids[ids.length - 1]);
    expect(secondPageKeys).toContain(ids[0]);
    await shot(page, 'history-page-2');

    await page.getByRole('button', { name: /上一页/ }).click();
    await tableSettled(page, 'job-runs-table');
    await expect(page.getByTestId('page-indicator')).toHaveText(/^第 1 \/ \d+ 页$/);
    await expect(historyRows(page).first()).toHaveAttribute('data-row-key', ids[ids.length - 1]);
  });

  test('加载失败时提示并可重试；没有记录时显示空状态', async ({ page }) => {
    let failRuns = true;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: { name?: string } };
      if (body?.operationName === 'JobRuns' && failRuns) {
        await route.fulfill({
          json: { data: null, errors: [{ message: '服务器内部错误，请稍后重试', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
        });
        return;
      }
      if (body?.operationName === 'JobRuns' && body.variables?.name === 'admission') {
        await route.fulfill({
          json: { data: { jobRuns: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } },
        });
        return;
      }
      await route.continue();
    });
    await login(page, 'province');
    await openMenu(page, '定时任务');
    const alert = page.getByTestId('error-alert');
    await expect(alert).toContainText('执行记录加载失败');
    await expect(alert).toContainText('服务器内部错误，请稍后重试');
    await shot(page, 'error');

    failRuns = false;
    await alert.getByRole('button', { name: btn('重试') }).click();
    await expect(alert).toHaveCount(0);
    await tableSettled(page, 'job-runs-table');
    await expect(historyRows(page).first()).toBeVisible();

    await page.getByTestId('job-filter').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '公示期满入库' }).click();
    await expect(page.getByTestId('job-runs-table').getByText('暂无执行记录')).toBeVisible();
    await expect(page.getByTestId('total-count')).toHaveText('共 0 条');
  });

  test('其他角色没有定时任务菜单，直接访问显示无权访问', async ({ page }) => {
    await login(page, 'chengde');
    await expect(sideMenu(page).getByRole('menuitem', { name: '定时任务' })).toHaveCount(0);
    await page.goto('/jobs');
    await expect(page.getByText('无权访问', { exact: true })).toBeVisible();
  });
});
