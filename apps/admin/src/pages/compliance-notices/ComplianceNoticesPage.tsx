import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { App, Button, Empty, Form, Select, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { CursorTable, ErrorAlert, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useDialog } from '../../app/dialog';
import { InstitutionHistoryDrawer } from '../../components';
import { ComplianceNoticeDeadlinesQuery, ComplianceNoticesQuery } from '../../graphql/compliance';
import type { ComplianceNoticesQuery as NoticesData } from '../../graphql/generated/graphql';
import { downloadFile, restErrorText } from '../../app/rest';

type Notice = NoticesData['complianceNotices']['edges'][number]['node'];

/** 通报 per deadline (Art. 10): institutions with 2 consecutive periods not reported as required; printable and exported. */
export function ComplianceNoticesPage() {
  const { message } = App.useApp();
  const deadlines = useQuery(ComplianceNoticeDeadlinesQuery, { fetchPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<string | null>(null);
  const options = deadlines.data?.complianceNoticeDeadlines ?? [];
  const deadline = chosen ?? options[0]?.deadline ?? null;
  const list = useConnectionQuery(ComplianceNoticesQuery, {
    variables: { deadline: deadline ?? '' },
    select: (d) => d.complianceNotices,
    skip: !deadline,
    pageSize: 100,
  });
  const history = useDialog<{ id: string; name: string }>();
  const [exporting, setExporting] = useState(false);

  const exportXlsx = async () => {
    if (!deadline) return;
    setExporting(true);
    try {
      const name = await downloadFile(`/api/exports/compliance-notices.xlsx?deadline=${deadline}`, `通报-${deadline}.xlsx`);
      message.success(`已导出 ${name}`);
    } catch (e) {
      message.error(restErrorText(e));
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<Notice> = [
    { title: '序号', key: 'index', width: 70, render: (_, _r, i) => (list.pagination.page - 1) * list.pagination.pageSize + i + 1 },
    {
      title: '服务机构',
      key: 'name',
      render: (_, n) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => history.show({ id: n.institutionId, name: n.institutionName })}
        >
          {n.institutionName}
        </Button>
      ),
    },
    { title: '统一社会信用代码', dataIndex: 'uscc', key: 'uscc', width: 200 },
    { title: '所在地区', key: 'division', width: 140, render: (_, n) => n.division?.name ?? '—' },
    {
      title: '未按规定填报的周期',
      key: 'run',
      width: 240,
      render: (_, n) => `${n.runStartDeadline} 至 ${n.deadline}（连续 ${n.missedCount} 期）`,
    },
    { title: '通报日期', dataIndex: 'issuedOn', key: 'issuedOn', width: 120 },
  ];

  return (
    <PageContainer
      title="通报"
      extra={
        <Space className="no-print">
          <Button icon={<PrinterOutlined />} disabled={!deadline} onClick={() => window.print()} data-testid="notices-print">
            打印
          </Button>
          <Button
            icon={<DownloadOutlined />}
            disabled={!deadline}
            loading={exporting}
            onClick={() => void exportXlsx()}
            data-testid="notices-export"
          >
            导出 Excel
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" className="no-print">
        入库机构连续2个周期未按规定填报服务情况的，予以通报（第十条）；每个截止日一份通报，同一段连续未报只通报一次。
      </Typography.Paragraph>
      {deadlines.error ? <ErrorAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} /> : null}
      <Form layout="inline" className="filter-form no-print">
        <Form.Item label="截止日">
          <Select
            value={deadline}
            onChange={setChosen}
            loading={deadlines.loading}
            style={{ width: 240 }}
            placeholder="暂无通报"
            options={options.map((o) => ({ value: o.deadline, label: `${o.deadline}（${o.count} 家）` }))}
            data-testid="notice-deadline"
          />
        </Form.Item>
      </Form>
      {deadline ? (
        <>
          <Typography.Title level={4} className="print-only" style={{ textAlign: 'center' }}>
            关于连续2个周期未按规定填报服务情况的服务机构的通报（截至 {deadline}）
          </Typography.Title>
          <CursorTable<Notice> list={list} columns={columns} emptyText="该截止日没有通报" data-testid="notices-table" />
        </>
      ) : deadlines.data ? (
        <Empty description="尚未发出通报" />
      ) : null}
      <InstitutionHistoryDrawer key={history.key} institution={history.open ? (history.value ?? null) : null} onClose={history.hide} />
    </PageContainer>
  );
}
