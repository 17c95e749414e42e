import type { Page } from '@playwright/test';
import { makeUscc } from '@hebei/domain';
import { expect, fillLogin, gql, screenshot, solveCaptcha, test } from './support';

const INSTITUTION = '平泉市冀达数智数字科技有限公司';

const shot = (page: Page, name: string, fullPage = true) => screenshot(page, `browse-${name}`, fullPage);

const count = (text: string | null) => Number(text?.match(/\d+/)?.[0]);
const total = async (page: Page) => count(await page.getByTestId('total-count').textContent());
const tabCount = async (page: Page, label: string) => count(await page.getByRole('tab', { name: new RegExp(label) }).textContent());
const tagCount = async (page: Page, code: string) => count(await page.getByTestId(`category-${code}`).textContent());

/** Resolves with the total once the list query with matching variables has been answered and shown. */
async function answered(page: Page, match: (filter: Record<string, any>) => boolean): Promise<number> {
  const response = await page.waitForResponse((r) => {
    if (!r.url().endsWith('/graphql')) return false;
    const body = r.request().postDataJSON() as { operationName?: string; variables?: { filter?: Record<string, any> } } | null;
    return body?.operationName === 'BrowseInstitutions' && match(body.variables?.filter ?? {});
  });
  const { data } = (await response.json()) as { data: { browseInstitutions: { totalCount: number } } };
  await expect(page.getByTestId('total-count')).toHaveText(`共 ${data.browseInstitutions.totalCount} 条`);
  return data.browseInstitutions.totalCount;
}

/** Waits for the list to answer the current filter and render it. */
async function settled(page: Page) {
  await expect(page.getByTestId('registry-loading')).toHaveCount(0);
  await expect(
    page.getByTestId('registry-cards').or(page.getByTestId('registry-table')).or(page.getByTestId('registry-empty')),
  ).toBeVisible();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
}

