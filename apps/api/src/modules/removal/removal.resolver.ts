import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { REMOVAL_REASON_RULES, RemovalReason as DomainReason } from '@hebei/domain';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { toId } from '../../common/ids';
import { ConnectionType } from '../../common/pagination';
import { Division } from '../division/division.entity';
import { DivisionService } from '../division/division.service';
import { EvidenceFile } from '../evidence/evidence.entity';
import { Institution } from '../institution/institution.entity';
import { RemovalCase } from './removal-case.entity';
import {
  DecideRemovalCaseInput,
  OpenRemovalCaseInput,
  ReentryBansArgs,
  RemovalCasesArgs,
  WithdrawRemovalCaseInput,
} from './removal.inputs';
import { RemovalService } from './removal.service';
import { ReentryBan } from './removal.types';

const RemovalCaseConnection = ConnectionType(RemovalCase, 'RemovalCase');
type RemovalCaseConnection = InstanceType<typeof RemovalCaseConnection>;
const ReentryBanConnection = ConnectionType(ReentryBan, 'ReentryBan');
type ReentryBanConnection = InstanceType<typeof ReentryBanConnection>;
const READERS = [Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST, Role.INSTITUTION];

@Resolver(() => RemovalCase)
export class RemovalResolver {
  constructor(
    private readonly service: RemovalService,
    private readonly divisions: DivisionService,
  ) {}

  @Authorized(...READERS)
  @Query(() => RemovalCaseConnection, { description: '移出案件（管辖范围内；机构只见本机构），最新在前' })
  removalCases(@Args() { filter, first, after }: RemovalCasesArgs, @Ctx() ctx: RequestContext): Promise<RemovalCaseConnection> {
    return this.service.list(ctx.scope, filter ?? {}, first, after);
  }

  @Authorized(...READERS)
  @Query(() => RemovalCase, { description: '移出案件详情；管辖范围外与不存在同样答复' })
  removalCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<RemovalCase> {
    return this.service.get(ctx.scope, toId(id));
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => RemovalCase, { description: '省级发起移出案件（第十一、十二条原因；每家机构同时只能有一个未办结案件）' })
  openRemovalCase(@Arg('input') input: OpenRemovalCaseInput, @Ctx() ctx: RequestContext): Promise<RemovalCase> {
    return this.service.open(ctx.scope, input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => RemovalCase, { description: '作出移出决定（须经会议研究的填写会议日期与纪要文号）；生效日为今天时立即移出' })
  decideRemovalCase(@Arg('input') input: DecideRemovalCaseInput, @Ctx() ctx: RequestContext): Promise<RemovalCase> {
    return this.service.decide(ctx.scope, input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => RemovalCase, { description: '撤销移出案件（作出决定前）' })
  withdrawRemovalCase(@Arg('input') input: WithdrawRemovalCaseInput, @Ctx() ctx: RequestContext): Promise<RemovalCase> {
    return this.service.withdraw(ctx.scope, input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Query(() => ReentryBanConnection, { description: '禁入名单（第十二条：移出后至少2年内不得再次入库），最新在前' })
  reentryBans(@Args() { filter, first, after }: ReentryBansArgs, @Ctx() ctx: RequestContext): Promise<ReentryBanConnection> {
    return this.service.bans(ctx.scope, filter ?? {}, first, after);
  }

  @FieldResolver(() => Boolean, { description: '是否须经会议研究决定' })
  needsMeeting(@Root() c: RemovalCase): boolean {
    return REMOVAL_REASON_RULES[c.reason as DomainReason].needsMeeting;
  }

  @FieldResolver(() => Boolean, { description: '是否直接移出并限制2年内再次入库（第十二条第二款）' })
  bansReentry(@Root() c: RemovalCase): boolean {
    return REMOVAL_REASON_RULES[c.reason as DomainReason].bansReentry;
  }

  @FieldResolver(() => [EvidenceFile], { description: '证明材料' })
  evidence(@Root() c: RemovalCase, @Ctx() ctx: RequestContext): Promise<EvidenceFile[]> {
    return ctx.loaders.removalCaseEvidence.load(c.id);
  }

  @FieldResolver(() => Institution, { nullable: true })
  institution(@Root() c: RemovalCase, @Ctx() ctx: RequestContext): Promise<Institution | null> | Institution {
    return c.institution ?? ctx.loaders.institutionById.load(c.institutionId);
  }

  @FieldResolver(() => Division, { nullable: true })
  division(@Root() c: RemovalCase): Division | null {
    return this.divisions.get(c.divisionCode) ?? null;
  }
}

@Resolver(() => ReentryBan)
export class ReentryBanResolver {
  constructor(private readonly divisions: DivisionService) {}

  @FieldResolver(() => Division, { nullable: true })
  division(@Root() b: ReentryBan): Division | null {
    return this.divisions.get(b.divisionCode) ?? null;
  }
}
