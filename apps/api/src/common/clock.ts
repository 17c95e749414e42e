import { IsoDate, toIsoDateInShanghai } from '@hebei/domain';

/** The one source of "now" for services and jobs, so deadlines are testable. */
export interface Clock {
  now(): Date;
  /** Today's calendar date in Beijing time — the date every rule of the guideline counts in. */
  today(): IsoDate;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => toIsoDateInShanghai(new Date()),
};

export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  today(): IsoDate {
    return toIsoDateInShanghai(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
}
