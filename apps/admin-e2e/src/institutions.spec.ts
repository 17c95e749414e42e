import type { Page } from '@playwright/test';
import { makeUscc } from '@hebei/domain';
import { divisionNames, expect, login, openMenu, pickOption, tableSettled, test } from './support';

const TABLE = 'institutions-table';

const rows = (page: Page) => page.getByTestId(TABLE).locator('.ant-table-row');
const divisionsOnPage = (page: Page) => page.getByTestId(TABLE).getByTestId('cell-division').allTextContents();
const totalCount = async (page: Page) => Number((await page.getByTestId('total-count').textContent())?.match(/\d+/)?.[0]);

/** Resolves when the list query with matching variables has been answered. */
function institutionsAnswered(page: Page, match: (variables: Record<string, any>) => boolean) {
  return page.waitForResponse((r) => {
    if (!r.url().endsWith('/graphql')) return false;
    const body = r.request().postDataJSON() as { operationName?: string; variables?: Record<string, any> } | null;
    return body?.operationName === 'Institutions' && match(body.variables ?? {});
  });
}

async function openInstitutions(page: Page, username: string) {
  await login(page, username);
  await openMenu(page, '服务机构');
  await tableSettled(page, TABLE);
  await expect(rows(page).first()).toBeVisible();
}

