/**
 * Characters as a person counts them: by code point, so an emoji or an accented letter typed as
 * one character counts once in the browser's counter and in the server's limit alike.
 */
export function characterCount(text: string): number {
  return [...text].length;
}
