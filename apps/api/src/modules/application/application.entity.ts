import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ApplicationContent } from '@hebei/domain';
import { PersonalData } from '../../common/personal-data';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { InstitutionType, ServiceNature } from '../../common/enums';
import { decimalToNumber } from '../../common/numeric.transformer';
import { ScopeRule } from '../../common/scope';

export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  COUNTY_APPROVED = 'COUNTY_APPROVED',
  CITY_RECOMMENDED = 'CITY_RECOMMENDED',
  PROVINCE_APPROVED = 'PROVINCE_APPROVED',
  IN_PUBLIC_NOTICE = 'IN_PUBLIC_NOTICE',
  ADMITTED = 'ADMITTED',
  RETURNED = 'RETURNED',
  REJECTED = 'REJECTED',
}
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus', description: '申报状态（第八条）' });

const money = { type: 'decimal' as const, precision: 14, scale: 2, nullable: true, transformer: decimalToNumber };
const count = { type: 'int' as const, nullable: true };

/** One institution's application in one batch: the whole Attachment 2 form as typed columns. */
@ObjectType({ description: '入库申请（附件2）' })
@Entity('application')
@Index(['batchId', 'institutionId'], { unique: true })
@Index(['status', 'divisionCode', 'id'])
@Index(['institutionId', 'id'])
// Sorted review tabs (issue #12 item 4): (column, id) serves both directions.
@Index(['name', 'id'])
@Index(['divisionCode', 'id'])
@Index(['batchId', 'id'])
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  batchId: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  institutionId: number;

  @Field(() => ApplicationStatus)
  @Column({ type: 'varchar', length: 20, default: ApplicationStatus.DRAFT })
  status: ApplicationStatus;

  /** Compare-and-set guard for every transition. */
  @Field(() => Int, { description: '版本号，审核操作时回传以防并发冲突' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field({ description: '所在县（市、区），来自机构登记' })
  @Column({ type: 'varchar', length: 6 })
  divisionCode: string;

  @Field({ description: '是否跳过县级初审（定州、辛集、雄安新区）' })
  @Column({ type: 'boolean', default: false })
  skipsCounty: boolean;

  @Field({ description: '统一社会信用代码（来自机构登记）' })
  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  // --- unit (申请表) ---
  @Field() @Column({ type: 'varchar', length: 200 }) name: string;
  @Field(() => InstitutionType, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  institutionType: InstitutionType | null;
  @Field(() => ServiceNature, { nullable: true }) @Column({ type: 'varchar', length: 20, nullable: true }) nature: ServiceNature | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 255, nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 6, nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 50, nullable: true }) legalRepresentative: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) foundedOn: string | null;
  @Field(() => Float, { nullable: true }) @Column(money) registeredCapital: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 50, nullable: true }) contactPerson: string | null;
  @Field(() => String, { nullable: true }) @PersonalData('phone') @Column({ type: 'varchar', length: 30, nullable: true }) contactPhone:
    string | null;
  @Field(() => String, { nullable: true }) @PersonalData('email') @Column({ type: 'varchar', length: 100, nullable: true }) email:
    string | null;
  @Field(() => Int, { nullable: true, description: '从业人数' }) @Column(count) employees: number | null;
  @Field(() => Int, { nullable: true, description: '大专以上和中级职称以上人数' }) @Column(count) qualifiedStaff: number | null;
  @Field(() => Int, { nullable: true, description: '上年度合作相关专家数' }) @Column(count) cooperatingExperts: number | null;
  @Field(() => Int, { nullable: true, description: '其中副高级以上专家数' }) @Column(count) seniorExperts: number | null;
  @Field(() => Int, { nullable: true, description: '签有合作协议的合作机构数' }) @Column(count) cooperatingInstitutions: number | null;
  @Field(() => Float, { nullable: true, description: '服务资产（万元）' }) @Column(money) serviceAssets: number | null;
  @Field(() => Float, { nullable: true, description: '总资产（万元）' }) @Column(money) totalAssets: number | null;
  @Field(() => Float, { nullable: true, description: '服务场地（平方米）' }) @Column({ ...money, precision: 12 }) premisesArea:
    number | null;

  // --- directions and narrative ---
  @Field(() => [String], { description: '主要服务方向代码（1–2项）' })
  @Column({ type: 'simple-json' })
  mainCategories: string[];

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 200, nullable: true }) otherCategoryDescription:
    string | null;
  @Field(() => String, { nullable: true, description: '“百场万家”“一起益企”等服务活动开展情况（400字左右）' })
  @Column({ type: 'text', nullable: true })
  activitiesNarrative: string | null;

  // --- operations, last two years ---
  @Field(() => Int, { nullable: true, description: '上年度（如2024）' }) @Column(count) lastYear: number | null;
  @Field(() => Float, { nullable: true, description: '上年度服务收入（万元）' }) @Column(money) revenueLastYear: number | null;
  @Field(() => Float, { nullable: true, description: '上年度服务利润（万元）' }) @Column(money) profitLastYear: number | null;
  @Field(() => Int, { nullable: true, description: '上年度服务企业数' }) @Column(count) enterprisesServedLastYear: number | null;
  @Field(() => Int, { nullable: true, description: '上年度服务活动场次' }) @Column(count) activitySessionsLastYear: number | null;
  @Field(() => Float, { nullable: true, description: '前年度服务收入（万元）' }) @Column(money) revenuePrevYear: number | null;
  @Field(() => Float, { nullable: true, description: '前年度服务利润（万元）' }) @Column(money) profitPrevYear: number | null;
  @Field(() => Int, { nullable: true, description: '前年度服务企业数' }) @Column(count) enterprisesServedPrevYear: number | null;
  @Field(() => Int, { nullable: true, description: '前年度服务活动场次' }) @Column(count) activitySessionsPrevYear: number | null;
  @Field(() => Int, { nullable: true, description: '近一年累计服务中小企业数' }) @Column(count) smesServedLastYear: number | null;
  @Field(() => Int, { nullable: true, description: '其中点对点服务企业数' }) @Column(count) pointToPointEnterprises: number | null;

  // --- credit and declaration ---
  @Field(() => Boolean, { nullable: true, description: '声明近两年未列入失信等名单' })
  @Column({ type: 'boolean', nullable: true })
  declaresNoCreditBlacklist: boolean | null;

  @Field({ description: '已签署申报材料真实性声明' })
  @Column({ type: 'boolean', default: false })
  declarationSigned: boolean;

  @Field(() => String, { nullable: true, description: '声明签署人（法定代表人）' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  declarationSignedBy: string | null;

  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) submittedAt: Date | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'int', nullable: true }) noticeId: number | null;
  @Field(() => String, { nullable: true, description: '市级推荐部门意见' }) @Column({ type: 'text', nullable: true }) cityOpinion:
    string | null;

  @Field() @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;
}

