import { ArgsType, Field } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class JobRunsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '只看该任务；为空则全部任务' })
  @IsOptional()
  @MaxLength(64, { message: '任务名最长64个字符' })
  name?: string;
}
