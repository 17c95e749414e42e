import './dynamic.css';
import { useQuery } from '@apollo/client/react';
import { Drawer, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import { ErrorAlert } from '../app/components';
import { InstitutionHistoryQuery } from '../graphql/reports';
import { HISTORY_COLORS } from './dynamic-labels';

interface Props {
  institution: { id: string; name: string } | null;
  onClose: () => void;
}

/** One timeline per institution: admission, reports, 通报, changes, cases, removal, re-entry (SPEC §4.4). */
export function InstitutionHistoryDrawer({ institution, onClose }: Props) {
  const { data, loading, error, refetch } = useQuery(InstitutionHistoryQuery, {
    variables: { id: institution?.id ?? '' },
    skip: !institution,
    fetchPolicy: 'cache-and-network',
  });
  const entries = data?.institutionHistory ?? [];
  return (
    <Drawer open={!!institution} onClose={onClose} size={560} title={`动态记录 · ${institution?.name ?? ''}`} destroyOnHidden>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {data && !entries.length ? <Empty description="暂无动态记录" /> : null}
      {entries.length ? (
        <Timeline
          data-testid="institution-history"
          items={[...entries].reverse().map((e, i) => ({
            key: `${e.date}-${e.kind}-${i}`,
            color: HISTORY_COLORS[e.kind],
            content: (
              <div data-kind={e.kind}>
                <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                  {e.date}
                </Typography.Text>
                <Typography.Text strong>{e.title}</Typography.Text>
                {e.kind === 'REMOVED' ? (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    已移出
                  </Tag>
                ) : null}
                {e.detail ? <div className="history-detail">{e.detail}</div> : null}
              </div>
            ),
          }))}
        />
      ) : null}
    </Drawer>
  );
}
