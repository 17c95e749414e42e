import { Tag } from 'antd';

const COLORS: Record<string, string> = { 优秀: 'green', 良好: 'blue', 合格: 'gold', 不合格: 'red' };

export function GradeTag({ grade }: { grade?: string | null }) {
  return grade ? <Tag color={COLORS[grade] ?? 'default'}>{grade}</Tag> : <Tag>待评分</Tag>;
}
