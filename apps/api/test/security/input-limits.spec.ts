import { getMetadataStorage as validationMetadata } from 'class-validator';
import { GraphQLID } from 'graphql';
import { getMetadataStorage as graphqlMetadata } from 'type-graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { createSchema } from '../../src/schema';
import {
  Application,
  ApplicationEvent,
  ApplicationProduct,
  ApplicationServedEnterprise,
  ApplicationStaff,
  SpotCheck,
} from '../../src/modules/application/application.entity';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { UserAccount } from '../../src/modules/auth/user.entity';
import { Batch } from '../../src/modules/batch/batch.entity';
import { ServiceBooking } from '../../src/modules/booking/booking.entity';
import { CalendarDay, CalendarYear } from '../../src/modules/calendar/calendar.entity';
import { ServiceCase } from '../../src/modules/case/case.entity';
import { Enterprise } from '../../src/modules/enterprise/enterprise.entity';
import { Institution } from '../../src/modules/institution/institution.entity';
import { Objection } from '../../src/modules/notice/notice.entity';
import { ServiceProduct } from '../../src/modules/product/product.entity';
import { ChangeReport, ChangeReportField } from '../../src/modules/change/change-report.entity';
import { RemovalCase } from '../../src/modules/removal/removal-case.entity';
import { ServiceReport } from '../../src/modules/report/report.entity';
import { EvaluationCampaign, EvaluationRubric, EvaluationSheet } from '../../src/modules/evaluation/evaluation.entity';
import { ActivityParticipation, WelfareActivity } from '../../src/modules/activity/activity.entity';
import { regexMaxLength } from './lib/regex-max-length';
import { AnalyticsDashboardCardRow } from '../../src/modules/analytics/dashboard.entity';
import { SavedAnalyticsQueryRow } from '../../src/modules/analytics/saved-query.entity';
import { BureauContact } from '../../src/modules/bureau/bureau-contact.entity';
import { PasswordResetRequest } from '../../src/modules/password-reset/password-reset.entity';

/**
 * Finding 7 of issue #8: a 101–200 character name passed validation and overflowed a 100-character column on MySQL
 * (SQLite does not enforce lengths, so only MariaDB noticed, with an internal error). This test reads both sides:
 * the class-validator limit of every string field of every GraphQL input type, and the TypeORM length of every column
 * the field is written to. A new input type must get a row in STORED_IN.
 *
 * A declared length (@Length / @MaxLength) must equal the column's length. A limit that follows from a format
 * (@Matches, @IsIn: a phone number is at most 13 characters) must fit the column, which may be wider.
 */

type EntityClass = Function;
/** Columns an input's fields are written to: same-named columns of `entity`, or those listed in `as`. */
interface Target {
  entity: EntityClass;
  as?: Record<string, string[]>;
  /** Fields of the input not written to this entity. */
  skip?: string[];
  /** Fields written in a normal form of a known length instead of as typed (a USCC without separators). */
  normalized?: Record<string, number>;
}

