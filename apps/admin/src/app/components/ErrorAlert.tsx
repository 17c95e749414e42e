import { Alert, Button } from 'antd';
import { errorMessage } from '../errors';

export function ErrorAlert({ error, onRetry, title = '数据加载失败' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={errorMessage(error)}
      style={{ marginBottom: 16 }}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
      data-testid="error-alert"
    />
  );
}
