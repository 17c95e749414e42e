import { ValueTransformer } from 'typeorm';

/** mysql2 returns DECIMAL as strings; the API speaks numbers. */
export const decimalToNumber: ValueTransformer = {
  to: (value?: number | null) => value,
  from: (value?: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};
