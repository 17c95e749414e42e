import { Arg, Args, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { toId } from '../../common/ids';
import { Notification } from './notification.entity';
import { NotificationService } from './notification.service';

const Base = ConnectionType(Notification, 'Notification');

@ObjectType('NotificationPage')
class NotificationPage extends Base {
  @Field(() => Int, { description: '未读数' }) unreadCount: number;
}

/** Every signed-in user has a bell: their own notices only. */
@Resolver()
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Authorized()
  @Query(() => NotificationPage, { description: '我的站内通知（最新在前）' })
  myNotifications(@Args() { first, after }: PageArgs, @Ctx() ctx: RequestContext): Promise<NotificationPage> {
    return this.service.mine(ctx, first, after);
  }

  @Authorized()
  @Mutation(() => Notification, { description: '标记已读' })
  markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Notification> {
    return this.service.markRead(ctx, toId(id));
  }

  @Authorized()
  @Mutation(() => Int, { description: '全部标为已读，返回本次标记的条数' })
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.markAllRead(ctx);
  }
}
