import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  title: ReactNode;
  extra?: ReactNode;
  /** Shown between the title and the main card, e.g. an alert banner. */
  banner?: ReactNode;
  children: ReactNode;
}

/** Every page: a title row with actions, then its content on one white card. */
export function PageContainer({ title, extra, banner, children }: Props) {
  return (
    <div className="page">
      <Flex justify="space-between" align="center" wrap gap={12} className="page-header">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra ? <div>{extra}</div> : null}
      </Flex>
      {banner}
      <Card variant="borderless" className="page-card">
        {children}
      </Card>
    </div>
  );
}
