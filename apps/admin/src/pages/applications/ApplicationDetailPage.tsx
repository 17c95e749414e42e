import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Card, Col, Descriptions, Empty, Flex, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { can } from '../../app/access';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { useCurrentUser } from '../../app/current-user';
import { errorCode } from '../../app/errors';
import { REVIEW_LEVEL_LABELS, labelOf } from '../../app/labels';
import { ApplicationQuery } from '../../graphql/applications';
import type { ApplicationDetailFragment } from '../../graphql/generated/graphql';
import { ApplicationDescriptions, ApplicationStatusTag, ReviewActions } from '../../components';
import { ApplicationTimeline } from './components/ApplicationTimeline';
import { AttachmentsPanel } from './components/AttachmentsPanel';
import { ChangesSinceReturn } from './components/ChangesSinceReturn';
import { EligibilityPanel } from './components/EligibilityPanel';
import { ExportButton } from './components/ExportButton';
import { NextInQueueButton } from './components/NextInQueueButton';
import { WithdrawButton } from './components/WithdrawButton';
import { dateTime } from '../../app/format';
import './applications.css';
import { canResubmit } from '@hebei/domain';

/** One application for everyone who may see it: the applicant, and officers in whose jurisdiction it lies. */
export function ApplicationDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  // After a decision 下一条 becomes the main button: the queue's next application.
  const [decided, setDecided] = useState(false);
  const { data, loading, error, refetch } = useQuery(ApplicationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const a = data?.application;
  const back = can(user.role, 'applications.own') ? '/applications' : '/reviews';

  if (!a) {
    return (
      <PageContainer title="入库申请">
        {error ? (
          errorCode(error) === 'NOT_FOUND' ? (
            <Result
              status="404"
              title="申请不存在"
              subTitle="该申请不存在，或不在您的管辖范围内。"
              extra={
                <Button type="primary" onClick={() => navigate(back)}>
                  返回
                </Button>
              }
            />
          ) : (
            <ErrorAlert error={error} onRetry={() => void refetch()} />
          )
        ) : null}
        {loading ? <Skeleton active paragraph={{ rows: 14 }} /> : null}
      </PageContainer>
    );
  }

  return (
    <div className="page application-detail">
      <Flex justify="space-between" align="center" wrap gap={12} className="page-header">
        <Space align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(back)} aria-label="返回" />
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="application-name">
            {a.name}
          </Typography.Title>
          <ApplicationStatusTag status={a.status} skipsCounty={a.skipsCounty} />
        </Space>
        <Space wrap>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(`/applications/${a.id}/print`)}>
            打印
          </Button>
          <ExportButton application={a} />
          {a.allowedActions.includes('EDIT') ? (
            <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/applications/${a.id}/edit`)}>
              {canResubmit(a.status) ? '修改后重新提交' : '继续填写'}
            </Button>
          ) : null}
          {a.allowedActions.includes('WITHDRAW') ? <WithdrawButton application={a} onChanged={refetch} /> : null}
          <ReviewActions
            application={a}
            onChanged={async () => {
              setDecided(true);
              await refetch();
            }}
          />
          {can(user.role, 'reviews.handle') ? <NextInQueueButton currentId={a.id} primary={decided && !a.allowedActions.length} /> : null}
        </Space>
      </Flex>
      <Card variant="borderless" className="page-card" style={{ marginBottom: 16 }}>
        <Summary a={a} />
      </Card>
      {a.changesSinceReturn ? <ChangesSinceReturn changes={a.changesSinceReturn} /> : null}
      <Row gutter={16} align="top">
        <Col xs={24} xl={16}>
          <Card variant="borderless" className="page-card" title="入库申请材料（附件2）" style={{ marginBottom: 16 }}>
            <ApplicationDescriptions application={a} />
          </Card>
          <Card variant="borderless" className="page-card" title="申请材料附件" style={{ marginBottom: 16 }}>
            <AttachmentsPanel applicationId={a.id} attachments={a.attachments} editable={false} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <EligibilityPanel criteria={a.eligibility} title="入库条件判定（第六条）" />
          <Card size="small" title="审核记录" style={{ marginTop: 16 }} data-testid="timeline-card">
            <ApplicationTimeline events={a.timeline} skipsCounty={a.skipsCounty} />
          </Card>
          <Card size="small" title="实地抽查" style={{ marginTop: 16 }} data-testid="spot-checks">
            {a.spotChecks.length ? (
              a.spotChecks.map((c) => (
                <Descriptions
                  key={c.id}
                  size="small"
                  column={1}
                  style={{ marginBottom: 8 }}
                  items={[
                    { key: 'date', label: '抽查日期', children: c.checkedOn },
                    { key: 'who', label: '检查人员', children: c.inspectors },
                    {
                      key: 'result',
                      label: '结论',
                      children: c.passed ? <Tag color="success">通过</Tag> : <Tag color="error">未通过</Tag>,
                    },
                    { key: 'findings', label: '检查发现', children: <span className="pre-wrap">{c.findings}</span> },
                  ]}
                />
              ))
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无实地抽查记录" />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

function Summary({ a }: { a: ApplicationDetailFragment }) {
  const place = a.city && a.city.code !== a.division.code ? `${a.city.name} ${a.division.name}` : a.division.name;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 4 }}
      data-testid="application-summary"
      items={[
        { key: 'batch', label: '申报批次', children: a.batch.name },
        { key: 'place', label: '所在地区', children: place },
        { key: 'uscc', label: '统一社会信用代码', children: <span className="mono">{a.uscc}</span> },
        { key: 'submitted', label: '提交时间', children: dateTime(a.submittedAt) },
        {
          key: 'pending',
          label: '当前环节',
          children: a.pendingLevel
            ? `待${labelOf(REVIEW_LEVEL_LABELS, a.pendingLevel)}${a.pendingLevel === 'CITY' ? '推荐' : a.pendingLevel === 'COUNTY' ? '初审' : '审核'}`
            : ({
                DRAFT: '申请单位填写中',
                RETURNED: '退回申请单位修改',
                PROVINCE_APPROVED: '待发布公示',
                IN_PUBLIC_NOTICE: '公示中',
                ADMITTED: '已纳入服务资源库',
                REJECTED: '未通过',
              }[a.status as string] ?? '—'),
        },
        {
          key: 'route',
          label: '审核路径',
          children: a.skipsCounty ? '市级推荐 → 省级审核（不经县级初审）' : '县级初审 → 市级推荐 → 省级审核',
        },
        { key: 'deadline', label: '线上截止', children: a.batch.onlineDeadline },
        { key: 'updated', label: '最近更新', children: dateTime(a.updatedAt) },
      ]}
    />
  );
}
