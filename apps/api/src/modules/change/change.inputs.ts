import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { ChangeField, ChangeReportStatus, ChangeType } from './change-report.entity';

@InputType({ description: '一项变化：变化后的值（变化前取登记信息）' })
export class ChangeFieldInput {
  @Field(() => ChangeField) @IsIn(Object.values(ChangeField), { message: '不能报告该项变化' }) field: ChangeField;
  @Field({ description: '变化后' }) @MaxLength(255, { message: '变化后的值最多255字' }) after: string;
}

@InputType({ description: '重大变化情况报告（第十一条）' })
export class ChangeReportInput {
  @Field(() => ChangeType) @IsIn(Object.values(ChangeType), { message: '变化类型无效' }) type: ChangeType;

  @Field({ description: '变化发生日期 YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '变化日期格式应为 YYYY-MM-DD' })
  changeDate: string;

  @Field({ description: '变化情况说明' })
  @Length(1, 5000, { message: '变化情况说明最多5000字' })
  description: string;

  @Field(() => [ChangeFieldInput], { description: '变化事项（合并、重组等可无登记信息变化）' })
  @ArrayMaxSize(6, { message: '变化事项最多6项' })
  @ValidateNested({ each: true })
  changes: ChangeFieldInput[];

  @Field(() => [ID], { nullable: true, description: '已上传的证明材料（POST /api/evidence）' })
  @IsOptional()
  @ArrayMaxSize(20, { message: '证明材料最多20个' })
  @Matches(/^\d{1,10}$/, { each: true, message: '证明材料编号无效' })
  evidenceIds?: string[];
}

@InputType({ description: '市级核实重大变化报告' })
export class VerifyChangeReportInput {
  @Field(() => ID) @Matches(/^\d{1,10}$/, { message: '报告编号无效' }) changeReportId: string;

  @Field(() => Int, { nullable: true, description: '打开报告时的版本号（防并发）' })
  @IsOptional()
  @IsInt({ message: '版本号应为整数' })
  expectedVersion?: number | null;

  @Field({ description: '是否仍符合入库条件：是 → 变化事项更新到登记信息；否 → 报省级移出' })
  @IsBoolean({ message: '应为是或否' })
  eligible: boolean;

  @Field(() => String, { nullable: true, description: '核实意见；不再符合时为理由（必填）' })
  @IsOptional()
  @MaxLength(1000, { message: '核实意见最多1000字' })
  note?: string | null;
}

@InputType({ description: '重大变化报告筛选' })
export class ChangeReportFilter {
  @Field(() => ChangeReportStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ChangeReportStatus), { message: '报告状态无效' })
  status?: ChangeReportStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(/^\d{1,10}$/, { message: '服务机构编号无效' })
  institutionId?: string;
}

@ArgsType()
export class ChangeReportsArgs extends PageArgs {
  @Field(() => ChangeReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ChangeReportFilter;
}
