import crypto from 'node:crypto';
import * as svgCaptcha from 'svg-captcha';
import { DataSource, LessThan, QueryFailedError } from 'typeorm';
import { Clock } from '../../common/clock';
import { CaptchaUse } from './captcha.entity';
import { captchaInvalid, captchaRequired } from './captcha.errors';
import { CaptchaChallenge } from './captcha.types';

export const CAPTCHA_TTL_SECONDS = 300;
/** No look-alikes (0/O, 1/I/L, 2/Z): the answer is compared case-insensitively. */
const CHARSET = 'ABCDEFGHJKMNPQRSTUVWXY3456789';
const LENGTH = 4;
const CLEANUP_EVERY = 100;

type Render = (text: string, options?: svgCaptcha.ConfigObject) => string;
// svg-captcha's module export is itself the renderer of a given text; its typings only declare `create` (random text
// from Math.random), so the text is drawn here with crypto and rendered through the default export.
const render = (svgCaptcha as unknown as { default: Render }).default;

export interface CaptchaAnswer {
  id: string;
  answer: string;
}

/**
 * A self-hosted image captcha. The challenge is a token `nonce.exp.sig.mac` signed with a key derived from the server
 * secret: `sig` proves the token is ours, `mac` binds it to the answer, so nothing about the answer is stored or sent
 * in the clear and no row is written when one is issued. Answering (rightly or wrongly) records the nonce in
 * `captcha_use`: a challenge is good for one attempt only.
 */
export class CaptchaService {
  private readonly key: Buffer;
  private consumed = 0;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    secret: string,
    /** Tests and e2e only (CAPTCHA_TEST_ANSWER, refused in production): every challenge shows this text. */
    private readonly testAnswer?: string,
  ) {
    this.key = crypto.createHmac('sha256', secret).update('captcha-v1').digest();
  }

  issue(): CaptchaChallenge {
    const text = this.testAnswer ?? Array.from({ length: LENGTH }, () => CHARSET[crypto.randomInt(CHARSET.length)]).join('');
    const nonce = crypto.randomBytes(16).toString('hex');
    const exp = Math.floor(this.clock.now().getTime() / 1000) + CAPTCHA_TTL_SECONDS;
    const id = `${nonce}.${exp}.${this.sig(nonce, exp)}.${this.mac(nonce, exp, text)}`;
    const svg = render(text, { width: 120, height: 40, fontSize: 44, noise: 2, color: true, background: '#f5f7fa' });
    return { id, svg, expiresAt: new Date(exp * 1000) };
  }

  /**
   * Throws CAPTCHA_REQUIRED without an answer and CAPTCHA_INVALID for a wrong, expired, forged or reused one. Runs
   * before the guarded work and writes only the challenge's use row (in its own statement), so a refused request
   * leaves no other trace.
   */
  async check(answer: CaptchaAnswer | null | undefined): Promise<void> {
    if (!answer || !answer.answer.trim()) throw captchaRequired();
    const now = this.clock.now();
    const m = /^([0-9a-f]{32})\.(\d{10})\.([\w-]{43})\.([\w-]{43})$/.exec(answer.id);
    if (!m) throw captchaInvalid();
    const [, nonce, expText, sig, mac] = m;
    const exp = Number(expText);
    if (!same(sig, this.sig(nonce, exp)) || exp * 1000 <= now.getTime()) throw captchaInvalid();
    const right = same(mac, this.mac(nonce, exp, answer.answer.trim()));
    if (!(await this.consume(nonce, new Date(exp * 1000))) || !right) throw captchaInvalid();
  }

  /** Records the use of a challenge; false when it was used before. */
  private async consume(nonce: string, expiresAt: Date): Promise<boolean> {
    try {
      await this.db.getRepository(CaptchaUse).insert({ nonce, expiresAt });
    } catch (e) {
      if (e instanceof QueryFailedError && /ER_DUP_ENTRY|UNIQUE constraint failed|Duplicate entry|SQLITE_CONSTRAINT/i.test(e.message))
        return false;
      throw e;
    }
    if (++this.consumed % CLEANUP_EVERY === 0) await this.cleanup();
    return true;
  }

  /** Deletes the use rows of expired challenges (an expired challenge is refused on its expiry alone). */
  async cleanup(): Promise<void> {
    await this.db.getRepository(CaptchaUse).delete({ expiresAt: LessThan(this.clock.now()) });
  }

  private sig(nonce: string, exp: number): string {
    return crypto.createHmac('sha256', this.key).update(`id:${nonce}.${exp}`).digest('base64url');
  }

  private mac(nonce: string, exp: number, text: string): string {
    return crypto.createHmac('sha256', this.key).update(`answer:${nonce}.${exp}.${text.toUpperCase()}`).digest('base64url');
  }
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
