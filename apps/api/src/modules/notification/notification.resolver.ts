import { Arg, Args, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Notification } from './notification.entity';
import { NotificationService } from './notification.service';
import { toId } from '../../common/ids';

const Base = ConnectionType(Notification, 'Notification');

@ObjectType('NotificationPage')
class NotificationPage extends Base {
  @Field(() => Int, { description: '未读数' }) unreadCount: number;
}

@Resolver()
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Authorized(Role.INSTITUTION)
  @Query(() => NotificationPage, { description: '本机构的站内通知（最新在前）' })
  myNotifications(@Args() { first, after }: PageArgs, @Ctx() ctx: RequestContext): Promise<NotificationPage> {
    return this.service.mine(ctx, first, after);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => Notification, { description: '标记已读' })
  markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Notification> {
    return this.service.markRead(ctx, toId(id));
  }
}
