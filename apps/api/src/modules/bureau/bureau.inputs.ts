import { IsBoolean, IsIn, IsInt, IsOptional, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { DivisionLevel } from '../../common/enums';
import { PageArgs } from '../../common/pagination';
import { MatchesFormat } from '../../common/validators';
import { DIVISION_CODE_FORMAT, PHONE_FORMAT } from '@hebei/domain';

@InputType({ description: '主管部门名录筛选' })
export class BureauFilter {
  @Field(() => String, { nullable: true, description: '所属市级单位的区划代码' })
  @IsOptional()
  @MatchesFormat(DIVISION_CODE_FORMAT)
  cityCode?: string;

  @Field(() => DivisionLevel, { nullable: true, description: '市级或县级' })
  @IsOptional()
  @IsIn([DivisionLevel.CITY, DivisionLevel.COUNTY], { message: '层级只能是市级或县级' })
  level?: DivisionLevel;

  @Field(() => String, { nullable: true, description: '区划名称关键词' })
  @IsOptional()
  @MaxLength(20, { message: '关键词最多20个字' })
  text?: string;

  @Field(() => Boolean, { nullable: true, description: '是：只看已有账号的；否：只看尚无账号的' })
  @IsOptional()
  @IsBoolean({ message: '筛选条件无效' })
  hasAccounts?: boolean;
}

@ArgsType()
export class BureausArgs extends PageArgs {
  @Field(() => BureauFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: BureauFilter;
}

@InputType({ description: '修改主管部门联系方式（带版本号；尚未填写过时为0）' })
export class BureauContactInput {
  @Field({ description: '主管部门所在区划代码' }) @MatchesFormat(DIVISION_CODE_FORMAT) divisionCode: string;

  @Field({ description: '联系人' }) @Length(1, 50, { message: '联系人为1–50个字' }) contactPerson: string;

  @Field({ description: '联系电话' })
  @MatchesFormat(PHONE_FORMAT)
  contactPhone: string;

  @Field({ description: '地址' }) @Length(1, 200, { message: '地址为1–200个字' }) address: string;

  @Field(() => Int, { description: '修改前看到的版本号；尚未填写过时为0' })
  @IsInt({ message: '版本号无效' })
  @Min(0, { message: '版本号无效' })
  expectedVersion: number;
}
