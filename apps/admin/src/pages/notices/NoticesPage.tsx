import { ThunderboltOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageContainer } from '../../app/components/PageContainer';
import { errorMessage } from '../../app/errors';
import { RunAdmissionJobMutation } from '../../graphql/notices';
import { NoticeList } from './components/NoticeList';
import { ObjectionsPanel } from './components/ObjectionsPanel';
import { PublishPanel } from './components/PublishPanel';

const TABS = ['publish', 'notices', 'objections'] as const;

export function NoticesPage() {
  const { message } = App.useApp();
  // The tab is in the URL (?tab=objections), so the 工作台's 待处理异议 opens it and a reload keeps it.
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'publish';
  const [run, { loading }] = useMutation(RunAdmissionJobMutation, {
    update(cache) {
      for (const fieldName of ['notices', 'publicNotices', 'batches', 'applications', 'applicationQueueCounts', 'institutions'])
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
  });
  const admit = async () => {
    try {
      const { data } = await run();
      const n = data?.runAdmissionJob ?? 0;
      if (n) message.success(`已将 ${n} 家公示期满无异议的机构纳入服务资源库`);
      else message.info('没有公示期满且无待处理异议的申请，无需入库');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <PageContainer
      title="公示管理"
      extra={
        <Popconfirm
          title="立即执行入库？"
          description="公示期已满、且没有待处理或成立异议的申请将纳入服务资源库（系统也会定时自动执行）。"
          okText="执行"
          cancelText="取消"
          onConfirm={admit}
        >
          <Button icon={<ThunderboltOutlined />} loading={loading}>
            立即执行入库
          </Button>
        </Popconfirm>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          { key: 'publish', label: '发布公示', children: <PublishPanel /> },
          { key: 'notices', label: '公示记录', children: <NoticeList /> },
          { key: 'objections', label: '异议处理', children: <ObjectionsPanel /> },
        ]}
      />
    </PageContainer>
  );
}
