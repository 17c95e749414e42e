import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { CaptchaAnswerInput } from '../captcha/captcha.inputs';
import { AuthService } from './auth.service';
import { LoginPayload, Me } from './auth.types';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => LoginPayload, { description: '登录；连续3次失败后须填图形验证码，连续5次失败锁定15分钟' })
  login(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: RequestContext,
    @Arg('captcha', () => CaptchaAnswerInput, { nullable: true }) captcha?: CaptchaAnswerInput | null,
  ): Promise<LoginPayload> {
    return this.auth.login(username.trim(), password, ctx, captcha);
  }

  @Authorized()
  @Query(() => Me, { description: '当前登录用户' })
  me(@Ctx() ctx: RequestContext): Me {
    return this.auth.toMe(ctx.user!);
  }
}
