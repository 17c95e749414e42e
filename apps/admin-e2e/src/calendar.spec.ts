import { expect, login, openMenu, sideMenu, test } from './support';

test.describe('节假日日历', () => {
  test('省级用户新增2027年度与一个节假日，确认后删除', async ({ page }) => {
    await login(page, 'province');
    await openMenu(page, '节假日日历');
    await expect(page.getByRole('tab', { name: '2026年' })).toBeVisible();

    // The year: 2027 is not in the seeded data (the holiday package stops at 2026).
    await page.getByRole('button', { name: '新增年度' }).click();
    const yearDialog = page.getByRole('dialog', { name: '新增年度节假日安排' });
    await yearDialog.getByLabel('年度').fill('2027');
    await yearDialog.getByLabel('来源').fill('国务院办公厅关于2027年部分节假日安排的通知');
    await yearDialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText('已新增2027年节假日安排')).toBeVisible();
    await expect(yearDialog).toBeHidden();
    await expect(page.getByRole('tab', { name: '2027年' })).toHaveAttribute('aria-selected', 'true');

    // One holiday, added through the day dialog.
    await page.getByRole('button', { name: '新增日期' }).click();
    const dayDialog = page.getByRole('dialog', { name: '新增2027年节假日/调休上班日' });
    await dayDialog.getByLabel('日期').fill('2027-01-01');
    await dayDialog.getByLabel('日期').press('Enter');
    await dayDialog.getByLabel('名称').fill('元旦');
    await dayDialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dayDialog).toBeHidden();

    const row = page.getByTestId('calendar-days-table').getByRole('row', { name: /2027-01-01/ });
    await expect(row).toContainText('星期五');
    await expect(row).toContainText('节假日');
    await expect(row).toContainText('元旦');

    // Destructive: asks first, explains the consequence, then removes.
    await row.getByRole('button', { name: /删\s*除/ }).click();
    const confirm = page.locator('.ant-popconfirm:visible');
    await expect(confirm).toContainText('确定删除该日期吗？');
    await expect(confirm).toContainText('删除后工作日计算将立即变化');
    await confirm.getByRole('button', { name: /确\s*定/ }).click();
    await expect(page.getByText('已删除 2027-01-01')).toBeVisible();
    await expect(page.getByTestId('calendar-days-table').getByRole('row', { name: /2027-01-01/ })).toHaveCount(0);
  });

  test('同一年度不能重复新增', async ({ page }) => {
    await login(page, 'province');
    await openMenu(page, '节假日日历');
    await page.getByRole('button', { name: '新增年度' }).click();
    const dialog = page.getByRole('dialog', { name: '新增年度节假日安排' });
    await dialog.getByLabel('年度').fill('2026');
    await dialog.getByLabel('来源').fill('重复录入');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog.getByText('2026年的节假日安排已存在，请直接编辑')).toBeVisible();
  });
});

test.describe('下一年度节假日提醒', () => {
  test('12月1日起下一年度未录入时，工作台与日历页显示提醒横幅', async ({ page }) => {
    // The server decides from its clock; the UI only has to show what calendarStatus says.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'CalendarStatus') return route.continue();
      await route.fulfill({
        json: {
          data: {
            calendarStatus: {
              __typename: 'CalendarStatusType',
              today: '2026-12-01',
              nextYear: 2027,
              nextYearMissing: true,
              loadedYears: [2025, 2026],
            },
          },
        },
      });
    });
    await login(page, 'province');
    // 仪表盘 is the province's home; the reminder sits on 工作台.
    await sideMenu(page).getByRole('menuitem', { name: '工作台' }).click();
    await expect(page.getByTestId('calendar-banner')).toContainText('2027年节假日安排尚未录入，请及时维护');
    await page.getByTestId('calendar-banner').getByRole('button', { name: '去维护' }).click();
    await expect(page.getByRole('heading', { name: '节假日日历' })).toBeVisible();
    await expect(page.getByTestId('calendar-banner')).toContainText('2027年节假日安排尚未录入，请及时维护');
  });

  test('市级用户的工作台不显示节假日提醒', async ({ page }) => {
    await login(page, 'chengde');
    await sideMenu(page).getByRole('menuitem', { name: '工作台' }).click();
    await expect(page.getByTestId('welcome-card')).toBeVisible();
    await expect(page.getByTestId('calendar-banner')).toHaveCount(0);
  });
});
