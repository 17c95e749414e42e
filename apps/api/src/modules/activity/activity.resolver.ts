import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACTIVITY_TYPE_LABELS } from '@hebei/domain';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { ActivityParticipation, WelfareActivity } from './activity.entity';
import { ActivitiesArgs, ConfirmParticipationInput, ReportParticipationInput, SaveActivityInput } from './activity.inputs';
import { ActivityService, ActivityWithParticipations } from './activity.service';

const ActivityConnection = ConnectionType(WelfareActivity, 'WelfareActivity');
type ActivityConnection = InstanceType<typeof ActivityConnection>;

@Resolver(() => WelfareActivity)
export class ActivityResolver {
  constructor(private readonly service: ActivityService) {}

  @Query(() => ActivityConnection, { description: '公益服务活动（公开；参与记录按权限：公众只见已确认的），最新在前' })
  activities(@Args() { filter, first, after }: ActivitiesArgs, @Ctx() ctx: RequestContext): Promise<ActivityConnection> {
    return this.service.list(ctx.scope, filter ?? {}, first, after);
  }

  @Authorized(Role.PROVINCE, Role.CITY)
  @Mutation(() => WelfareActivity, { description: '登记或修改公益服务活动（主办部门）' })
  saveActivity(@Arg('input') input: SaveActivityInput, @Ctx() ctx: RequestContext): Promise<WelfareActivity> {
    return this.service.save(ctx.scope, input, ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ActivityParticipation, { description: '服务机构报告参加了某项活动，待主办方确认' })
  reportActivityParticipation(@Arg('input') input: ReportParticipationInput, @Ctx() ctx: RequestContext): Promise<ActivityParticipation> {
    return this.service.report(ctx.scope, input, ctx);
  }

  @Authorized(Role.PROVINCE, Role.CITY)
  @Mutation(() => ActivityParticipation, { description: '主办方确认（或不予确认）参与情况' })
  confirmActivityParticipation(@Arg('input') input: ConfirmParticipationInput, @Ctx() ctx: RequestContext): Promise<ActivityParticipation> {
    return this.service.confirm(ctx.scope, input, ctx);
  }

  @FieldResolver(() => String, { description: '活动类型名称' })
  typeLabel(@Root() a: WelfareActivity): string {
    return ACTIVITY_TYPE_LABELS[a.type];
  }

  @FieldResolver(() => [ActivityParticipation], { description: '参与记录（按权限）' })
  participations(@Root() a: ActivityWithParticipations): ActivityParticipation[] {
    return a.participations ?? [];
  }
}
