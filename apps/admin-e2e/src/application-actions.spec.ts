import { makeUscc, PRIVACY_NOTICE_VERSION } from '@hebei/domain';
import type { APIRequestContext, Page } from '@playwright/test';
import {
  API_URL,
  btn,
  CAPTCHA_TEST_ANSWER,
  expect,
  fillLogin,
  gql,
  login,
  logout,
  openMenu,
  screenshot,
  tableSettled,
  test,
  tokenOf,
} from './support';

/** Issue #12 items 5 and 6: attachment preview and withdrawal on the application, cancelling a booking. */
const shot = (page: Page, name: string, fullPage = false) => screenshot(page, `apply-${name}`, fullPage);

/** A real two-page PDF (pdf.js parses it), offsets computed so the xref table is exact. */
function twoPagePdf(): Buffer {
  const page = (n: number) =>
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${n + 4} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`;
  const text = (s: string) => `BT /F1 36 Tf 72 700 Td (${s}) Tj ET 0 0 1 RG 8 w 72 72 451 560 re S`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    page(1),
    `<< /Length ${text('Page one').length} >>\nstream\n${text('Page one')}\nendstream`,
    page(2),
    `<< /Length ${text('Page two').length} >>\nstream\n${text('Page two')}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const FORM = {
  institutionType: 'ENTERPRISE',
  nature: 'PUBLIC_WELFARE',
  address: '河北省承德市平泉市建设路1号',
  postalCode: '067500',
  legalRepresentative: '王建国',
  foundedOn: '2018-05-01',
  registeredCapital: 500,
  contactPerson: '王建国',
  contactPhone: '13931400000',
  email: 'wjg@example.cn',
  employees: 45,
  qualifiedStaff: 30,
  cooperatingExperts: 20,
  seniorExperts: 10,
  cooperatingInstitutions: 5,
  serviceAssets: 180,
  totalAssets: 200,
  premisesArea: 150,
  mainCategories: ['TESTING_INSPECTION'],
  activitiesNarrative: '2025年参与“百场万家”公益服务活动12场，组织“一起益企”中小企业服务行动，为县域企业提供检验检测服务。',
  lastYear: 2025,
  smesServedLastYear: 120,
  pointToPointEnterprises: 12,
  declaresNoCreditBlacklist: true,
  declarationSigned: true,
  declarationSignedBy: '王建国',
};

/** A fresh 平泉 applicant with an eligible application submitted (slot 1 a two-page PDF, slot 2 a PNG). */
async function submittedApplication(request: APIRequestContext, name: string, username: string): Promise<{ id: string; token: string }> {
  // Self-registration needs consent to the privacy notice and a solved captcha (ADR 0019; the e2e APIs answer T3ST).
  const challenge = await gql(request, '{ captcha { id } }', {});
  const reg = await gql(request, 'mutation($i: InstitutionRegistrationInput!) { registerInstitution(input: $i) { token } }', {
    i: {
      name,
      uscc: makeUscc(`91130881MA0${username === 'e2epreview01' ? 'PR' : 'WD'}${String(Date.now() % 10000).padStart(4, '0')}`),
      divisionCode: '130881',
      contactPerson: '王建国',
      contactPhone: '13931400000',
      username,
      password: 'Preview@2026x',
      privacyConsentVersion: PRIVACY_NOTICE_VERSION,
      captcha: { id: challenge.data.captcha.id, answer: CAPTCHA_TEST_ANSWER },
    },
  });
  expect(reg.errors).toBeUndefined();
  const token = reg.data.registerInstitution.token as string;
  const batches = await gql(request, '{ batches { id name status } }', {}, token);
  const batch = batches.data.batches.find((b: { status: string }) => b.status === 'OPEN');
  const created = await gql(request, 'mutation($b: ID!) { createApplication(batchId: $b) { id } }', { b: batch.id }, token);
  const id = created.data.createApplication.id as string;
  const saved = await gql(
    request,
    'mutation($id: ID!, $i: ApplicationInput!) { saveApplication(id: $id, input: $i) { id } }',
    { id, i: FORM },
    token,
  );
  expect(saved.errors).toBeUndefined();
  for (let slot = 1; slot <= 11; slot++) {
    const [body, type, file] =
      slot === 1
        ? [twoPagePdf(), 'application/pdf', '入库申请表.pdf']
        : slot === 2
          ? [PNG, 'image/png', '单位概况.png']
          : [twoPagePdf(), 'application/pdf', `材料${slot}.pdf`];
    const res = await request.post(`${API_URL}/api/applications/${id}/attachments/${slot}`, {
      headers: { authorization: `Bearer ${token}`, 'content-type': type, 'x-file-name': encodeURIComponent(file) },
      data: body,
    });
    expect(res.status()).toBe(201);
  }
  const submitted = await gql(request, 'mutation($id: ID!) { submitApplication(id: $id) { status } }', { id }, token);
  expect(submitted.errors).toBeUndefined();
  return { id, token };
}

test.describe('入库申请：附件预览与撤回', () => {
  test('平泉市审核人员在审核页预览PDF（翻页、缩放）和图片附件', async ({ page, request }) => {
    test.setTimeout(120_000);
    const { id } = await submittedApplication(request, '平泉市附件预览测试检测有限公司', 'e2epreview01');
    await login(page, 'pingquan');
    await page.goto(`/applications/${id}`);
    await expect(page.getByRole('button', { name: btn('通过') })).toBeVisible();
    await page.getByTestId('preview-1').click();
    const drawer = page.getByTestId('attachment-preview');
    await expect(drawer).toContainText('预览：入库申请表.pdf');
    await expect(drawer.getByTestId('pdf-canvas')).toHaveAttribute('data-rendered-page', '1');
    await expect(drawer.getByTestId('pdf-page')).toHaveText('第 1 / 2 页');
    // The review actions stay in reach beside the preview.
    await expect(page.getByRole('button', { name: btn('通过') })).toBeVisible();
    await shot(page, 'preview-pdf');
    await drawer.getByRole('button', { name: '下一页' }).click();
    await expect(drawer.getByTestId('pdf-canvas')).toHaveAttribute('data-rendered-page', '2');
    await expect(drawer.getByTestId('pdf-page')).toHaveText('第 2 / 2 页');
    await drawer.getByRole('button', { name: '放大' }).click();
    await expect(drawer.getByTestId('pdf-zoom')).toHaveText('125%');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    await page.getByTestId('preview-2').click();
    await expect(page.getByTestId('attachment-preview').getByTestId('image-preview').locator('img')).toBeVisible();
    await shot(page, 'preview-image');
  });

  test('申请单位在县级审核前撤回申请：确认后回到草稿，待初审队列不再有它', async ({ page, request }) => {
    test.setTimeout(120_000);
    const name = '平泉市撤回申请测试服务有限公司';
    const { id } = await submittedApplication(request, name, 'e2ewithdraw01');
    await page.goto('/login');
    await fillLogin(page, 'e2ewithdraw01', 'Preview@2026x');
    await expect(page.getByTestId('current-user-name')).toBeVisible();
    await page.goto(`/applications/${id}`);
    await page.getByTestId('withdraw-application').click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确认撤回该申请？' });
    await expect(confirm).toContainText('审核部门一旦作出初审决定，就不能再撤回');
    await shot(page, 'withdraw-confirm');
    await confirm.getByRole('button', { name: '确认撤回' }).click();
    await expect(page.getByText('申请已撤回，可修改后重新提交')).toBeVisible();
    await expect(page.getByTestId('application-status')).toHaveText('草稿');
    await expect(page.getByTestId('application-timeline')).toContainText('申请人撤回');
    await logout(page);
    const county = await tokenOf(request, 'pingquan');
    const queue = await gql(
      request,
      '{ applications(first: 100, filter: { queue: PENDING_COUNTY }) { edges { node { id } } } }',
      {},
      county,
    );
    expect(queue.data.applications.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
  });
});

test.describe('服务预约：新预约通知机构，企业在答复前取消', () => {
  test('机构的铃铛提示新预约；企业在我的预约中确认取消；机构看到已取消并收到通知；主管部门看不到预约按钮', async ({ page, request }) => {
    test.setTimeout(120_000);
    const need = '端到端测试：取消预约——需求已由企业内部解决，请勿再安排。';
    const found = await gql(
      request,
      'query($t: String) { browseInstitutions(first: 1, filter: { text: $t }) { edges { node { id products { id name } } } } }',
      { t: '平泉市冀达数智数字科技有限公司' },
    );
    const institutionId = found.data.browseInstitutions.edges[0].node.id as string;
    const productId = found.data.browseInstitutions.edges[0].node.products[0].id as string;
    const made = await gql(
      request,
      'mutation($i: BookServiceInput!) { bookService(input: $i) { id } }',
      { i: { productId, need, contactPerson: '赵立新', contactPhone: '13831412345' } },
      await tokenOf(request, 'enterprise'),
    );
    expect(made.errors).toBeUndefined();

    await login(page, 'institution');
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAccessibleName(/站内通知，\d+条未读/);
    await bell.click();
    await expect(page.getByTestId('notification-panel')).toContainText('收到新的服务预约');
    await shot(page, 'booking-bell');
    await page.keyboard.press('Escape');
    await logout(page);

    await login(page, 'enterprise');
    await openMenu(page, '我的预约');
    await tableSettled(page, 'my-bookings-table');
    const row = page
      .getByTestId('my-bookings-table')
      .locator('.ant-table-row')
      .filter({ hasText: need.slice(0, 12) });
    await row.getByTestId('cancel-booking').click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确认取消该预约？' });
    await expect(confirm).toContainText('服务机构会收到取消通知');
    await shot(page, 'booking-cancel-confirm');
    await confirm.getByRole('button', { name: '确认取消预约' }).click();
    await expect(page.getByText('预约已取消')).toBeVisible();
    await expect(row.getByTestId('cell-status')).toHaveText('已取消');
    await expect(row.getByTestId('cancel-booking')).toHaveCount(0);
    await shot(page, 'booking-cancelled', true);
    await logout(page);

    await login(page, 'institution');
    await openMenu(page, '预约处理');
    await page.getByTestId('booking-tabs').getByRole('tab', { name: '全部' }).click();
    await tableSettled(page, 'bookings-table');
    const inbox = page
      .getByTestId('bookings-table')
      .locator('.ant-table-row')
      .filter({ hasText: need.slice(0, 12) });
    await expect(inbox.getByTestId('cell-status')).toHaveText('已取消');
    await page.getByTestId('notification-bell').click();
    await expect(page.getByTestId('notification-panel')).toContainText('服务预约已被企业取消');
    await page.keyboard.press('Escape');
    await logout(page);

    // Officers see the registry but cannot book.
    await login(page, 'chengde');
    await page.goto(`/registry/${institutionId}`);
    await expect(page.getByTestId('booking-view-only')).toBeVisible();
    await expect(page.getByTestId('product-card').first()).toBeVisible();
    await expect(page.getByTestId('product-card').getByRole('button', { name: btn('预约') })).toHaveCount(0);
    await shot(page, 'registry-officer');
  });
});
