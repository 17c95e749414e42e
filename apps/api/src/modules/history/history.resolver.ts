import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { toId } from '../../common/ids';
import { HistoryService } from './history.service';
import { InstitutionHistoryEntry } from './history.types';

@Resolver()
export class HistoryResolver {
  constructor(private readonly service: HistoryService) {}

  @Authorized(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST, Role.INSTITUTION)
  @Query(() => [InstitutionHistoryEntry], {
    description: '机构动态记录（入库、填报、通报、变化、移出、再次入库），按日期先后；管辖范围外与不存在同样答复',
  })
  institutionHistory(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InstitutionHistoryEntry[]> {
    return this.service.history(ctx.scope, toId(id));
  }
}