@ObjectType({ description: '服务产品情况表' })
@Entity('application_product')
export class ApplicationProduct {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: 'int' }) applicationId: number;
  @Field(() => Int) @Column({ type: 'int' }) position: number;
  @Field({ description: '服务产品名称' }) @Column({ type: 'varchar', length: 100 }) name: string;
  @Field({ description: '服务内容' }) @Column({ type: 'varchar', length: 500 }) content: string;
  @Field({ description: '产品应用情况' }) @Column({ type: 'varchar', length: 500 }) application: string;
}

@ObjectType({ description: '服务人员基本情况表' })
@Entity('application_staff')
export class ApplicationStaff {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: 'int' }) applicationId: number;
  @Field(() => Int) @Column({ type: 'int' }) position: number;
  @Field({ description: '姓名' }) @Column({ type: 'varchar', length: 50 }) name: string;
  @Field({ description: '职务' }) @Column({ type: 'varchar', length: 50 }) post: string;
  @Field({ description: '职称' }) @Column({ type: 'varchar', length: 50 }) title: string;
  @Field({ description: '学历' }) @Column({ type: 'varchar', length: 20 }) education: string;
  @Field({ description: '有无合同、社保证明' }) @Column({ type: 'boolean' }) hasContractProof: boolean;
}

@ObjectType({ description: '服务企业情况登记表' })
@Entity('application_served_enterprise')
export class ApplicationServedEnterprise {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: 'int' }) applicationId: number;
  @Field(() => Int) @Column({ type: 'int' }) position: number;
  @Field({ description: '企业名称' }) @Column({ type: 'varchar', length: 200 }) name: string;
  @Field(() => ServiceNature, { description: '服务性质' }) @Column({ type: 'varchar', length: 20 }) nature: ServiceNature;
  @Field({ description: '服务满意度，如 满意/基本满意/不满意' }) @Column({ type: 'varchar', length: 20 }) satisfaction: string;
}

