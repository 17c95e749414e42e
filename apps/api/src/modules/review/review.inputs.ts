import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsOptional, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { BULK_REVIEW_MAX } from '@hebei/domain';
import { IsDateInRange } from '../../common/validators';
import { ID_PATTERN } from '../../common/ids';

export enum ReviewAction {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  REJECT = 'REJECT',
}
registerEnumType(ReviewAction, { name: 'ReviewAction', description: '通过 / 退回修改 / 不予通过' });

@InputType({ description: '审核操作' })
export class ReviewInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '申请编号无效' }) applicationId: string;
  @Field(() => Int, { description: '看到的版本号；与当前不一致时返回 CONFLICT' })
  @Min(1, { message: '版本号无效' })
  expectedVersion: number;
  @Field(() => ReviewAction) @IsIn(Object.values(ReviewAction), { message: '审核操作无效' }) action: ReviewAction;
  @Field(() => String, { nullable: true, description: '审核意见；退回、不予通过须填写理由；市级通过时为推荐意见' })
  @IsOptional()
  @MaxLength(1000, { message: '意见最多1000字' })
  opinion?: string;
}

@InputType({ description: '实地抽查记录' })
export class SpotCheckInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '申请编号无效' }) applicationId: string;
  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '抽查日期格式应为 YYYY-MM-DD' })
  @IsDateInRange({ message: '抽查日期不存在或超出1900–2100年' })
  checkedOn: string;
  @Field() @Length(1, 200, { message: '请填写检查人员（最多200字）' }) inspectors: string;
  @Field() @Length(1, 2000, { message: '请填写检查发现（最多2000字）' }) findings: string;
  @Field() @IsBoolean({ message: '是否通过应为是或否' }) passed: boolean;
}

@InputType({ description: '批量审核中的一项：申请与看到的版本号' })
export class BulkReviewItemInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '申请编号无效' }) applicationId: string;
  @Field(() => Int, { description: '看到的版本号；与当前不一致时整批不生效并指明该项' })
  @Min(1, { message: '版本号无效' })
  expectedVersion: number;
}

@InputType({ description: `批量审核：同一意见用于多项申请（通过 / 退回修改；最多${BULK_REVIEW_MAX}项；全部成功或全部不生效）` })
export class BulkReviewInput {
  @Field(() => [BulkReviewItemInput])
  @ArrayMinSize(1, { message: '请至少选择一项申请' })
  @ArrayMaxSize(BULK_REVIEW_MAX, { message: `批量审核每次最多${BULK_REVIEW_MAX}项` })
  @ValidateNested({ each: true })
  items: BulkReviewItemInput[];
  @Field(() => ReviewAction) @IsIn(Object.values(ReviewAction), { message: '审核操作无效' }) action: ReviewAction;
  @Field(() => String, { nullable: true, description: '共同的审核意见；退回须填写理由；市级通过时为推荐意见' })
  @IsOptional()
  @MaxLength(1000, { message: '意见最多1000字' })
  opinion?: string;
}

export const ALLOWED_ACTIONS = Object.values(ReviewAction);
