/** Attachment 2 asks for about 400 characters; the API refuses more than 600. */
export const ACTIVITIES_NARRATIVE_TARGET = 400;
export const ACTIVITIES_NARRATIVE_MAX = 600;
