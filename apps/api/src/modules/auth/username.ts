/**
 * The key a username is unique and looked up by: trimmed and lower-cased, the same on SQLite and MySQL,
 * so that `Province` can neither be registered beside `province` nor be a second way to guess its password.
 */
export const normalizeUsername = (username: string): string => username.trim().toLowerCase();

/** The longest username an account can have (the column length). */
export const USERNAME_MAX = 64;
