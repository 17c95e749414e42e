import { makeUscc, PRIVACY_NOTICE_VERSION } from '@hebei/domain';
import type { APIRequestContext, Page } from '@playwright/test';
import { btn, CAPTCHA_TEST_ANSWER, expect, fillLogin, gql, login, logout, openMenu, screenshot, solveCaptcha, test } from './support';

// 本单位账号, 忘记密码 and 密码策略 (issue #12 item 1, ADR 0021). Each test signs up its own institution: the demo
// accounts other specs use keep their passwords.

const shot = (page: Page, name: string, fullPage = false) => screenshot(page, `accounts-org-${name}`, fullPage);
const PASSWORD = 'Org#Admin2026x';

async function signUp(request: APIRequestContext, name: string, username: string): Promise<{ uscc: string }> {
  const challenge = await gql(request, '{ captcha { id } }', {});
  const uscc = makeUscc(
    `91130881MA0${username
      .slice(-2)
      .toUpperCase()
      .replace(/[IOZSV]/g, '0')}${String(Date.now() % 10000).padStart(4, '0')}`,
  );
  const reg = await gql(request, 'mutation($i: InstitutionRegistrationInput!) { registerInstitution(input: $i) { token } }', {
    i: {
      name,
      uscc,
      divisionCode: '130881',
      contactPerson: '王建国',
      contactPhone: '13931400000',
      username,
      password: PASSWORD,
      privacyConsentVersion: PRIVACY_NOTICE_VERSION,
      captcha: { id: challenge.data.captcha.id, answer: CAPTCHA_TEST_ANSWER },
    },
  });
  expect(reg.errors).toBeUndefined();
  return { uscc };
}

/** The forced 修改初始密码 card after a one-time password, then the shell. */
async function changeForced(page: Page, oneTime: string, next: string): Promise<void> {
  const forced = page.getByTestId('forced-password-change');
  await expect(forced).toBeVisible();
  await expect(page.getByTestId('side-menu')).toHaveCount(0);
  await forced.getByLabel('当前密码').fill(oneTime);
  await forced.getByLabel('新密码', { exact: true }).fill(next);
  await forced.getByLabel('确认新密码').fill(next);
  await forced.getByRole('button', { name: btn('修改密码') }).click();
  await expect(page.getByTestId('current-user-name')).toBeVisible();
}

async function oneTimePassword(page: Page): Promise<string> {
  const secret = page.getByTestId('one-time-password');
  await expect(secret).toBeVisible();
  const password = (await secret.textContent())!.trim();
  expect(password).toMatch(/^\S{12}$/);
  return password;
}

