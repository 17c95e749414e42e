import { makeUscc } from '@hebei/domain';
import { solveCaptcha } from './support';
import { expect, shot, test } from './joining-support';

test.describe('服务机构注册（公开）', () => {
  test('已注册的信用代码和已占用的用户名由服务端逐项提示在对应输入框旁；定州市可直接选择', async ({ page }) => {
    await page.goto('/register');
    await expect(page.getByRole('heading', { name: '注册服务机构账号' })).toBeVisible();
    await page.getByLabel('单位名称').fill('定州市端到端重复注册测试中心');
    const taken = makeUscc('91130682MA0AP0008'); // applicant09, 定州市
    await page.getByLabel('统一社会信用代码').fill(taken);
    await page.getByLabel('所在县（市、区）').click();
    // Dingzhou is a city-level unit without counties: choosing it completes the selection.
    await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="定州市"]').click();
    await expect(page.getByLabel('所在县（市、区）').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText(
      '定州市',
    );
    await page.getByLabel('联系人').fill('李明');
    await page.getByLabel('联系电话').fill('0312-2345678');
    await page.getByLabel('登录用户名').fill('province');
    await page.getByLabel('密码', { exact: true }).fill('Dz@2026secure');
    await page.getByLabel('确认密码').fill('Dz@2026secure');
    await solveCaptcha(page, { consent: true });
    await page.getByRole('button', { name: '注册并开始申报' }).click();
    const item = (label: string) => page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
    await expect(item('统一社会信用代码').locator('.ant-form-item-explain-error')).toHaveText(
      '该统一社会信用代码已注册，请直接登录或联系管理员',
    );
    await expect(item('登录用户名').locator('.ant-form-item-explain-error')).toHaveText('用户名已被占用');
    await expect(page).toHaveURL(/\/register$/);
    await shot(page, 'register-errors');
  });

  test('外省信用代码给出不符合入库条件的提醒（不阻止注册）', async ({ page }) => {
    await page.goto('/register');
    await page.getByLabel('统一社会信用代码').fill(makeUscc('91110105MA0E2E001'));
    await page.getByLabel('单位名称').click();
    await expect(page.getByText('该代码显示登记机关不在河北省，将不符合入库条件（注册地须在河北省）')).toBeVisible();
  });
});
