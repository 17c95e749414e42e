import type { Page } from '@playwright/test';
import { btn, expect, login, logout, openMenu, screenshot, tableSettled, test } from './support';

const shot = (page: Page, name: string, fullPage = true) => screenshot(page, `dynamic-${name}`, fullPage);

test.describe.configure({ mode: 'serial' });

test('动态管理：机构填报与报告变化 → 市级监测与核实 → 省级通报与移出', async ({ page }) => {
  test.setTimeout(240_000); // three users and eleven screens in one walk
  // --- institution: 季度填报 (countdown, form, history) and 重大变化报告
  await login(page, 'institution');
  await openMenu(page, '季度填报');
  await expect(page.getByTestId('current-period')).toBeVisible();
  await expect(page.getByTestId('days-left')).toBeVisible();
  await tableSettled(page, 'report-periods');
  await expect(page.getByTestId('report-periods').locator('[data-status="LATE"]').first()).toBeVisible();
  await shot(page, '01-institution-reports');
  await page.getByTestId('report-current').click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await shot(page, '02-institution-report-form', false);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await openMenu(page, '重大变化报告');
  await tableSettled(page, 'change-reports-table');
  await page.getByTestId('change-new').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shot(page, '03-institution-change-form', false);
  await page.keyboard.press('Escape');
  await logout(page);

  // --- city: 填报监测 (red misses) and 变化核实
  await login(page, 'chengde');
  await openMenu(page, '填报监测');
  await tableSettled(page, 'compliance-table');
  await expect(page.getByTestId('compliance-summary')).toBeVisible();
  await expect(page.getByTestId('compliance-table').locator('[data-status="MISSED"]').first()).toBeVisible();
  await shot(page, '04-city-compliance');

  await openMenu(page, '变化核实');
  await tableSettled(page, 'verification-table');
  const verify = page
    .getByTestId('verification-table')
    .getByRole('button', { name: btn('核实') })
    .first();
  await verify.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('verify-note').fill('经核实，更名后仍符合入库条件。');
  await shot(page, '05-city-verify', false);
  await dialog.getByRole('button', { name: btn('提交核实意见') }).click();
  await expect(page.locator('.ant-message').getByText('已核实：仍符合入库条件')).toBeVisible();
  await logout(page);

  // --- province: 填报监测 with the city summary, 通报, 移出管理, 禁入名单
  await login(page, 'province');
  await openMenu(page, '填报监测');
  await tableSettled(page, 'compliance-table');
  await expect(page.getByTestId('compliance-summary').getByText('承德市')).toBeVisible();
  await shot(page, '06-province-compliance');

  await openMenu(page, '通报');
  await tableSettled(page, 'notices-table');
  await expect(page.getByTestId('notices-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
  await shot(page, '07-province-notices');

  await openMenu(page, '移出管理');
  await tableSettled(page, 'removal-cases-table');
  // The case decided here, by its institution: the 已移出 tab already holds the demo's earlier removal.
  const pendingCase = page
    .getByTestId('removal-cases-table')
    .locator('.ant-table-row')
    .filter({ has: page.getByRole('button', { name: btn('会议决定') }) })
    .first();
  const removedName = (await pendingCase.locator('strong').first().textContent())!;
  expect(removedName).not.toBe('');
  await pendingCase.getByRole('button', { name: btn('会议决定') }).click();
  const decideDialog = page.getByRole('dialog');
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await decideDialog.getByTestId('decide-meeting-date').click();
  await page.keyboard.type(today);
  await page.keyboard.press('Enter');
  await decideDialog.getByTestId('decide-minute-ref').fill('冀工信中小〔2026〕12号');
  await shot(page, '08-province-decide', false);
  await decideDialog.getByRole('button', { name: btn('作出决定') }).click();
  // The confirmation before removal.
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm.locator('.ant-modal-confirm-title')).toHaveText('确认移出服务资源库？');
  await shot(page, '09-province-confirm-removal', false);
  await confirm.getByRole('button', { name: btn('确认移出') }).click();
  await expect(page.locator('.ant-message').getByText('已移出服务资源库')).toBeVisible();

  await page.getByRole('tab', { name: '已移出' }).click();
  await tableSettled(page, 'removal-cases-table');
  const removedCase = page.getByTestId('removal-cases-table').locator('.ant-table-row').filter({ hasText: removedName });
  await expect(removedCase.getByTestId('case-status')).toBeVisible();
  await shot(page, '10-province-removed');

  await openMenu(page, '禁入名单');
  await tableSettled(page, 'bans-table');
  await expect(page.getByTestId('bans-table').getByText('限制期内').first()).toBeVisible();
  await shot(page, '11-province-bans');
});
