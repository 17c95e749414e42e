import { Field, ID, ObjectType } from 'type-graphql';
import { RemovalReason } from './removal-case.entity';

@ObjectType({ description: '禁入名单（第十二条：至少2年内不得再次入库）', simpleResolvers: true })
export class ReentryBan {
  /** The removal case id, for keyset pagination. */
  @Field(() => ID, { description: '移出案件' }) id: number;
  @Field(() => ID) institutionId: number;
  @Field() institutionName: string;
  @Field() uscc: string;
  @Field() divisionCode: string;
  @Field(() => RemovalReason) reason: RemovalReason;
  @Field({ description: '移出日期' }) removedOn: string;
  @Field({ description: '限制期截止日（含当日）' }) banUntil: string;
  @Field({ description: '今天是否仍在限制期内' }) active: boolean;
}
