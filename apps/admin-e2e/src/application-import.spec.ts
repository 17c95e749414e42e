import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { APPLICANT_PASSWORD, applicantWithDraft, FORM, submittedApplication } from './application-factory';
import { API_URL, expect, fillLogin, gql, login, screenshot, test, tokenOf } from './support';

/** Issue #12 item 5: the staff table from the .xlsx template, and 自退回以来的修改 for the reviewer. */
const shot = (page: Page, name: string, fullPage = false) => screenshot(page, `import-${name}`, fullPage);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
/** The eligible form with one staff row already in the table (the import appends to it or replaces it). */
const FORM_WITH_STAFF = {
  ...FORM,
  address: '河北省承德市平泉市建设路8号',
  staff: [{ name: '李工', post: '技术负责人', title: '高级工程师', education: '硕士', hasContractProof: true }],
};
const SAVE = 'mutation($id: ID!, $i: ApplicationInput!) { saveApplication(id: $id, input: $i) { id } }';
const seed = (code: string) => `${code}${String(Date.now() % 10000).padStart(4, '0')}`;

test.describe('服务人员表 Excel 导入与退回后的修改对比', () => {
  test('申请单位下载模板、填写两行正确一行错误，预览看到第3行的错误，只导入正确的行并保存草稿', async ({ page, request }) => {
    test.setTimeout(120_000);
    const { id, token } = await applicantWithDraft(
      request,
      { name: '平泉市导入测试检测有限公司', username: 'e2eimport01', usccSeed: seed('XJ') },
      FORM_WITH_STAFF,
    );
    await page.goto('/login');
    await fillLogin(page, 'e2eimport01', APPLICANT_PASSWORD);
    await expect(page.getByTestId('current-user-name')).toBeVisible();
    await page.goto(`/applications/${id}/edit`);
    await page.getByRole('tab', { name: '服务人员' }).click();
    const list = page.getByTestId('list-staff');
    await expect(list.getByLabel('第1行姓名')).toHaveValue('李工');

    const downloading = page.waitForEvent('download');
    await list.getByRole('button', { name: '下载导入模板' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('服务人员基本情况表（导入模板）.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('服务人员基本情况表')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '姓名', '职务', '职称', '学历', '有无合同、社保证明等']);
    ws.addRow([1, '张三', '检验员', '工程师', '本科', '有']);
    ws.addRow([2, '', '顾问', '无', '本科', '有']);
    ws.addRow([3, '赵敏', '数据分析师', '助理工程师', '大专', '无']);
    const filled = Buffer.from(await wb.xlsx.writeBuffer());

    await list.locator('input[type=file]').setInputFiles({
      name: '服务人员（已填写）.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled,
    });
    const dialog = page.getByRole('dialog', { name: /导入预览/ });
    await expect(dialog.getByTestId('import-summary')).toHaveText('2 行可导入，1 行有错误');
    await expect(dialog.getByTestId('import-errors')).toContainText('第 3 行 姓名：请填写姓名');
    await expect(dialog.getByTestId('import-rows')).toContainText('张三');
    await expect(dialog.getByTestId('import-rows')).toContainText('赵敏');
    const confirm = dialog.getByRole('button', { name: '确认导入' });
    await expect(confirm).toBeDisabled();
    await shot(page, 'preview');
    await dialog.getByTestId('import-good-only').check();
    await expect(dialog.getByRole('radio', { name: '追加到现有 1 行之后' })).toBeChecked();
    await confirm.click();
    await expect(dialog).toBeHidden();
    await expect(list.getByLabel('第2行姓名')).toHaveValue('张三');
    await expect(list.getByLabel('第3行姓名')).toHaveValue('赵敏');
    await expect(list.getByLabel('第3行职务')).toHaveValue('数据分析师');

    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByText('草稿已保存，入库条件已重新判定')).toBeVisible();
    const saved = await gql(request, 'query($id: ID!) { application(id: $id) { staff { name hasContractProof } } }', { id }, token);
    expect(saved.data.application.staff).toEqual([
      { name: '李工', hasContractProof: true },
      { name: '张三', hasContractProof: true },
      { name: '赵敏', hasContractProof: false },
    ]);
  });

  test('县级退回、申请单位修改后重新提交，平泉市在详情页看到“自退回以来的修改”', async ({ page, request }) => {
    test.setTimeout(120_000);
    const { id, token } = await submittedApplication(
      request,
      { name: '平泉市修改对比测试检测有限公司', username: 'e2ediff01', usccSeed: seed('XK') },
      (slot) => ({ body: PDF, type: 'application/pdf', file: `材料${slot}.pdf` }),
      FORM_WITH_STAFF,
    );
    const county = await tokenOf(request, 'pingquan');
    const { version } = (await gql(request, 'query($id: ID!) { application(id: $id) { version } }', { id }, county)).data.application;
    const returned = await gql(
      request,
      'mutation($i: ReviewInput!) { reviewApplication(input: $i) { status } }',
      { i: { applicationId: id, expectedVersion: version, action: 'RETURN', opinion: '服务场地面积与租赁合同不一致，请核实' } },
      county,
    );
    expect(returned.data.reviewApplication.status).toBe('RETURNED');
    const corrected = {
      premisesArea: 320,
      staff: [
        { name: '李工', post: '技术负责人', title: '正高级工程师', education: '硕士', hasContractProof: true },
        { name: '张三', post: '检验员', title: '工程师', education: '本科', hasContractProof: true },
      ],
    };
    expect((await gql(request, SAVE, { id, i: corrected }, token)).errors).toBeUndefined();
    const res = await request.post(`${API_URL}/api/applications/${id}/attachments/4`, {
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent('场地产权证书.pdf'),
      },
      data: Buffer.concat([PDF, Buffer.from('% 产权证书')]),
    });
    expect(res.status()).toBe(201);
    expect((await gql(request, 'mutation($id: ID!) { submitApplication(id: $id) { status } }', { id }, token)).errors).toBeUndefined();

    await login(page, 'pingquan');
    await page.goto(`/applications/${id}`);
    const card = page.getByTestId('changes-since-return');
    await expect(card).toContainText('自退回以来的修改（4 处）');
    await expect(card).toContainText('县级于');
    const rows = card.locator('.ant-table-row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toContainText('服务场地（平方米）');
    await expect(rows.nth(0)).toContainText('150');
    await expect(rows.nth(0)).toContainText('320');
    await expect(rows.nth(1)).toContainText('服务人员“李工” 职称');
    await expect(rows.nth(1)).toContainText('正高级工程师');
    await expect(rows.nth(2)).toContainText('服务人员（新增）');
    await expect(rows.nth(2)).toContainText('张三，检验员，工程师，本科，有');
    await expect(rows.nth(3)).toContainText('场地产权证书.pdf');
    // Beside the review actions: the county decides with the changes in view.
    await expect(page.getByTestId('review-actions')).toBeVisible();
    await shot(page, 'diff', true);
  });
});
