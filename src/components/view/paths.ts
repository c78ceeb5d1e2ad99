/**
 * Site URLs. Pages link relatively (`../sources/…/`), so a built site works at
 * `/`, under a sub-path, and mostly from a file:// copy.
 */

/** Root-relative path of a fact sheet page. @example factsheetPath('nk') // '/nk/' */
export function factsheetPath(story: string): string {
  return `/${story}/`;
}

/** Root-relative path of a source page. @example sourcePath('nk/000-a') // '/sources/nk/000-a/' */
export function sourcePath(sourceId: string): string {
  return `/sources/${sourceId}/`;
}

/**
 * Prefix that leads from the page at `pathname` back to the site root.
 * @example rootPrefix('/sources/nk/000-a/') // '../../../'
 */
export function rootPrefix(pathname: string): string {
  const depth = pathname.split('/').filter(Boolean).length;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * `target` (root-relative, may carry a #hash) as seen from the page at `pathname`.
 * @example relativeUrl('/nk/', '/sources/nk/000-a/#s-1') // '../sources/nk/000-a/#s-1'
 */
export function relativeUrl(pathname: string, target: string): string {
  return rootPrefix(pathname) + target.replace(/^\//, '');
}
