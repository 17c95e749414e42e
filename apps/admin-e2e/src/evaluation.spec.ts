import type { Page } from '@playwright/test';
import { expect, login, openMenu, screenshot, tableSettled, test } from './support';

const shot = (page: Page, name: string, fullPage = true) => screenshot(page, `evaluation-${name}`, fullPage);

test.describe('年度评价', () => {
  test('省级用户只用键盘为最后三份评分表评分并发布结果；机构查看本机构评价结果', async ({ page }) => {
    await login(page, 'province');
    await openMenu(page, '年度评价');
    await expect(page.getByTestId('campaign-select')).toContainText('2025年度服务机构评价');
    await expect(page.getByRole('tab', { name: '待评分（3）' })).toBeVisible();
    await tableSettled(page, 'evaluation-sheets');
    const rows = page.getByTestId('evaluation-sheets').locator('.ant-table-row');
    await expect(rows).toHaveCount(3);
    await shot(page, 'pending');

    // Keyboard only: focus the first sheet's button and press Enter; in each sheet type, Tab, type, Enter.
    await rows.first().getByRole('button').focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByTestId('score-sheet');
    const names: string[] = [];
    for (let k = 0; k < 3; k++) {
      const capability = sheet.getByTestId('score-CAPABILITY');
      await expect(capability).toBeFocused();
      const name = (await sheet.getByTestId('sheet-institution').textContent())!;
      expect(names).not.toContain(name);
      names.push(name);
      await page.keyboard.type(String(12 + k));
      await page.keyboard.press('Tab');
      await expect(sheet.getByTestId('score-COMPLIANCE')).toBeFocused();
      await page.keyboard.type('8');
      if (k === 0) await shot(page, 'sheet');
      await page.keyboard.press('Enter');
      if (k < 2) await expect(sheet.getByTestId('sheet-institution')).not.toHaveText(name);
    }
    await expect(page.getByText('已保存，全部评分表均已评分')).toBeVisible();
    await expect(page.getByTestId('evaluation-progress')).toContainText(/已评分 (\d+) \/ \1 份/);

    await page.getByRole('tab', { name: '结果' }).click();
    await tableSettled(page, 'evaluation-sheets');
    await expect(page.getByTestId('evaluation-distribution')).toBeVisible();
    await shot(page, 'results');
    await page.getByTestId('publish').click();
    await page.getByRole('button', { name: /确认发布/ }).click();
    await expect(page.getByText('评价结果已发布')).toBeVisible();
    await expect(page.getByText('已发布（结果冻结）')).toBeVisible();
    await shot(page, 'published');

    await login(page, 'institution');
    await openMenu(page, '年度评价结果');
    const mine = page.getByTestId('my-sheet-2025');
    await expect(mine).toBeVisible();
    await expect(mine.getByTestId('my-total')).toHaveText(/^\d+(\.\d)?$/);
    await expect(mine).toContainText('信息上报');
    await shot(page, 'institution');
  });
});
