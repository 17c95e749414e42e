import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { JobRun } from './job.entity';
import { JobRunsArgs } from './job.inputs';
import { JobService } from './job.service';
import { Job } from './job.types';

const JobRunConnection = ConnectionType(JobRun, 'JobRun');
type JobRunConnection = InstanceType<typeof JobRunConnection>;

@Resolver(() => JobRun)
export class JobResolver {
  constructor(private readonly service: JobService) {}

  @Authorized(Role.PROVINCE)
  @Query(() => [Job], { description: '定时任务：间隔、最近一次执行、下次执行时刻、是否正在执行（省级）' })
  jobs(): Promise<Job[]> {
    return this.service.jobs();
  }

  @Authorized(Role.PROVINCE)
  @Query(() => JobRunConnection, { description: '定时任务执行记录，最新在前（省级）' })
  jobRuns(@Args() { name, first, after }: JobRunsArgs): Promise<JobRunConnection> {
    return this.service.runs(name, first, after);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => JobRun, { description: '立即执行定时任务（省级）；任务正在其他节点执行时返回 JOB_RUNNING' })
  runJob(@Arg('name') name: string, @Ctx() ctx: RequestContext): Promise<JobRun> {
    return this.service.runNow(name, ctx);
  }

  @FieldResolver(() => String, { description: '任务名称' })
  label(@Root() run: JobRun): string {
    return this.service.labelOf(run.name);
  }
}
