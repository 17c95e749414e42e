import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { AuthService } from './auth.service';
import { LoginPayload, Me } from './auth.types';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => LoginPayload, { description: '登录；连续5次失败锁定15分钟' })
  login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: RequestContext): Promise<LoginPayload> {
    return this.auth.login(username.trim(), password, ctx);
  }

  @Authorized()
  @Query(() => Me, { description: '当前登录用户' })
  me(@Ctx() ctx: RequestContext): Me {
    return this.auth.toMe(ctx.user!);
  }
}
