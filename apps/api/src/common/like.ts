/**
 * A LIKE pattern that matches user text literally. '!' is the escape character because a backslash
 * means different things in MySQL and SQLite string literals; use with `ESCAPE '!'`.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

export const LIKE_ESCAPE = "ESCAPE '!'";
