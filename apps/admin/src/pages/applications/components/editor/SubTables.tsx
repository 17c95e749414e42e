import { Input, Select } from 'antd';
import { SERVICE_NATURE_LABELS, labelOf, optionsOf } from '../../../../app/labels';
import { ListTable } from './ListTable';
import { TableImport } from './TableImport';

const required = (what: string) => [{ required: true, whitespace: true, message: `请填写${what}` }];

export function ProductsSection() {
  return (
    <ListTable
      name="products"
      addLabel="添加服务产品"
      emptyText="尚未填写服务产品（如无，可不填）"
      max={50}
      newRow={() => ({ name: '', content: '', application: '' })}
      columns={[
        {
          key: 'name',
          title: '服务产品名称',
          width: 220,
          rules: [...required('服务产品名称'), { max: 100, message: '最多100个字' }],
          render: (l) => <Input aria-label={l} maxLength={100} />,
        },
        {
          key: 'content',
          title: '服务内容',
          rules: [...required('服务内容'), { max: 500, message: '最多500个字' }],
          render: (l) => <Input.TextArea aria-label={l} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />,
        },
        {
          key: 'application',
          title: '产品应用情况',
          rules: [...required('产品应用情况'), { max: 500, message: '最多500个字' }],
          render: (l) => <Input.TextArea aria-label={l} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />,
        },
      ]}
    />
  );
}

export function StaffSection({ onImported }: { onImported?: () => void }) {
  return (
    <ListTable
      name="staff"
      addLabel="添加服务人员"
      emptyText="尚未填写服务人员"
      max={200}
      note="注：可在“申请材料”中附职称证书、劳动合同、社保凭证或工资流水等佐证材料（材料7）。"
      toolbar={
        <TableImport
          table="application-staff"
          listName="staff"
          title="服务人员基本情况表"
          onImported={onImported}
          columns={[
            { key: 'name', title: '姓名' },
            { key: 'post', title: '职务' },
            { key: 'title', title: '职称' },
            { key: 'education', title: '学历' },
            { key: 'hasContractProof', title: '有无合同、社保证明等', show: (v) => (v ? '有' : '无') },
          ]}
        />
      }
      newRow={() => ({ name: '', post: '', title: '', education: '', hasContractProof: true })}
      columns={[
        {
          key: 'name',
          title: '姓名',
          rules: [...required('姓名'), { max: 50, message: '最多50个字' }],
          render: (l) => <Input aria-label={l} maxLength={50} />,
        },
        {
          key: 'post',
          title: '职务',
          rules: [...required('职务'), { max: 50, message: '最多50个字' }],
          render: (l) => <Input aria-label={l} maxLength={50} />,
        },
        {
          key: 'title',
          title: '职称',
          rules: [...required('职称'), { max: 50, message: '最多50个字' }],
          render: (l) => <Input aria-label={l} maxLength={50} placeholder="如 高级工程师；无则填“无”" />,
        },
        {
          key: 'education',
          title: '学历',
          width: 130,
          rules: [...required('学历'), { max: 20, message: '最多20个字' }],
          render: (l) => <Input aria-label={l} maxLength={20} placeholder="如 本科" />,
        },
        {
          key: 'hasContractProof',
          title: '有无合同、社保证明等',
          width: 170,
          render: (l) => (
            <Select
              aria-label={l}
              options={[
                { value: true, label: '有' },
                { value: false, label: '无' },
              ]}
            />
          ),
        },
      ]}
    />
  );
}

export function ServedSection({ onImported }: { onImported?: () => void }) {
  return (
    <ListTable
      name="servedEnterprises"
      addLabel="添加服务企业"
      emptyText="尚未填写服务企业"
      max={500}
      note="注：可附企业满意度调查表、服务内容等佐证材料，并附服务典型案例2-3例（材料6、材料9）。"
      toolbar={
        <TableImport
          table="application-served-enterprises"
          listName="servedEnterprises"
          title="服务企业情况登记表"
          onImported={onImported}
          columns={[
            { key: 'name', title: '企业名称' },
            { key: 'nature', title: '服务性质', show: (v) => labelOf(SERVICE_NATURE_LABELS, v as string) },
            { key: 'satisfaction', title: '服务满意度' },
          ]}
        />
      }
      newRow={() => ({ name: '', nature: 'PUBLIC_WELFARE', satisfaction: '满意' })}
      columns={[
        {
          key: 'name',
          title: '企业名称',
          rules: [...required('企业名称'), { max: 200, message: '最多200个字' }],
          render: (l) => <Input aria-label={l} maxLength={200} />,
        },
        {
          key: 'nature',
          title: '服务性质',
          width: 150,
          render: (l) => <Select aria-label={l} options={optionsOf(SERVICE_NATURE_LABELS)} />,
        },
        {
          key: 'satisfaction',
          title: '服务满意度',
          width: 150,
          render: (l) => <Select aria-label={l} options={['满意', '基本满意', '不满意'].map((v) => ({ value: v, label: v }))} />,
        },
      ]}
    />
  );
}
