import type { ApolloCache } from '@apollo/client';
import { DeleteOutlined, EyeOutlined, LeftOutlined, RightOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Badge, Button, Card, Col, Flex, Form, Popconfirm, Row, Space, Tabs, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useBlocker, useNavigate } from 'react-router';
import { applyFieldErrors, errorMessage, fieldErrors } from '../../../app/errors';
import { REVIEW_LEVEL_LABELS, labelOf } from '../../../app/labels';
import { DeleteApplicationMutation, SaveApplicationMutation, SubmitApplicationMutation } from '../../../graphql/applications';
import type { ApplicationDetailFragment, ApplicationInput } from '../../../graphql/generated/graphql';
import { dateTime } from '../../../app/format';
import { useToday } from '../../../app/today';
import {
  CRITERION_TAB,
  EDITOR_TABS,
  FIELD_TAB,
  INPUT_FIELDS,
  liveEligibility,
  toFormValues,
  toInput,
  type EditorTab,
  type EditorValues,
} from '../lib/form-values';
import { AttachmentsPanel } from './AttachmentsPanel';
import { EligibilityPanel } from './EligibilityPanel';
import { SubmitModal } from './SubmitModal';
import { BasicSection } from './editor/BasicSection';
import { CapacitySection } from './editor/CapacitySection';
import { DeclarationSection } from './editor/DeclarationSection';
import { DirectionsSection } from './editor/DirectionsSection';
import { OperationsSection } from './editor/OperationsSection';
import { ProductsSection, ServedSection, StaffSection } from './editor/SubTables';
import { canResubmit } from '@hebei/domain';

interface Problems {
  title: string;
  items: string[];
}

const tabOf = (field: string | number | undefined): EditorTab | undefined => FIELD_TAB[String(field) as keyof ApplicationInput];

