export const SEAT_TITLE_MAX = 200;
