import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Grid, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../app/errors';
import { SERVICE_NATURE_LABELS, SYSTEM_NAME, labelOf } from '../../app/labels';
import type { PublicNoticesQuery as PublicNoticesResult } from '../../graphql/generated/graphql';
import { PublicNoticesQuery } from '../../graphql/notices';
import { ObjectionModal, type ObjectionTarget } from './components/ObjectionModal';
import './public-notice.css';
import { PUBLIC_NOTICE_WORKING_DAYS } from '@hebei/domain';

type Notice = PublicNoticesResult['publicNotices'][number];
type Entry = Notice['entries'][number];

const cn = (d: string) => dayjs(d).format('YYYY年M月D日');

/** A batch published twice on one day is one notice to the public: same batch, same period, one list. */
function mergeSamePeriod(notices: Notice[]): Notice[] {
  const byKey = new Map<string, Notice>();
  for (const n of notices) {
    const key = `${n.batchName}|${n.publishedOn}|${n.endsOn}`;
    const seen = byKey.get(key);
    if (seen) byKey.set(key, { ...seen, active: seen.active || n.active, entries: [...seen.entries, ...n.entries] });
    else byKey.set(key, n);
  }
  return [...byKey.values()].map((n) => ({
    ...n,
    entries: [...n.entries].sort((x, y) => Number(x.applicationId) - Number(y.applicationId)),
  }));
}

/** The public notice of Art. 8(4): no login, the list and a way to object while the period runs. */
export function PublicNoticePage() {
  const { data, loading, error, refetch } = useQuery(PublicNoticesQuery, { fetchPolicy: 'cache-and-network' });
  const [target, setTarget] = useState<ObjectionTarget | null>(null);
  const notices = mergeSamePeriod(data?.publicNotices ?? []);

  return (
    <div className="public-page">
      <header className="public-header">
        <div className="public-header-inner">
          <Space size={12} align="center">
            <span className="shell-emblem" aria-hidden>
              冀
            </span>
            <span className="public-title">{SYSTEM_NAME}</span>
          </Space>
          <Space size={16}>
            <Link to="/help" className="public-login" data-testid="header-help">
              帮助
            </Link>
            <Link to="/login" className="public-login">
              登录
            </Link>
          </Space>
        </div>
      </header>
      <main className="public-main">
        <Typography.Title level={3} className="public-heading">
          入库公示
        </Typography.Title>
        {error ? (
          <Result
            status="warning"
            title="公示信息暂时无法加载"
            subTitle={errorMessage(error)}
            extra={<Button onClick={() => void refetch()}>重试</Button>}
          />
        ) : loading && !data ? (
          <Card>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Card>
        ) : notices.length ? (
          notices.map((n) => <NoticeCard key={n.id} notice={n} onObject={setTarget} />)
        ) : (
          <Card>
            <Empty description="当前没有正在公示的名单" />
          </Card>
        )}
        <Typography.Paragraph type="secondary" className="public-footer">
          河北省工业和信息化厅 · 公示期间如有异议，也可通过所在地中小企业主管部门反映。
        </Typography.Paragraph>
      </main>
      <ObjectionModal target={target} onClose={() => setTarget(null)} />
    </div>
  );
}

function NoticeCard({ notice: n, onObject }: { notice: Notice; onObject: (t: ObjectionTarget) => void }) {
  // At phone width the list becomes one card per institution (the table's columns would be one character wide).
  const narrow = Grid.useBreakpoint().md === false;
  const action = (e: Entry) =>
    e.inNotice && n.active ? (
      <Button size="small" onClick={() => onObject({ applicationId: e.applicationId, name: e.name })}>
        提出异议
      </Button>
    ) : (
      <Typography.Text type="secondary">{e.inNotice ? '公示已结束' : '已入库'}</Typography.Text>
    );
  const categories = (e: Entry) => (
    <Space size={[4, 4]} wrap>
      {e.categories.map((c) => (
        <Tag key={c}>{c}</Tag>
      ))}
    </Space>
  );
  const columns: TableColumnsType<Entry> = [
    { title: '序号', key: 'i', width: 64, align: 'center', render: (_, __, i) => i + 1 },
    { title: '单位名称', dataIndex: 'name', key: 'name' },
    { title: '所在地区', dataIndex: 'place', key: 'place', width: 170 },
    {
      title: '服务性质',
      dataIndex: 'nature',
      key: 'nature',
      width: 100,
      render: (v: Entry['nature']) => labelOf(SERVICE_NATURE_LABELS, v),
    },
    {
      title: '主要服务方向',
      key: 'categories',
      width: 220,
      render: (_, e) => categories(e),
    },
    { title: '操作', key: 'objection', width: 110, render: (_, e) => action(e) },
  ];
  return (
    <Card className="public-notice" data-testid="public-notice">
      <Typography.Title level={4} className="public-notice-title">
        河北省优质中小企业服务资源库拟入库服务机构公示（{n.batchName}）
      </Typography.Title>
      <Typography.Paragraph className="public-notice-text">
        {'根据《河北省优质中小企业服务资源库管理指南》第八条，经机构申请、各地逐级推荐、河北省工业和信息化厅审核，现将拟纳入服务资源库的服务机构名单予以公示。' +
          '公示期间，任何单位和个人对名单中的机构有异议的，可点击“提出异议”如实反映，并留下真实姓名（单位）和联系方式。公示无异议的，直接纳入服务资源库进行管理。'}
      </Typography.Paragraph>
      <div className="public-period" data-testid="notice-period">
        公示期：{cn(n.publishedOn)} 至 {cn(n.endsOn)}（{PUBLIC_NOTICE_WORKING_DAYS}个工作日）
        {n.active ? (
          <Tag color="purple" style={{ marginInlineStart: 8 }}>
            公示中
          </Tag>
        ) : (
          <Tag style={{ marginInlineStart: 8 }}>已结束</Tag>
        )}
      </div>
      {narrow ? (
        <ol className="notice-entry-cards" data-testid="notice-entries">
          {n.entries.map((e) => (
            <li key={e.applicationId} className="notice-entry-card" data-testid="notice-entry">
              <div className="notice-entry-name">{e.name}</div>
              <div className="notice-entry-meta">
                {e.place} · {labelOf(SERVICE_NATURE_LABELS, e.nature)}
              </div>
              {categories(e)}
              <div className="notice-entry-action">{action(e)}</div>
            </li>
          ))}
        </ol>
      ) : (
        <Table<Entry>
          rowKey="applicationId"
          size="middle"
          bordered
          columns={columns}
          dataSource={n.entries}
          pagination={false}
          data-testid="notice-entries"
        />
      )}
    </Card>
  );
}
