import { test as base, expect, type APIRequestContext, type ConsoleMessage, type Locator, type Page, type Route } from '@playwright/test';
import path from 'node:path';
import { API_PORT, startWorkerServers, type WorkerServers } from './servers';

export const PASSWORD = 'Hebei@2026';
/** This worker's API, for requests straight to it; set when the worker's servers have started (see `test` below). */
export let API_URL = `http://localhost:${API_PORT}`;
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../tmp/screenshots');

export interface DemoRole {
  username: string;
  displayName: string;
  roleLabel: string;
  division?: string;
  menu: string[];
}

/** Both city bureaus (承德, 保定) see the same menu. */
const CITY_MENU = [
  '仪表盘',
  '工作台',
  '服务机构',
  '服务资源库',
  '入库审核',
  '推荐汇总表',
  '填报监测',
  '变化核实',
  '年度评价',
  '公益活动',
  '数据分析',
  '用户管理',
  '主管部门名录',
  '密码重置申请',
];

export const DEMO_ROLES: DemoRole[] = [
  {
    username: 'province',
    displayName: '河北省工业和信息化厅',
    roleLabel: '省级主管部门',
    division: '河北省',
    menu: [
      '仪表盘',
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
      '公益活动',
      '移出管理',
      '禁入名单',
      '数据分析',
      '节假日日历',
      '定时任务',
      '审计日志',
      '用户管理',
      '主管部门名录',
      '密码重置申请',
      '系统设置',
    ],
  },
  {
    username: 'chengde',
    displayName: '承德市工业和信息化局',
    roleLabel: '市级主管部门',
    division: '承德市',
    menu: CITY_MENU,
  },
  {
    username: 'baoding',
    displayName: '保定市工业和信息化局',
    roleLabel: '市级主管部门',
    division: '保定市',
    menu: CITY_MENU,
  },
  {
    username: 'pingquan',
    displayName: '平泉市工业和信息化局',
    roleLabel: '县级主管部门',
    division: '平泉市',
    menu: ['工作台', '服务机构', '服务资源库', '入库审核', '数据分析', '主管部门名录', '密码重置申请'],
  },
  {
    username: 'institution',
    displayName: '平泉市冀达数智数字科技有限公司',
    roleLabel: '服务机构',
    menu: [
      '工作台',
      '本机构信息',
      '入库申报',
      '季度填报',
      '重大变化报告',
      '公益活动',
      '年度评价结果',
      '服务产品',
      '服务案例',
      '预约处理',
      '本单位账号',
    ],
  },
  {
    username: 'enterprise',
    displayName: '承德市恒信精密机械有限公司',
    roleLabel: '中小企业',
    menu: ['服务资源库', '我的预约', '本单位账号'],
  },
  { username: 'analyst', displayName: '政策研究室', roleLabel: '分析人员', menu: ['服务机构', '服务资源库', '数据分析'] },
];

export const ALL_MENU_LABELS = [...new Set(DEMO_ROLES.flatMap((r) => r.menu))];

/** The e2e APIs run with CAPTCHA_TEST_ANSWER (servers.ts, tests only): every captcha shows this text. */
export const CAPTCHA_TEST_ANSWER = 'T3ST';

/** Types the captcha of a public form (registration, objection, a login after failures) and, for sign-ups, consents. */
export async function solveCaptcha(scope: Page | Locator, options: { consent?: boolean } = {}): Promise<void> {
  // The image shows once the (new) challenge has arrived: after a refused submit the form fetches a fresh one.
  await expect(scope.getByTestId('captcha').locator('img[alt="图形验证码"]')).toBeVisible();
  await scope.getByRole('textbox', { name: '图形验证码' }).fill(CAPTCHA_TEST_ANSWER);
  if (options.consent) await scope.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
}

