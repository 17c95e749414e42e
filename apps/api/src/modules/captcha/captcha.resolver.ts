import { Query, Resolver } from 'type-graphql';
import { CaptchaService } from './captcha.service';
import { CaptchaChallenge } from './captcha.types';

@Resolver()
export class CaptchaResolver {
  constructor(private readonly captchas: CaptchaService) {}

  @Query(() => CaptchaChallenge, { description: '新的图形验证码（公开）：异议、注册和多次登录失败后需要' })
  captcha(): CaptchaChallenge {
    return this.captchas.issue();
  }
}
