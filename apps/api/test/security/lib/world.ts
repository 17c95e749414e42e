import { Role } from '../../../src/common/enums';
import { DEFAULT_RATE_LIMITS } from '../../../src/common/rate-limit';
import {
  applicationInNotice,
  createOpenBatch,
  registerInstitution,
  signUpExtras,
  solvedCaptcha,
  submitEligibleApplication,
  uniqueUscc,
} from '../../factories';
import { Engine, GENEROUS_RATE_LIMITS, startTestApi, TestApi } from '../../harness';

/**
 * Who calls: every role, a second bureau of another city, and a second owner for institution and enterprise.
 * `owner` is the demo institution (admitted, 平泉市 under 承德) and `enterprise` the demo SME (承德);
 * `otherOwner` and `otherEnterprise` sit in 保定, the jurisdiction of `baoding`.
 */
export const ACTORS = [
  'anonymous',
  'province',
  'chengde',
  'baoding',
  'pingquan',
  'owner',
  'otherOwner',
  'enterprise',
  'otherEnterprise',
  'analyst',
] as const;
export type Actor = (typeof ACTORS)[number];

export const ROLE_OF: Record<Actor, Role | null> = {
  anonymous: null,
  province: Role.PROVINCE,
  chengde: Role.CITY,
  baoding: Role.CITY,
  pingquan: Role.COUNTY,
  owner: Role.INSTITUTION,
  otherOwner: Role.INSTITUTION,
  enterprise: Role.ENTERPRISE,
  otherEnterprise: Role.ENTERPRISE,
  analyst: Role.ANALYST,
};

/**
 * The records the matrix points ids at: for each kind a primary record (承德 side: owner, enterprise) and, where the
 * kind has an owner or a place, a secondary one (保定 side: otherOwner, otherEnterprise).
 */
export type Kind =
  | 'application'
  | 'attachment'
  | 'booking'
  | 'product'
  | 'publishedProduct'
  | 'serviceCase'
  | 'caseToDelete'
  | 'notification'
  | 'institution'
  | 'publicInstitution'
  | 'openBatch'
  | 'closedBatch'
  | 'noticeApplication'
  | 'objection'
  /** County bureau accounts managed in 用户管理: one in 承德 (平泉), one in 保定 (竞秀区). */
  | 'managedAccount'
  /** 本单位账号: a colleague of `owner`, and one of `otherOwner`. */
  | 'orgAccount'
  /** 忘记密码: a pending request of a 平泉 user (the owner's colleague), and one of a 保定 user (otherOwner's colleague). */
  | 'resetRequest'
  /** Saved analytics queries: 承德's own unshared one, and 保定's shared one (every analytics caller sees it). */
  | 'savedQuery'
  /** Unshared saved queries of 承德 and 保定: only their owners see them. */
  | 'privateQuery'
  /** Unshared saved queries of the province and of 承德: the province sees its own (not shared, so no card). */
  | 'unsharedQuery'
  /** A card on the default dashboard, of 保定's shared query. */
  | 'dashboardCard';

export interface World {
  api: TestApi;
  tokens: Partial<Record<Actor, string>>;
  ids: Record<Kind, [string, string?]>;
}

const ok = (api: TestApi, q: string, v: Record<string, unknown>, token?: string) => api.ok(q, v, token);

const PRODUCT = 'mutation($i: ServiceProductInput!) { createServiceProduct(input: $i) { id } }';
const CASE = 'mutation($i: ServiceCaseInput!) { createServiceCase(input: $i) { id } }';
const BOOK = 'mutation($i: BookServiceInput!) { bookService(input: $i) { id } }';
const DECLINE = 'mutation($id: ID!) { declineBooking(id: $id, input: { reason: "矩阵测试：暂无档期" }) { id } }';

const SAVE_QUERY = 'mutation($i: SaveAnalyticsQueryInput!) { saveAnalyticsQuery(input: $i) { id } }';
const ADD_CARD = 'mutation($i: DashboardCardInput!) { addDashboardCard(input: $i) { cards { id query { id } } } }';
const BOOKINGS_BY_CITY = { dataset: 'bookings', groupBy: [{ field: 'divisionCode', level: 'CITY' }], measures: [{ aggregate: 'COUNT' }] };

const product = (name: string, published: boolean) => ({
  i: { name, categoryCode: 'TESTING_INSPECTION', nature: 'FREE', content: '矩阵测试用的服务产品内容说明', published },
});
const serviceCase = (title: string) => ({
  i: { title, enterpriseName: '某机械有限公司', content: '矩阵测试用的服务案例内容说明', outcome: '成效良好', servedOn: '2026-06-01' },
});