export async function fillLogin(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Logs in through the login page and waits for the signed-in shell: for specs about signing in. */
export async function loginThroughForm(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await fillLogin(page, username);
  await expect(page.getByTestId('current-user-name')).toBeVisible();
}

const TOKEN_KEY = 'hebei-sme-admin.token';
/** Per worker: a token stays valid for hours (JWT_TTL_SECONDS), so each account is signed in (bcrypt) once. */
const tokens = new Map<string, Promise<string>>();

export interface GraphQLAnswer<T> {
  data: T;
  errors?: { message: string; extensions: { code: string } }[];
}

/** Straight to this worker's API, for the state a second user changes behind the page's back; anonymous without a token. */
export async function gql<T = any>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLAnswer<T>> {
  const res = await request.post(`${API_URL}/graphql`, {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return (await res.json()) as GraphQLAnswer<T>;
}

/** A demo account's token, signed in once per worker. */
export async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  if (!tokens.has(username)) {
    const signIn = gql<{ login: { token: string } } | null>(
      request,
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: PASSWORD },
    ).then(({ data, errors }) => {
      if (!data) throw new Error(`login as ${username} failed: ${JSON.stringify(errors)}`);
      return data.login.token;
    });
    tokens.set(username, signIn);
  }
  return tokens.get(username)!.catch((e) => {
    tokens.delete(username);
    throw e;
  });
}

/**
 * Signed in as `username` at that role's home page, without the login form (loginThroughForm and the login specs test
 * that): the API's token goes where the app keeps it — set on a blank page of the app's origin, so the app loads once.
 */
export async function login(page: Page, username: string): Promise<void> {
  const token = await tokenOf(page.request, username);
  const blank = '/e2e-session';
  // With an icon of its own: Chromium would otherwise fetch /favicon.ico, which the preview server answers 404 (a console error).
  const fulfil = (route: Route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><link rel="icon" href="data:,">' });
  await page.route(blank, fulfil);
  await page.goto(blank);
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [TOKEN_KEY, token]);
  await page.unroute(blank, fulfil);
  await page.goto('/');
  await expect(page.getByTestId('current-user-name')).toBeVisible();
}

export function sideMenu(page: Page) {
  return page.getByTestId('side-menu');
}

export async function openMenu(page: Page, label: string): Promise<void> {
  await sideMenu(page).getByRole('menuitem', { name: label }).click();
  await expect(page.getByRole('heading', { name: label })).toBeVisible();
}

/**
 * Waits until what moves on the page has stopped, instead of sleeping: open tooltips have gone (they leave after a
 * short delay) and every finite CSS animation or transition has finished (spinners run forever and are not awaited).
 */
export async function animationsDone(page: Page): Promise<void> {
  await expect(page.locator('.ant-tooltip:visible')).toHaveCount(0);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime ?? Infinity)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** antd spaces out a two-character label ("通 过") unless the button has an icon ("check 通过"); match all of them. */
export const btn = (label: string) => new RegExp(`(^|\\s)${[...label].join('\\s*')}\\s*$`);

/** Signs out through the header button: the user is signed in, and lands on the login page. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/**
 * A picture once the page has settled, with the pointer out of the way (no hover tooltip), as `<name>.png`;
 * `fullPage: false` for a dialog, as the user sees it.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.mouse.move(0, 0);
  await animationsDone(page);
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
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

/** Where a console message comes from — for "Failed to load resource", the resource. */
export const where = (m: ConsoleMessage) => (m.location().url ? ` (${m.location().url})` : '');

/**
 * `test` with a guard: any console error/warning or uncaught exception in the page fails the test
 * (React key warnings, antd deprecations, unhandled promise rejections…).
 */
export const test = base.extend<{ consoleGuard: void }, { servers: WorkerServers }>({
  servers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    async ({}, use, workerInfo) => {
      const servers = await startWorkerServers(workerInfo.parallelIndex);
      API_URL = servers.apiUrl;
      await use(servers);
      await servers.stop();
    },
    { scope: 'worker', auto: true, timeout: 180_000 },
  ],
  baseURL: async ({ servers }, use) => {
    await use(servers.adminUrl);
  },
  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`[console.${m.type()}] ${m.text()}${where(m)}`);
      });
      page.on('pageerror', (e) => problems.push(`[pageerror] ${e.message}`));
      await use();
      expect(problems, 'browser console stays clean').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
