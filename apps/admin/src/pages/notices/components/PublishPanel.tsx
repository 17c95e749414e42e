import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../app/components/ErrorAlert';
import { errorCode, errorMessage } from '../../../app/errors';
import { BATCH_STATUS_COLORS, BATCH_STATUS_LABELS } from '../../../app/labels';
import { BatchesQuery } from '../../../graphql/batches';
import type { BatchesQuery as BatchesResult } from '../../../graphql/generated/graphql';
import { PublishNoticeMutation } from '../../../graphql/notices';
import { PUBLIC_NOTICE_WORKING_DAYS } from '@hebei/domain';
import { chineseCount } from '../../../app/format';

type Row = BatchesResult['batches'][number];
const countOf = (r: Row, status: string) => r.statusCounts.find((c) => c.status === status)?.count ?? 0;

/** Per batch: how many province-approved applications wait for the notice, and the button that publishes it. */
export function PublishPanel() {
  const { message, modal } = App.useApp();
  const { data, loading, error, refetch } = useQuery(BatchesQuery, { fetchPolicy: 'cache-and-network' });
  const [publish] = useMutation(PublishNoticeMutation, {
    update(cache) {
      for (const fieldName of ['notices', 'publicNotices', 'batches', 'applications', 'applicationQueueCounts'])
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
  });

  const confirm = (r: Row) => {
    const waiting = countOf(r, 'PROVINCE_APPROVED');
    modal.confirm({
      title: `发布“${r.name}”入库公示？`,
      content: (
        <>
          <p>
            将该批次所有省级审核通过的申请（{waiting} 家）进入为期{PUBLIC_NOTICE_WORKING_DAYS}个工作日的公示。
          </p>
          <Typography.Text type="secondary">
            公示期自今日起按工作日计算（节假日顺延），期间任何单位和个人可在公示页面提出异议。
          </Typography.Text>
        </>
      ),
      okText: '发布公示',
      cancelText: '取消',
      onOk: async () => {
        try {
          const { data: result } = await publish({ variables: { batchId: r.id } });
          const n = result?.publishNotice;
          message.success(n ? `公示已发布，公示期 ${n.publishedOn} 至 ${n.endsOn}` : '公示已发布');
          await refetch();
        } catch (e) {
          const code = errorCode(e);
          if (code === 'CALENDAR_YEAR_NOT_LOADED') {
            modal.warning({
              title: '无法计算公示期',
              content: (
                <>
                  <p>{errorMessage(e)}</p>
                  <p>公示期按工作日计算，请先在“节假日日历”中录入相应年度的节假日安排，再发布公示。</p>
                  <Link to="/calendar">前往节假日日历</Link>
                </>
              ),
              okText: '知道了',
            });
          } else if (code === 'NOTHING_TO_PUBLISH') {
            message.warning(errorMessage(e));
            await refetch();
          } else {
            message.error(errorMessage(e));
          }
        }
      },
    });
  };

  const columns: TableColumnsType<Row> = [
    { title: '批次', dataIndex: 'name', key: 'name', width: 180 },
    {
      title: '批次状态',
      dataIndex: 'status',
      key: 'status',
      width: 100,
      render: (v: Row['status']) => <Tag color={BATCH_STATUS_COLORS[v]}>{BATCH_STATUS_LABELS[v]}</Tag>,
    },
    {
      title: '待公示（省级审核通过）',
      key: 'waiting',
      width: 190,
      render: (_, r) => {
        const n = countOf(r, 'PROVINCE_APPROVED');
        return (
          <Typography.Text strong={n > 0} type={n ? undefined : 'secondary'} data-testid="waiting-count">
            {n} 家
          </Typography.Text>
        );
      },
    },
    { title: '公示中', key: 'inNotice', width: 100, render: (_, r) => `${countOf(r, 'IN_PUBLIC_NOTICE')} 家` },
    { title: '已入库', key: 'admitted', width: 100, render: (_, r) => `${countOf(r, 'ADMITTED')} 家` },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_, r) => (
        <Button type="primary" size="small" disabled={!countOf(r, 'PROVINCE_APPROVED')} onClick={() => confirm(r)}>
          发布公示
        </Button>
      ),
    },
  ];

  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`省级审核通过的申请须经社会公示${chineseCount(PUBLIC_NOTICE_WORKING_DAYS)}个工作日（第八条第（四）项）；公示期满无异议的，由入库任务自动纳入服务资源库。`}
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.batches ?? []}
        loading={loading}
        pagination={false}
        data-testid="publish-table"
      />
    </>
  );
}
