import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { DivisionTreeQuery } from '../../../graphql/reference';

/** Places as the builder and the results name them; Hebei's cities in the registry's order for the heat table. */
export function useDivisionLabels() {
  const { data } = useQuery(DivisionTreeQuery);
  return useMemo(() => {
    const names = new Map<string, string>();
    const cityName = new Map<string, string>();
    for (const c of data?.cities ?? []) {
      names.set(c.code, c.name);
      cityName.set(c.code, c.name);
    }
    for (const c of data?.counties ?? []) names.set(c.code, c.name);
    const choices = [
      ...(data?.cities ?? []).map((c) => ({ value: c.code, label: c.name })),
      ...(data?.counties ?? []).map((c) => ({ value: c.code, label: `${c.name}（${cityName.get(c.parentCode ?? '') ?? ''}）` })),
    ];
    return { names, choices, cities: (data?.cities ?? []).map((c) => ({ code: c.code, name: c.name })) };
  }, [data]);
}