test.describe('服务资源库检索（无需登录）', () => {
  test('从登录页进入服务资源库；分面计数与选择后的结果总数一致', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: '浏览服务资源库' }).click();
    await expect(page).toHaveURL(/\/public\/registry$/);
    await expect(page.getByRole('heading', { name: '服务资源库' })).toBeVisible();
    await settled(page);

    // 全部 is the sum of both natures, and the unfiltered total.
    const all = await total(page);
    expect(all).toBeGreaterThan(10);
    expect(await tabCount(page, '全部')).toBe(all);
    const market = await tabCount(page, '社会化');
    const welfare = await tabCount(page, '公益性');
    expect(market + welfare).toBe(all);

    // A facet count is the total the list shows after choosing it…
    await page.getByRole('tab', { name: /社会化/ }).click();
    await expect(page.getByTestId('total-count')).toHaveText(`共 ${market} 条`);
    await page.getByRole('tab', { name: /公益性/ }).click();
    await expect(page.getByTestId('total-count')).toHaveText(`共 ${welfare} 条`);
    await settled(page);
    const testing = await tagCount(page, 'TESTING_INSPECTION');
    expect(testing).toBeGreaterThan(0);
    await page.getByTestId('category-TESTING_INSPECTION').click();
    await expect(page.getByTestId('total-count')).toHaveText(`共 ${testing} 条`);
    await settled(page);
    // …and with both chosen, each dimension counts with the other applied.
    expect(await tabCount(page, '公益性')).toBe(testing);
    expect(await tagCount(page, 'TESTING_INSPECTION')).toBe(testing);
    for (const nature of await page.getByTestId('card-nature').allTextContents()) expect(nature).toBe('公益性');

    // Several categories: institutions in either.
    const digital = await tagCount(page, 'DIGITAL_EMPOWERMENT');
    const both = answered(page, (f) => f.categories?.length === 2);
    await page.getByTestId('category-DIGITAL_EMPOWERMENT').click();
    await both;
    await settled(page);
    const either = await total(page);
    expect(either).toBeGreaterThanOrEqual(Math.max(testing, digital));
    expect(either).toBeLessThanOrEqual(testing + digital);
    expect(await tabCount(page, '公益性')).toBe(either);
    await shot(page, '1-facets');

    // City → county: only that county's institutions.
    await page.getByTestId('filter-division').click();
    await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="承德市"]').click();
    const county = answered(page, (f) => f.divisionCode === '130881');
    await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="平泉市"]').click();
    await county;
    await settled(page);
    expect(await total(page)).toBeGreaterThan(0);
    await expect.poll(async () => [...new Set(await page.getByTestId('card-division').allTextContents())]).toEqual(['平泉市']);
    await expect(page.getByTestId('registry-card').filter({ hasText: INSTITUTION })).toBeVisible();

    // The filters live in the URL: a reload keeps them.
    await page.reload();
    await settled(page);
    await expect(page.getByTestId('category-TESTING_INSPECTION')).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByRole('tab', { name: /公益性/, selected: true })).toBeVisible();
    expect(new Set(await page.getByTestId('card-division').allTextContents())).toEqual(new Set(['平泉市']));

    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(page.getByTestId('total-count')).toHaveText(`共 ${all} 条`);
  });

  test('含 SQL 或通配符的关键词按字面匹配：空结果而不是错误', async ({ page }) => {
    await page.goto('/public/registry');
    await settled(page);
    const all = await total(page);

    for (const keyword of ["%' OR 1=1 --", '检测_%']) {
      await page.getByLabel('关键词').fill(keyword);
      await page.getByLabel('关键词').press('Enter');
      await expect(page.getByTestId('registry-empty')).toBeVisible();
      await expect(page.getByTestId('filter-text-error')).toHaveCount(0);
      await expect(page.getByTestId('error-alert')).toHaveCount(0);
    }
    await shot(page, '2-sql-keyword');

    // The API matches it literally too: data, no error (queries are parameterised, LIKE patterns escaped).
    const body = await gql<{ browseInstitutions: { totalCount: number } }>(
      page.request,
      'query($t: String) { browseInstitutions(filter: { text: $t }) { totalCount } }',
      { t: "%' OR 1=1 --" },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.browseInstitutions.totalCount).toBe(0);

    // A plain keyword searches institution and published product names.
    const searched = answered(page, (f) => f.text === '检验检测');
    await page.getByLabel('关键词').fill('检验检测');
    await page.getByLabel('关键词').press('Enter');
    await searched;
    await expect(page.getByTestId('filter-text-error')).toHaveCount(0);
    await settled(page);
    const found = await total(page);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(all);
    for (const card of await page.getByTestId('registry-card').all()) await expect(card).toContainText('检验检测');

    // Clearing the box shows everything again.
    await page.getByLabel('关键词').fill('');
    await expect(page.getByTestId('total-count')).toHaveText(`共 ${all} 条`);
  });

  test('每页条数超过上限时接口返回类型化的中文错误', async ({ request }) => {
    const body = await gql(request, '{ browseInstitutions(first: 101) { totalCount } }');
    expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toBe('每页最多100条');
  });

  test('列表视图与机构详情；未登录时预约提示以企业账号登录，登录后回到该机构', async ({ page }) => {
    await page.goto('/public/registry');
    await settled(page);
    await page.getByText('列表', { exact: true }).click();
    await expect(page).toHaveURL(/view=table/);
    const table = page.getByTestId('registry-table');
    await expect(table.locator('.ant-table-row')).toHaveCount(10);
    await table.locator('.ant-table-row').filter({ hasText: INSTITUTION }).click();
    await expect(page).toHaveURL(/\/public\/registry\/\d+$/);
    const id = page.url().match(/(\d+)$/)![1];
    await expect(page.getByRole('heading', { name: INSTITUTION })).toBeVisible();
    await expect(page.getByTestId('product-card')).not.toHaveCount(0);
    await shot(page, '3-detail-public');

    await page
      .getByTestId('product-card')
      .first()
      .getByRole('button', { name: /预\s*约/ })
      .click();
    const dialog = page.getByRole('dialog', { name: '预约服务' });
    await expect(dialog.getByTestId('booking-login-hint')).toContainText('请以中小企业账号登录后预约');
    await dialog.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page).toHaveURL(/\/login$/);
    await fillLogin(page, 'enterprise');
    await expect(page).toHaveURL(new RegExp(`/registry/${id}$`));
    await expect(page.getByRole('heading', { name: INSTITUTION })).toBeVisible();

    // 返回 keeps the list as it was.
    await page.getByRole('button', { name: '返回服务资源库' }).click();
    await expect(page).toHaveURL(/\/registry$/);
  });

  test('官员与分析人员也能浏览服务资源库，但预约只对企业开放', async ({ page }) => {
    await page.goto('/login');
    await fillLogin(page, 'analyst');
    await page.getByTestId('side-menu').getByRole('menuitem', { name: '服务资源库' }).click();
    await settled(page);
    await page.getByTestId('registry-card').filter({ hasText: INSTITUTION }).click();
    // Issue #12 item 6: officers and analysts see the products but no 预约 button, and a notice says who books.
    await expect(page.getByTestId('product-card').first()).toBeVisible();
    await expect(page.getByTestId('product-card').getByRole('button', { name: /预\s*约/ })).toHaveCount(0);
    await expect(page.getByTestId('booking-view-only')).toContainText('分析人员');
    await expect(page.getByTestId('booking-view-only')).toContainText('在线预约由中小企业账号办理');
  });
});

