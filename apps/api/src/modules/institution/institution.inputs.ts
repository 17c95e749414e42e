import { ArgsType, Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsIn, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { InstitutionType, RegistryStatus, ServiceNature } from '../../common/enums';
import { PageArgs, SortInputType } from '../../common/pagination';
import { IsDateInRange, MatchesFormat } from '../../common/validators';
import { DIVISION_CODE_FORMAT, PHONE_FORMAT, POSTAL_CODE_FORMAT } from '@hebei/domain';

@InputType({ description: '机构列表筛选' })
export class InstitutionFilter {
  @Field(() => String, { nullable: true, description: '市或县区划代码（市代码包含其所辖县区）' })
  @IsOptional()
  @MatchesFormat(DIVISION_CODE_FORMAT)
  divisionCode?: string;

  @Field(() => ServiceNature, { nullable: true })
  @IsOptional()
  nature?: ServiceNature;

  @Field(() => String, { nullable: true, description: '主要服务方向代码' })
  @IsOptional()
  @MaxLength(32, { message: '服务类别代码无效' })
  category?: string;

  @Field(() => RegistryStatus, { nullable: true })
  @IsOptional()
  registryStatus?: RegistryStatus;

  @Field(() => String, { nullable: true, description: '按名称或统一社会信用代码搜索' })
  @IsOptional()
  @MaxLength(50, { message: '搜索词最多50个字' })
  text?: string;
}

export enum InstitutionSortField {
  ID = 'ID',
  NAME = 'NAME',
  DIVISION = 'DIVISION',
  ADMITTED_ON = 'ADMITTED_ON',
}
registerEnumType(InstitutionSortField, {
  name: 'InstitutionSortField',
  description: '服务机构列表排序字段',
  valuesConfig: {
    ID: { description: '登记顺序（登记时间）' },
    NAME: { description: '单位名称' },
    DIVISION: { description: '所在地区（区划代码）' },
    ADMITTED_ON: { description: '入库日期' },
  },
});
export const InstitutionSort = SortInputType(InstitutionSortField, 'Institution');
export type InstitutionSort = InstanceType<typeof InstitutionSort>;

@ArgsType()
export class InstitutionsArgs extends PageArgs {
  @Field(() => InstitutionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: InstitutionFilter;

  @Field(() => InstitutionSort, { nullable: true, description: '排序；缺省按登记顺序' })
  @IsOptional()
  @ValidateNested()
  sort?: InstitutionSort;
}

@InputType({ description: '机构基本信息（附件2 申请表）' })
export class InstitutionInput {
  @Field({ description: '单位名称' })
  @Length(2, 200, { message: '单位名称应为2–200个字' })
  name: string;

  @Field({ description: '统一社会信用代码（18位）' })
  @Length(1, 30, { message: '请填写统一社会信用代码' })
  uscc: string;

  @Field(() => InstitutionType, { description: '机构性质' })
  @IsIn(Object.values(InstitutionType), { message: '机构性质无效' })
  institutionType: InstitutionType;

  @Field(() => ServiceNature, { description: '服务性质' })
  @IsIn(Object.values(ServiceNature), { message: '服务性质无效' })
  nature: ServiceNature;

  @Field({ description: '所在县（市、区）区划代码' })
  @MatchesFormat(DIVISION_CODE_FORMAT)
  divisionCode: string;

  @Field(() => [String], { description: '主要服务方向，1–2项' })
  @ArrayMaxSize(9, { message: '主要服务方向最多两项' })
  @MaxLength(32, { each: true, message: '主要服务方向代码无效' })
  mainCategories: string[];

  @Field(() => String, { nullable: true, description: '选“其他”时的文字描述' })
  @IsOptional()
  @MaxLength(200, { message: '“其他”描述最多200个字' })
  otherCategoryDescription?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(255, { message: '地址最多255个字' })
  address?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MatchesFormat(POSTAL_CODE_FORMAT)
  postalCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: '法定代表人最多50个字' })
  legalRepresentative?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '成立日期格式应为 YYYY-MM-DD' })
  @IsDateInRange({ message: '成立日期不存在或超出1900–2100年' })
  foundedOn?: string;

  @Field(() => Float, { nullable: true, description: '注册资本（万元）' })
  @IsOptional()
  @Min(0, { message: '注册资本不能为负数' })
  @Max(100_000_000, { message: '注册资本数值过大' })
  registeredCapital?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: '联系人最多50个字' })
  contactPerson?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MatchesFormat(PHONE_FORMAT)
  contactPhone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: '电子信箱格式不正确' })
  @MaxLength(100, { message: '电子信箱最多100个字符' })
  email?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '从业人数不能为负数' })
  @Max(1_000_000, { message: '从业人数数值过大' })
  employees?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '人数不能为负数' })
  @Max(1_000_000, { message: '人数数值过大' })
  qualifiedStaff?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '专家数量不能为负数' })
  @Max(100_000, { message: '专家数量数值过大' })
  cooperatingExperts?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '专家数量不能为负数' })
  @Max(100_000, { message: '专家数量数值过大' })
  seniorExperts?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '合作机构数量不能为负数' })
  @Max(100_000, { message: '合作机构数量数值过大' })
  cooperatingInstitutions?: number;

  @Field(() => Float, { nullable: true, description: '服务资产（万元）' })
  @IsOptional()
  @Min(0, { message: '服务资产不能为负数' })
  @Max(100_000_000, { message: '服务资产数值过大' })
  serviceAssets?: number;

  @Field(() => Float, { nullable: true, description: '总资产（万元）' })
  @IsOptional()
  @Min(0, { message: '总资产不能为负数' })
  @Max(100_000_000, { message: '总资产数值过大' })
  totalAssets?: number;

  @Field(() => Float, { nullable: true, description: '服务场地（平方米）' })
  @IsOptional()
  @Min(0, { message: '服务场地面积不能为负数' })
  @Max(10_000_000, { message: '服务场地面积数值过大' })
  premisesArea?: number;
}
