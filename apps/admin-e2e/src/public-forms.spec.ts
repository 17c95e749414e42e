import { CAPTCHA_TEST_ANSWER, expect, fillLogin, login, screenshot, solveCaptcha, test } from './support';

/** Issue #12 item 10: captcha on the public forms, consent to the privacy notice, and the 帮助 page. */
test.describe('公开表单与帮助', () => {
  test('登录页和系统页眉都能打开帮助：各角色指南、服务热线、指南条款', async ({ page }) => {
    await page.goto('/login');
    await page.getByTestId('help-link').click();
    await expect(page).toHaveURL(/\/help$/);
    const help = page.getByTestId('help-page');
    await expect(help.getByTestId('help-hotline')).toContainText(/\d{3,4}-\d{7,8}/);
    for (const role of ['中小企业', '服务机构', '县级主管部门', '市级主管部门', '省工业和信息化厅', '数据分析人员']) {
      await expect(help.getByTestId('help-guides').getByRole('button', { name: role })).toBeVisible();
    }
    // A guide's article reference jumps to the article.
    await help.getByTestId('help-guides').getByRole('link', { name: '第八条' }).first().click();
    await expect(page).toHaveURL(/#art-8$/);
    await expect(page.locator('#art-8')).toContainText('入库程序');
    await screenshot(page, 'help');

    await login(page, 'enterprise');
    await page.getByTestId('header-help').click();
    await expect(page).toHaveURL(/\/help$/);
    await page.getByRole('link', { name: '返回系统' }).click();
    await expect(page.getByTestId('current-user-name')).toBeVisible();
    for (const path of ['/public/registry', '/public/notices']) {
      await page.goto(path);
      await expect(page.getByTestId('header-help')).toBeVisible();
    }
  });

  test('连续3次密码错误后须输入图形验证码；验证码错误如实提示，换一张后登录成功', async ({ page }) => {
    await page.goto('/login');
    for (let i = 1; i <= 3; i++) {
      await fillLogin(page, 'jingxiu', `Wrong#pass${i}`);
      await expect(page.getByTestId('login-error')).toHaveText('用户名或密码错误');
    }
    const captcha = page.getByTestId('captcha');
    await expect(captcha).toBeVisible();
    await expect(captcha.locator('img[alt="图形验证码"]')).toBeVisible();
    await page.getByLabel('密码', { exact: true }).fill('Hebei@2026');
    await page.getByRole('textbox', { name: '图形验证码' }).fill('ZZZZ');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByTestId('login-error')).toHaveText('验证码错误或已失效，请刷新验证码后重新输入');
    await expect(page.getByRole('textbox', { name: '图形验证码' })).toHaveValue('');
    await screenshot(page, 'login-captcha');
    await page.getByTestId('captcha-refresh').click();
    await expect(captcha.locator('img[alt="图形验证码"]')).toBeVisible();
    await page.getByLabel('密码', { exact: true }).fill('Hebei@2026');
    await page.getByRole('textbox', { name: '图形验证码' }).fill(CAPTCHA_TEST_ANSWER.toLowerCase());
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByTestId('current-user-name')).toBeVisible();
  });

  test('注册须同意《隐私声明》并输入图形验证码', async ({ page }) => {
    await page.goto('/register/enterprise');
    const form = page.getByTestId('register-enterprise-form');
    await expect(form.getByTestId('captcha').locator('img[alt="图形验证码"]')).toBeVisible();
    await page.getByRole('button', { name: '注册并登录' }).click();
    await expect(form.getByText('请阅读并同意《隐私声明》')).toBeVisible();
    await expect(form.getByText('请输入图形验证码')).toBeVisible();
    await form.getByTestId('privacy-notice-link').click();
    const notice = page.getByRole('dialog', { name: '隐私声明' });
    await expect(notice.getByTestId('privacy-notice')).toContainText('收集的信息');
    await notice.getByRole('button', { name: '我已阅读并同意' }).click();
    await expect(form.getByRole('checkbox', { name: /我已阅读并同意/ })).toBeChecked();
    await expect(form.getByText('请阅读并同意《隐私声明》')).toHaveCount(0);
    await solveCaptcha(form);
    await expect(form.getByText('请输入图形验证码')).toHaveCount(0);
    await screenshot(page, 'register-consent');
  });
});
