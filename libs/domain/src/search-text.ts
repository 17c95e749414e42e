/**
 * The public registry's keyword. Queries are parameterised and LIKE patterns escaped, so any character is matched
 * literally (a "100%" in a name is found by "100%"); only the length is limited, the same rule on both sides.
 */
export const SEARCH_TEXT_MAX = 50;

/** The Chinese message for a keyword the registry refuses, or null when it is acceptable. */
export function searchTextError(text: string): string | null {
  return [...text].length > SEARCH_TEXT_MAX ? `搜索词最多${SEARCH_TEXT_MAX}个字` : null;
}

/**
 * The n-gram index of the public registry (issue #13): every pair of adjacent characters (code points) of a name,
 * with ASCII letters lowered, once each. A keyword of k ≥ 2 characters can only be contained in a name that has all
 * of its bigrams, so the index narrows the candidates and, for a 2-character keyword, is the answer itself. A single
 * character has no bigram (empty list): the caller searches it the plain way.
 */
export function searchGrams(text: string): string[] {
  const chars = [...text.replace(/[A-Z]/g, (c) => c.toLowerCase())];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return [...grams].sort();
}
