import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { displayIp } from '@hebei/domain';
import { RequestContext } from '../../common/context';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Role } from '../../common/enums';
import { ConnectionType, PageArgs, SortInputType } from '../../common/pagination';
import { AuditLog } from './audit-log.entity';
import { AuditService, AuditSortField } from './audit.service';
import { IsInstantInRange } from '../../common/validators';

@InputType({ description: '审计日志筛选' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64, { message: '操作最多64个字符' }) action?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64, { message: '对象类型最多64个字符' }) entityType?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64, { message: '对象标识最多64个字符' }) entityId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64, { message: '用户名最多64个字符' }) actorUsername?: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsInstantInRange() from?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsInstantInRange() to?: Date;
}

registerEnumType(AuditSortField, {
  name: 'AuditLogSortField',
  description: '审计日志排序字段',
  valuesConfig: {
    TIME: { description: '操作时间（记录顺序）' },
    ACTION: { description: '操作' },
    ENTITY_TYPE: { description: '对象类型' },
    ACTOR: { description: '操作人' },
  },
});
const AuditLogSort = SortInputType(AuditSortField, 'AuditLog');
type AuditLogSort = InstanceType<typeof AuditLogSort>;

@ArgsType()
class AuditLogsArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditLogFilter;

  @Field(() => AuditLogSort, { nullable: true, description: '排序；缺省最新在前' })
  @IsOptional()
  @ValidateNested()
  sort?: AuditLogSort;
}

const AuditLogConnection = ConnectionType(AuditLog, 'AuditLog');
type AuditLogConnection = InstanceType<typeof AuditLogConnection>;

@Resolver(() => AuditLog)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Authorized(Role.PROVINCE)
  @Query(() => AuditLogConnection, { description: '审计日志（省级），最新在前' })
  auditLogs(@Args() { first, after, filter, sort }: AuditLogsArgs): Promise<AuditLogConnection> {
    return this.audit.list(filter ?? {}, first, after, sort);
  }

  @FieldResolver(() => String, { nullable: true, description: '对象名称（机构、申请的机构、账号、批次、服务产品）；其他对象为空' })
  entityName(@Root() row: AuditLog, @Ctx() ctx: RequestContext): Promise<string | null> {
    return row.entityId ? ctx.loaders.auditNames.load(`${row.entityType}:${row.entityId}`) : Promise.resolve(null);
  }

  @FieldResolver(() => String, { nullable: true, description: '操作人姓名或单位名称' })
  actorName(@Root() row: AuditLog, @Ctx() ctx: RequestContext): Promise<string | null> {
    return row.actorId ? ctx.loaders.auditNames.load(`UserAccount:${row.actorId}`) : Promise.resolve(null);
  }

  @FieldResolver(() => String, { nullable: true, description: 'IP（IPv4 映射的 IPv6 地址显示为 IPv4）' })
  ip(@Root() row: AuditLog): string | null {
    return row.ip ? displayIp(row.ip) : null;
  }
}
