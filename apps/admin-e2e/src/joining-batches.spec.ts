import { btn, expect, shot, test } from './joining-support';
import { login } from './support';

test.describe('申报批次（省级）', () => {
  test('新建批次（未开放），开放申报后再截止', async ({ page }) => {
    const name = `${new Date().getFullYear() + 1}年第一批（端到端）`;
    await login(page, 'province');
    await page.getByTestId('side-menu').getByRole('menuitem', { name: '申报批次' }).click();
    await expect(page.getByRole('heading', { name: '申报批次' })).toBeVisible();
    const table = page.getByTestId('batches-table');
    // The open demo batch shows its applications by status.
    await expect(table.locator('.ant-table-row').filter({ hasText: '第二批' }).getByTestId('batch-counts')).toContainText('已提交');

    await page.getByRole('button', { name: '新建批次' }).click();
    const dialog = page.getByRole('dialog', { name: '新建申报批次' });
    await dialog.getByLabel('批次名称').fill(name);
    await dialog.getByLabel('线上填报截止日期（含当日）').fill('2027-06-13');
    await dialog.getByLabel('线上填报截止日期（含当日）').press('Enter');
    await dialog.getByLabel('纸质材料报送截止日期（含当日）').fill('2027-06-10');
    await dialog.getByLabel('纸质材料报送截止日期（含当日）').press('Enter');
    await dialog.getByRole('button', { name: btn('保存') }).click();
    await expect(dialog.getByText('纸质材料截止日期不能早于线上截止日期')).toBeVisible();
    await dialog.getByLabel('纸质材料报送截止日期（含当日）').fill('2027-06-15');
    await dialog.getByLabel('纸质材料报送截止日期（含当日）').press('Enter');
    await dialog.getByRole('button', { name: btn('保存') }).click();
    await expect(dialog).toBeHidden();

    const row = table.locator('.ant-table-row').filter({ hasText: name });
    await expect(row.getByTestId('batch-status')).toHaveText('未开放');
    await expect(row).toContainText('2027-06-13');
    await expect(row).toContainText('暂无已提交的申请');
    await row.getByRole('button', { name: '开放申报' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '开放申报' }).click();
    await expect(row.getByTestId('batch-status')).toHaveText('申报中');
    await shot(page, 'batches', { quiet: true });
    await row.getByRole('button', { name: '截止申报' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '截止申报' }).click();
    await expect(row.getByTestId('batch-status')).toHaveText('已截止');
  });
});
