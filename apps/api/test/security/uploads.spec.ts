import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { receiveToTempFile } from '../../src/modules/attachment/upload-stream';
import { createOpenBatch, PDF, registerInstitution, submitEligibleApplication, upload } from '../factories';
import { engines, startTestApi, TestApi } from '../harness';
import { filesUnder, rowCounts } from './lib/db';
import { bearer, raw, restUrl } from './lib/http';

/**
 * Issue #8, findings 3, 4 and 7 (REST): a refused upload writes nothing; an attachment out of sight answers byte for
 * byte like a missing one; odd ids, query parameters and file names are client errors, never a 500.
 */
const TWO_MB = Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024, 0x20)]);

describe.each(engines())('uploads and downloads on %s', (engine) => {
  let api: TestApi;
  let owner: string;
  let stranger: string;
  let draftId: string;
  let submittedId: string;
  let attachmentId: string;
  beforeAll(async () => {
    api = await startTestApi(engine, { demoInstitutions: 5 });
    const batchId = await createOpenBatch(api, `上传批次-${engine}`);
    const inst = await registerInstitution(api, '130881', '平泉市上传安全测试有限公司');
    owner = inst.token;
    stranger = (await registerInstitution(api, '130881', '平泉市旁观者有限公司')).token;
    submittedId = await submitEligibleApplication(api, owner, batchId);
    const d = await api.ok('query($id: ID!) { application(id: $id) { attachments { id } } }', { id: submittedId }, owner);
    attachmentId = d.application.attachments[0].id;
    const other = await createOpenBatch(api, `上传批次二-${engine}`);
    draftId = (await api.ok('mutation($b: ID!) { createApplication(batchId: $b) { id } }', { b: other }, owner)).createApplication.id;
  });
  afterAll(() => api.close());

  const post = (applicationId: string, slot: string, body: Buffer, headers: Record<string, string>) =>
    raw(restUrl(api, `/api/applications/${applicationId}/attachments/${slot}`), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...headers },
      body: new Uint8Array(body),
    });

  it.each([
    ['without a token', () => ({ id: draftId, slot: '1', headers: { who: 'nobody' } }), 401, 'UNAUTHENTICATED'],
    ['to an application of another institution', () => ({ id: draftId, slot: '1', headers: { who: 'stranger' } }), 404, 'NOT_FOUND'],
    ['to an application that does not exist', () => ({ id: '99999999', slot: '1', headers: {} }), 404, 'NOT_FOUND'],
    ['to a non-numeric application id', () => ({ id: 'abc', slot: '1', headers: {} }), 404, 'NOT_FOUND'],
    ['to an id like 0x1', () => ({ id: '0x1', slot: '1', headers: {} }), 404, 'NOT_FOUND'],
    ['to a submitted application', () => ({ id: submittedId, slot: '1', headers: {} }), 409, 'NOT_EDITABLE'],
    ['into slot 13', () => ({ id: draftId, slot: '13', headers: {} }), 400, 'BAD_USER_INPUT'],
    ['into slot abc', () => ({ id: draftId, slot: 'abc', headers: {} }), 400, 'BAD_USER_INPUT'],
    ['with a malformed X-File-Name', () => ({ id: draftId, slot: '1', headers: { 'x-file-name': '%E0%A4%A' } }), 400, 'BAD_USER_INPUT'],
    [
      'of text named .pdf',
      () => ({ id: draftId, slot: '1', headers: {}, body: Buffer.alloc(2 * 1024 * 1024, 0x41) }),
      400,
      'BAD_USER_INPUT',
    ],
  ])('refuses a 2 MB upload %s and writes no file and no row', async (_what, make, status, code) => {
    const { id, slot, headers, body } = { body: TWO_MB, ...make() } as {
      id: string;
      slot: string;
      headers: Record<string, string>;
      body: Buffer;
    };
    const { who, ...rest } = headers;
    const auth = who === 'nobody' ? {} : bearer(who === 'stranger' ? stranger : owner);
    const [files, rows] = [filesUnder(api.services.config.uploadDir), await rowCounts(api)];
    const r = await post(id, slot, body, { ...auth, ...rest });
    expect([r.status, r.json?.error?.code]).toEqual([status, code]);
    expect(r.json.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(filesUnder(api.services.config.uploadDir)).toEqual(files);
    expect(await rowCounts(api)).toEqual(rows);
  });

  it('leaves nothing on disk after ten refused 2 MB uploads, and stores an accepted one once, content-addressed', async () => {
    const before = filesUnder(api.services.config.uploadDir);
    for (let i = 0; i < 10; i++) expect((await post(draftId, '1', TWO_MB, bearer(stranger))).status).toBe(404);
    expect(filesUnder(api.services.config.uploadDir)).toEqual(before);
    const ok = await upload(api, owner, draftId, 12, TWO_MB, '其他材料.pdf');
    expect(ok.status).toBe(201);
    const added = filesUnder(api.services.config.uploadDir).filter((f) => !before.includes(f));
    expect(added).toEqual([path.join(ok.body.sha256.slice(0, 2), ok.body.sha256)]);
  });

  it('answers the attachment of an application out of sight exactly like one that does not exist', async () => {
    const get = async (id: string, token?: string) => {
      const res = await fetch(restUrl(api, `/api/attachments/${id}`), { headers: bearer(token) });
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        length: res.headers.get('content-length'),
        body: await res.text(),
      };
    };
    const baoding = await api.login('baoding');
    expect((await get(attachmentId, await api.login('chengde'))).status).toBe(200);
    const missing = await get('99999999', baoding);
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.code).toBe('NOT_FOUND');
    for (const id of [attachmentId, 'abc', '0x1', '1e1', '%201', '01', '-1']) expect(await get(id, baoding)).toEqual(missing);
    expect(await get(attachmentId, await api.login('enterprise'))).toEqual(missing);
  });

  it.each([
    ['/api/exports/recommendation-summary.xlsx?batchId=abc&city=130800', 400],
    ['/api/exports/recommendation-summary.xlsx?batchId=1e1&city=130800', 400],
    ['/api/exports/recommendation-summary.xlsx?batchId=1&batchId=2&city=130800', 400],
    ['/api/exports/recommendation-summary.xlsx?batchId=1&city=130800&city=130600', 400],
    ['/api/exports/recommendation-summary.xlsx', 400],
    ['/api/exports/applications/abc.xlsx', 404],
    ['/api/exports/applications/0x1.xlsx', 404],
  ])('answers %s with a typed %s', async (url, status) => {
    const r = await raw(restUrl(api, url), { headers: bearer(await api.login('province')) });
    expect(r.status).toBe(status);
    expect(r.json.error.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
    expect(r.json.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

/** The table import (issue #12 item 5) reads its body into memory only: every refusal writes nothing, never a 5xx. */
describe.each(engines())('table imports on %s', (engine) => {
  let api: TestApi;
  let owner: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    owner = (await registerInstitution(api, '130881', '平泉市导入安全测试有限公司')).token;
  });
  afterAll(() => api.close());

  it.each([
    ['without a token', {}, Buffer.from('PK'), 401],
    ['from an officer', { who: 'pingquan' }, Buffer.from('PK'), 403],
    ['over 2 MB (refused on Content-Length, before reading)', {}, Buffer.alloc(2 * 1024 * 1024 + 10, 0x50), 413],
    ['of a PDF', {}, PDF, 400],
    ['of a ZIP header followed by garbage', {}, Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(5000, 0xff)]), 400],
  ])('refuses an import %s with a typed answer and writes nothing', async (_what, opts: { who?: string }, body, status) => {
    const token = opts.who ? await api.login(opts.who) : _what === 'without a token' ? undefined : owner;
    const [files, rows] = [filesUnder(api.services.config.uploadDir), await rowCounts(api)];
    for (const table of ['application-staff', 'application-served-enterprises']) {
      const r = await raw(restUrl(api, `/api/imports/${table}`), {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', ...bearer(token) },
        body: new Uint8Array(body),
      });
      expect(r.status).toBe(status);
      expect(r.json.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(filesUnder(api.services.config.uploadDir)).toEqual(files);
    expect(await rowCounts(api)).toEqual(rows);
  });
});

describe('receiving an upload', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hebei-incoming-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('deletes the partial file when the client goes away', async () => {
    const body = new Readable({ read() {} });
    const received = receiveToTempFile(body, dir, 1024 * 1024);
    body.push(Buffer.alloc(1000, 1));
    body.destroy(new Error('socket hang up'));
    await expect(received).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('stops at the size limit and deletes what it had', async () => {
    const received = receiveToTempFile(Readable.from([Buffer.alloc(600, 1), Buffer.alloc(600, 2)]), dir, 1000);
    await expect(received).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('hashes what it receives', async () => {
    const received = await receiveToTempFile(Readable.from([PDF]), dir, 1000);
    expect(received.size).toBe(PDF.length);
    expect(received.head.subarray(0, 5).toString()).toBe('%PDF-');
    fs.rmSync(received.path);
  });
});
