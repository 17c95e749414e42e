import { Modal, Tag } from 'antd';
import { useConnectionQuery } from '../../../app/connection';
import { CursorTable } from '../../../app/components';
import { EvaluationIndicatorRowsQuery } from '../../../graphql/evaluation';
import type { EvaluationSource } from '../../../graphql/generated/graphql';

interface Props {
  sheetId: string;
  source: EvaluationSource | null;
  title: string;
  onClose: () => void;
}

/** The rows behind one computed value: which reports were missed, which bookings were answered late. */
export function IndicatorRowsModal({ sheetId, source, title, onClose }: Props) {
  const list = useConnectionQuery(EvaluationIndicatorRowsQuery, {
    variables: { sheetId, source: source ?? 'REPORTING_COMPLIANCE' },
    select: (d) => d.evaluationIndicatorRows,
    skip: !source,
  });
  return (
    <Modal open={!!source} title={`数据明细：${title}`} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <CursorTable
        list={list}
        data-testid="indicator-rows"
        emptyText="没有相关数据"
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '内容', dataIndex: 'title' },
          {
            title: '计入',
            dataIndex: 'counted',
            width: 80,
            render: (c: boolean) => (c ? <Tag color="green">是</Tag> : <Tag color="red">否</Tag>),
          },
          { title: '说明', dataIndex: 'note', render: (n: string | null) => n ?? '—' },
        ]}
      />
    </Modal>
  );
}
