import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { DivisionTreeQuery } from '../graphql/reference';
import type { CurrentUser } from './current-user';

export interface DivisionOption {
  value: string;
  label: string;
  children?: DivisionOption[];
}

type Row = { code: string; name: string; parentCode: string | null };

/**
 * Cascader options for the places a user may look at: the whole province for province-wide roles,
 * the bureau's own city with its counties for a city, only the county itself for a county.
 * Jurisdiction follows the registry's own parent (Dingzhou, Xinji, Xiong'an are city-level), not GB/T code prefixes.
 */
export function buildDivisionOptions(cities: Row[], counties: Row[], user: Pick<CurrentUser, 'role' | 'division'>): DivisionOption[] {
  const byParent = new Map<string, DivisionOption[]>();
  for (const c of counties) {
    if (!c.parentCode) continue;
    byParent.set(c.parentCode, [...(byParent.get(c.parentCode) ?? []), { value: c.code, label: c.name }]);
  }
  const tree = cities.map<DivisionOption>((c) => {
    const children = byParent.get(c.code);
    return children?.length ? { value: c.code, label: c.name, children } : { value: c.code, label: c.name };
  });
  const own = user.division?.code;
  if (user.role === 'CITY') return tree.filter((c) => c.value === own);
  if (user.role === 'COUNTY') {
    const county = counties.find((c) => c.code === own) ?? cities.find((c) => c.code === own);
    return county ? [{ value: county.code, label: county.name }] : [];
  }
  return tree;
}

/** The path of codes leading to `code` in the options tree (what a Cascader value needs). */
export function divisionPath(options: DivisionOption[], code: string | null | undefined): string[] | undefined {
  if (!code) return undefined;
  for (const o of options) {
    if (o.value === code) return [o.value];
    const sub = o.children ? divisionPath(o.children, code) : undefined;
    if (sub) return [o.value, ...sub];
  }
  return undefined;
}

export function useDivisionOptions(user: CurrentUser) {
  const { data, loading, error } = useQuery(DivisionTreeQuery);
  const options = useMemo(() => (data ? buildDivisionOptions(data.cities, data.counties, user) : []), [data, user]);
  return { options, loading, error };
}

/** Cascader search: match any level's name. */
export const divisionSearch = {
  filter: (input: string, path: { label?: unknown }[]) => path.some((o) => String(o.label ?? '').includes(input.trim())),
};
