import { IsIn, IsInt, IsOptional, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Role } from '../../common/enums';
import { PageArgs, SortInputType } from '../../common/pagination';
import { ID_PATTERN } from '../../common/ids';
import { AccountStatus } from './account.types';
import { MatchesFormat } from '../../common/validators';
import { DIVISION_CODE_FORMAT, USERNAME_FORMAT } from '@hebei/domain';

const MANAGED = [Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST];

@InputType({ description: '新建机关账号' })
export class CreateOfficerAccountInput {
  @Field({ description: '登录用户名' })
  @MatchesFormat(USERNAME_FORMAT)
  username: string;
  @Field({ description: '单位或姓名' }) @Length(2, 200, { message: '名称为2–200个字' }) displayName: string;
  @Field(() => Role) @IsIn(MANAGED, { message: '只能创建省级、市级、县级主管部门或分析人员账号' }) role: Role;
  @Field(() => String, { nullable: true, description: '所属区划（分析人员不填）' })
  @IsOptional()
  @MatchesFormat(DIVISION_CODE_FORMAT)
  divisionCode?: string | null;
}

@InputType({ description: '用户管理筛选' })
export class AccountFilter {
  @Field(() => String, { nullable: true, description: '用户名或名称' })
  @IsOptional()
  @MaxLength(50, { message: '搜索词最多50个字' })
  text?: string;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsIn(MANAGED, { message: '角色无效' }) role?: Role;
  @Field(() => AccountStatus, { nullable: true }) @IsOptional() status?: AccountStatus;
}

export enum AccountSortField {
  ID = 'ID',
  USERNAME = 'USERNAME',
  DISPLAY_NAME = 'DISPLAY_NAME',
  ROLE = 'ROLE',
  DIVISION = 'DIVISION',
}
registerEnumType(AccountSortField, {
  name: 'AccountSortField',
  description: '用户管理列表排序字段',
  valuesConfig: {
    ID: { description: '创建顺序（创建时间）' },
    USERNAME: { description: '用户名（不区分大小写）' },
    DISPLAY_NAME: { description: '单位或姓名' },
    ROLE: { description: '角色' },
    DIVISION: { description: '所属区划（区划代码）' },
  },
});
export const AccountSort = SortInputType(AccountSortField, 'Account');
export type AccountSort = InstanceType<typeof AccountSort>;

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => AccountFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: AccountFilter;

  @Field(() => AccountSort, { nullable: true, description: '排序；缺省按创建顺序' })
  @IsOptional()
  @ValidateNested()
  sort?: AccountSort;
}

@InputType({ description: '对账号的一次操作（带版本号，防止并发覆盖）' })
export class AccountActionInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '账号无效' }) id: string;
  @Field(() => Int) @IsInt({ message: '版本号无效' }) @Min(1, { message: '版本号无效' }) expectedVersion: number;
}

@InputType({ description: '修改密码' })
export class ChangePasswordInput {
  @Field() @Length(1, 64, { message: '请填写当前密码' }) currentPassword: string;
  @Field({ description: '新密码（至少8位，含大小写字母、数字、符号中的三类）' })
  @Length(1, 64, { message: '请填写新密码' })
  newPassword: string;
}
