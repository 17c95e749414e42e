import { btn, expect, loginAs, openQueue, pdf, reviewRow, shot, test } from './joining-support';
import { login } from './support';

const RETURNED = '平泉市燕赵检测技术服务有限公司'; // applicant01, 待初审 on a fresh start
const DINGZHOU = '定州市正元检验检测有限公司'; // applicant09, Dingzhou skips the county step
const OPINION = '请补充2025年度审计报告全文，并提供服务场地租赁合同的清晰扫描件。';

test.describe('退回修改与重新提交（附件3：退回后可修改，历史保留）', () => {
  test('县级退回后，申请单位收到通知、修改并重新提交，回到待初审', async ({ page }) => {
    test.setTimeout(180_000);

    await test.step('平泉市退回修改：须填写理由', async () => {
      await login(page, 'pingquan');
      await openQueue(page, '待初审');
      await reviewRow(page, RETURNED)
        .getByRole('button', { name: btn('审核') })
        .click();
      await page.getByTestId('review-actions').getByRole('button', { name: '退回修改' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: '确认退回修改' }).click();
      await expect(dialog.getByText('请填写退回理由')).toBeVisible();
      await dialog.locator('textarea').fill(OPINION);
      await dialog.getByRole('button', { name: '确认退回修改' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('application-status')).toHaveText('已退回');
      await expect(page.getByTestId('application-timeline')).toContainText(OPINION);
    });

    await test.step('申请单位的通知铃铛显示未读，点开即标记已读并打开申请', async () => {
      await loginAs(page, 'applicant01');
      const bell = page.getByTestId('notification-bell');
      await expect(bell).toHaveAccessibleName(/站内通知，\d+条未读/);
      const unread = Number((await bell.getAttribute('aria-label'))!.match(/(\d+)条未读/)![1]);
      await bell.click();
      const panel = page.getByTestId('notification-panel');
      await expect(panel).toContainText('入库申请被退回修改');
      await expect(panel).toContainText(OPINION);
      await shot(page, 'return-01-notification', { viewport: true });
      await panel
        .getByRole('button', { name: /入库申请被退回修改/ })
        .first()
        .click();
      await expect(page).toHaveURL(/\/applications\/\d+$/);
      await expect(page.getByTestId('application-status')).toHaveText('已退回');
      await expect(bell).toHaveAccessibleName(unread > 1 ? `站内通知，${unread - 1}条未读` : '站内通知');
    });

    await test.step('修改：退回意见显示在表单上方，入库条件随保存重新判定', async () => {
      await page.getByRole('button', { name: '修改后重新提交' }).click();
      await expect(page).toHaveURL(/\/applications\/\d+\/edit$/);
      await expect(page.getByTestId('return-opinion')).toContainText(OPINION);
      await expect(page.getByTestId('return-opinion')).toContainText('县级审核部门退回修改');
      const form = page.getByTestId('application-form');
      await page.getByRole('tab', { name: '专家与场地' }).click();
      const area = form.getByLabel('服务场地（平方米）', { exact: true });
      await area.fill('149.5');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await expect(page.getByTestId('criterion-E7')).toHaveAttribute('data-status', 'FAIL');
      await expect(page.getByTestId('criterion-E7')).toContainText('服务场所 149.5 平方米，不足 150 平方米');
      await shot(page, 'return-02-editor');
      await area.fill('320');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await expect(page.getByTestId('criterion-E7')).toHaveAttribute('data-status', 'PASS');

      await page.getByRole('tab', { name: '申请材料' }).click();
      await page.getByTestId('attachment-row-8').locator('input[type=file]').setInputFiles(pdf('2025年度审计报告（全文）'));
      await expect(page.getByTestId('attachment-file-8')).toContainText('2025年度审计报告（全文）.pdf');
    });

    await test.step('重新提交后回到待初审，时间线保留退回记录', async () => {
      await page.getByRole('button', { name: '重新提交' }).click();
      const dialog = page.getByTestId('submit-modal');
      await expect(dialog).toContainText('确认重新提交申请');
      await dialog.getByRole('button', { name: '确认提交' }).click();
      await expect(page).toHaveURL(/\/applications\/\d+$/);
      await expect(page.getByTestId('application-status')).toHaveText('待初审');
      const timeline = page.getByTestId('application-timeline');
      await expect(timeline).toContainText('退回修改');
      await expect(timeline).toContainText('修改后重新提交');
      await shot(page, 'return-03-resubmitted', { quiet: true });

      await loginAs(page, 'pingquan');
      await openQueue(page, '待初审');
      await expect(reviewRow(page, RETURNED)).toContainText('待初审');
    });
  });

  test('两人同时处理同一申请：先到者成功，后到者提示已被他人处理', async ({ page, browser }) => {
    await login(page, 'dingzhou');
    await openQueue(page, '待推荐');
    // 定州 skips the county: SUBMITTED already waits for the city and says so.
    await expect(reviewRow(page, DINGZHOU)).toContainText('待推荐');
    await reviewRow(page, DINGZHOU)
      .getByRole('button', { name: btn('审核') })
      .click();
    await expect(page.getByTestId('application-summary')).toContainText('市级推荐 → 省级审核（不经县级初审）');

    const other = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    const colleague = await other.newPage();
    await login(colleague, 'dingzhou');
    await colleague.goto(page.url());
    await colleague
      .getByTestId('review-actions')
      .getByRole('button', { name: btn('推荐') })
      .click();
    await colleague.getByRole('dialog').locator('textarea').fill('服务能力较强，同意推荐。');
    await colleague.getByRole('dialog').getByRole('button', { name: '确认推荐' }).click();
    await expect(colleague.getByTestId('application-status')).toHaveText('待审核');
    await other.close();

    // This page still shows the old version.
    await page.getByTestId('review-actions').getByRole('button', { name: '退回修改' }).click();
    await page.getByRole('dialog').locator('textarea').fill('请补充材料。');
    await page.getByRole('dialog').getByRole('button', { name: '确认退回修改' }).click();
    await expect(page.getByText('该申请已被他人处理，请刷新')).toBeVisible();
    await expect(page.getByTestId('application-status')).toHaveText('待审核');
    await expect(page.getByTestId('review-actions')).toHaveCount(0);
  });

  test('未提交的草稿可以删除', async ({ page }) => {
    await login(page, 'applicant10');
    await page.getByTestId('side-menu').getByRole('menuitem', { name: '入库申报' }).click();
    const row = page.getByTestId('my-applications-table').locator('.ant-table-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('草稿');
    await row.getByRole('link', { name: '编辑' }).click();
    await page.getByRole('button', { name: '删除草稿' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: btn('删除') })
      .click();
    await expect(page.getByText('草稿已删除')).toBeVisible();
    await expect(page).toHaveURL(/\/applications$/);
    await expect(page.getByTestId('my-applications-table')).toContainText('尚无申请');
  });
});
