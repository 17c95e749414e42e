import type { Page, Route } from '@playwright/test';
import { formatShanghaiDateTime } from '@hebei/domain';
import { btn, expect, gql, login, openMenu, PASSWORD, screenshot, sideMenu, tableSettled, test, tokenOf } from './support';

const shot = (page: Page, name: string, fullPage = true) => screenshot(page, `form-errors-${name}`, fullPage);

/** Answers one GraphQL operation with an error instead of sending it (what a conflict or a refusal looks like). */
async function answerWithError(page: Page, operationName: string, error: Record<string, unknown>) {
  await page.route('**/graphql', async (route: Route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName !== operationName) return route.fallback();
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ errors: [error], data: null }) });
  });
}

test.describe('表单错误：字段错误在字段旁，其余在表单上方（#10/#11 的小缺陷）', () => {
  test('指标体系保存遇到冲突（无字段错误）时在表单上方提示，不再被吞掉', async ({ page }) => {
    await login(page, 'province');
    await openMenu(page, '年度评价');
    await page.getByTestId('open-rubrics').click();
    await page.getByTestId('rubrics').getByRole('button', { name: '另存为新版本' }).first().click();
    const message = '该指标体系已被他人修改，请刷新后重试';
    await answerWithError(page, 'SaveEvaluationRubric', { message, extensions: { code: 'CONFLICT' } });
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await expect(page.getByTestId('rubric-error')).toHaveText(message);
    // Shown above the form, and scrolled into view: the button that was clicked is at the bottom of a long form.
    await expect(page.getByTestId('rubric-error')).toBeInViewport();
    await shot(page, 'rubric-conflict', false);
  });

  test('保存查询：名称的错误在名称旁，查询本身的错误在表单上方', async ({ page }) => {
    await login(page, 'analyst');
    await openMenu(page, '数据分析');
    await page.getByRole('button', { name: '已保存的查询' }).click();
    await page.getByTestId('saved-query-item').first().getByRole('button', { name: '打开' }).click();
    await page.getByTestId('save-query').click();
    const dialog = page.getByRole('dialog', { name: /保存/ });
    await dialog.getByLabel('名称').fill('测试查询');
    await answerWithError(page, 'SaveAnalyticsQuery', {
      message: '输入有误',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'name', code: 'NAME_TAKEN', message: '已有同名的查询' },
          { field: 'query.filter.values', code: 'maxLength', message: '比较值最多200个字符' },
        ],
      },
    });
    await dialog.getByRole('button', { name: btn('保存') }).click();
    await expect(dialog.getByTestId('save-error')).toHaveText('比较值最多200个字符');
    await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('已有同名的查询');
    await shot(page, 'save-query', false);
  });

  test('登记公益活动：名称的错误在名称旁，无对应字段的错误在表单上方', async ({ page }) => {
    await login(page, 'province');
    await sideMenu(page).getByRole('menuitem', { name: '公益活动' }).click();
    await expect(page.getByRole('heading', { name: '公益服务活动' })).toBeVisible();
    await page.getByRole('button', { name: btn('登记活动') }).click();
    const dialog = page.getByRole('dialog', { name: '登记公益服务活动' });
    await dialog.getByLabel('活动类型').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await dialog.getByLabel('活动名称').fill('数字化转型诊断进园区');
    await dialog.getByLabel('活动日期').fill('2026-11-20');
    await dialog.getByLabel('活动日期').press('Enter');
    await dialog.getByLabel('地点').fill('承德市高新区');
    await answerWithError(page, 'SaveActivity', {
      message: '输入有误',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'title', code: 'TITLE_TAKEN', message: '同一天已有同名活动' },
          { field: 'organiserCode', code: 'OUT_OF_JURISDICTION', message: '只能登记本辖区的活动' },
        ],
      },
    });
    await dialog.getByRole('button', { name: btn('保存') }).click();
    await expect(dialog.getByTestId('activity-error')).toHaveText('只能登记本辖区的活动');
    await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('同一天已有同名活动');
    await shot(page, 'activity', false);
  });

  test('编辑联系方式遇到冲突（无字段错误）时在表单上方提示，对话框不关闭', async ({ page }) => {
    await login(page, 'province');
    await openMenu(page, '主管部门名录');
    await tableSettled(page, 'bureaus-table');
    await page.getByTestId('bureaus-table').locator('.ant-table-row').first().getByRole('button', { name: '编辑联系方式' }).click();
    const dialog = page.getByRole('dialog', { name: /编辑联系方式/ });
    await dialog.getByLabel('联系人').fill('王立新');
    await dialog.getByLabel('联系电话').fill('0311-6012345');
    await dialog.getByLabel('地址').fill('石家庄市长安区中山东路1号');
    const message = '联系方式已被他人修改，请刷新后重试';
    await answerWithError(page, 'UpdateBureauContact', { message, extensions: { code: 'CONFLICT' } });
    await dialog.getByRole('button', { name: btn('保存') }).click();
    await expect(dialog.getByTestId('contact-error')).toHaveText(message);
    await expect(dialog.getByLabel('联系人')).toHaveValue('王立新');
    await shot(page, 'bureau-contact-conflict', false);
  });

  test('新增账号：区划的错误（接口称 divisionCode）在所属区划旁', async ({ page }) => {
    await login(page, 'province');
    await openMenu(page, '用户管理');
    await page.getByRole('button', { name: /新增账号/ }).click();
    const form = page.getByTestId('create-account-form');
    await form.getByLabel('所属区划').click();
    await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="承德市"]').click();
    await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="承德县"]').click();
    await form.getByLabel('单位或姓名').fill('承德县工业和信息化局');
    await form.getByLabel('登录用户名').fill('chengdexian2');
    await answerWithError(page, 'CreateOfficerAccount', {
      message: '输入有误',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'divisionCode', code: 'DIVISION_NOT_ALLOWED', message: '不能在该区划创建账号' }],
      },
    });
    await page
      .getByRole('dialog')
      .getByRole('button', { name: btn('创建') })
      .click();
    await expect(form.locator('.ant-form-item').filter({ hasText: '所属区划' }).locator('.ant-form-item-explain-error')).toHaveText(
      '不能在该区划创建账号',
    );
    await expect(page.getByTestId('create-account-error')).toHaveCount(0);
    await shot(page, 'create-account-division', false);
  });

  test('修改密码：当前密码错误时，服务端的提示在“当前密码”旁，密码不变', async ({ page }) => {
    await login(page, 'analyst');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect(page).toHaveURL(/\/change-password/);
    const form = page.locator('form[id="changePassword"]');
    await form.getByLabel('当前密码').fill('NotTheRight#2026');
    await form.getByLabel('新密码', { exact: true }).fill('Another#Pass2026');
    await form.getByLabel('确认新密码').fill('Another#Pass2026');
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().postDataJSON()?.operationName === 'ChangePassword',
    );
    await form.getByRole('button', { name: btn('修改密码') }).click();
    await answered;
    await expect(form.locator('.ant-form-item').filter({ hasText: '当前密码' }).locator('.ant-form-item-explain-error')).toHaveText(
      '当前密码不正确',
    );
    await expect(page.getByTestId('change-password-error')).toHaveCount(0);
    await shot(page, 'change-password-wrong', false);
    // Nothing was changed: the demo password still signs in.
    const again = await gql<{ login: { token: string } }>(
      page.request,
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'analyst', p: PASSWORD },
    );
    expect(again.data?.login.token).toBeTruthy();
  });

  test('新建批次：名称已存在时，服务端的提示在“批次名称”旁，对话框不关闭，列表不变', async ({ page }) => {
    await login(page, 'province');
    await sideMenu(page).getByRole('menuitem', { name: '申报批次' }).click();
    const table = page.getByTestId('batches-table');
    await tableSettled(page, 'batches-table');
    const rows = table.locator('.ant-table-row');
    await expect(rows.filter({ hasText: '第二批' }).first()).toBeVisible();
    const count = await rows.count();
    const taken = (await rows.filter({ hasText: '第二批' }).first().locator('td').first().textContent())!.trim();
    expect(taken).toMatch(/第二批$/);
    await page.getByRole('button', { name: '新建批次' }).click();
    const dialog = page.getByRole('dialog', { name: '新建申报批次' });
    await dialog.getByLabel('批次名称').fill(taken);
    await dialog.getByLabel('线上填报截止日期（含当日）').fill('2027-06-13');
    await dialog.getByLabel('线上填报截止日期（含当日）').press('Enter');
    await dialog.getByLabel('纸质材料报送截止日期（含当日）').fill('2027-06-15');
    await dialog.getByLabel('纸质材料报送截止日期（含当日）').press('Enter');
    await dialog.getByRole('button', { name: btn('保存') }).click();
    await expect(dialog.locator('.ant-form-item').filter({ hasText: '批次名称' }).locator('.ant-form-item-explain-error')).toHaveText(
      '批次名称已存在',
    );
    await expect(dialog).toBeVisible();
    await shot(page, 'create-batch-taken', false);
    await dialog.getByRole('button', { name: btn('取消') }).click();
    await expect(dialog).toBeHidden();
    await expect(rows).toHaveCount(count);
  });
});

test.describe('已保存的查询按北京时间显示（浏览器在其他时区）', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('更新时间与最近运行时间是北京时间', async ({ page }) => {
    const token = await tokenOf(page.request, 'analyst');
    const answer = await gql<{ savedAnalyticsQueries: { edges: { node: { name: string; updatedAt: string } }[] } }>(
      page.request,
      'query { savedAnalyticsQueries(first: 1, filter: { scope: ALL }) { edges { node { name updatedAt } } } }',
      {},
      token,
    );
    const first = answer.data!.savedAnalyticsQueries.edges[0].node;
    await login(page, 'analyst');
    await openMenu(page, '数据分析');
    await page.getByRole('button', { name: '已保存的查询' }).click();
    const item = page.getByTestId('saved-query-item').first();
    await expect(item).toContainText(first.name);
    await expect(item).toContainText(`更新于 ${formatShanghaiDateTime(first.updatedAt)}`);
    await shot(page, 'saved-queries-beijing-time', false);
  });
});
