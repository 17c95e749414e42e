import { Tag } from 'antd';
import { APPLICATION_STATUS_COLORS, applicationStatusLabel } from '../app/labels';
import type { ApplicationStatus } from '../graphql/generated/graphql';

export function ApplicationStatusTag({ status, skipsCounty }: { status: ApplicationStatus; skipsCounty: boolean }) {
  return (
    <Tag color={APPLICATION_STATUS_COLORS[status]} data-testid="application-status">
      {applicationStatusLabel(status, skipsCounty)}
    </Tag>
  );
}
