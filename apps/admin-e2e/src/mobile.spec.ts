import type { Page } from '@playwright/test';
import { btn, expect, login, screenshot, test } from './support';

/** Issue #12 item 9: the public pages, 我的预约 and the login at phone width (390 px, an iPhone 12–15). */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** The page itself never scrolls sideways (a wide table may scroll inside its own box). */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    widest: [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((el) => !el.closest('.ant-table-content, .ant-table-body, .ant-tabs-nav-wrap, [data-scroll-x]'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}`),
  }));
  expect(overflow.widest, 'elements reaching past the right edge').toEqual([]);
  expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
}

test.describe('手机宽度（390 px）', () => {
  test('登录页', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('button', { name: /登\s*录/ })).toBeVisible();
    await expect(page.getByTestId('help-link')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'mobile-390-login');
  });

  test('入库公示：名单成卡片，可提出异议', async ({ page }) => {
    await page.goto('/public/notices');
    const entries = page.getByTestId('notice-entries').first();
    await expect(entries).toBeVisible();
    await expect(page.getByTestId('header-help')).toBeVisible();
    // One card per institution instead of a table of one-character columns.
    await expect(entries.getByTestId('notice-entry').first()).toBeVisible();
    await expect(entries.locator('table')).toHaveCount(0);
    await expect(entries.getByRole('button', { name: '提出异议' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: '登录' })).toBeInViewport({ ratio: 1 });
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'mobile-390-public-notice');
  });

  test('服务资源库（公开）：筛选和机构卡片，页眉的注册、登录、帮助都可点', async ({ page }) => {
    await page.goto('/public/registry');
    await expect(page.locator('.registry-card').first()).toBeVisible();
    for (const name of ['企业注册', '登录', '帮助'])
      await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: btn('搜索') })).toBeInViewport({ ratio: 1 });
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'mobile-390-registry');
    await screenshot(page, 'mobile-390-registry-top', false);
  });

  test('我的预约：登录后的页眉可用，列表可在手机上查看', async ({ page }) => {
    await login(page, 'enterprise');
    await page.goto('/my-bookings');
    await expect(page.getByRole('heading', { name: '我的预约' })).toBeVisible();
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    for (const name of ['站内通知', '帮助', '修改密码', '退出登录'])
      await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    // The table keeps its columns and scrolls inside its own box.
    await expect(page.getByTestId('my-bookings-table').locator('.ant-table-content, .ant-table-body').first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'mobile-390-my-bookings');
  });
});