test.describe('本单位账号与忘记密码', () => {
  test('机构管理员添加同事；同事用一次性密码登录后必须先修改密码', async ({ page, request }) => {
    test.slow();
    await signUp(request, '平泉市多用户E2E测试有限公司', 'e2eorgadmin1');
    await page.goto('/login');
    await fillLogin(page, 'e2eorgadmin1', PASSWORD);
    await expect(page.getByTestId('current-user-name')).toHaveText('平泉市多用户E2E测试有限公司');
    await openMenu(page, '本单位账号');
    await expect(page.getByRole('heading', { name: '本单位账号' })).toBeVisible();
    const table = page.getByTestId('org-accounts-table');
    await expect(table.locator('.ant-table-row')).toHaveCount(1);
    await expect(table).toContainText('本单位管理员');

    await page.getByRole('button', { name: /添加同事账号/ }).click();
    const form = page.getByTestId('create-colleague-form');
    await form.getByLabel('姓名').fill('张同事');
    // A taken username is said beside its field.
    await form.getByLabel('登录用户名').fill('province');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: btn('创建') })
      .click();
    await expect(form.getByText('用户名已被占用')).toBeVisible();
    await form.getByLabel('登录用户名').fill('e2ecolleague1');
    await shot(page, '01-add-colleague');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: btn('创建') })
      .click();
    const password = await oneTimePassword(page);
    await shot(page, '02-one-time-password');
    await page.getByRole('button', { name: btn('我已记下') }).click();
    const row = table.locator('.ant-table-row').filter({ hasText: 'e2ecolleague1' });
    await expect(row).toContainText('待修改初始密码');
    await expect(row).toContainText('普通用户');
    await shot(page, '03-list', true);

    await logout(page);
    await page.goto('/login');
    await fillLogin(page, 'e2ecolleague1', password);
    await changeForced(page, password, 'Colleague#Pq2026');
    await expect(page.getByTestId('current-user-name')).toHaveText('张同事');
    // Same organisation's data; no 本单位账号 for a colleague who is no admin.
    await expect(page.getByTestId('side-menu')).toContainText('本机构信息');
    await expect(page.getByTestId('side-menu').getByRole('menuitem', { name: '本单位账号' })).toHaveCount(0);
  });

  test('用户提交忘记密码，县级主管部门同意后凭一次性密码登录', async ({ page, request }) => {
    test.slow();
    const { uscc } = await signUp(request, '平泉市忘记密码E2E测试有限公司', 'e2eforgot1');
    await page.goto('/login');
    await page.getByTestId('forgot-password-link').click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    const card = page.getByTestId('forgot-password');
    await card.getByLabel('用户名').fill('e2eforgot1');
    await card.getByLabel('统一社会信用代码').fill(uscc);
    await card.getByLabel('单位登记的联系电话').fill('13931400000');
    await solveCaptcha(card);
    await shot(page, '04-forgot-password');
    await card.getByRole('button', { name: btn('提交申请') }).click();
    await expect(page.getByTestId('forgot-password-sent')).toBeVisible();
    await shot(page, '05-forgot-password-sent');

    await login(page, 'pingquan');
    // The 工作台's 待办 counts the waiting request and opens the pending list; the menu carries a badge.
    const todo = page.getByTestId('todo-resets');
    await expect(todo).toBeVisible();
    await expect(page.getByTestId('menu-badge-password-resets')).toBeVisible();
    await todo.click();
    await expect(page).toHaveURL(/\/password-resets\?f\.status=PENDING$/);
    await expect(page.getByTestId('password-resets-table').locator('.ant-table-row').filter({ hasText: 'e2eforgot1' })).toBeVisible();
    await openMenu(page, '密码重置申请');
    const row = page.getByTestId('password-resets-table').locator('.ant-table-row').filter({ hasText: 'e2eforgot1' });
    await expect(row.getByTestId('reset-status')).toHaveText('待处理');
    await expect(row).toContainText('平泉市忘记密码E2E测试有限公司');
    await shot(page, '06-resets', true);
    await row.getByRole('button', { name: btn('同意') }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: btn('同意') })
      .click();
    const password = await oneTimePassword(page);
    await shot(page, '07-approved');
    await page.getByRole('button', { name: btn('我已记下') }).click();
    await expect(row.getByTestId('reset-status')).toHaveText('已同意');

    await logout(page);
    await page.goto('/login');
    await fillLogin(page, 'e2eforgot1', PASSWORD);
    await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
    await fillLogin(page, 'e2eforgot1', password);
    await changeForced(page, password, 'Forgot#Pq2026x');
    await expect(page.getByTestId('current-user-name')).toHaveText('平泉市忘记密码E2E测试有限公司');
  });

  test('省厅在系统设置中查看密码策略；有效期不能超过365天', async ({ page }) => {
    await login(page, 'province');
    await openMenu(page, '系统设置');
    const card = page.getByTestId('password-policy-card');
    const days = card.getByLabel('密码有效期（天）');
    await expect(days).toHaveValue('0');
    await days.fill('400');
    await days.blur();
    await expect(days).toHaveValue('365');
    await shot(page, '08-settings');
  });
});
