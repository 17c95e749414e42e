import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '图形验证码（自托管，5分钟内有效，只能使用一次）' })
export class CaptchaChallenge {
  @Field({ description: '随答案一并提交' })
  id: string;

  @Field({ description: 'SVG 图像' })
  svg: string;

  @Field()
  expiresAt: Date;
}
