import { ResolvedDataset } from '../analytics.catalog';
import { APPLICATIONS } from './applications';
import { BOOKINGS } from './bookings';
import { INSTITUTIONS } from './institutions';
import { PRODUCTS } from './products';

/** Every dataset of the catalogue, in the order the builder offers them. Adding one is one line here. */
export const ANALYTICS_DATASETS: readonly ResolvedDataset[] = [INSTITUTIONS, APPLICATIONS, BOOKINGS, PRODUCTS];

export function findDataset(key: string): ResolvedDataset | undefined {
  return ANALYTICS_DATASETS.find((d) => d.key === key);
}
