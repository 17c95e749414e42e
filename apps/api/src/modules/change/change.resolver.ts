import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { toId } from '../../common/ids';
import { ConnectionType } from '../../common/pagination';
import { Division } from '../division/division.entity';
import { DivisionService } from '../division/division.service';
import { EvidenceFile } from '../evidence/evidence.entity';
import { Institution } from '../institution/institution.entity';
import { ChangeReport, ChangeReportField } from './change-report.entity';
import { ChangeReportInput, ChangeReportsArgs, VerifyChangeReportInput } from './change.inputs';
import { ChangeService } from './change.service';

const ChangeReportConnection = ConnectionType(ChangeReport, 'ChangeReport');
type ChangeReportConnection = InstanceType<typeof ChangeReportConnection>;
const READERS = [Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST, Role.INSTITUTION];

@Resolver(() => ChangeReport)
export class ChangeResolver {
  constructor(
    private readonly service: ChangeService,
    private readonly divisions: DivisionService,
  ) {}

  @Authorized(...READERS)
  @Query(() => ChangeReportConnection, { description: '重大变化报告（管辖范围内；机构只见本机构），最新在前' })
  changeReports(@Args() { filter, first, after }: ChangeReportsArgs, @Ctx() ctx: RequestContext): Promise<ChangeReportConnection> {
    return this.service.list(ctx.scope, filter ?? {}, first, after);
  }

  @Authorized(...READERS)
  @Query(() => ChangeReport, { description: '重大变化报告详情；管辖范围外与不存在同样答复' })
  changeReport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ChangeReport> {
    return this.service.get(ctx.scope, toId(id));
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ChangeReport, { description: '报告重大变化（第十一条：变化后3个月内，逾期仍受理并标记）' })
  submitChangeReport(@Arg('input') input: ChangeReportInput, @Ctx() ctx: RequestContext): Promise<ChangeReport> {
    return this.service.submit(ctx, input);
  }

  @Authorized(Role.CITY)
  @Mutation(() => ChangeReport, { description: '市级核实重大变化：仍符合条件（更新登记信息）或不再符合条件（报省级移出）' })
  verifyChangeReport(@Arg('input') input: VerifyChangeReportInput, @Ctx() ctx: RequestContext): Promise<ChangeReport> {
    return this.service.verify(ctx.scope, input, ctx);
  }

  @FieldResolver(() => [ChangeReportField], { description: '变化事项（变化前 → 变化后）' })
  fields(@Root() report: ChangeReport, @Ctx() ctx: RequestContext): Promise<ChangeReportField[]> {
    return report.fields ? Promise.resolve(report.fields) : ctx.loaders.changeReportFields.load(report.id);
  }

  @FieldResolver(() => [EvidenceFile], { description: '证明材料（GET /api/evidence/{id} 下载）' })
  evidence(@Root() report: ChangeReport, @Ctx() ctx: RequestContext): Promise<EvidenceFile[]> {
    return ctx.loaders.changeReportEvidence.load(report.id);
  }

  @FieldResolver(() => Institution, { nullable: true })
  institution(@Root() report: ChangeReport, @Ctx() ctx: RequestContext): Promise<Institution | null> | Institution {
    return report.institution ?? ctx.loaders.institutionById.load(report.institutionId);
  }

  @FieldResolver(() => Division, { nullable: true, description: '报告时的所在地' })
  division(@Root() report: ChangeReport): Division | null {
    return this.divisions.get(report.divisionCode) ?? null;
  }
}

@Resolver(() => ChangeReportField)
export class ChangeReportFieldResolver {
  constructor(private readonly divisions: DivisionService) {}

  @FieldResolver(() => String, { nullable: true, description: '变化前（区划显示名称）' })
  beforeLabel(@Root() f: ChangeReportField): string | null {
    return this.label(f.field, f.beforeValue);
  }

  @FieldResolver(() => String, { description: '变化后（区划显示名称）' })
  afterLabel(@Root() f: ChangeReportField): string {
    return this.label(f.field, f.afterValue) ?? '';
  }

  private label(field: string, value: string | null): string | null {
    if (field !== 'divisionCode' || !value) return value;
    return this.divisions.placeName(value);
  }
}
