import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A captcha challenge that has been answered (rightly or wrongly). The challenge itself is a signed token held by the
 * client; this row is what makes it single use. Rows past their expiry are deleted (CaptchaService.cleanup).
 */
@Entity('captcha_use')
export class CaptchaUse {
  /** The challenge's random nonce (hex). */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  nonce: string;

  @Index()
  @Column({ type: 'datetime' })
  expiresAt: Date;
}
