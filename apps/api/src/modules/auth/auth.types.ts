import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../common/enums';
import { Division } from '../division/division.entity';

@ObjectType({ description: '当前用户' })
export class Me {
  @Field(() => ID)
  id: number;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Division, { nullable: true, description: '机关用户所属行政区划' })
  division: Division | null;

  @Field(() => ID, { nullable: true, description: '服务机构用户所属机构' })
  institutionId: number | null;

  @Field(() => ID, { nullable: true, description: '企业用户所属企业' })
  enterpriseId: number | null;

  @Field({ description: '正在使用一次性密码或密码已过期：修改密码前其他操作一律拒绝' })
  mustChangePassword: boolean;

  @Field({ description: '本单位管理员（服务机构或企业用户）：可管理本单位账号' })
  orgAdmin: boolean;
}

@ObjectType({ description: '登录结果' })
export class LoginPayload {
  @Field({ description: 'JWT，请求时放在 Authorization: Bearer 头中' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => Me)
  user: Me;
}
