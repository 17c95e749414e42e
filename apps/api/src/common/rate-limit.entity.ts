import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One counter per limit, client and fixed window; see common/rate-limit.ts. */
@Entity('rate_limit_counter')
export class RateLimitCounter {
  /** `<limit>:<window start, epoch seconds>:<sha256 of the client key, 32 hex>` */
  @PrimaryColumn({ type: 'varchar', length: 120 })
  bucket: string;

  @Column({ type: 'int', default: 0 })
  hits: number;

  /** The end of the window; rows past it only wait to be deleted. */
  @Index()
  @Column({ type: 'datetime' })
  expiresAt: Date;
}
