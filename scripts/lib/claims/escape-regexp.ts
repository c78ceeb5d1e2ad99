/**
 * Text to match literally inside a RegExp.
 * @example escapeRegExp('U.S. (AP)') // 'U\\.S\\. \\(AP\\)'
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