const STORED_IN: Record<string, Target[]> = {
  // Applications are copied into the institution's record when admitted (NoticeService.admitInstitution).
  ApplicationInput: [{ entity: Application }, { entity: Institution }],
  ApplicationProductInput: [{ entity: ApplicationProduct }],
  ApplicationStaffInput: [{ entity: ApplicationStaff }],
  ApplicationServedEnterpriseInput: [{ entity: ApplicationServedEnterprise }],
  InstitutionInput: [
    { entity: Institution, normalized: { uscc: 18 } },
    { entity: Application, normalized: { uscc: 18 } },
  ],
  InstitutionRegistrationInput: [
    { entity: Institution, skip: ['username', 'password', 'privacyConsentVersion', 'captcha'], normalized: { uscc: 18 } },
    { entity: UserAccount, as: { name: ['displayName'], username: ['username', 'usernameKey'] }, skip: ['password', 'captcha'] },
  ],
  EnterpriseRegistrationInput: [
    { entity: Enterprise, skip: ['username', 'password', 'privacyConsentVersion', 'captcha'], normalized: { uscc: 18 } },
    { entity: UserAccount, as: { name: ['displayName'], username: ['username', 'usernameKey'] }, skip: ['password', 'captcha'] },
  ],
  PublicProfileInput: [{ entity: Institution }],
  ServiceProductInput: [{ entity: ServiceProduct }, { entity: ServiceBooking, as: { name: ['productName'] } }],
  ServiceCaseInput: [{ entity: ServiceCase }],
  BookServiceInput: [{ entity: ServiceBooking, skip: ['productId'] }],
  BookingNoteInput: [{ entity: ServiceBooking, as: { note: ['responseNote', 'completionNote'] } }],
  DeclineBookingInput: [{ entity: ServiceBooking, as: { reason: ['responseNote'] } }],
  RateBookingInput: [{ entity: ServiceBooking, as: { comment: ['ratingComment'] } }],
  BatchInput: [{ entity: Batch }],
  CalendarDayInput: [{ entity: CalendarDay }],
  AddCalendarYearInput: [{ entity: CalendarYear }],
  ReviewInput: [
    { entity: ApplicationEvent, skip: ['applicationId'] },
    { entity: Application, as: { opinion: ['cityOpinion'] }, skip: ['applicationId'] },
  ],
  // Bulk review (issue #12 item 4): the opinion as the single review stores it; the items name rows, never stored.
  BulkReviewInput: [
    { entity: ApplicationEvent, skip: ['items'] },
    { entity: Application, as: { opinion: ['cityOpinion'] }, skip: ['items'] },
  ],
  BulkReviewItemInput: [],
  SpotCheckInput: [{ entity: SpotCheck, skip: ['applicationId'] }],
  ObjectionInput: [{ entity: Objection, skip: ['applicationId', 'captcha'] }],
  // A captcha answer is checked, never stored (only the challenge's nonce, which the server chose).
  CaptchaAnswerInput: [],
  ResolveObjectionInput: [{ entity: Objection, skip: ['objectionId'] }],
  // Dynamic management (issue #9).
  ServiceReportInput: [{ entity: ServiceReport }],
  ChangeFieldInput: [{ entity: ChangeReportField, as: { after: ['afterValue'] } }],
  ChangeReportInput: [{ entity: ChangeReport, skip: ['evidenceIds'] }],
  VerifyChangeReportInput: [{ entity: ChangeReport, as: { note: ['verificationNote'] }, skip: ['changeReportId'] }],
  OpenRemovalCaseInput: [{ entity: RemovalCase, skip: ['institutionId', 'evidenceIds'] }],
  DecideRemovalCaseInput: [{ entity: RemovalCase, skip: ['caseId'] }],
  WithdrawRemovalCaseInput: [{ entity: RemovalCase, as: { reason: ['withdrawReason'] }, skip: ['caseId'] }],
  // Annual evaluation and activities (issue #10). Rubric indicators, bands and scores are stored as JSON (TEXT).
  SaveEvaluationRubricInput: [{ entity: EvaluationRubric, skip: ['id', 'expectedVersion', 'indicators', 'bands'] }],
  RubricIndicatorInput: [],
  GradeBandInput: [],
  IndicatorScoreInput: [],
  ScoreEvaluationSheetInput: [],
  CampaignVersionInput: [],
  OpenEvaluationCampaignInput: [{ entity: EvaluationCampaign, skip: ['rubricId'] }],
  OnSiteVerificationInput: [
    {
      entity: EvaluationSheet,
      as: { date: ['onSiteDate'], inspectors: ['onSiteInspectors'], findings: ['onSiteFindings'], passed: ['onSitePassed'] },
      skip: ['sheetId', 'expectedVersion'],
    },
  ],
  SaveActivityInput: [{ entity: WelfareActivity, skip: ['id', 'expectedVersion', 'institutionIds'] }],
  ReportParticipationInput: [{ entity: ActivityParticipation, skip: ['activityId'] }],
  ConfirmParticipationInput: [],
  // Filters are only compared against, never written.
  ActivityFilter: [],
  EvaluationSheetFilter: [],
  // Analytics (issue #11): a saved query's name, description and dataset are columns; the query and chart are JSON text.
  SaveAnalyticsQueryInput: [{ entity: SavedAnalyticsQueryRow, skip: ['id'] }],
  AnalyticsQueryInput: [{ entity: SavedAnalyticsQueryRow, skip: ['columns'] }],
  DashboardCardInput: [{ entity: AnalyticsDashboardCardRow, skip: ['savedQueryId', 'dashboard'] }],
  AnalyticsChartInput: [],
  AnalyticsFilterInput: [],
  AnalyticsRelativeDateInput: [],
  AnalyticsDimensionInput: [],
  AnalyticsMeasureInput: [],
  AnalyticsHavingInput: [],
  AnalyticsSortInput: [],
  // List sorts (ADR 0020): an enum field and a direction, never stored.
  InstitutionSort: [],
  AuditLogSort: [],
  ApplicationSort: [],
  BookingSort: [],
  AccountSort: [],
  // 主管部门名录 (issue #12 item 1): the filter is never stored; the contact is the bureau's record.
  BureauFilter: [],
  BureauContactInput: [{ entity: BureauContact, skip: ['expectedVersion'] }],
  SavedAnalyticsQueryFilter: [],
  ChangeReportFilter: [],
  ReentryBanFilter: [],
  RemovalCaseFilter: [],
  ReportingComplianceFilter: [],
  // 用户管理 (issue #12): the new account's columns; an action carries only an id and a version; passwords are hashed.
  CreateOfficerAccountInput: [{ entity: UserAccount, as: { username: ['username', 'usernameKey'] } }],
  AccountActionInput: [],
  ChangePasswordInput: [],
  // 密码策略, 本单位账号 and 忘记密码 (issue #12 item 1, ADR 0021).
  PasswordPolicyInput: [],
  CreateOrgAccountInput: [{ entity: UserAccount, as: { username: ['username', 'usernameKey'] } }],
  // Username and USCC are looked up, never stored; the phone is kept on the request.
  PasswordResetRequestInput: [{ entity: PasswordResetRequest, skip: ['username', 'uscc', 'captcha'] }],
  RejectPasswordResetInput: [{ entity: PasswordResetRequest, as: { reason: ['rejectReason'] }, skip: ['id', 'expectedVersion'] }],
  AccountFilter: [],
  ApplicationFilter: [],
  AuditLogFilter: [],
  BookingFilter: [],
  BookingStatisticsFilter: [],
  BrowseFilter: [],
  InstitutionFilter: [],
  OverdueBookingFilter: [],
};

