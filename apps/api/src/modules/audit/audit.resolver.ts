import { Args, ArgsType, Authorized, Field, InputType, Query, Resolver } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Role } from '../../common/enums';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { AuditLog } from './audit-log.entity';
import { AuditService } from './audit.service';
import { IsInstantInRange } from '../../common/validators';

@InputType({ description: '审计日志筛选' })
class AuditLogFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64, { message: '操作最多64个字符' }) action?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64, { message: '对象类型最多64个字符' }) entityType?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64, { message: '对象标识最多64个字符' }) entityId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64, { message: '用户名最多64个字符' }) actorUsername?: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsInstantInRange() from?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsInstantInRange() to?: Date;
}

@ArgsType()
class AuditLogsArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditLogFilter;
}

const AuditLogConnection = ConnectionType(AuditLog, 'AuditLog');
type AuditLogConnection = InstanceType<typeof AuditLogConnection>;

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Authorized(Role.PROVINCE)
  @Query(() => AuditLogConnection, { description: '审计日志（省级），最新在前' })
  auditLogs(@Args() { first, after, filter }: AuditLogsArgs): Promise<AuditLogConnection> {
    return this.audit.list(filter ?? {}, first, after);
  }
}
