import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { JobsQuery } from '../../../graphql/generated/graphql';
import { everyInterval, time } from '../format';
import { RunSummary } from './RunStatus';

export type JobRow = JobsQuery['jobs'][number];

interface Props {
  jobs: JobRow[];
  loading: boolean;
  /** The job being started from this page, if any. */
  starting: string | null;
  onRun: (job: JobRow) => void;
}

export function JobsTable({ jobs, loading, starting, onRun }: Props) {
  const columns: TableColumnsType<JobRow> = [
    {
      title: '任务',
      key: 'label',
      width: 220,
      render: (_, job) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong data-testid="job-label">
            {job.label}
          </Typography.Text>
          <Typography.Text type="secondary" className="mono">
            {job.name}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '执行间隔',
      key: 'interval',
      width: 120,
      render: (_, job) => <span data-testid="job-interval">{everyInterval(job.intervalSeconds)}</span>,
    },
    { title: '最近执行', key: 'lastRun', render: (_, job) => <RunSummary run={job.lastRun} /> },
    {
      title: '下次执行',
      key: 'nextDueAt',
      width: 190,
      render: (_, job) =>
        job.running ? (
          <Tooltip title={`执行节点 ${job.leaseHolder ?? ''}，租约至 ${time(job.leaseUntil)}`}>
            <Tag color="processing" data-testid="job-running">
              执行中
            </Tag>
          </Tooltip>
        ) : (
          <span data-testid="job-next-due">{job.nextDueAt ? time(job.nextDueAt) : '待首次执行'}</span>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 130,
      render: (_, job) => (
        <Popconfirm
          title={`立即执行“${job.label}”？`}
          description="在当前节点立即执行一次（系统也会按间隔自动执行），执行记录将记下您的账号。"
          okText="执行"
          cancelText="取消"
          onConfirm={() => onRun(job)}
          disabled={job.running || starting !== null}
        >
          <Button
            size="small"
            icon={<ThunderboltOutlined />}
            loading={starting === job.name}
            disabled={job.running || (starting !== null && starting !== job.name)}
          >
            立即执行
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <Table<JobRow>
      rowKey="name"
      size="middle"
      columns={columns}
      dataSource={jobs}
      loading={loading}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: '暂无定时任务' }}
      data-testid="jobs-table"
    />
  );
}
