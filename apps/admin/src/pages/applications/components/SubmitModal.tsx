import { Alert, Modal, Typography } from 'antd';
import type { ApplicationDetailFragment } from '../../../graphql/generated/graphql';
import { DECLARATION_TEXT } from '../lib/form-values';
import { canResubmit } from '@hebei/domain';

interface Props {
  open: boolean;
  application: ApplicationDetailFragment;
  loading: boolean;
  onOk: () => void;
  onCancel: () => void;
}

/** The truthfulness declaration of Attachment 2, confirmed once more before the application leaves the applicant. */
export function SubmitModal({ open, application: a, loading, onOk, onCancel }: Props) {
  const failing = a.eligibility.filter((c) => c.status !== 'PASS');
  const next = a.skipsCounty ? `${a.city?.name ?? '市级'}中小企业主管部门` : `${a.division.name}中小企业主管部门`;
  return (
    <Modal
      open={open}
      title={canResubmit(a.status) ? '确认重新提交申请' : '确认提交申请'}
      okText="确认提交"
      cancelText="取消"
      onOk={onOk}
      onCancel={onCancel}
      okButtonProps={{ loading }}
      cancelButtonProps={{ disabled: loading }}
      width={600}
      data-testid="submit-modal"
    >
      <Typography.Title level={5}>申报材料真实性声明</Typography.Title>
      <Typography.Paragraph className="declaration-text">{DECLARATION_TEXT}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        申报单位：{a.name}
        <br />
        法定代表人（签字）：{a.declarationSignedBy ?? '（未填写）'}
      </Typography.Paragraph>
      {failing.length ? (
        <Alert
          type="warning"
          showIcon
          title={`尚有 ${failing.length} 项入库条件未满足，提交将被拒绝`}
          description={failing.map((c) => `${c.id} ${c.title}`).join('；')}
        />
      ) : (
        <Alert
          type="info"
          showIcon
          title={`提交后将由${next}${a.skipsCounty ? '审核推荐' : '初审'}，在此期间不能修改；如被退回修改，可修改后重新提交。`}
        />
      )}
    </Modal>
  );
}
