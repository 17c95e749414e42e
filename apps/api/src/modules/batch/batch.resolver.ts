import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ApplicationStatus } from '../application/application.entity';
import { Batch, BatchStatus } from './batch.entity';
import { BatchInput } from './batch.inputs';
import { BatchService } from './batch.service';
import { toId } from '../../common/ids';

@ObjectType({ description: '批次内某状态的申请数' })
class BatchStatusCountType {
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => Int) count: number;
}

@Resolver(() => Batch)
export class BatchResolver {
  constructor(private readonly service: BatchService) {}

  @Authorized()
  @Query(() => [Batch], { description: '申报批次（最新在前）' })
  batches(): Promise<Batch[]> {
    return this.service.list();
  }

  @Authorized()
  @Query(() => Batch)
  batch(@Arg('id', () => ID) id: string): Promise<Batch> {
    return this.service.get(toId(id));
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => Batch, { description: '新建批次（未开放）' })
  createBatch(@Arg('input') input: BatchInput, @Ctx() ctx: RequestContext): Promise<Batch> {
    return this.service.create(input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => Batch, { description: '开放申报' })
  openBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Batch> {
    return this.service.setStatus(toId(id), BatchStatus.OPEN, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => Batch, { description: '截止申报' })
  closeBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Batch> {
    return this.service.setStatus(toId(id), BatchStatus.CLOSED, ctx);
  }

  @Authorized(Role.PROVINCE, Role.ANALYST)
  @FieldResolver(() => [BatchStatusCountType], { description: '各状态申请数（全省口径，省级与分析人员可见）' })
  async statusCounts(@Root() batch: Batch, @Ctx() ctx: RequestContext): Promise<BatchStatusCountType[]> {
    return ctx.loaders.batchStatusCounts.load(batch.id);
  }
}
