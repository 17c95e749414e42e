import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, Flex, Progress, Tag, Typography } from 'antd';
import { CRITERION_STATUS_COLORS, CRITERION_STATUS_LABELS } from '../../../app/labels';
import type { ApplicationDetailFragment, CriterionStatus } from '../../../graphql/generated/graphql';

type Criterion = Pick<ApplicationDetailFragment['eligibility'][number], 'id' | 'article' | 'title' | 'status' | 'reason'>;

const ICONS: Record<CriterionStatus, React.ReactNode> = {
  PASS: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  FAIL: <CloseCircleFilled style={{ color: '#ff4d4f' }} />,
  MISSING: <ExclamationCircleFilled style={{ color: '#fa8c16' }} />,
};

/** E1–E10 one by one with the article it rests on — never a bare yes/no (Art. 6, SPEC §3.3). */
interface Props {
  criteria: Criterion[];
  title?: string;
  extra?: React.ReactNode;
  /** Editor only: jump to the part of the form that decides a criterion. */
  onSelect?: (id: string) => void;
  /** Editor only: tell the applicant that the application may now be submitted. */
  submitHint?: boolean;
}

export function EligibilityPanel({ criteria, title = '入库条件自查', extra, onSelect, submitHint }: Props) {
  const passed = criteria.filter((c) => c.status === 'PASS').length;
  const allPass = criteria.length > 0 && passed === criteria.length;
  return (
    <Card size="small" title={title} extra={extra} className="eligibility-panel" data-testid="eligibility-panel">
      <Flex align="center" gap={12} style={{ marginBottom: 8 }}>
        <Progress
          type="circle"
          size={44}
          percent={criteria.length ? Math.round((passed / criteria.length) * 100) : 0}
          format={() => `${passed}/${criteria.length}`}
          status={allPass ? 'success' : 'normal'}
        />
        <Typography.Text type={allPass ? 'success' : 'secondary'} data-testid="eligibility-summary">
          {allPass
            ? submitHint
              ? '全部符合入库条件，可以提交'
              : '全部符合入库条件'
            : `已符合 ${passed} 项；未满足：${criteria
                .filter((c) => c.status !== 'PASS')
                .map((c) => c.id)
                .join('、')}`}
        </Typography.Text>
      </Flex>
      <ul className="eligibility-list">
        {criteria.map((c) => (
          <li key={c.id} data-testid={`criterion-${c.id}`} data-status={c.status}>
            <Flex align="start" gap={8}>
              <span className="eligibility-icon">{ICONS[c.status]}</span>
              <div style={{ minWidth: 0, flex: 1 }}>
                <Flex justify="space-between" align="start" gap={8}>
                  {onSelect && c.status !== 'PASS' ? (
                    <Typography.Link strong onClick={() => onSelect(c.id)}>
                      {c.id} {c.title}
                    </Typography.Link>
                  ) : (
                    <Typography.Text strong>
                      {c.id} {c.title}
                    </Typography.Text>
                  )}
                  <Tag color={CRITERION_STATUS_COLORS[c.status]} style={{ marginInlineEnd: 0, flex: 'none' }}>
                    {CRITERION_STATUS_LABELS[c.status]}
                  </Tag>
                </Flex>
                <Typography.Text type="secondary" className="eligibility-article">
                  {c.article}
                </Typography.Text>
                <div className="eligibility-reason">{c.reason}</div>
              </div>
            </Flex>
          </li>
        ))}
      </ul>
    </Card>
  );
}