/** Columns filled from other columns: the target must hold what the source holds. */
const COPIED: [EntityClass, string, EntityClass, string][] = [
  [UserAccount, 'displayName', ApplicationEvent, 'actorName'],
  [UserAccount, 'username', ApplicationEvent, 'actorUsername'],
  [UserAccount, 'username', AuditLog, 'actorUsername'],
  [ServiceProduct, 'name', ServiceBooking, 'productName'],
  [Institution, 'name', Application, 'name'],
  [Enterprise, 'contactPerson', ServiceBooking, 'contactPerson'],
];

/** MySQL counts TEXT in bytes; utf8mb4 takes up to 4 per character. */
const TEXT_CHARS: Record<string, number> = { text: 65_535 / 4, mediumtext: 16_777_215 / 4 };

interface Column {
  type: string;
  length?: number;
}

function columnOf(entity: EntityClass, property: string): Column | undefined {
  const arg = getMetadataArgsStorage().columns.find((c) => c.target === entity && c.propertyName === property);
  if (!arg) return undefined;
  return { type: String(arg.options.type), length: arg.options.length === undefined ? undefined : Number(arg.options.length) };
}

interface Limit {
  max: number;
  /** Declared as a length (@Length/@MaxLength), as opposed to following from a format. */
  declared: boolean;
}

/** The longest value the validators of `property` accept (per element for arrays). */
function limitOf(target: Function, property: string, array: boolean): Limit {
  const rules = validationMetadata()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((m) => m.propertyName === property && (!array || m.each));
  let declared = Infinity;
  let format = Infinity;
  for (const r of rules) {
    const [a, b] = r.constraints ?? [];
    if (r.name === 'isLength') declared = Math.min(declared, Number(b));
    else if (r.name === 'maxLength') declared = Math.min(declared, Number(a));
    else if (r.name === 'matches') format = Math.min(format, regexMaxLength((a as RegExp).source ?? String(a)));
    else if (r.name === 'isIn') format = Math.min(format, Math.max(...(a as string[]).map((v) => String(v).length)));
  }
  return declared <= format ? { max: declared, declared: declared < Infinity } : { max: format, declared: false };
}

interface StringField {
  type: string;
  field: string;
  target: Function;
  array: boolean;
}

let fields: StringField[] = [];
let inputTypes: string[] = [];

beforeAll(async () => {
  await createSchema(null);
  const storage = graphqlMetadata();
  inputTypes = storage.inputTypes.map((t) => t.name);
  fields = storage.inputTypes.flatMap((t) =>
    (t.fields ?? [])
      .filter((f) => {
        const type = f.getType();
        return type === String || type === GraphQLID;
      })
      .map((f) => ({ type: t.name, field: f.name, target: t.target, array: !!f.typeOptions.array })),
  );
});

