import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import path from 'node:path';

export const PASSWORD = 'Hebei@2026';
// Follows playwright.config.ts, so two e2e runs on different ports each talk to their own API.
export const API_URL = `http://localhost:${process.env.E2E_API_PORT ?? 3310}`;
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../tmp/screenshots');

export interface DemoRole {
  username: string;
  displayName: string;
  roleLabel: string;
  division?: string;
  menu: string[];
}

export const DEMO_ROLES: DemoRole[] = [
  {
    username: 'province',
    displayName: '河北省工业和信息化厅',
    roleLabel: '省级主管部门',
    division: '河北省',
    menu: [
      '工作台',
      '服务机构',
      '服务资源库',
      '入库审核',
      '推荐汇总表',
      '申报批次',
      '公示管理',
      '填报监测',
      '通报',
      '年度评价',
      '移出管理',
      '禁入名单',
      '节假日日历',
      '审计日志',
    ],
  },
  {
    username: 'chengde',
    displayName: '承德市工业和信息化局',
    roleLabel: '市级主管部门',
    division: '承德市',
    menu: ['工作台', '服务机构', '服务资源库', '入库审核', '推荐汇总表', '填报监测', '变化核实'],
  },
  {
    username: 'baoding',
    displayName: '保定市工业和信息化局',
    roleLabel: '市级主管部门',
    division: '保定市',
    menu: ['工作台', '服务机构', '服务资源库', '入库审核', '推荐汇总表', '填报监测', '变化核实'],
  },
  {
    username: 'pingquan',
    displayName: '平泉市工业和信息化局',
    roleLabel: '县级主管部门',
    division: '平泉市',
    menu: ['工作台', '服务机构', '服务资源库', '入库审核'],
  },
  {
    username: 'institution',
    displayName: '平泉市冀达数智数字科技有限公司',
    roleLabel: '服务机构',
    menu: ['工作台', '本机构信息', '入库申报', '季度填报', '重大变化报告', '服务产品', '服务案例', '预约处理'],
  },
  { username: 'enterprise', displayName: '承德市恒信精密机械有限公司', roleLabel: '中小企业', menu: ['服务资源库', '我的预约'] },
  { username: 'analyst', displayName: '政策研究室', roleLabel: '分析人员', menu: ['服务机构', '服务资源库', '统计分析'] },
];

export const ALL_MENU_LABELS = [...new Set(DEMO_ROLES.flatMap((r) => r.menu))];

export async function fillLogin(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Logs in through the login page and waits for the signed-in shell. */
export async function login(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await fillLogin(page, username);
  await expect(page.getByTestId('current-user-name')).toBeVisible();
}

export function sideMenu(page: Page) {
  return page.getByTestId('side-menu');
}

export async function openMenu(page: Page, label: string): Promise<void> {
  await sideMenu(page).getByRole('menuitem', { name: label }).click();
  await expect(page.getByRole('heading', { name: label })).toBeVisible();
}

/** A table has settled when no spinner is left inside it. */
export async function tableSettled(page: Page, testId: string): Promise<void> {
  await expect(page.getByTestId(testId).locator('.ant-spin-spinning')).toHaveCount(0);
}

/** Picks an option of an open antd Select / Cascader dropdown by its text. */
export async function pickOption(page: Page, text: string): Promise<void> {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${text}$`) })
    .click();
}

/** Division names straight from the public `divisions` query, so the specs do not hard-code reference data. */
export async function divisionNames(request: APIRequestContext, parentCode: string): Promise<string[]> {
  const res = await request.post(`${API_URL}/graphql`, {
    data: { query: 'query($p: String) { divisions(parentCode: $p) { name } }', variables: { p: parentCode } },
  });
  expect(res.ok()).toBeTruthy();
  const body = (await res.json()) as { data: { divisions: { name: string }[] } };
  return body.data.divisions.map((d) => d.name);
}

/**
 * `test` with a guard: any console error/warning or uncaught exception in the page fails the test
 * (React key warnings, antd deprecations, unhandled promise rejections…).
 */
export const test = base.extend<{ consoleGuard: void }>({
  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`[console.${m.type()}] ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`[pageerror] ${e.message}`));
      await use();
      expect(problems, 'browser console stays clean').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
