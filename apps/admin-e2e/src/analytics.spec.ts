import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, login, openMenu, pickOption, screenshot, sideMenu, test } from './support';

const NAME = '各市每月预约数与平均评分';

const shot = (page: Page, name: string, fullPage = true) => screenshot(page, `analytics-${name}`, fullPage);

async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await pickOption(page, option);
}

test.describe('数据分析（issue #11）', () => {
  test.describe.configure({ mode: 'serial' });

  test('分析人员按市 × 月统计预约数与平均评分，画图、下钻、保存共享并导出', async ({ page }) => {
    await login(page, 'analyst');
    await openMenu(page, '数据分析');
    const builder = page.getByTestId('query-builder');
    await expect(builder).toBeVisible();

    await choose(page, '数据集', '服务预约');
    await choose(page, '添加维度', '所在地区');
    await expect(builder.getByTestId('dimension-0').getByText('市级')).toBeVisible();
    await choose(page, '添加维度', '提交日期');
    await expect(builder.getByTestId('dimension-1').getByText('按月')).toBeVisible();
    await page.getByLabel('统计指标', { exact: true }).click();
    await page.keyboard.type('评分平均');
    await pickOption(page, '评分平均值');
    await page.keyboard.press('Escape');

    // The domain's explanation, live and without SQL.
    const explanation = page.getByTestId('query-explanation');
    await expect(explanation).toHaveText(/按所在地区（市级）、提交日期（按月）汇总，计算.*预约数.*评分平均值/);
    await expect(explanation).not.toContainText('SELECT');

    await page.getByTestId('run-query').click();
    const table = page.getByTestId('analytics-result-table');
    await expect(table.locator('.ant-table-row').first()).toBeVisible();
    await expect(table).toContainText('承德市');
    await expect(table).toContainText(/\d{4}年\d{1,2}月/);
    await expect(page.getByTestId('result-summary')).toContainText(/共 \d+ 组/);
    await shot(page, '1-table');

    // Chart: bar, stacked bar, line, pie, and the heat table of Hebei's cities.
    await page.getByText('图表', { exact: true }).click();
    await expect(page.getByTestId('analytics-chart')).toHaveAttribute('data-chart-type', 'BAR');
    await expect(page.getByTestId('analytics-chart').locator('canvas')).toBeVisible();
    await shot(page, '2-bar');
    for (const [label, type] of [
      ['堆叠柱状图', 'STACKED_BAR'],
      ['折线图', 'LINE'],
      ['饼图', 'PIE'],
    ] as const) {
      await choose(page, '图表类型', label);
      await expect(page.getByTestId('analytics-chart')).toHaveAttribute('data-chart-type', type);
    }
    await shot(page, '3-pie');
    await choose(page, '图表类型', '城市热力表');
    const heat = page.getByTestId('analytics-heat-table');
    await expect(heat).toContainText('石家庄市');
    await expect(heat).toContainText('雄安新区');
    await shot(page, '4-heat-table');
    await choose(page, '图表类型', '柱状图');

    // Save and share.
    await page.getByTestId('save-query').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill(NAME);
    await dialog.getByRole('switch').first().click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText('已保存并共享')).toBeVisible();
    await expect(page.getByTestId('saved-query-name')).toContainText(NAME);
    await expect(page).toHaveURL(/\/analytics\?saved=\d+$/);

    // Export: .xlsx and .csv, with Chinese headers.
    for (const format of ['xlsx', 'csv'] as const) {
      await page.getByTestId('export-button').hover();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: format === 'xlsx' ? '导出 Excel（.xlsx）' : '导出 CSV（.csv）' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
      const file = await download.path();
      if (format === 'csv') {
        const text = fs.readFileSync(file, 'utf8');
        expect(text).toContain('所在地区');
        expect(text).toContain('承德市');
      } else {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
        const text = wb.worksheets[0]
          .getSheetValues()
          .flat()
          .map((v) => String(v))
          .join('\n');
        expect(text).toContain('所在地区');
        expect(text).toContain('承德市');
      }
      await expect(page.getByText(new RegExp(`已导出 \\d+ 行：.*\\.${format}$`))).toBeVisible();
    }

    // Drill-through: a heat-table cell opens the bookings behind it.
    await choose(page, '图表类型', '城市热力表');
    await heat.locator('td[style*="background"]').first().click();
    await expect(page.getByText('已打开该分组背后的明细')).toBeVisible();
    await expect(page.getByTestId('query-explanation')).toContainText('逐条列出');
    await expect(page.getByTestId('query-explanation')).toContainText(/所在地区为.+市，且提交日期介于/);
    await expect(page.getByTestId('analytics-result-table').locator('.ant-table-row').first()).toBeVisible();
    await expect(page.getByTestId('rows-pager')).toBeVisible();
    await shot(page, '5-drill-rows');
  });

  test('分析人员的明细中电话脱敏', async ({ page }) => {
    await login(page, 'analyst');
    await openMenu(page, '数据分析');
    await choose(page, '数据集', '服务机构');
    await page.getByText('明细', { exact: true }).click();
    // 联系电话 is one of the dataset's default columns.
    await expect(page.getByTestId('query-builder')).toContainText('联系电话（个人信息）');
    await page.getByTestId('run-query').click();
    const table = page.getByTestId('analytics-result-table');
    await expect(table.locator('.ant-table-row').first()).toBeVisible();
    await expect(table).toContainText(/\*{3,}\d{4}/);
    await expect(table).not.toContainText(/1\d{10}/);
  });

  test('省级主管部门打开共享的查询（列表与链接），首页为仪表盘', async ({ page }) => {
    await login(page, 'province');
    await expect(page).toHaveURL(/\/insights$/);
    await expect(page.getByRole('heading', { name: '仪表盘' })).toBeVisible();
    await expect(page.getByTestId('dashboard-card').first()).toBeVisible();
    await expect(page.getByTestId('dashboard-card').first().locator('canvas, .ant-table-row').first()).toBeVisible();
    await shot(page, '6-province-dashboard');

    await sideMenu(page).getByRole('menuitem', { name: '数据分析' }).click();
    await page.getByRole('button', { name: '已保存的查询' }).click();
    const drawer = page.getByTestId('saved-queries-drawer');
    const item = drawer.getByTestId('saved-query-item').filter({ hasText: NAME });
    await expect(item).toContainText('共享');
    await item.getByRole('button', { name: '打开' }).click();
    await expect(page.getByTestId('saved-query-name')).toContainText(NAME);
    await expect(page.getByTestId('saved-query-name')).toContainText('他人创建');
    await expect(page.getByTestId('analytics-chart').locator('canvas')).toBeVisible();
    await shot(page, '7-province-opens-shared');

    // The same query from its link.
    const url = page.url();
    await page.goto('/insights');
    await page.goto(url);
    await expect(page.getByTestId('saved-query-name')).toContainText(NAME);
    await expect(page.getByTestId('analytics-chart').locator('canvas')).toBeVisible();
  });

  test('市级用户的同一共享查询只含本市', async ({ page }) => {
    await login(page, 'chengde');
    await expect(page).toHaveURL(/\/insights$/);
    await sideMenu(page).getByRole('menuitem', { name: '数据分析' }).click();
    await page.getByRole('button', { name: '已保存的查询' }).click();
    await page.getByTestId('saved-query-item').filter({ hasText: NAME }).getByRole('button', { name: '打开' }).click();
    await page.getByText('表格', { exact: true }).click();
    const table = page.getByTestId('analytics-result-table');
    await expect(table.locator('.ant-table-row').first()).toBeVisible();
    await expect(table).toContainText('承德市');
    await expect(table).not.toContainText('石家庄市');
    await shot(page, '8-chengde-table');
  });
});
