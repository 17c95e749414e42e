import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { errorCode, errorMessage } from '../../app/errors';
import { useConnectionQuery } from '../../app/connection';
import { JobRunsQuery, JobsQuery, RunJobMutation } from '../../graphql/jobs';
import { JobRunsTable } from './components/JobRunsTable';
import { JobsTable, type JobRow } from './components/JobsTable';

const ALL = '';

/** 定时任务 (PROVINCE): the background jobs with their last and next run, the history, and 立即执行. */
export function JobsPage() {
  const { message } = App.useApp();
  const [name, setName] = useState<string>(ALL);
  const [starting, setStarting] = useState<string | null>(null);
  const jobs = useQuery(JobsQuery, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  // A new job filter starts again at page 1 (useConnectionQuery's reset key).
  const runs = useConnectionQuery(JobRunsQuery, {
    variables: { name: name || undefined },
    select: (d) => d.jobRuns,
    pageSize: 20,
    fetchPolicy: 'cache-and-network',
  });
  const [runJob] = useMutation(RunJobMutation);
  const jobList = (jobs.data ?? jobs.previousData)?.jobs ?? [];

  const refresh = async () => {
    runs.pagination.reset();
    await Promise.all([jobs.refetch(), runs.refetch()]);
  };

  const run = async (job: JobRow) => {
    setStarting(job.name);
    try {
      const { data } = await runJob({ variables: { name: job.name } });
      const result = data?.runJob;
      if (result?.status === 'FAILED') message.error(`“${job.label}”执行失败：${result.errorMessage ?? '原因不明'}`);
      else message.success(`“${job.label}”执行完成，处理 ${result?.rowsTouched ?? 0} 条`);
    } catch (e) {
      if (errorCode(e) === 'JOB_RUNNING') message.warning(errorMessage(e));
      else message.error(errorMessage(e));
    } finally {
      setStarting(null);
      await refresh().catch(() => undefined); // a failed reload shows in the tables' error states
    }
  };

  return (
    <PageContainer
      title="定时任务"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void refresh()} loading={jobs.loading || runs.loading}>
          刷新
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        各任务由系统按间隔自动执行；多个服务节点共用数据库中的租约，同一任务同一时刻只在一个节点执行。执行节点退出时，租约到期后由其他节点接管。
      </Typography.Paragraph>
      {jobs.error ? <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} title="任务列表加载失败" /> : null}
      <JobsTable jobs={jobs.error ? [] : jobList} loading={jobs.loading} starting={starting} onRun={(job) => void run(job)} />

      <Flex justify="space-between" align="center" wrap gap={12} style={{ margin: '32px 0 16px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          执行记录
        </Typography.Title>
        <Select
          aria-label="任务"
          value={name}
          style={{ width: 220 }}
          onChange={(v) => {
            setName(v);
          }}
          options={[{ value: ALL, label: '全部任务' }, ...jobList.map((j) => ({ value: j.name, label: j.label }))]}
          data-testid="job-filter"
        />
      </Flex>
      <JobRunsTable list={runs} />
    </PageContainer>
  );
}
