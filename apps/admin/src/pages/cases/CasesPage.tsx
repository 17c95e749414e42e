import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useConnectionQuery } from '../../app/connection';
import { CrudListPage, CrudModal } from '../../components';
import {
  CreateServiceCaseMutation,
  DeleteServiceCaseMutation,
  MyServiceCasesQuery as CasesDocument,
  UpdateServiceCaseMutation,
} from '../../graphql/cases';
import type { MyServiceCasesQuery, ServiceCaseInput } from '../../graphql/generated/graphql';
import { CASE_FIELDS, CaseFields, toCaseInput, type CaseValues } from './components/CaseFields';

type CaseRow = MyServiceCasesQuery['myServiceCases']['edges'][number]['node'];

// A new or deleted case changes the pages of the list: they are fetched again.
const evictList = {
  update(cache: ApolloCache) {
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'myServiceCases' });
    cache.gc();
  },
};

const clip = (v: string) => (
  <Tooltip title={v} placement="topLeft">
    {v}
  </Tooltip>
);

/** Typical cases the institution shows on its registry page (Art. 13(1)). */
export function CasesPage() {
  const list = useConnectionQuery(CasesDocument, { select: (d) => d.myServiceCases });
  const [create] = useMutation(CreateServiceCaseMutation, evictList);
  const [update] = useMutation(UpdateServiceCaseMutation);
  const [remove] = useMutation(DeleteServiceCaseMutation, evictList);

  const save = async (input: ServiceCaseInput, editing: CaseRow | null) => {
    if (editing) await update({ variables: { id: editing.id, input } });
    else await create({ variables: { input } });
    return `已保存案例“${input.title}”`;
  };

  const columns: TableColumnsType<CaseRow> = [
    {
      title: '案例标题',
      dataIndex: 'title',
      key: 'title',
      width: 260,
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    { title: '服务企业', dataIndex: 'enterpriseName', key: 'enterpriseName', width: 220 },
    { title: '服务日期', dataIndex: 'servedOn', key: 'servedOn', width: 110 },
    { title: '服务内容', dataIndex: 'content', key: 'content', ellipsis: { showTitle: false }, render: clip },
    { title: '服务成效', dataIndex: 'outcome', key: 'outcome', ellipsis: { showTitle: false }, render: clip },
  ];

  return (
    <CrudListPage<CaseRow>
      title="服务案例"
      intro="服务案例展示在本机构的服务资源库页面上，按服务日期由近到远排列。"
      addLabel="新增案例"
      emptyText="尚未发布服务案例，点击“新增案例”开始"
      list={list}
      columns={columns}
      scrollX={1080}
      remove={{
        title: '删除服务案例',
        description: (r) => `确定删除“${r.title}”吗？删除后不可恢复。`,
        run: async (r) => {
          await remove({ variables: { id: r.id } });
          return `已删除案例“${r.title}”`;
        },
      }}
      renderModal={(dialog) => (
        <CrudModal<CaseRow, CaseValues, ServiceCaseInput>
          {...dialog}
          noun="服务案例"
          initialValues={dialog.editing ? { ...dialog.editing, servedOn: dayjs(dialog.editing.servedOn) } : {}}
          fields={CASE_FIELDS}
          toInput={toCaseInput}
          save={save}
          formName="serviceCase"
          data-testid="case-modal"
        >
          <CaseFields />
        </CrudModal>
      )}
      data-testid="cases-table"
    />
  );
}
