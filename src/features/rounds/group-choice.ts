/** The value a group select sends for "no group" (an empty value means nothing was chosen). */
export const NO_GROUP = "__no-group__";
