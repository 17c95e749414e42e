/** What an id looks like on the wire: a positive integer in canonical form (no sign, no leading zero, no `0x1`/`1e1`/` 1`). */
export const ID_PATTERN = /^[1-9]\d{0,9}$/;

/** GraphQL IDs arrive as strings; anything that is not a plain positive integer can match no row. */
export const toId = (value: string): number => (ID_PATTERN.test(value) ? Number(value) : -1);
