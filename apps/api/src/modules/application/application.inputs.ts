import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { InstitutionType, ServiceNature } from '../../common/enums';
import { PageArgs, SortInputType } from '../../common/pagination';
import { IsDateInRange, IsOptionalButNotNull, MatchesFormat } from '../../common/validators';
import { ID_PATTERN } from '../../common/ids';
import { PHONE_FORMAT, POSTAL_CODE_FORMAT } from '@hebei/domain';

/** Enforced limit for the ~400-character activities narrative (Attachment 2 asks for 400字左右). */
export const ACTIVITIES_NARRATIVE_MAX = 600;

const nonNegativeInt = (label: string, max = 1_000_000) => [
  Min(0, { message: `${label}不能为负数` }),
  Max(max, { message: `${label}数值过大` }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

@InputType({ description: '服务产品情况表一行' })
export class ApplicationProductInput {
  @Field() @Length(1, 100, { message: '服务产品名称应为1–100个字' }) name: string;
  @Field() @Length(1, 500, { message: '服务内容应为1–500个字' }) content: string;
  @Field() @Length(1, 500, { message: '产品应用情况应为1–500个字' }) application: string;
}

@InputType({ description: '服务人员基本情况表一行' })
export class ApplicationStaffInput {
  @Field() @Length(1, 50, { message: '姓名应为1–50个字' }) name: string;
  @Field() @Length(1, 50, { message: '职务应为1–50个字' }) post: string;
  @Field() @Length(1, 50, { message: '职称应为1–50个字' }) title: string;
  @Field() @Length(1, 20, { message: '学历应为1–20个字' }) education: string;
  @Field() @IsBoolean({ message: '有无合同、社保证明应为是或否' }) hasContractProof: boolean;
}

@InputType({ description: '服务企业情况登记表一行' })
export class ApplicationServedEnterpriseInput {
  @Field() @Length(1, 200, { message: '企业名称应为1–200个字' }) name: string;
  @Field(() => ServiceNature) @IsIn(Object.values(ServiceNature), { message: '服务性质无效' }) nature: ServiceNature;
  @Field() @IsIn(['满意', '基本满意', '不满意'], { message: '服务满意度应为 满意/基本满意/不满意' }) satisfaction: string;
}

/** Every field optional: a draft may be saved at any stage; eligibility (E1–E10) decides whether it may be submitted. */
@InputType({ description: '入库申请表（草稿可随时保存）' })
export class ApplicationInput {
  @Field(() => String, { nullable: true })
  @IsOptionalButNotNull()
  @Length(2, 200, { message: '单位名称应为2–200个字' })
  name?: string;
  @Field(() => InstitutionType, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(InstitutionType), { message: '机构性质无效' })
  institutionType?: InstitutionType;
  @Field(() => ServiceNature, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ServiceNature), { message: '服务性质无效' })
  nature?: ServiceNature;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(255, { message: '地址最多255个字' }) address?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MatchesFormat(POSTAL_CODE_FORMAT) postalCode?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50, { message: '法定代表人最多50个字' }) legalRepresentative?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '成立日期格式应为 YYYY-MM-DD' })
  @IsDateInRange({ message: '成立日期不存在或超出1900–2100年' })
  foundedOn?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @apply(nonNegativeInt('注册资本', 100_000_000)) registeredCapital?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50, { message: '联系人最多50个字' }) contactPerson?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MatchesFormat(PHONE_FORMAT)
  contactPhone?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: '电子信箱格式不正确' })
  @MaxLength(100, { message: '电子信箱最多100个字符' })
  email?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(nonNegativeInt('从业人数')) employees?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(nonNegativeInt('大专以上和中级职称以上人数')) qualifiedStaff?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(nonNegativeInt('相关专家数', 100_000)) cooperatingExperts?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(nonNegativeInt('副高级以上专家数', 100_000)) seniorExperts?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(nonNegativeInt('合作机构数', 100_000)) cooperatingInstitutions?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @apply(nonNegativeInt('服务资产', 100_000_000)) serviceAssets?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @apply(nonNegativeInt('总资产', 100_000_000)) totalAssets?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @apply(nonNegativeInt('服务场地面积', 10_000_000)) premisesArea?: number;

  @Field(() => [String], { nullable: true, description: '主要服务方向（最多两项）' })
  @IsOptionalButNotNull()
  @IsArray({ message: '主要服务方向不能为空值，不选请传空列表' })
  @ArrayMaxSize(9, { message: '主要服务方向最多两项' })
  @MaxLength(32, { each: true, message: '主要服务方向代码无效' })
  mainCategories?: string[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: '“其他”描述最多200个字' })
  otherCategoryDescription?: string;
  @Field(() => String, { nullable: true, description: `服务活动开展情况，最多${ACTIVITIES_NARRATIVE_MAX}字` })
  @IsOptional()
  @MaxLength(ACTIVITIES_NARRATIVE_MAX, { message: `服务活动开展情况最多${ACTIVITIES_NARRATIVE_MAX}字（要求400字左右）` })
  activitiesNarrative?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(2000, { message: '年度应在2000–2100之间' })
  @Max(2100, { message: '年度应在2000–2100之间' })
  lastYear?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-100_000_000, { message: '服务收入数值异常' })
  @Max(100_000_000, { message: '服务收入数值过大' })
  revenueLastYear?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-100_000_000, { message: '服务利润数值异常' })
  @Max(100_000_000, { message: '服务利润数值过大' })
  profitLastYear?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(nonNegativeInt('服务企业数')) enterprisesServedLastYear?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(nonNegativeInt('服务活动场次', 100_000)) activitySessionsLastYear?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-100_000_000, { message: '服务收入数值异常' })
  @Max(100_000_000, { message: '服务收入数值过大' })
  revenuePrevYear?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-100_000_000, { message: '服务利润数值异常' })
  @Max(100_000_000, { message: '服务利润数值过大' })
  profitPrevYear?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(nonNegativeInt('服务企业数')) enterprisesServedPrevYear?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(nonNegativeInt('服务活动场次', 100_000)) activitySessionsPrevYear?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(nonNegativeInt('近一年服务中小企业数')) smesServedLastYear?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(nonNegativeInt('点对点服务企业数')) pointToPointEnterprises?: number;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean({ message: '失信声明应为是或否' }) declaresNoCreditBlacklist?: boolean;
  @Field(() => Boolean, { nullable: true, description: '签署申报材料真实性声明' })
  @IsOptionalButNotNull()
  @IsBoolean({ message: '真实性声明应为是或否' })
  declarationSigned?: boolean;
  @Field(() => String, { nullable: true, description: '声明签署人（法定代表人）' })
  @IsOptional()
  @MaxLength(50, { message: '声明签署人最多50个字' })
  declarationSignedBy?: string;

  @Field(() => [ApplicationProductInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: '服务产品最多50项' })
  @ValidateNested({ each: true })
  products?: ApplicationProductInput[];
  @Field(() => [ApplicationStaffInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200, { message: '服务人员最多200人' })
  @ValidateNested({ each: true })
  staff?: ApplicationStaffInput[];
  @Field(() => [ApplicationServedEnterpriseInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500, { message: '服务企业最多500家' })
  @ValidateNested({ each: true })
  servedEnterprises?: ApplicationServedEnterpriseInput[];
}

export enum ReviewQueue {
  PENDING_COUNTY = 'PENDING_COUNTY',
  PENDING_CITY = 'PENDING_CITY',
  PENDING_PROVINCE = 'PENDING_PROVINCE',
  PENDING_NOTICE = 'PENDING_NOTICE',
  NOTICE = 'NOTICE',
  ADMITTED = 'ADMITTED',
  RETURNED = 'RETURNED',
  REJECTED = 'REJECTED',
  DRAFT = 'DRAFT',
}
registerEnumType(ReviewQueue, {
  name: 'ReviewQueue',
  description: '审核页签：待初审、待推荐、待审核、待公示、公示中、已入库、已退回、未通过；草稿仅申请单位可见',
});

@InputType({ description: '申请列表筛选' })
export class ApplicationFilter {
  @Field(() => ReviewQueue, { nullable: true }) @IsOptional() queue?: ReviewQueue;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(ID_PATTERN, { message: '批次无效' }) batchId?: string;
  @Field(() => String, { nullable: true, description: '单位名称或信用代码' })
  @IsOptional()
  @MaxLength(50, { message: '搜索词最多50个字' })
  text?: string;
}

export enum ApplicationSortField {
  ID = 'ID',
  NAME = 'NAME',
  DIVISION = 'DIVISION',
  BATCH = 'BATCH',
}
registerEnumType(ApplicationSortField, {
  name: 'ApplicationSortField',
  description: '入库申请列表排序字段',
  valuesConfig: {
    ID: { description: '申请顺序（新建时间）' },
    NAME: { description: '单位名称' },
    DIVISION: { description: '所在地区（区划代码）' },
    BATCH: { description: '申报批次' },
  },
});
export const ApplicationSort = SortInputType(ApplicationSortField, 'Application');
export type ApplicationSort = InstanceType<typeof ApplicationSort>;

@ArgsType()
export class ApplicationsArgs extends PageArgs {
  @Field(() => ApplicationFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ApplicationFilter;

  @Field(() => ApplicationSort, { nullable: true, description: '排序；缺省按申请顺序' })
  @IsOptional()
  @ValidateNested()
  sort?: ApplicationSort;
}
