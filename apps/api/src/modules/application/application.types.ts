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

export enum ApplicationChangeKind {
  CHANGED = 'CHANGED',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(ApplicationChangeKind, { name: 'ApplicationChangeKind', description: '修改 / 新增 / 删除' });

@ObjectType({ description: '一处修改（字段、表格行或附件）' })
export class ApplicationChangeType {
  @Field({ description: '字段键，如 premisesArea、staff[张三].title、attachments[4]' }) field: string;
  @Field({ description: '中文名称' }) label: string;
  @Field(() => ApplicationChangeKind) kind: ApplicationChangeKind;
  @Field(() => String, { nullable: true, description: '退回时' }) before: string | null;
  @Field(() => String, { nullable: true, description: '现在' }) after: string | null;
}

@ObjectType({ description: '自退回以来的修改（第八条退回修改后重新提交）' })
export class ApplicationChangesSinceReturn {
  @Field({ description: '退回时间' }) returnedAt: Date;
  @Field(() => String, { nullable: true, description: '退回的审核层级 COUNTY / CITY / PROVINCE' }) level: string | null;
  @Field(() => [ApplicationChangeType], { description: '逐项修改；为空表示未作修改' }) changes: ApplicationChangeType[];
}
