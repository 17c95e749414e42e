import { Field, Int, ObjectType } from 'type-graphql';
import { DivisionLevel } from '../../common/enums';
import { ManagedAccount } from '../account/account.types';
import { Division } from '../division/division.entity';
import { BureauContact } from './bureau-contact.entity';

/** One entry of 主管部门名录: a city-level or county-level bureau, its officer accounts and its contact. */
@ObjectType({ description: '主管部门（市级或县级），含其账号与联系方式' })
export class Bureau {
  @Field({ description: '所在区划代码' }) code: string;
  @Field({ description: '区划名称' }) name: string;
  @Field({ description: '带市级单位的全称，如“承德市平泉市”' }) fullName: string;
  @Field(() => DivisionLevel, { description: '市级或县级' }) level: DivisionLevel;
  @Field(() => Division, { description: '所属市级单位（市级主管部门为其本身）' }) city: Division;
  @Field(() => Int, { description: '本部门的机关账号数' }) accountCount: number;
  @Field(() => [ManagedAccount], { description: '本部门的机关账号（角色、状态）' }) accounts: ManagedAccount[];
  @Field(() => BureauContact, { nullable: true, description: '联系方式（未填写时为空）' }) contact: BureauContact | null;
  @Field({ description: '当前用户可修改其联系方式（本部门或省级主管部门）' }) canEditContact: boolean;
}
