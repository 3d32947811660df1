/** Limits shared by the PMO inputs (and echoed in their messages). */
export const PMO_NAME_MAX = 200;
export const PROGRAM_NAME_MAX = 200;
/** A PMO has a handful of directors; the cap only keeps a request bounded. */
export const DIRECTORS_MAX = 50;
