import { Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CursorTable } from '../../app/components/CursorTable';
import { useConnectionQuery } from '../../app/connection';
import { ActivitiesQuery } from '../../graphql/evaluation';
import type { ActivitiesQuery as ActivitiesData } from '../../graphql/generated/graphql';

type Activity = ActivitiesData['activities']['edges'][number]['node'];

const COLUMNS: TableColumnsType<Activity> = [
  { title: '日期', dataIndex: 'activityDate', key: 'date', width: 120 },
  { title: '类型', dataIndex: 'typeLabel', key: 'type', width: 140, render: (v: string) => <Tag>{v}</Tag> },
  { title: '活动名称', dataIndex: 'title', key: 'title', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
  { title: '地点', dataIndex: 'place', key: 'place', width: 180, ellipsis: true },
  { title: '组织单位', dataIndex: 'organiserName', key: 'organiser', width: 200, ellipsis: true },
  { title: '服务企业数', dataIndex: 'enterprisesReached', key: 'reached', width: 110, align: 'right' },
];

/** The public-welfare activities an institution took part in, as confirmed by their organisers (Art. 13(3), 14). */
export function InstitutionActivities({ institutionId }: { institutionId: string }) {
  const list = useConnectionQuery(ActivitiesQuery, { variables: { filter: { institutionId } }, select: (d) => d.activities, pageSize: 10 });
  return (
    <CursorTable<Activity>
      list={list}
      columns={COLUMNS}
      size="small"
      scroll={{ x: 860 }}
      emptyText="暂无经组织单位确认的公益服务活动"
      data-testid="institution-activities"
    />
  );
}