test.describe('服务机构列表（按管辖范围）', () => {
  test('承德市只看到承德的机构，可前后翻页，并按服务性质筛选', async ({ page, request }) => {
    const chengde = await divisionNames(request, '130800');
    const baoding = await divisionNames(request, '130600');
    expect(chengde).toContain('平泉市');
    expect(baoding.length).toBeGreaterThan(0);
    const inJurisdiction = async () => {
      for (const name of await divisionsOnPage(page)) {
        expect(chengde).toContain(name);
        expect(baoding).not.toContain(name);
      }
    };

    await openInstitutions(page, 'chengde');
    const total = await totalCount(page);
    expect(total).toBeGreaterThan(10); // more than one page at the default 10 per page
    await expect(rows(page)).toHaveCount(10);
    await expect(page.getByTestId('page-indicator')).toHaveText(`第 1 / ${Math.ceil(total / 10)} 页`);
    await inJurisdiction();
    const firstOnPage1 = (await rows(page).first().locator('td').first().textContent())!;

    // Forward…
    const page2 = institutionsAnswered(page, (v) => !!v.after);
    await page.getByRole('button', { name: '下一页' }).click();
    await expect(page.getByTestId('page-indicator')).toHaveText(/^第 2 \//);
    await page2;
    await tableSettled(page, TABLE);
    await expect(rows(page).first().locator('td').first()).not.toHaveText(firstOnPage1);
    await expect(rows(page)).toHaveCount(Math.min(10, total - 10));
    await inJurisdiction();

    // …and back to the same first page.
    await page.getByRole('button', { name: '上一页' }).click();
    await expect(page.getByTestId('page-indicator')).toHaveText(/^第 1 \//);
    await tableSettled(page, TABLE);
    await expect(rows(page).first().locator('td').first()).toHaveText(firstOnPage1);
    await expect(page.getByRole('button', { name: '上一页' })).toBeDisabled();

    // A filter change starts again from page 1.
    await page.getByRole('button', { name: '下一页' }).click();
    await expect(page.getByTestId('page-indicator')).toHaveText(/^第 2 \//);
    const filteredAnswer = institutionsAnswered(page, (v) => v.filter?.nature === 'PUBLIC_WELFARE' && !v.after);
    await page.getByLabel('服务性质', { exact: true }).click();
    await pickOption(page, '公益性');
    await expect(page.getByTestId('page-indicator')).toHaveText(/^第 1 \//);
    // The total the server answered for the filter, then the screen showing it (it renders after the answer arrives).
    const answer = (await (await filteredAnswer).json()) as { data: { institutions: { totalCount: number } } };
    const filtered = answer.data.institutions.totalCount;
    await expect(page.getByTestId('total-count')).toHaveText(`共 ${filtered} 条`);
    await tableSettled(page, TABLE);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(total);
    await expect(rows(page)).toHaveCount(Math.min(10, filtered));
    expect(new Set(await page.getByTestId(TABLE).getByTestId('cell-nature').allTextContents())).toEqual(new Set(['公益性']));
    await inJurisdiction();
  });

  test('平泉市只看到平泉市的机构', async ({ page }) => {
    await openInstitutions(page, 'pingquan');
    const total = await totalCount(page);
    expect(total).toBeGreaterThan(0);
    await expect(rows(page)).toHaveCount(Math.min(total, 10));
    expect(new Set(await divisionsOnPage(page))).toEqual(new Set(['平泉市']));
  });

  test('点击机构行打开详情抽屉，显示附件2单位信息', async ({ page }) => {
    await openInstitutions(page, 'chengde');
    const name = (await rows(page).first().locator('td').first().textContent())!;
    await rows(page).first().click();
    const drawer = page.getByRole('dialog', { name });
    await expect(drawer).toBeVisible();
    for (const label of [
      '单位名称',
      '机构性质',
      '统一社会信用代码',
      '法定代表人',
      '注册资本（万元）',
      '合作专家数量',
      '其中副高级以上',
      '服务资产（万元）',
      '总资产（万元）',
      '服务场地（平方米）',
      '所在地区',
      '入库状态',
    ]) {
      await expect(drawer.getByText(label, { exact: true })).toBeVisible();
    }
    await expect(drawer.getByText(name, { exact: true }).first()).toBeVisible();
    await drawer.getByRole('button', { name: /关闭|Close/ }).click();
    await expect(drawer).toBeHidden();
  });

  test('新增机构：服务端字段错误显示在对应输入框旁', async ({ page }) => {
    await openInstitutions(page, 'chengde');
    const takenUscc = (await rows(page).first().locator('td').nth(1).textContent())!.trim();
    await page.getByRole('button', { name: '新增机构' }).click();
    const dialog = page.getByRole('dialog', { name: '新增服务机构' });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog.getByText('请输入单位名称')).toBeVisible();
    await expect(dialog.getByText('请选择主要服务方向')).toBeVisible();

    await dialog.getByLabel('单位名称').fill('承德市重复代码测试中心');
    await dialog.getByLabel('统一社会信用代码').fill(takenUscc);
    await fillRequiredChoices(page);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const usccItem = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('统一社会信用代码') });
    await expect(usccItem.locator('.ant-form-item-explain-error')).toHaveText('该统一社会信用代码已登记');
  });

  test('新增机构成功后可按名称查到，状态为申请中', async ({ page }) => {
    const name = '承德县端到端测试检验检测中心';
    await openInstitutions(page, 'chengde');
    const before = await totalCount(page);
    await page.getByRole('button', { name: '新增机构' }).click();
    const dialog = page.getByRole('dialog', { name: '新增服务机构' });
    await dialog.getByLabel('单位名称').fill(name);
    await dialog.getByLabel('统一社会信用代码').fill(makeUscc('91130821MA0E2E001'));
    await fillRequiredChoices(page);
    await dialog.getByLabel('联系电话').fill('0314-1234567');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText(`已新增服务机构“${name}”`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('total-count')).toHaveText(`共 ${before + 1} 条`);

    await page.getByLabel('关键词').fill('端到端测试');
    await page.getByLabel('关键词').press('Enter');
    await expect(page.getByTestId('total-count')).toHaveText('共 1 条');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(name);
    await expect(rows(page).first()).toContainText('承德县');
    await expect(rows(page).first()).toContainText('申请中');
  });
});

async function fillRequiredChoices(page: Page) {
  const dialog = page.getByRole('dialog', { name: '新增服务机构' });
  await dialog.getByLabel('机构性质').click();
  await pickOption(page, '事业单位');
  await dialog.getByLabel('服务性质').click();
  await pickOption(page, '公益性');
  await dialog.getByLabel('所在县（市、区）').click();
  await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="承德市"]').click();
  await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="承德县"]').click();
  await dialog.getByLabel('主要服务方向（最多选择两项）').click();
  await pickOption(page, '检验检测');
  await page.keyboard.press('Escape');
}
