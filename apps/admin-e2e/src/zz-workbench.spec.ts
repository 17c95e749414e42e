import { btn, expect, review, shot, test } from './joining-support';
import { login } from './support';

// 工作台 待办 and 下一条 (issue #12 item 2). Named to run last in its worker: it decides the demo's 待初审 application.

test.describe('工作台待办与下一条', () => {
  test('平泉县局的工作台显示待初审数量，点开即该页签；审核后“下一条”走完队列', async ({ page }) => {
    await login(page, 'pingquan');
    const todo = page.getByTestId('todo-PENDING_COUNTY');
    await expect(todo).toContainText('待初审');
    await expect(todo.locator('.ant-statistic-content-value')).toHaveText(/^\d+$/);
    const before = Number(await todo.locator('.ant-statistic-content-value').textContent());
    expect(before).toBeGreaterThan(0);
    await shot(page, 'workbench-01-todo');
    // Overdue unanswered bookings of the county (their count: bookings.spec in the API suite): the card opens the
    // 预约监测 card below, officers having no 预约处理 page.
    const overdue = page.getByTestId('todo-overdue');
    await expect(overdue.locator('.ant-statistic-content-value')).toHaveText(/^\d+$/);
    await overdue.click();
    await expect(page.getByTestId('booking-monitor')).toBeInViewport();
    await todo.click();
    await expect(page).toHaveURL(/\/reviews\?queue=PENDING_COUNTY$/);
    await expect(page.getByRole('tab', { name: /待初审/, selected: true })).toBeVisible();
    // The same number, not one that merely contains its digits (3 in 13).
    await expect(page.getByTestId('queue-count-PENDING_COUNTY')).toHaveText(new RegExp(`(^|\\D)${before}(\\D|$)`));

    // Walk the queue: decide the open one, 下一条 opens the next until none is left.
    await page.getByTestId('review-table').locator('.ant-table-row').first().getByRole('button').first().click();
    for (let left = before; left > 0; left--) {
      await expect(page).toHaveURL(/\/applications\/\d+$/);
      const current = page.url();
      await review(page, '通过', '材料真实完整，同意上报', '确认通过');
      const next = page.getByTestId('next-in-queue');
      await expect(next).toHaveClass(/ant-btn-primary/);
      await next.click();
      if (left > 1) await expect(page).not.toHaveURL(current);
    }
    await expect(page.getByText('待初审队列已全部处理')).toBeVisible();
    await shot(page, 'workbench-02-queue-done', { viewport: true });
    await page.getByTestId('side-menu').getByRole('menuitem', { name: '工作台' }).click();
    await expect(page.getByTestId('todo-PENDING_COUNTY').locator('.ant-statistic-content-value')).toHaveText('0');
    await expect(page.getByRole('button', { name: btn('修改密码') })).toBeVisible();
  });
});
