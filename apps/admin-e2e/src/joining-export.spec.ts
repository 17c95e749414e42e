import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { btn, expect, openQueue, pickSelect, reviewRow, shot, test } from './joining-support';
import { login } from './support';

/** Attachment 4, exactly as the guideline prints its header. */
const ATTACHMENT_4_COLUMNS = [
  '序号',
  '单位名称',
  '机构类型',
  '成立时间',
  '上年度年服务收入（万元）',
  '服务资产（万元）',
  '服务人员（人）',
  '主要服务方向',
  '联系人',
  '联系电话',
];
/** Demo applications of 承德 (all in 平泉) that the city has recommended: 待审核, 公示中, 待公示. */
const RECOMMENDED = ['平泉市启航企业管理咨询有限公司', '平泉市汇智人力资源服务有限公司', '平泉市鼎盛品牌策划有限公司'];

async function workbook(download: Download): Promise<ExcelJS.Workbook> {
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 2).toString('latin1'), 'an .xlsx is a zip archive').toBe('PK');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function exportSummary(page: Page): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出Excel' }).click();
  return downloading;
}

test.describe('推荐汇总表（附件4）与申请导出', () => {
  test('承德市预览本市推荐汇总表并导出 xlsx，列与附件4一致', async ({ page }) => {
    await login(page, 'chengde');
    await page.getByTestId('side-menu').getByRole('menuitem', { name: '推荐汇总表' }).click();
    await expect(page.getByRole('heading', { name: '推荐汇总表', exact: true })).toBeVisible();
    // Other specs may open more batches; the demo applications are in 第二批.
    await pickSelect(page, page.getByLabel('申报批次'), /第二批/);
    await expect(page.getByTestId('summary-title')).toHaveText('承德市优质中小企业服务资源库入库机构推荐汇总表');
    const table = page.getByTestId('summary-table');
    for (const name of RECOMMENDED) await expect(table).toContainText(name);
    // 待推荐 (not yet recommended) and other cities stay out.
    await expect(table).not.toContainText('平泉市太行数字科技有限公司');
    await expect(table).not.toContainText('保定市竞秀区博远技术转移中心');
    await expect(table.locator('thead th')).toHaveText(ATTACHMENT_4_COLUMNS);
    const rows = await table.locator('.ant-table-row').count();
    await shot(page, 'export-01-summary');

    const download = await exportSummary(page);
    expect(download.suggestedFilename()).toMatch(/^承德市优质中小企业服务资源库入库机构推荐汇总表（\d{4}年第二批）\.xlsx$/);
    await expect(page.getByText(/已导出：承德市优质中小企业服务资源库入库机构推荐汇总表/)).toBeVisible();
    const sheet = (await workbook(download)).worksheets[0];
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(ATTACHMENT_4_COLUMNS);
    const names = Array.from({ length: sheet.rowCount - 3 }, (_, i) => String(sheet.getRow(i + 4).getCell(2).value));
    expect(names).toHaveLength(rows);
    for (const name of RECOMMENDED) expect(names).toContain(name);
  });

  test('省厅须先选择市，再预览和导出该市的推荐汇总表', async ({ page }) => {
    await login(page, 'province');
    await page.goto('/recommendations');
    await expect(page.getByText('请选择市级单位，查看该市推荐的入库机构')).toBeVisible();
    await expect(page.getByRole('button', { name: '导出Excel' })).toBeDisabled();
    await pickSelect(page, page.getByLabel('申报批次'), /第二批/);
    await pickSelect(page, page.getByLabel('市级单位'), '保定市');
    await expect(page.getByTestId('summary-title')).toHaveText('保定市优质中小企业服务资源库入库机构推荐汇总表');
    await expect(page.getByTestId('summary-table')).toContainText('该批次暂无市级已推荐的申请');
    await pickSelect(page, page.getByLabel('市级单位'), '承德市');
    for (const name of RECOMMENDED) await expect(page.getByTestId('summary-table')).toContainText(name);
    const download = await exportSummary(page);
    expect(download.suggestedFilename()).toMatch(/^承德市.*推荐汇总表.*\.xlsx$/);
    await workbook(download);
  });

  test('申请详情可导出完整申请表 xlsx，并按附件2纸质格式打印', async ({ page }) => {
    const name = RECOMMENDED[0];
    await login(page, 'province');
    await openQueue(page, '待审核');
    await reviewRow(page, name)
      .getByRole('button', { name: btn('审核') })
      .click();
    await expect(page.getByTestId('application-name')).toHaveText(name);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出Excel' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`入库申请-${name}-${download.suggestedFilename().match(/(\d{4}年第二批)/)![1]}.xlsx`);
    const wb = await workbook(download);
    expect(wb.worksheets.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: btn('打印') }).click();
    await expect(page).toHaveURL(/\/applications\/\d+\/print$/);
    const paper = page.getByTestId('print-paper');
    for (const heading of [
      '河北省优质中小企业服务资源库入库申请表',
      '服务产品情况表',
      '服务人员基本情况表',
      '服务企业情况登记表',
      '申报材料真实性声明',
    ]) {
      await expect(paper.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(paper).toContainText(`入库单位（盖章）：${name}`);
    await expect(paper).toContainText('该机构服务能力较强，同意推荐'); // 市级推荐部门意见
    await expect(paper).toContainText('法定代表人（签字）：');
    await expect(paper).toContainText(/（线上已由法定代表人 \S+ 签署声明）/);
    await shot(page, 'export-02-print');

    // On paper only the form: the admin shell and the toolbar are hidden.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.shell-header')).toBeHidden();
    await expect(page.locator('.shell-sider')).toBeHidden();
    await expect(page.getByRole('button', { name: btn('打印') })).toBeHidden();
    await expect(paper).toBeVisible();
    await shot(page, 'export-03-print-media');
  });
});