/** Attachment 2 as one long form split into the paper's parts; a draft can be saved at any moment. */
export function ApplicationEditor({
  application: a,
  refetch,
}: {
  application: ApplicationDetailFragment;
  refetch: () => Promise<unknown>;
}) {
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  // Loaded once: refetches after uploads must not overwrite what the user is typing.
  const [initialValues] = useState(() => toFormValues(a));
  const [tab, setTab] = useState<EditorTab>('basic');
  const [errorTabs, setErrorTabs] = useState<Set<EditorTab>>(new Set());
  const [problems, setProblems] = useState<Problems | null>(null);
  const [confirming, setConfirming] = useState(false);
  const dirty = useRef(false);
  const today = useToday();
  // Every change re-judges E1–E10 in the browser; until today is known the saved judgement stands.
  const watched = Form.useWatch([], { form, preserve: true }) as EditorValues | undefined;
  const criteria = today && watched ? liveEligibility(a, { ...initialValues, ...watched }, today) : a.eligibility;
  const evictLists = {
    update(cache: ApolloCache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'applications' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'applicationQueueCounts' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'batches' });
      cache.gc();
    },
  };
  const [save, { loading: saving }] = useMutation(SaveApplicationMutation);
  const [submit, { loading: submitting }] = useMutation(SubmitApplicationMutation, evictLists);
  const [remove, { loading: deleting }] = useMutation(DeleteApplicationMutation, evictLists);

  // Leaving with unsaved edits asks first (in-app navigation and closing the tab).
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: '有尚未保存的修改',
      content: '离开本页，未保存的修改将会丢失。',
      okText: '放弃修改并离开',
      cancelText: '留在本页',
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal]);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const showTabs = (tabs: (EditorTab | undefined)[]) => {
    const set = new Set(tabs.filter((t): t is EditorTab => !!t));
    setErrorTabs(set);
    const first = EDITOR_TABS.find((t) => set.has(t.key));
    if (first) setTab(first.key);
  };

  const saveDraft = async (quiet = false): Promise<boolean> => {
    setProblems(null);
    let values: EditorValues;
    try {
      values = await form.validateFields();
    } catch (e) {
      const errorFields = (e as { errorFields?: { name: (string | number)[] }[] }).errorFields ?? [];
      showTabs(errorFields.map((f) => tabOf(f.name[0])));
      message.error('请先修正标红的内容');
      return false;
    }
    try {
      await save({ variables: { id: a.id, input: toInput(values) } });
      dirty.current = false;
      setErrorTabs(new Set());
      if (!quiet) message.success('草稿已保存，入库条件已重新判定');
      return true;
    } catch (e) {
      const fields = fieldErrors(e);
      if (!fields.length) {
        setProblems({ title: '保存未成功', items: [errorMessage(e)] });
        return false;
      }
      const unmatched = applyFieldErrors(form, e, INPUT_FIELDS);
      showTabs(fields.map((f) => tabOf(f.field.split('.')[0])));
      if (unmatched.length) setProblems({ title: '保存未成功', items: unmatched.map((f) => f.message) });
      message.error('保存未成功，请根据提示修改');
      return false;
    }
  };

  const startSubmit = async () => {
    if (await saveDraft(true)) setConfirming(true);
  };

  const confirmSubmit = async () => {
    try {
      await submit({ variables: { id: a.id } });
      dirty.current = false;
      setConfirming(false);
      message.success(a.skipsCounty ? '申请已提交，等待市级主管部门审核推荐' : '申请已提交，等待县级主管部门初审');
      navigate(`/applications/${a.id}`);
    } catch (e) {
      setConfirming(false);
      const fields = fieldErrors(e);
      setProblems(
        fields.length
          ? { title: '不符合入库条件，暂不能提交', items: fields.map((f) => f.message) }
          : { title: '提交未成功', items: [errorMessage(e)] },
      );
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };

  const deleteDraft = async () => {
    try {
      await remove({ variables: { id: a.id } });
      dirty.current = false;
      message.success('草稿已删除');
      navigate('/applications');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  // Once every criterion passes (e.g. after an upload), an earlier refusal no longer describes the application.
  const eligible = criteria.every((c) => c.status === 'PASS');
  const [wasEligible, setWasEligible] = useState(eligible);
  if (eligible !== wasEligible) {
    setWasEligible(eligible);
    if (eligible && problems?.title.startsWith('不符合入库条件')) setProblems(null);
  }

  const markDirty = () => {
    dirty.current = true;
  };
  const lastReturn = [...a.timeline].reverse().find((e) => e.type === 'RETURN');
  const index = EDITOR_TABS.findIndex((t) => t.key === tab);
  const busy = saving || submitting || deleting;
  const canDelete = a.allowedActions.includes('DELETE');
  const sections: Record<EditorTab, React.ReactNode> = {
    basic: <BasicSection application={a} />,
    directions: <DirectionsSection />,
    operations: <OperationsSection today={today} />,
    capacity: <CapacitySection />,
    products: <ProductsSection />,
    staff: <StaffSection onImported={markDirty} />,
    served: <ServedSection onImported={markDirty} />,
    attachments: <AttachmentsPanel applicationId={a.id} attachments={a.attachments} editable onChanged={refetch} />,
    declaration: <DeclarationSection />,
  };

  return (
    <div className="page application-editor">
      <Flex justify="space-between" align="center" wrap gap={12} className="page-header">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {canResubmit(a.status) ? '修改入库申请' : '填写入库申请'}
          <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal', marginInlineStart: 12 }}>
            {a.batch.name} · 线上填报截止 {a.batch.onlineDeadline}
          </Typography.Text>
        </Typography.Title>
        <Space>
          <Button icon={<EyeOutlined />} onClick={() => navigate(`/applications/${a.id}`)}>
            查看申请
          </Button>
          {canDelete ? (
            <Popconfirm
              title="删除该草稿？"
              description="草稿及已上传的材料将一并删除，且不可恢复。"
              okText="删除"
              cancelText="取消"
              okButtonProps={{ danger: true }}
              onConfirm={deleteDraft}
            >
              <Button danger icon={<DeleteOutlined />} loading={deleting}>
                删除草稿
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      </Flex>
      {lastReturn ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${labelOf(REVIEW_LEVEL_LABELS, lastReturn.level)}审核部门退回修改（${lastReturn.actorName ?? ''}，${dateTime(lastReturn.createdAt)}）`}
          description={lastReturn.opinion}
          data-testid="return-opinion"
        />
      ) : null}
      {problems ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={problems.title}
          closable={{ onClose: () => setProblems(null) }}
          description={
            <ul className="problem-list">
              {problems.items.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          data-testid="submit-problems"
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <Card variant="borderless" className="page-card editor-card">
            <Form<EditorValues>
              form={form}
              name="application"
              layout="vertical"
              initialValues={initialValues}
              onValuesChange={() => {
                dirty.current = true;
              }}
              disabled={busy}
              data-testid="application-form"
            >
              <Tabs
                tabBarGutter={22}
                activeKey={tab}
                onChange={(k) => setTab(k as EditorTab)}
                items={EDITOR_TABS.map((t) => ({
                  key: t.key,
                  forceRender: true,
                  label: (
                    <Badge dot={errorTabs.has(t.key)} offset={[6, 0]}>
                      <span>{t.label}</span>
                    </Badge>
                  ),
                  children: sections[t.key],
                }))}
              />
            </Form>
            <Flex justify="space-between" align="center" wrap gap={8} className="editor-footer">
              <Space>
                <Button icon={<LeftOutlined />} disabled={index <= 0} onClick={() => setTab(EDITOR_TABS[index - 1].key)}>
                  上一部分
                </Button>
                <Button disabled={index >= EDITOR_TABS.length - 1} onClick={() => setTab(EDITOR_TABS[index + 1].key)}>
                  下一部分
                  <RightOutlined />
                </Button>
              </Space>
              <Space>
                <Button icon={<SaveOutlined />} loading={saving && !confirming} disabled={busy} onClick={() => void saveDraft()}>
                  保存草稿
                </Button>
                <Button type="primary" icon={<SendOutlined />} disabled={busy} onClick={() => void startSubmit()}>
                  {canResubmit(a.status) ? '重新提交' : '提交申请'}
                </Button>
              </Space>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <div className="editor-side">
            <EligibilityPanel
              criteria={criteria}
              submitHint
              extra={
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="eligibility-live">
                  随填写实时判定
                </Typography.Text>
              }
              onSelect={(id) => setTab(CRITERION_TAB[id] ?? 'basic')}
            />
          </div>
        </Col>
      </Row>
      <SubmitModal
        open={confirming}
        application={a}
        loading={submitting}
        onOk={() => void confirmSubmit()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
