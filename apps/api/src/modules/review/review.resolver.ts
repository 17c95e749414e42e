import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { Application, SpotCheck } from '../application/application.entity';
import { BulkReviewInput, ReviewInput, SpotCheckInput } from './review.inputs';
import { ReviewService } from './review.service';

@Resolver()
export class ReviewResolver {
  constructor(private readonly service: ReviewService) {}

  @Authorized(Role.COUNTY, Role.CITY, Role.PROVINCE)
  @Mutation(() => Application, { description: '审核：县级初审、市级推荐、省级审核；通过 / 退回修改 / 不予通过' })
  reviewApplication(@Arg('input') input: ReviewInput, @Ctx() ctx: RequestContext): Promise<Application> {
    return this.service.review(ctx.scope, input, ctx);
  }

  @Authorized(Role.COUNTY, Role.CITY, Role.PROVINCE)
  @Mutation(() => [Application], {
    description: '批量审核：同一意见用于本级队列中的多项申请（通过 / 退回修改）；逐项比对版本号，任一项不能审核时整批不生效并指明该项',
  })
  reviewApplications(@Arg('input') input: BulkReviewInput, @Ctx() ctx: RequestContext): Promise<Application[]> {
    return this.service.reviewMany(ctx.scope, input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => SpotCheck, { description: '记录实地抽查' })
  recordSpotCheck(@Arg('input') input: SpotCheckInput, @Ctx() ctx: RequestContext): Promise<SpotCheck> {
    return this.service.recordSpotCheck(ctx.scope, input, ctx);
  }
}
