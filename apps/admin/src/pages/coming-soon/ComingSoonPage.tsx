import { ClockCircleOutlined } from '@ant-design/icons';
import { Result, Tag } from 'antd';
import { menuEntry, type MenuKey } from '../../app/access';
import { PageContainer } from '../../app/components/PageContainer';
import { BOOKING_RESPONSE_WORKING_DAYS, PUBLIC_NOTICE_WORKING_DAYS } from '@hebei/domain';

/** What each later area will do, so users know what is coming rather than a blank page. */
const PLANS: Partial<Record<MenuKey, string>> = {
  applications: '在线填报附件2申请表、上传证明材料、签署真实性声明，提交申报并跟踪审核进度。',
  reviews: '县级初审、市级推荐、省级复核与实地抽查，审核意见与处理时间全程留痕。',
  recommendations: '按申报批次生成附件4推荐汇总表，并导出 Excel 文件。',
  batches: '设置申报批次、网上申报截止日期与纸质材料报送截止日期。',
  notices: `发布入库公示（${PUBLIC_NOTICE_WORKING_DAYS}个工作日），受理并处理公示期间的异议。`,
  evaluations: '按评价指标体系开展年度评价，计算得分并划分等次。',
  removals: '登记移出事由、会议决定与生效日期，管理再次申请入库的限制期。',
  products: '发布和维护本机构的服务产品（服务类别、服务性质、收费说明）。',
  cases: '发布和维护本机构的典型服务案例。',
  bookings: `处理中小企业提交的服务预约，须在${BOOKING_RESPONSE_WORKING_DAYS}个工作日内响应。`,
  'my-bookings': '查看本企业提交的服务预约及处理进度，并对服务进行评价。',
};

export function ComingSoonPage({ menuKey }: { menuKey: MenuKey }) {
  const entry = menuEntry(menuKey);
  return (
    <PageContainer
      title={
        <>
          {entry.label} <Tag style={{ marginInlineStart: 8, verticalAlign: 'middle', fontWeight: 'normal' }}>建设中</Tag>
        </>
      }
    >
      <Result
        icon={<ClockCircleOutlined style={{ color: '#8c8c8c' }} />}
        title="该功能将在后续版本上线"
        subTitle={PLANS[menuKey]}
        data-testid="coming-soon"
      />
    </PageContainer>
  );
}
