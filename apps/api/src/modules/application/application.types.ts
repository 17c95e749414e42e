import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewQueue } from './application.inputs';

export enum CriterionStatus {
  PASS = 'PASS',
  FAIL = 'FAIL',
  MISSING = 'MISSING',
}
registerEnumType(CriterionStatus, { name: 'CriterionStatus', description: '符合 / 不符合 / 资料不全' });

@ObjectType({ description: '入库条件逐项判定（第六条）' })
export class EligibilityCriterion {
  @Field({ description: 'E1–E10' }) id: string;
  @Field({ description: '依据条款' }) article: string;
  @Field({ description: '条件' }) title: string;
  @Field(() => CriterionStatus) status: CriterionStatus;
  @Field({ description: '判定理由' }) reason: string;
}

@ObjectType({ description: '审核页签数量' })
export class QueueCount {
  @Field(() => ReviewQueue) queue: ReviewQueue;
  @Field(() => Int) count: number;
}

export enum ApplicationActionCode {
  EDIT = 'EDIT',
  DELETE = 'DELETE',
  SUBMIT = 'SUBMIT',
  WITHDRAW = 'WITHDRAW',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  REJECT = 'REJECT',
  SPOT_CHECK = 'SPOT_CHECK',
}
registerEnumType(ApplicationActionCode, { name: 'ApplicationActionCode', description: '当前用户可执行的操作' });
