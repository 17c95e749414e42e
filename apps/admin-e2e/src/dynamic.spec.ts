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
  // The current period's report through the form: a draft first, then submitted (on time: the deadline is ahead).
  const currentDeadline = (await page.getByTestId('current-period').locator('.ant-statistic-content-value').first().textContent())!.trim();
  expect(currentDeadline).toMatch(/^\d{4}-\d{2}-15$/);
  await page.getByTestId('report-current').click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('report-booking-figures')).toBeVisible();
  await drawer.getByLabel('提供服务次数').fill('36');
  await drawer.getByLabel('服务企业数', { exact: true }).fill('24');
  await drawer.getByLabel('其中点对点服务企业数').fill('9');
  await drawer.getByLabel('公益性服务次数').fill('3');
  await drawer.getByLabel('服务收入（万元）').fill('58.5');
  await drawer.getByLabel('公益性服务情况').fill('参加“百场万家”公益服务活动3场，为县域企业免费开展数字化诊断。');
  await drawer.getByLabel('举办或参加的活动').fill('举办数字化转型专题对接会1场，参加“一起益企”服务行动2场。');
  await drawer
    .getByLabel('本期服务情况综述')
    .fill('本期围绕平泉市中小企业数字化转型需求，开展上门诊断和线上咨询，服务企业24家，企业反馈良好。');
  await drawer.getByTestId('report-save').click();
  await expect(page.locator('.ant-message').getByText('草稿已保存')).toBeVisible();
  await shot(page, '02-institution-report-form', false);
  await drawer.getByTestId('report-submit').click();
  await expect(page.locator('.ant-message').getByText('报告已提交（按时）')).toBeVisible();
  await expect(drawer).toBeHidden();
  // In the history the period now reads 按时填报, with the submitted figures kept.
  const currentRow = page
    .getByTestId('report-periods')
    .locator('tr')
    .filter({ has: page.getByTestId(`report-open-${currentDeadline}`) });
  await expect(currentRow.locator('[data-status="ON_TIME"]')).toBeVisible();
  await expect(page.getByTestId('current-period').locator('[data-status="ON_TIME"]')).toBeVisible();
  await shot(page, '02b-institution-report-submitted');

  // A major change report with an evidence file, through the form.
  const postalCode = '099999';
  await openMenu(page, '重大变化报告');
  await tableSettled(page, 'change-reports-table');
  await page.getByTestId('change-new').click();
  const changeModal = page.getByRole('dialog');
  await expect(changeModal).toBeVisible();
  await changeModal.getByLabel('变化类型').click();
  await page.locator('.ant-select-dropdown:visible').getByText('其他与入库条件有关的重大变化', { exact: true }).click();
  const changeDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - 10 * 86_400_000));
  // The form holds the date once its due date shows (typed text alone is not the form's value); a keystroke lost
  // while the picker opens under load is typed again.
  await expect(async () => {
    await changeModal.getByLabel('变化发生日期').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(changeDate);
    await page.keyboard.press('Enter');
    await expect(changeModal.getByText(/^应于 \d{4}-\d{2}-\d{2} 前报告/)).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await changeModal.getByTestId('change-add-field').click();
  await changeModal.locator('.ant-select').filter({ hasText: '变化事项' }).click();
  await page.locator('.ant-select-dropdown:visible').getByText('邮政编码', { exact: true }).click();
  await changeModal.getByPlaceholder('变化后', { exact: true }).fill(postalCode);
  await changeModal.getByLabel('变化情况说明').fill('机构办公场所所在片区邮政编码调整，特此报告，服务能力和入库条件不受影响。');
  await changeModal.locator('input[type="file"]').setInputFiles({
    name: '邮政编码调整说明.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  });
  await expect(changeModal.getByText('邮政编码调整说明.pdf')).toBeVisible();
  await expect(changeModal.locator('.ant-upload-list-item-done')).toHaveCount(1);
  await expect(changeModal.locator('.ant-upload-list-item-error')).toHaveCount(0);
  await shot(page, '03-institution-change-form', false);
  await changeModal.getByRole('button', { name: btn('提交报告') }).click();
  // Either the form closes or it says why not: a refusal fails here with its own words.
  const refused = changeModal.locator('.ant-form-item-explain-error, [data-testid="change-error"]');
  await expect.poll(async () => (await refused.count()) > 0 || !(await changeModal.isVisible())).toBe(true);
  expect(await refused.allTextContents(), 'the change report is accepted').toEqual([]);
  await expect(changeModal).toBeHidden();
  await tableSettled(page, 'change-reports-table');
  const filed = page.getByTestId('change-reports-table').locator('.ant-table-row').filter({ hasText: changeDate });
  await expect(filed.getByText('待市级核实')).toBeVisible();
  await shot(page, '03b-institution-change-submitted');
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
  // The report the institution just filed (the demo's own waiting report stays in the queue).
  const verify = page
    .getByTestId('verification-table')
    .locator('.ant-table-row')
    .filter({ hasText: changeDate })
    .getByRole('button', { name: btn('核实') });
  await verify.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('邮政编码调整说明.pdf')).toBeVisible();
  await expect(dialog.getByText(postalCode)).toBeVisible();
  await dialog.getByTestId('verify-note').fill('经核实，邮政编码调整后仍符合入库条件。');
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
