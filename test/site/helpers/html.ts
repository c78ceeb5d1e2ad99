/** Just enough HTML reading for assertions on our own, known markup. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** HTML of the built page at `urlPath` ("/story/" -> dist/story/index.html). */
export function readPage(dist: string, urlPath: string): Promise<string> {
  const clean = decodeURI(urlPath.split('#')[0]!);
  return readFile(path.join(dist, clean, clean.endsWith('/') ? 'index.html' : ''), 'utf8');
}

/** Decodes the entities Astro emits in text and attributes. */
export function unescapeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Every element's start tag, as { tag, attrs }. */
export function startTags(html: string): { tag: string; attrs: Record<string, string> }[] {
  const out: { tag: string; attrs: Record<string, string> }[] = [];
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([^\s=>]+)(?:="([^"]*)")?/g)) attrs[a[1]!] = unescapeHtml(a[2] ?? '');
    out.push({ tag: m[1]!.toLowerCase(), attrs });
  }
  return out;
}

/** All id attribute values. */
export function ids(html: string): Set<string> {
  return new Set(startTags(html).map((t) => t.attrs.id).filter((v): v is string => v !== undefined));
}

/** Text of the element with `id` whose content has no nested element of the same tag. */
export function textById(html: string, id: string): string | null {
  const m = new RegExp(`<([a-z0-9]+)[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m ? unescapeHtml(m[2]!.replace(/<[^>]+>/g, '')) : null;
}

/** Inner HTML of `<li id="…">`, up to its closing tag. */
export function listItem(html: string, id: string): string | null {
  const m = new RegExp(`<li[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</li>`).exec(html);
  return m ? m[1]! : null;
}
