import { makeUscc, PRIVACY_NOTICE_VERSION } from '@hebei/domain';
import type { APIRequestContext } from '@playwright/test';
import { API_URL, CAPTCHA_TEST_ANSWER, expect, gql } from './support';

/** Applications made through the API for the e2e specs that start from a submitted one (a fresh 平泉 applicant each). */

/** A real two-page PDF (pdf.js parses it), offsets computed so the xref table is exact. */
export function twoPagePdf(): Buffer {
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
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The Attachment 2 form filled so that E1–E10 pass. */
export const FORM = {
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

export interface Attachment {
  body: Buffer;
  type: string;
  file: string;
}

/** Slot 1 a two-page PDF, slot 2 a PNG, the other slots PDFs: every required material, each one previewable. */
export function previewableAttachment(slot: number): Attachment {
  if (slot === 1) return { body: twoPagePdf(), type: 'application/pdf', file: '入库申请表.pdf' };
  if (slot === 2) return { body: PNG, type: 'image/png', file: '单位概况.png' };
  return { body: twoPagePdf(), type: 'application/pdf', file: `材料${slot}.pdf` };
}

export interface SubmittedApplication {
  id: string;
  /** The applicant's token. */
  token: string;
}

/** The password of every applicant these factories register (for a login through the form). */
export const APPLICANT_PASSWORD = 'Preview@2026x';

export interface Applicant {
  name: string;
  username: string;
  /** The 8 characters after `91130881MA0` that make the USCC unique (the check digit is computed). */
  usccSeed: string;
}

/**
 * A new institution registered in 平泉市 (privacy consent, the e2e captcha answer; ADR 0019) with its application in the
 * open batch saved with `form` (FORM unless given): a draft, nothing uploaded.
 */
export async function applicantWithDraft(
  request: APIRequestContext,
  applicant: Applicant,
  form: Record<string, unknown> = FORM,
): Promise<SubmittedApplication> {
  const challenge = await gql(request, '{ captcha { id } }', {});
  const reg = await gql(request, 'mutation($i: InstitutionRegistrationInput!) { registerInstitution(input: $i) { token } }', {
    i: {
      name: applicant.name,
      uscc: makeUscc(`91130881MA0${applicant.usccSeed}`),
      divisionCode: '130881',
      contactPerson: '王建国',
      contactPhone: '13931400000',
      username: applicant.username,
      password: APPLICANT_PASSWORD,
      privacyConsentVersion: PRIVACY_NOTICE_VERSION,
      captcha: { id: challenge.data.captcha.id, answer: CAPTCHA_TEST_ANSWER },
    },
  });
  expect(reg.errors).toBeUndefined();
  const token = reg.data.registerInstitution.token as string;
  const batches = await gql(request, '{ batches { id status } }', {}, token);
  const batch = batches.data.batches.find((b: { status: string }) => b.status === 'OPEN');
  const created = await gql(request, 'mutation($b: ID!) { createApplication(batchId: $b) { id } }', { b: batch.id }, token);
  const id = created.data.createApplication.id as string;
  const saved = await gql(
    request,
    'mutation($id: ID!, $i: ApplicationInput!) { saveApplication(id: $id, input: $i) { id } }',
    { id, i: form },
    token,
  );
  expect(saved.errors).toBeUndefined();
  return { id, token };
}

/** The draft of `applicantWithDraft` with the 11 materials uploaded and submitted: one more item in pingquan's 待初审. */
export async function submittedApplication(
  request: APIRequestContext,
  applicant: Applicant,
  attachment: (slot: number) => Attachment = previewableAttachment,
  form: Record<string, unknown> = FORM,
): Promise<SubmittedApplication> {
  const { id, token } = await applicantWithDraft(request, applicant, form);
  for (let slot = 1; slot <= 11; slot++) {
    const { body, type, file } = attachment(slot);
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
