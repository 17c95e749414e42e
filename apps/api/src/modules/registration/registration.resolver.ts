import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { LoginPayload } from '../auth/auth.types';
import { InstitutionRegistrationInput } from './registration.inputs';
import { RegistrationService } from './registration.service';

@Resolver()
export class RegistrationResolver {
  constructor(private readonly service: RegistrationService) {}

  @Mutation(() => LoginPayload, { description: '服务机构注册（公开）；成功后直接登录' })
  registerInstitution(@Arg('input') input: InstitutionRegistrationInput, @Ctx() ctx: RequestContext): Promise<LoginPayload> {
    return this.service.registerInstitution(input, ctx);
  }
}
