import { Tag } from 'antd';

/** 优秀 in gold, 一般 plain. */
export function TierTag({ tier }: { tier: string | null | undefined }) {
  if (!tier) return <>—</>;
  return tier === 'excellent' ? <Tag color="gold">优秀</Tag> : <Tag>一般</Tag>;
}
