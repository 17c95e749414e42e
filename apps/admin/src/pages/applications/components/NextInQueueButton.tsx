import { StepForwardOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { App, Button } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../app/current-user';
import { REVIEW_QUEUE_LABELS } from '../../../app/labels';
import { OWN_REVIEW_QUEUE } from '../../../app/review-queues';
import { ApplicationsQuery } from '../../../graphql/applications';

/** 下一条: the next application of the officer's own queue (after a decision this one has left it). */
export function NextInQueueButton({ currentId, primary }: { currentId: string; primary: boolean }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queue = OWN_REVIEW_QUEUE[user.role];
  const [load, { loading }] = useLazyQuery(ApplicationsQuery, { fetchPolicy: 'network-only' });
  if (!queue) return null;
  const next = async () => {
    const { data } = await load({ variables: { first: 2, filter: { queue } } });
    const id = data?.applications.edges.map((e) => e.node.id).find((x) => x !== currentId);
    if (id) navigate(`/applications/${id}`);
    else message.info(`${REVIEW_QUEUE_LABELS[queue]}队列已全部处理`);
  };
  return (
    <Button
      type={primary ? 'primary' : 'default'}
      icon={<StepForwardOutlined />}
      loading={loading}
      onClick={() => void next()}
      data-testid="next-in-queue"
    >
      下一条（{REVIEW_QUEUE_LABELS[queue]}）
    </Button>
  );
}
