import path from 'node:path';
import { ALL_MENU_LABELS, DEMO_ROLES, expect, fillLogin, login, loginThroughForm, SCREENSHOT_DIR, sideMenu, test } from './support';

test.describe('各角色登录与菜单', () => {
  for (const role of DEMO_ROLES) {
    test(`${role.username}：登录后只看到本角色的菜单`, async ({ page }) => {
      await loginThroughForm(page, role.username);

      await expect(page.getByTestId('system-name')).toHaveText('河北省优质中小企业服务资源库');
      await expect(page.getByTestId('current-user-name')).toHaveText(role.displayName);
      await expect(page.getByTestId('current-user-role')).toHaveText(role.roleLabel);
      if (role.division) await expect(page.getByTestId('current-user-division')).toHaveText(role.division);

      // Exactly this role's items, in order — and none of the others'. A queue with work shows its count after the label.
      await expect(sideMenu(page).getByRole('menuitem')).toHaveText(role.menu.map((label) => new RegExp(`^${label}\\d*$`)));
      for (const other of ALL_MENU_LABELS.filter((label) => !role.menu.includes(label))) {
        await expect(sideMenu(page).getByRole('menuitem', { name: other, exact: true })).toHaveCount(0);
      }

      // The landing page has finished loading before the picture is taken.
      await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
      await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${role.username}.png`), fullPage: true });
    });
  }
});

test.describe('登录与权限', () => {
  test('未登录访问受保护页面会转到登录页，登录后回到原页面', async ({ page }) => {
    await page.goto('/institutions');
    await expect(page).toHaveURL(/\/login$/);
    await fillLogin(page, 'baoding');
    await expect(page).toHaveURL(/\/institutions$/);
    await expect(page.getByRole('heading', { name: '服务机构' })).toBeVisible();
  });

  test('必填校验与错误的密码都以中文提示', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByText('请输入用户名')).toBeVisible();
    await expect(page.getByText('请输入密码')).toBeVisible();
    await fillLogin(page, 'analyst', 'wrong-password');
    await expect(page.getByTestId('login-error')).toHaveText(/用户名或密码错误/);
    await expect(page).toHaveURL(/\/login$/);
  });

  test('登录凭证失效时清除会话并提示重新登录', async ({ page }) => {
    await page.goto('/login');
    await page.evaluate(() => window.localStorage.setItem('hebei-sme-admin.token', 'not-a-valid-token'));
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByTestId('session-expired')).toHaveText('登录已过期，请重新登录');
    expect(await page.evaluate(() => window.localStorage.getItem('hebei-sme-admin.token'))).toBeNull();
  });

  test('无权限的页面显示“无权访问”', async ({ page }) => {
    await login(page, 'chengde');
    await page.goto('/audit-logs');
    await expect(page.getByText('无权访问', { exact: true })).toBeVisible();
    await expect(sideMenu(page).getByRole('menuitem', { name: '审计日志' })).toHaveCount(0);
  });

  test('尚未上线的功能显示明确的占位说明', async ({ page }) => {
    await login(page, 'province');
    await sideMenu(page).getByRole('menuitem', { name: '年度评价' }).click();
    await expect(page.getByText('该功能将在后续版本上线')).toBeVisible();
  });

  test('退出登录后回到登录页', async ({ page }) => {
    await login(page, 'enterprise');
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/registry');
    await expect(page).toHaveURL(/\/login$/);
  });
});
