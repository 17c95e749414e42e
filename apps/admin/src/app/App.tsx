import { ApolloProvider } from '@apollo/client/react';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { Suspense } from 'react';
import { RouterProvider } from 'react-router';
import { apolloClient } from './apollo';
import { RouteLoading } from './components/RouteLoading';
import { router } from './router';
import './dayjs';

/** Users who ask their system for less motion (and the e2e browser, which asks the same) get no antd animations. */
const reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export function App() {
  return (
    <ConfigProvider
      locale={zhCN}
      theme={{
        token: {
          colorPrimary: '#1f5fbf',
          motion: !reducedMotion,
          borderRadius: 4,
          fontFamily:
            "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
        },
        components: { Layout: { headerBg: '#123a73', headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff', bodyBg: '#f0f2f5' } },
      }}
    >
      <AntdApp>
        <ApolloProvider client={apolloClient}>
          <Suspense fallback={<RouteLoading fullScreen />}>
            <RouterProvider router={router} />
          </Suspense>
        </ApolloProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
