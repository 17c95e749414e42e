/**
 * The public registry's keyword. Queries are parameterised and LIKE patterns escaped, so any character is matched
 * literally (a "100%" in a name is found by "100%"); only the length is limited, the same rule on both sides.
 */
export const SEARCH_TEXT_MAX = 50;

/** The Chinese message for a keyword the registry refuses, or null when it is acceptable. */
export function searchTextError(text: string): string | null {
  return [...text].length > SEARCH_TEXT_MAX ? `搜索词最多${SEARCH_TEXT_MAX}个字` : null;
}
