import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { btn, expect, login, logout, SCREENSHOT_DIR, test as guarded, where } from './support';

/**
 * The suite's console guard, plus a way to say "this request is meant to fail": Chromium logs every 4xx
 * response as a console error, e.g. a file the server rejects. Each expected message is allowed once.
 */
export const test = guarded.extend<{ expectedConsoleErrors: RegExp[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  expectedConsoleErrors: async ({}, use) => {
    await use([]);
  },
  // Overrides the suite's auto fixture (it stays automatic).
  consoleGuard: async ({ page, expectedConsoleErrors }, use) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`[console.${m.type()}] ${m.text()}${where(m)}`);
    });
    page.on('pageerror', (e) => problems.push(`[pageerror] ${e.message}`));
    await use();
    const unexpected = problems.filter((p) => {
      const i = expectedConsoleErrors.findIndex((re) => re.test(p));
      if (i < 0) return true;
      expectedConsoleErrors.splice(i, 1);
      return false;
    });
    expect(unexpected, 'browser console stays clean').toEqual([]);
  },
});

export { btn, expect, logout };

/**
 * Pictures are taken once the page has settled: no spinner, no skeleton.
 * `viewport` for dialogs (a full-page picture would not show a fixed modal where the user sees it);
 * `quiet` also waits for message toasts to go, when they would only cover the page.
 */
export async function shot(page: Page, name: string, opts: { viewport?: boolean; quiet?: boolean } = {}): Promise<void> {
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
  // Dialogs zoom and dropdowns slide in: wait until they have arrived.
  await expect(page.locator('.ant-zoom-appear, .ant-zoom-enter, .ant-slide-up-appear, .ant-slide-up-enter')).toHaveCount(0);
  if (opts.quiet) await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  if (!opts.viewport) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `joining-${name}.png`), fullPage: !opts.viewport });
}

/** Signs out first when signed in. */
export async function loginAs(page: Page, username: string): Promise<void> {
  if (await page.getByRole('button', { name: '退出登录' }).isVisible()) await logout(page);
  await login(page, username);
}

/** A tiny but real PDF: the server sniffs the content, not the name. */
export function pdf(label: string): { name: string; mimeType: string; buffer: Buffer } {
  return {
    name: `${label}.pdf`,
    mimeType: 'application/pdf',
    buffer: Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`),
  };
}

export function reviewRow(page: Page, name: string): Locator {
  return page.getByTestId('review-table').locator('.ant-table-row').filter({ hasText: name });
}

/** Opens 入库审核 and the given queue tab. */
export async function openQueue(page: Page, tab: string): Promise<void> {
  await page.getByTestId('side-menu').getByRole('menuitem', { name: '入库审核' }).click();
  await expect(page.getByRole('heading', { name: '入库审核' })).toBeVisible();
  await page.getByRole('tab', { name: new RegExp(tab) }).click();
  await expect(page.getByRole('tab', { name: new RegExp(tab), selected: true })).toBeVisible();
  await expect(page.getByTestId('review-table').locator('.ant-spin-spinning')).toHaveCount(0);
}

export async function queueCount(page: Page, queue: string): Promise<number> {
  const text = (await page.getByTestId(`queue-count-${queue}`).textContent()) ?? '';
  return Number(text.replace(/\D/g, '') || 0);
}

/** Reviews the application from its detail page: the named button, an opinion, confirm. */
export async function review(page: Page, button: string, opinion: string | null, confirm: string): Promise<void> {
  await page
    .getByTestId('review-actions')
    .getByRole('button', { name: btn(button) })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (opinion !== null) await dialog.locator('textarea').fill(opinion);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(dialog).toBeHidden();
}

export async function pickSelect(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  await field.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}
