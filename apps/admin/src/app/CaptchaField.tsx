import { ReloadOutlined, SafetyOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Flex, Form, Input, Spin } from 'antd';
import { useCallback } from 'react';
import { CaptchaQuery } from '../graphql/captcha';

export interface Captcha {
  /** The challenge's id, or undefined while it loads. */
  id?: string;
  svg?: string;
  loading: boolean;
  /** A new challenge: after every submit (a challenge is good for one attempt) or when the user cannot read it. */
  refresh: () => void;
}

/** The captcha a public form needs; `enabled: false` fetches nothing until the form needs one (login). */
export function useCaptcha(enabled = true): Captcha {
  const { data, loading, refetch } = useQuery(CaptchaQuery, { fetchPolicy: 'no-cache', skip: !enabled, notifyOnNetworkStatusChange: true });
  const refresh = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  return { id: data?.captcha.id, svg: data?.captcha.svg, loading, refresh };
}

/** The answer to send with the form, or null when no challenge is shown. */
export function captchaAnswer(captcha: Captcha, answer: string | undefined): { id: string; answer: string } | null {
  return captcha.id && answer ? { id: captcha.id, answer: answer.trim() } : null;
}

/** 图形验证码: the image (click to change it) beside the answer input, as a Form.Item named `name`. */
export function CaptchaField({ captcha, name = 'captcha', size }: { captcha: Captcha; name?: string; size?: 'large' }) {
  return (
    <Form.Item label="图形验证码" required extra="看不清？点击图片换一张">
      <Flex gap={8} align="center" data-testid="captcha">
        <Form.Item name={name} noStyle rules={[{ required: true, whitespace: true, message: '请输入图形验证码' }]}>
          <Input
            prefix={<SafetyOutlined />}
            placeholder="请输入图中字符"
            maxLength={8}
            autoComplete="off"
            size={size}
            aria-label="图形验证码"
            style={{ flex: 1, minWidth: 0 }}
          />
        </Form.Item>
        <Button
          className="captcha-image"
          onClick={captcha.refresh}
          title="换一张"
          aria-label="换一张验证码"
          size={size}
          style={{ padding: 0, width: 120, height: size === 'large' ? 40 : 32, overflow: 'hidden', flex: 'none' }}
          data-testid="captcha-refresh"
        >
          {captcha.svg && !captcha.loading ? (
            <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(captcha.svg)}`} alt="图形验证码" width={120} height={40} />
          ) : captcha.loading ? (
            <Spin size="small" />
          ) : (
            <ReloadOutlined />
          )}
        </Button>
      </Flex>
    </Form.Item>
  );
}