/** Builds the actors and records of the authorization matrix on a fresh API. */
export async function buildWorld(engine: Engine): Promise<World> {
  const api = await startTestApi(engine, {
    demoInstitutions: 5,
    rateLimits: { ...GENEROUS_RATE_LIMITS, objections: { ...DEFAULT_RATE_LIMITS.objections, limit: 100_000 } },
  });
  const tokens: World['tokens'] = {};
  for (const u of ['province', 'chengde', 'baoding', 'pingquan', 'enterprise', 'analyst'] as const) tokens[u] = await api.login(u);
  tokens.owner = await api.login('institution');

  // The second owner: an admitted institution in 保定市竞秀区.
  const other = await registerInstitution(api, '130602', '保定市矩阵测试第二机构有限公司');
  tokens.otherOwner = other.token;
  const otherId = (await ok(api, '{ me { institutionId } }', {}, other.token)).me.institutionId;
  await api.services.db.query("UPDATE institution SET registryStatus = 'ADMITTED', admittedOn = '2025-07-18' WHERE id = ?", [
    Number(otherId),
  ]);
  tokens.otherEnterprise = (
    await ok(api, 'mutation($i: EnterpriseRegistrationInput!) { registerEnterprise(input: $i) { token } }', {
      i: {
        name: '保定市矩阵测试企业有限公司',
        uscc: uniqueUscc('130602'),
        divisionCode: '130602',
        contactPerson: '赵六',
        contactPhone: '13831400001',
        username: `matrixent${engine}`,
        password: 'Strong#Pass2026',
        ...(await signUpExtras(api)),
      },
    })
  ).registerEnterprise.token;
  const ownerId = (await ok(api, '{ me { institutionId } }', {}, tokens.owner)).me.institutionId;

  const openBatch = await createOpenBatch(api, `矩阵批次-${engine}`);
  const closedBatch = await createOpenBatch(api, `矩阵已截止批次-${engine}`);
  await ok(api, 'mutation($id: ID!) { closeBatch(id: $id) { id } }', { id: closedBatch }, tokens.province);

  const appX = await submitEligibleApplication(api, tokens.owner!, openBatch);
  const appY = await submitEligibleApplication(api, tokens.otherOwner!, openBatch);
  const attachment = async (id: string, token: string) =>
    (await ok(api, 'query($id: ID!) { application(id: $id) { attachments { id } } }', { id }, token)).application.attachments[0].id;

  const inNotice = await applicationInNotice(api, `矩阵公示批次-${engine}`, '平泉市矩阵公示测试有限公司');
  const applicantInstitution = (
    await ok(api, 'query($id: ID!) { application(id: $id) { institutionId } }', { id: inNotice }, tokens.province)
  ).application.institutionId;
  const objection = (
    await ok(api, 'mutation($i: ObjectionInput!) { fileObjection(input: $i) { id } }', {
      i: {
        applicationId: inNotice,
        name: '矩阵',
        contact: '13800000000',
        content: '矩阵测试提出的异议内容说明。',
        captcha: await solvedCaptcha(api),
      },
    })
  ).fileObjection.id;
  await ok(
    api,
    'mutation($i: ResolveObjectionInput!) { resolveObjection(input: $i) { id } }',
    { i: { objectionId: objection, upheld: false, resolution: '不成立' } },
    tokens.province,
  );

  const productX = (await ok(api, PRODUCT, product('矩阵检测服务甲', true), tokens.owner)).createServiceProduct.id;
  const draftX = (await ok(api, PRODUCT, product('矩阵检测服务草稿', false), tokens.owner)).createServiceProduct.id;
  const productY = (await ok(api, PRODUCT, product('矩阵检测服务乙', true), tokens.otherOwner)).createServiceProduct.id;
  const book = (productId: string, token: string) =>
    ok(api, BOOK, { i: { productId, need: '矩阵测试预约需求', contactPerson: '联系人', contactPhone: '13800000000' } }, token);
  const bookingX = (await book(productX, tokens.enterprise!)).bookService.id;
  const bookingY = (await book(productY, tokens.otherEnterprise!)).bookService.id;
  await ok(api, DECLINE, { id: bookingX }, tokens.owner);
  await ok(api, DECLINE, { id: bookingY }, tokens.otherOwner);
  // Officers see bookings once overdue.
  await api.services.db.query('UPDATE service_booking SET overdue = 1 WHERE id IN (?, ?)', [Number(bookingX), Number(bookingY)]);

  const caseX = (await ok(api, CASE, serviceCase('矩阵案例甲'), tokens.owner)).createServiceCase.id;
  const caseY = (await ok(api, CASE, serviceCase('矩阵案例乙'), tokens.otherOwner)).createServiceCase.id;
  const doomedX = (await ok(api, CASE, serviceCase('待删案例甲'), tokens.owner)).createServiceCase.id;
  const doomedY = (await ok(api, CASE, serviceCase('待删案例乙'), tokens.otherOwner)).createServiceCase.id;

  const notify = async (institutionId: number) => {
    await api.services.db.transaction((em) =>
      api.services.notifications.notify(em, [{ institutionId }], 'APPLICATION_ADMITTED', { admittedOn: '2026-11-27' }),
    );
    const [row] = await api.services.db.query(
      'SELECT MAX(n.id) AS id FROM user_notification n JOIN user_account u ON u.id = n.userId WHERE u.institutionId = ? AND u.orgAdmin = 1',
      [institutionId],
    );
    return String(row.id);
  };

  const officer = async (username: string, divisionCode: string) =>
    (
      await ok(
        api,
        'mutation($i: CreateOfficerAccountInput!) { createOfficerAccount(input: $i) { account { id } } }',
        { i: { username, displayName: `矩阵县局${username}`, role: 'COUNTY', divisionCode } },
        tokens.province,
      )
    ).createOfficerAccount.account.id as string;
  const managedX = await officer(`matrixcountyx${engine}`, '130881');
  const managedY = await officer(`matrixcountyy${engine}`, '130602');

  const colleague = async (username: string, token: string) =>
    (
      await ok(
        api,
        'mutation($i: CreateOrgAccountInput!) { createOrgAccount(input: $i) { account { id } } }',
        { i: { username, displayName: '矩阵同事' } },
        token,
      )
    ).createOrgAccount.account.id as string;
  const colleagueX = await colleague(`matrixmatex${engine}`, tokens.owner!);
  const colleagueY = await colleague(`matrixmatey${engine}`, tokens.otherOwner!);
  const resetRequest = async (username: string, institutionId: number) => {
    const [inst] = await api.services.db.query('SELECT uscc, contactPhone FROM institution WHERE id = ?', [institutionId]);
    await ok(api, 'mutation($i: PasswordResetRequestInput!) { requestPasswordReset(input: $i) }', {
      i: { username, uscc: inst.uscc, contactPhone: inst.contactPhone, captcha: await solvedCaptcha(api) },
    });
    await api.services.passwordResets.settled();
    const [row] = await api.services.db.query(
      'SELECT r.id FROM password_reset_request r JOIN user_account u ON u.id = r.userId WHERE u.username = ?',
      [username],
    );
    return String(row.id);
  };
  const resetX = await resetRequest(`matrixmatex${engine}`, Number(ownerId));
  const resetY = await resetRequest(`matrixmatey${engine}`, Number(otherId));

  const savedQuery = async (name: string, shared: boolean, token: string) =>
    (await ok(api, SAVE_QUERY, { i: { name, shared, query: BOOKINGS_BY_CITY } }, token)).saveAnalyticsQuery.id as string;
  const privateX = await savedQuery('矩阵承德私有查询', false, tokens.chengde!);
  const privateY = await savedQuery('矩阵保定私有查询', false, tokens.baoding!);
  const sharedY = await savedQuery('矩阵保定共享查询', true, tokens.baoding!);
  const provincePrivate = await savedQuery('矩阵省厅私有查询', false, tokens.province!);
  const cards = (await ok(api, ADD_CARD, { i: { savedQueryId: sharedY, title: '矩阵卡片' } }, tokens.province)).addDashboardCard.cards as {
    id: string;
    query: { id: string };
  }[];
  const card = cards.find((c) => c.query.id === sharedY)!.id;

  return {
    api,
    tokens,
    ids: {
      application: [appX, appY],
      attachment: [await attachment(appX, tokens.owner!), await attachment(appY, tokens.otherOwner!)],
      booking: [bookingX, bookingY],
      product: [productX, productY],
      publishedProduct: [productX, draftX],
      serviceCase: [caseX, caseY],
      caseToDelete: [doomedX, doomedY],
      notification: [await notify(Number(ownerId)), await notify(Number(otherId))],
      institution: [String(ownerId), String(otherId)],
      publicInstitution: [String(ownerId), String(applicantInstitution)],
      openBatch: [openBatch],
      closedBatch: [closedBatch],
      noticeApplication: [inNotice, appX],
      objection: [objection],
      managedAccount: [managedX, managedY],
      orgAccount: [colleagueX, colleagueY],
      resetRequest: [resetX, resetY],
      savedQuery: [privateX, sharedY],
      privateQuery: [privateX, privateY],
      unsharedQuery: [provincePrivate, privateX],
      dashboardCard: [card],
    },
  };
}
