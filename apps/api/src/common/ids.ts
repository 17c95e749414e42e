/** GraphQL IDs arrive as strings; anything that is not a plain positive integer can match no row. */
export const toId = (value: string): number => (/^\d{1,10}$/.test(value) ? Number(value) : -1);