test.describe('中小企业注册', () => {
  test('校验统一社会信用代码与密码强度，注册成功后直接进入服务资源库', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: '企业注册' }).click();
    await expect(page).toHaveURL(/\/register\/enterprise$/);
    const form = page.getByTestId('register-enterprise-form');
    await form.getByLabel('企业名称').fill('承德市端到端测试机械有限公司');
    await form.getByLabel('统一社会信用代码').fill('91130802MA0ENT0012');
    await form.getByLabel('统一社会信用代码').blur();
    await expect(form.getByText('统一社会信用代码校验位不正确，请核对是否输入有误')).toBeVisible();
    // A valid code from another province is refused too.
    await form.getByLabel('统一社会信用代码').fill(makeUscc('91110108MA01ABCD9'));
    await form.getByLabel('统一社会信用代码').blur();
    await expect(form.getByText('本库服务河北省中小企业，统一社会信用代码须为河北省登记机关赋码（第3–4位为13）')).toBeVisible();

    await form.getByLabel('所在县（市、区）').click();
    await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="承德市"]').click();
    await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="双桥区"]').click();
    await form.getByLabel('联系人').fill('王端');
    await form.getByLabel('联系电话').fill('0314-2345678');
    await form.getByLabel('登录用户名').fill('e2e_enterprise');
    await form.getByLabel('密码', { exact: true }).fill('abcdefgh');
    await expect(page.getByTestId('password-hint')).toContainText('强度：弱');
    await form.getByLabel('密码', { exact: true }).fill('Hebei@2026-e2e');
    await expect(page.getByTestId('password-hint')).toContainText('强度：强');
    await form.getByLabel('确认密码').fill('Hebei@2026-e2x');
    await expect(form.getByText('两次输入的密码不一致')).toBeVisible();
    await form.getByLabel('确认密码').fill('Hebei@2026-e2e');

    // The demo enterprise's code is taken: the server says so next to the field.
    await form.getByLabel('统一社会信用代码').fill(makeUscc('91130802MA0ENT001'));
    await solveCaptcha(form, { consent: true });
    await page.getByRole('button', { name: '注册并登录' }).click();
    await expect(form.getByText('该统一社会信用代码已注册，请直接登录或联系管理员')).toBeVisible();
    await shot(page, '4-register-taken');

    await form.getByLabel('统一社会信用代码').fill(makeUscc('91130802MA0E2E9R7'));
    // A captcha is good for one attempt: the refused one above was replaced by a new one.
    await solveCaptcha(form);
    await page.getByRole('button', { name: '注册并登录' }).click();
    await expect(page).toHaveURL(/\/registry$/);
    await expect(page.getByTestId('current-user-name')).toHaveText('承德市端到端测试机械有限公司');
    await expect(page.getByTestId('current-user-role')).toHaveText('中小企业');
  });
});
