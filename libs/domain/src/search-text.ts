/**
 * The public registry's keyword (Issue #4 "a text filter with SQL or wildcard characters" is bad input):
 * LIKE wildcards, quotes, comment markers and control characters are refused, the same rule on both sides.
 */
export const SEARCH_TEXT_MAX = 50;
export const SEARCH_TEXT_PATTERN = /^(?!.*--)[^%_'"`;\\*?<>=\u0000-\u001f\u007f]*$/u;
export const SEARCH_TEXT_MESSAGE = '搜索词不能包含 % _ \' " ; \\ * ? < > = 等特殊字符';

/** The Chinese message for a keyword the registry refuses, or null when it is acceptable. */
export function searchTextError(text: string): string | null {
  if ([...text].length > SEARCH_TEXT_MAX) return `搜索词最多${SEARCH_TEXT_MAX}个字`;
  return SEARCH_TEXT_PATTERN.test(text) ? null : SEARCH_TEXT_MESSAGE;
}
