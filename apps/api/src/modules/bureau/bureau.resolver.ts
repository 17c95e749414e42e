import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { BureauContact } from './bureau-contact.entity';
import { BureauContactInput, BureausArgs } from './bureau.inputs';
import { BureauService } from './bureau.service';
import { Bureau } from './bureau.types';

const BureauConnection = ConnectionType(Bureau, 'Bureau');
type BureauConnection = InstanceType<typeof BureauConnection>;
/** The bureaus themselves: PROVINCE sees every bureau, a CITY its own and its counties', a COUNTY its own. */
export const BUREAU_READERS = [Role.PROVINCE, Role.CITY, Role.COUNTY];

@Resolver()
export class BureauResolver {
  constructor(private readonly service: BureauService) {}

  @Authorized(...BUREAU_READERS)
  @Query(() => BureauConnection, { description: '主管部门名录：市级与县级主管部门，含账号与联系方式；按市分组排列' })
  bureaus(@Args() { first, after, filter }: BureausArgs, @Ctx() ctx: RequestContext): Promise<BureauConnection> {
    return this.service.list(ctx, ctx.scope, filter ?? {}, first, after);
  }

  @Authorized(...BUREAU_READERS)
  @Mutation(() => BureauContact, { description: '修改主管部门联系方式（本部门或省级主管部门）' })
  updateBureauContact(@Arg('input') input: BureauContactInput, @Ctx() ctx: RequestContext): Promise<BureauContact> {
    return this.service.updateContact(ctx, ctx.scope, input);
  }
}
