import { MAJOR_CHANGE_REPORT_MONTHS } from '@hebei/domain';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { CursorTable, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { ChangeReportDetails, changeColumns } from '../../components';
import { ChangeReportsQuery } from '../../graphql/changes';
import type { ChangeReportFieldsFragment } from '../../graphql/generated/graphql';
import { ChangeReportModal } from './components/ChangeReportModal';

/** 重大变化报告: the institution's reports and their verification; a new one in a dialog. */
export function ChangeReportsPage() {
  const [creating, setCreating] = useState(false);
  const list = useConnectionQuery(ChangeReportsQuery, { select: (d) => d.changeReports });
  return (
    <PageContainer
      title="重大变化报告"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="change-new">
          报告重大变化
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        本机构发生更名、合并、重组、迁移等与入库条件有关的重大变化，应在变化后{MAJOR_CHANGE_REPORT_MONTHS}
        个月内报告；市级主管部门核实仍符合入库条件的，变化事项更新到登记信息，原信息保留在动态记录中。
      </Typography.Paragraph>
      <CursorTable<ChangeReportFieldsFragment>
        list={list}
        columns={changeColumns}
        expandable={{ expandedRowRender: (r) => <ChangeReportDetails r={r} /> }}
        emptyText="尚未报告重大变化"
        data-testid="change-reports-table"
      />
      <ChangeReportModal open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}
