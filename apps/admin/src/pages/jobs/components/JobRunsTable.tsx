import { Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { JOB_TRIGGER_LABELS } from '../../../app/labels';
import type { JobRunFieldsFragment } from '../../../graphql/generated/graphql';
import { duration, time } from '../format';
import { RunStatusTag } from './RunStatus';

import { CursorTable } from '../../../app/components/CursorTable';
import type { ConnectionList } from '../../../app/connection';

/** The run history: one page of `jobRuns` on the shared list table (error, loading, empty, pager). */
export function JobRunsTable({ list }: { list: ConnectionList<JobRunFieldsFragment> }) {
  const columns: TableColumnsType<JobRunFieldsFragment> = [
    {
      title: '开始时间',
      dataIndex: 'startedAt',
      key: 'startedAt',
      width: 170,
      render: (v: string) => <span data-testid="cell-started">{time(v)}</span>,
    },
    { title: '任务', dataIndex: 'label', key: 'label', width: 170, render: (v: string) => <span data-testid="cell-job">{v}</span> },
    {
      title: '触发方式',
      dataIndex: 'trigger',
      key: 'trigger',
      width: 90,
      render: (v: JobRunFieldsFragment['trigger']) => <span data-testid="cell-trigger">{JOB_TRIGGER_LABELS[v]}</span>,
    },
    { title: '状态', key: 'status', width: 90, render: (_, run) => <RunStatusTag run={run} /> },
    {
      title: '处理条数',
      dataIndex: 'rowsTouched',
      key: 'rowsTouched',
      width: 90,
      align: 'right',
      render: (v: number | null) => <span data-testid="cell-rows">{v ?? '—'}</span>,
    },
    { title: '耗时', key: 'duration', width: 100, render: (_, run) => duration(run.startedAt, run.finishedAt) },
    {
      title: '操作人',
      dataIndex: 'actorUsername',
      key: 'actor',
      width: 110,
      render: (v: string | null) => <span data-testid="cell-actor">{v ?? '系统'}</span>,
    },
    {
      title: '执行节点',
      dataIndex: 'holder',
      key: 'holder',
      width: 200,
      ellipsis: true,
      render: (v: string) => <span className="mono">{v}</span>,
    },
    {
      title: '失败原因',
      dataIndex: 'errorMessage',
      key: 'error',
      ellipsis: true,
      render: (v: string | null) =>
        v ? (
          <Typography.Text type="danger" title={v} data-testid="cell-error">
            {v}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <CursorTable<JobRunFieldsFragment>
      list={list}
      columns={columns}
      scroll={{ x: 1200 }}
      emptyText="暂无执行记录"
      errorTitle="执行记录加载失败"
      data-testid="job-runs-table"
    />
  );
}
