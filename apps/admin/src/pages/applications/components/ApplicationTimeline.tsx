import { Empty, Tag, Timeline, Typography } from 'antd';
import { APPLICATION_EVENT_LABELS, REVIEW_LEVEL_LABELS, applicationStatusLabel, labelOf } from '../../../app/labels';
import type { ApplicationDetailFragment, ApplicationEventType } from '../../../graphql/generated/graphql';
import { dateTime } from '../../../app/format';

type Event = ApplicationDetailFragment['timeline'][number];

const COLORS: Partial<Record<ApplicationEventType, string>> = {
  APPROVE: 'green',
  ADMIT: 'green',
  RETURN: 'orange',
  WITHDRAW: 'gray',
  REJECT: 'red',
  OBJECTION_UPHELD: 'red',
  SPOT_CHECK: 'purple',
  PUBLISH: 'blue',
};

/** A city's approval is its recommendation (Art. 8(2)). */
function actionLabel(e: Event): string {
  if (e.type === 'APPROVE' && e.level === 'CITY') return '同意推荐';
  if (e.type === 'APPROVE' && e.level === 'COUNTY') return '初审通过';
  return APPLICATION_EVENT_LABELS[e.type];
}

/** Append-only history: who, which level, what, why, when. */
export function ApplicationTimeline({ events, skipsCounty }: { events: Event[]; skipsCounty: boolean }) {
  if (!events.length) return <Empty description="暂无记录" />;
  return (
    <Timeline
      data-testid="application-timeline"
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.type] ?? 'gray',
        content: (
          <div className="timeline-item" data-testid="timeline-item">
            <div>
              <Typography.Text strong>{actionLabel(e)}</Typography.Text>
              {e.level ? <Tag style={{ marginInlineStart: 8 }}>{labelOf(REVIEW_LEVEL_LABELS, e.level)}</Tag> : null}
              <Typography.Text type="secondary" style={{ marginInlineStart: 4 }}>
                {e.actorName ?? '系统'}
                {e.actorUsername ? `（${e.actorUsername}）` : ''}
              </Typography.Text>
            </div>
            {e.opinion ? <div className="timeline-opinion">{e.opinion}</div> : null}
            <Typography.Text type="secondary" className="timeline-meta">
              {dateTime(e.createdAt)}
              {e.fromStatus !== e.toStatus
                ? ` · 状态：${e.fromStatus ? `${applicationStatusLabel(e.fromStatus, skipsCounty)} → ` : ''}${applicationStatusLabel(e.toStatus, skipsCounty)}`
                : ''}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
