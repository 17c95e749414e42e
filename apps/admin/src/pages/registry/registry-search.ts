import type { BrowseFilter, BrowseSort, ServiceNature } from '../../graphql/generated/graphql';

// The keyword rule is the API's own, from the rules library.
export { searchTextError, SEARCH_TEXT_MAX } from '@hebei/domain';

export type RegistryView = 'cards' | 'table';

/** Everything the list shows lives in the URL, so the detail page's 返回 and a shared link restore it. */
export interface RegistrySearch {
  nature?: ServiceNature;
  categories: string[];
  /** [city] or [city, county] */
  division: string[];
  text: string;
  sort: BrowseSort;
  view: RegistryView;
}

const NATURES: readonly ServiceNature[] = ['PUBLIC_WELFARE', 'MARKET'];
const SORTS: readonly BrowseSort[] = ['DEFAULT', 'NAME', 'NEWEST'];

export function readSearch(params: URLSearchParams): RegistrySearch {
  const nature = params.get('nature') as ServiceNature | null;
  const sort = params.get('sort') as BrowseSort | null;
  return {
    nature: nature && NATURES.includes(nature) ? nature : undefined,
    categories: (params.get('categories') ?? '').split(',').filter(Boolean),
    division: (params.get('division') ?? '').split(',').filter((c) => /^\d{6}$/.test(c)),
    text: params.get('q') ?? '',
    sort: sort && SORTS.includes(sort) ? sort : 'DEFAULT',
    view: params.get('view') === 'table' ? 'table' : 'cards',
  };
}

export function writeSearch(s: RegistrySearch): URLSearchParams {
  const p = new URLSearchParams();
  if (s.nature) p.set('nature', s.nature);
  if (s.categories.length) p.set('categories', s.categories.join(','));
  if (s.division.length) p.set('division', s.division.join(','));
  if (s.text) p.set('q', s.text);
  if (s.sort !== 'DEFAULT') p.set('sort', s.sort);
  if (s.view !== 'cards') p.set('view', s.view);
  return p;
}

export function toBrowseFilter(s: RegistrySearch): BrowseFilter {
  const filter: BrowseFilter = {};
  if (s.nature) filter.nature = s.nature;
  if (s.categories.length) filter.categories = s.categories;
  const division = s.division[s.division.length - 1];
  if (division) filter.divisionCode = division;
  const text = s.text.trim();
  if (text) filter.text = text;
  return filter;
}
