import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ServiceNature } from '../../common/enums';
import { SEARCH_TEXT_MAX, DIVISION_CODE_FORMAT } from '@hebei/domain';
import { PageArgs } from '../../common/pagination';
import { MatchesFormat } from '../../common/validators';

export enum BrowseSort {
  DEFAULT = 'DEFAULT',
  NAME = 'NAME',
  NEWEST = 'NEWEST',
}
registerEnumType(BrowseSort, {
  name: 'BrowseSort',
  description: '检索排序',
  valuesConfig: {
    DEFAULT: { description: '按登记顺序' },
    NAME: { description: '按名称' },
    NEWEST: { description: '最新入库在前' },
  },
});

@InputType({ description: '服务机构检索条件' })
export class BrowseFilter {
  @Field(() => ServiceNature, { nullable: true, description: '服务性质' })
  @IsOptional()
  @IsIn(Object.values(ServiceNature), { message: '服务性质无效' })
  nature?: ServiceNature;

  @Field(() => [String], { nullable: true, description: '服务类别代码（可多选，满足其一即可）' })
  @IsOptional()
  @ArrayMaxSize(9, { message: '服务类别最多选择9项' })
  @MaxLength(32, { each: true, message: '服务类别代码无效' })
  categories?: string[];

  @Field(() => String, { nullable: true, description: '市或县（市、区）区划代码；市包含其所辖县区' })
  @IsOptional()
  @MatchesFormat(DIVISION_CODE_FORMAT)
  divisionCode?: string;

  @Field(() => String, { nullable: true, description: '在机构名称和已发布产品名称中搜索' })
  @IsOptional()
  @MaxLength(SEARCH_TEXT_MAX, { message: `搜索词最多${SEARCH_TEXT_MAX}个字` })
  text?: string;
}

@ArgsType()
export class BrowseArgs extends PageArgs {
  @Field(() => BrowseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: BrowseFilter;

  @Field(() => BrowseSort, { nullable: true, defaultValue: BrowseSort.DEFAULT })
  @IsOptional()
  @IsIn(Object.values(BrowseSort), { message: '排序方式无效' })
  sort?: BrowseSort;
}

@InputType({ description: '机构公开信息（机构自行维护；名称、区划、类别等登记信息按变更程序办理）' })
export class PublicProfileInput {
  @Field(() => String, { nullable: true, description: '机构简介' })
  @IsOptional()
  @MaxLength(2000, { message: '机构简介最多2000个字' })
  introduction?: string | null;

  @Field(() => String, { nullable: true, description: '网站，http:// 或 https:// 开头' })
  @IsOptional()
  @MaxLength(200, { message: '网站地址最多200个字符' })
  @Matches(/^$|^https?:\/\/[^\s/$.?#][^\s]*$/i, { message: '网站地址应以 http:// 或 https:// 开头' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: '联系人' })
  @IsOptional()
  @MaxLength(50, { message: '联系人最多50个字' })
  contactPerson?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  @IsOptional()
  @Matches(/^$|^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: '联系电话应为11位手机号或区号加座机号' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: '电子信箱' })
  @IsOptional()
  @MaxLength(100, { message: '电子信箱最多100个字符' })
  @Matches(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: '电子信箱格式不正确' })
  email?: string | null;
}
