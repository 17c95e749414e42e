import ExcelJS from 'exceljs';
import { Role } from '../src/common/enums';
import { maskerFor, maskRow, personalFieldsOf } from '../src/common/personal-data';
import { Application } from '../src/modules/application/application.entity';
import { ServiceBooking } from '../src/modules/booking/booking.entity';
import { Institution } from '../src/modules/institution/institution.entity';
import { NOTIFICATION_TEMPLATES } from '../src/modules/notification/notification.templates';
import { engines, startTestApi, TestApi } from './harness';

const MASKED_PHONE = /^\d{3}\*+\d{4}$/;
const MASKED_EMAIL = /^.\*\*\*@/;

describe('personal data is declared once, on the field', () => {
  it.each([
    [Institution, ['contactPhone', 'email']],
    [Application, ['contactPhone', 'email']],
    [ServiceBooking, ['contactPhone']],
  ])('%p declares %j', (cls, fields) => {
    expect([...personalFieldsOf(cls).keys()].sort()).toEqual([...fields].sort());
  });

  it('one mapper masks rows for ANALYST and leaves them alone for everyone else', () => {
    const row = { id: 1, contactPhone: '13931400000', email: 'wjg@example.cn', name: '某机构' };
    expect(maskRow(Role.ANALYST, Application, row)).toEqual({
      id: 1,
      contactPhone: '139****0000',
      email: 'w***@example.cn',
      name: '某机构',
    });
    expect(maskRow(Role.PROVINCE, Application, row)).toBe(row);
  });

  it('notification text goes through the same masking, per recipient', () => {
    const data = {
      enterpriseName: '某企业',
      productName: '检验',
      contactPerson: '张三',
      contactPhone: '13900001234',
      deadline: '2026-12-04',
    };
    expect(NOTIFICATION_TEMPLATES.BOOKING_REQUESTED(data, maskerFor(Role.INSTITUTION)).body).toContain('13900001234');
    const forAnalyst = NOTIFICATION_TEMPLATES.BOOKING_REQUESTED(data, maskerFor(Role.ANALYST)).body;
    expect(forAnalyst).not.toContain('13900001234');
    expect(forAnalyst).toContain('139****1234');
  });
});

describe.each(engines())('masking in every output on %s', (engine) => {
  let api: TestApi;
  let applicationId: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    const list = await api.ok(
      '{ applications(first: 1, filter: { queue: PENDING_COUNTY }) { edges { node { id } } } }',
      {},
      await api.login('province'),
    );
    applicationId = list.applications.edges[0].node.id;
  });
  afterAll(() => api.close());

  const FIELDS =
    'query($id: ID!) { application(id: $id) { contactPhone email } institutions(first: 5) { edges { node { contactPhone email } } } }';

  it('GraphQL: the analyst reads phones and e-mails masked; the province reads them whole', async () => {
    const analyst = await api.ok(FIELDS, { id: applicationId }, await api.login('analyst'));
    const province = await api.ok(FIELDS, { id: applicationId }, await api.login('province'));
    expect(analyst.application.contactPhone).toMatch(MASKED_PHONE);
    expect(analyst.application.email).toMatch(MASKED_EMAIL);
    expect(province.application.contactPhone).toMatch(/^\d{11}$/);
    const phones = analyst.institutions.edges.map((e: any) => e.node.contactPhone).filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    phones.forEach((p: string) => expect(p).toMatch(MASKED_PHONE));
  });

  async function exported(username: string) {
    const res = await fetch(api.url.replace('/graphql', `/api/exports/applications/${applicationId}.xlsx`), {
      headers: { authorization: `Bearer ${await api.login(username)}` },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const form = new Map<string, string>();
    wb.getWorksheet('入库申请表')!.eachRow((row) => form.set(String(row.getCell(1).value), String(row.getCell(2).value ?? '')));
    return form;
  }

  it('exports: the application workbook masks phones and e-mails for the analyst (the defect of issue #7)', async () => {
    const analyst = await exported('analyst');
    expect(analyst.get('联系电话')).toMatch(MASKED_PHONE);
    expect(analyst.get('电子信箱')).toMatch(MASKED_EMAIL);
    const province = await exported('province');
    expect(province.get('联系电话')).toMatch(/^\d{11}$/);
    expect(province.get('电子信箱')).toContain('@');
    expect(province.get('电子信箱')).not.toMatch(MASKED_EMAIL);
  });
});