describe('input limits against column lengths (issue #8, finding 7)', () => {
  it('knows where every input type is stored', () => {
    expect(inputTypes.filter((t) => !(t in STORED_IN)).sort()).toEqual([]);
    expect(Object.keys(STORED_IN).filter((t) => !inputTypes.includes(t))).toEqual([]);
  });

  it('says for every nullable input field what null means (@IsOptional, or @IsOptionalButNotNull for NOT NULL columns)', () => {
    const storage = graphqlMetadata();
    const unclear = [...storage.inputTypes, ...storage.argumentTypes].flatMap((t) =>
      (t.fields ?? [])
        .filter((f) => f.typeOptions.nullable)
        .filter(
          (f) =>
            !validationMetadata()
              .getTargetValidationMetadatas(t.target, '', true, false)
              .some((m) => m.propertyName === f.name && m.type === 'conditionalValidation'),
        )
        .map((f) => `${t.name}.${f.name}`),
    );
    expect(unclear).toEqual([]);
  });

  it('gives every validation rule of every input a Chinese message (class-validator defaults are English)', () => {
    const storage = graphqlMetadata();
    const silent = [...storage.inputTypes, ...storage.argumentTypes].flatMap((t) =>
      validationMetadata()
        .getTargetValidationMetadatas(t.target, '', true, false)
        .filter((m) => !['conditionalValidation', 'nestedValidation', 'whitelistValidation'].includes(m.type))
        .filter((m) => typeof m.message !== 'string' || !/[\u4e00-\u9fa5]/.test(m.message))
        .map((m) => `${t.name}.${m.propertyName} @${m.name ?? m.type}`),
    );
    expect([...new Set(silent)]).toEqual([]);
  });

  it('bounds every string field of every input type', () => {
    const unbounded = fields.filter((f) => limitOf(f.target, f.field, f.array).max === Infinity).map((f) => `${f.type}.${f.field}`);
    expect(unbounded).toEqual([]);
  });

  it("makes every column's length equal to the limit of the field written to it", () => {
    const problems: string[] = [];
    for (const f of fields) {
      const limit = limitOf(f.target, f.field, f.array);
      for (const t of STORED_IN[f.type] ?? []) {
        if (t.skip?.includes(f.field)) continue;
        const { max, declared } = t.normalized?.[f.field] ? { max: t.normalized[f.field], declared: true } : limit;
        const names = t.as?.[f.field] ?? [f.field];
        for (const name of names) {
          const column = columnOf(t.entity, name);
          const where = `${f.type}.${f.field} (≤ ${max}) → ${t.entity.name}.${name}`;
          if (!column) {
            if (t.as?.[f.field]) problems.push(`${where}: no such column`);
            continue;
          }
          if (f.array) {
            if (column.type !== 'simple-json' && column.type !== 'simple-array') problems.push(`${where}: array into ${column.type}`);
          } else if (column.type === 'varchar') {
            if (declared ? column.length !== max : column.length! < max) problems.push(`${where}: varchar(${column.length})`);
          } else if (column.type in TEXT_CHARS) {
            if (max > TEXT_CHARS[column.type]) problems.push(`${where}: ${column.type} holds ${Math.floor(TEXT_CHARS[column.type])}`);
          } else if (column.type !== 'date') {
            problems.push(`${where}: a string into ${column.type}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('copies values only into columns at least as long as their source', () => {
    const problems = COPIED.filter(([se, sc, te, tc]) => {
      const [s, t] = [columnOf(se, sc)!, columnOf(te, tc)!];
      return s.type === 'varchar' && t.type === 'varchar' && t.length! < s.length!;
    }).map(([se, sc, te, tc]) => `${se.name}.${sc} → ${te.name}.${tc}`);
    expect(problems).toEqual([]);
  });

  it.each([
    ['^\\d{6}$', 6],
    ['^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$', 13],
    ['^[A-Za-z][A-Za-z0-9_]{3,31}$', 32],
    ['^$|^https?:\\/\\/[^\\s/$.?#][^\\s]*$', Infinity],
    ['\\d+', Infinity],
  ])('reads the longest match of /%s/ as %s', (source, max) => {
    expect(regexMaxLength(source)).toBe(max);
  });
});
