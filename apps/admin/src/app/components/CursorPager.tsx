import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space, Typography } from 'antd';
import { PAGE_SIZES, type CursorPagination } from '../pagination';

interface Props {
  pagination: CursorPagination;
  totalCount: number | undefined;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  loading?: boolean;
}

export function CursorPager({ pagination, totalCount, hasNextPage, endCursor, loading }: Props) {
  const total = totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / pagination.pageSize));
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginTop: 16 }} data-testid="cursor-pager">
      <Typography.Text type="secondary" data-testid="total-count">
        共 {total} 条
      </Typography.Text>
      <Space size={8} wrap>
        <Typography.Text type="secondary" data-testid="page-indicator">
          第 {pagination.page} / {pages} 页
        </Typography.Text>
        <Button icon={<VerticalRightOutlined />} disabled={pagination.page <= 1 || loading} onClick={pagination.reset}>
          首页
        </Button>
        <Button icon={<LeftOutlined />} disabled={pagination.page <= 1 || loading} onClick={pagination.prev}>
          上一页
        </Button>
        <Button disabled={!hasNextPage || loading} onClick={() => pagination.next(endCursor)}>
          下一页
          <RightOutlined />
        </Button>
        <Select
          aria-label="每页条数"
          value={pagination.pageSize}
          style={{ width: 110 }}
          onChange={pagination.setPageSize}
          options={PAGE_SIZES.map((n) => ({ value: n, label: `${n} 条/页` }))}
        />
      </Space>
    </Flex>
  );
}
