import { Flex, Spin } from 'antd';

/** While a route's chunk loads: in the shell's content area, or the whole window before any shell is there. */
export function RouteLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullScreen ? '100vh' : 240 }} data-testid="route-loading">
      <Spin size="large" description="正在加载…" />
    </Flex>
  );
}