@ObjectType({ description: '申报附件（一类材料一个槽位）' })
@Entity('application_attachment')
@Index(['applicationId', 'slot'], { unique: true })
export class ApplicationAttachment {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) applicationId: number;
  @Field(() => Int, { description: '材料序号 1–12（第七条）' }) @Column({ type: 'int' }) slot: number;
  @Field() @Column({ type: 'varchar', length: 255 }) fileName: string;
  @Field() @Column({ type: 'varchar', length: 50 }) mimeType: string;
  @Field(() => Int) @Column({ type: 'int' }) size: number;
  @Field() @Column({ type: 'varchar', length: 64 }) sha256: string;
  @Field() @Column({ type: 'datetime' }) uploadedAt: Date;
}

export enum ApplicationEventType {
  CREATE = 'CREATE',
  SUBMIT = 'SUBMIT',
  RESUBMIT = 'RESUBMIT',
  WITHDRAW = 'WITHDRAW',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  REJECT = 'REJECT',
  SPOT_CHECK = 'SPOT_CHECK',
  PUBLISH = 'PUBLISH',
  OBJECTION_UPHELD = 'OBJECTION_UPHELD',
  ADMIT = 'ADMIT',
}
registerEnumType(ApplicationEventType, { name: 'ApplicationEventType' });

/** The append-only timeline of an application. */
@ObjectType({ description: '申报时间线事件' })
@Entity('application_event')
@Index(['applicationId', 'id'])
export class ApplicationEvent {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) applicationId: number;
  @Field(() => ApplicationEventType) @Column({ type: 'varchar', length: 20 }) type: ApplicationEventType;
  @Field(() => String, { nullable: true, description: 'COUNTY / CITY / PROVINCE' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  level: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 64, nullable: true }) actorUsername: string | null;
  @Field(() => String, { nullable: true, description: '操作人单位/姓名' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName: string | null;
  @Field(() => String, { nullable: true, description: '意见或理由' }) @Column({ type: 'text', nullable: true }) opinion: string | null;
  @Field(() => ApplicationStatus, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: ApplicationStatus | null;
  @Field(() => ApplicationStatus) @Column({ type: 'varchar', length: 20 }) toStatus: ApplicationStatus;
  @Field() @Column({ type: 'datetime' }) createdAt: Date;
}

@ObjectType({ description: '实地抽查记录' })
@Entity('spot_check')
export class SpotCheck {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: 'int' }) applicationId: number;
  @Field({ description: '抽查日期' }) @Column({ type: 'date' }) checkedOn: string;
  @Field({ description: '检查人员' }) @Column({ type: 'varchar', length: 200 }) inspectors: string;
  @Field({ description: '检查发现' }) @Column({ type: 'text' }) findings: string;
  @Field({ description: '是否通过' }) @Column({ type: 'boolean' }) passed: boolean;
  @Field() @Column({ type: 'datetime' }) createdAt: Date;
}

/** Bureaus see applications of their places once submitted; a draft stays the applicant's own. Nothing is public. */
export const APPLICATION_ROWS: ScopeRule = {
  place: 'divisionCode',
  institution: 'institutionId',
  officer: (alias) => ({ sql: `${alias}.status <> :officerNotDraft`, params: { officerNotDraft: ApplicationStatus.DRAFT } }),
};

/**
 * The application's content at a return for correction (退回修改, Art. 8), kept so that the reviewer of the
 * resubmission sees what changed since (ADR 0022). Append-only: one row per return; the latest one counts.
 */
@Entity('application_snapshot')
@Index(['applicationId', 'id'])
export class ApplicationSnapshot {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) applicationId: number;
  /** COUNTY / CITY / PROVINCE: who returned it. */
  @Column({ type: 'varchar', length: 10, nullable: true }) level: string | null;
  /** ApplicationContent of @hebei/domain as JSON; MEDIUMTEXT on MySQL (a full form with 500 enterprises passes TEXT's 64 KB). */
  @Column({ type: 'mediumtext', transformer: { to: (v: ApplicationContent) => JSON.stringify(v), from: (v: string) => JSON.parse(v) } })
  content: ApplicationContent;
  @Column({ type: 'datetime' }) createdAt: Date;
}
