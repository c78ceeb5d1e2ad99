/** Gold stories (test/gold/<slug>/gold.yaml): what a careful fact-checker reads in a story's articles. See test/gold/FORMAT.md. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** File name -> exact substring of that article. */
export type Evidence = Record<string, string>;

export interface GoldClaim {
  id: string;
  statement: string;
  evidence: Evidence;
  speaker: string | null;
  affiliation?: string | null;
}

export interface GoldFigureValue {
  value: number;
  qualifier: string;
  speaker: string | null;
  evidence: Evidence;
}

export interface GoldFigureGroup {
  id: string;
  quantity: string;
  values: GoldFigureValue[];
}

export interface GoldDenial {
  id: string;
  by: string;
  disputes: string[];
  evidence: Evidence;
}

export interface GoldStory {
  story: string;
  /** Folder of the gold story, relative to the repository root. */
  dir: string;
  /** Folder of its articles, relative to the repository root. */
  articles: string;
  claims: GoldClaim[];
  figures: GoldFigureGroup[];
  denials: GoldDenial[];
  boilerplate: string[];
}

/** Reads one gold story folder (relative to `root`). */
export async function loadGold(root: string, dir: string): Promise<GoldStory> {
  const data = parseYaml(await readFile(path.join(root, dir, 'gold.yaml'), 'utf8')) as Record<string, unknown>;
  const articles = typeof data['articles'] === 'string' ? data['articles'] : path.posix.join(dir, 'articles');
  return {
    story: String(data['story'] ?? path.basename(dir)),
    dir,
    articles,
    claims: ((data['claims'] ?? []) as GoldClaim[]).map((c) => ({ ...c, speaker: c.speaker ?? null, evidence: c.evidence ?? {} })),
    figures: ((data['figures'] ?? []) as GoldFigureGroup[]).map((f) => ({ ...f, values: (f.values ?? []).map((v) => ({ ...v, qualifier: v.qualifier ?? '', speaker: v.speaker ?? null, evidence: v.evidence ?? {} })) })),
    denials: (data['denials'] ?? []) as GoldDenial[],
    boilerplate: (data['boilerplate'] ?? []) as string[],
  };
}

/** Gold story folders under `base` (e.g. "test/gold"), in name order. */
export async function listGold(root: string, base: string): Promise<string[]> {
  const entries = await readdir(path.join(root, base), { withFileTypes: true }).catch(() => []);
  const dirs: string[] = [];
  for (const e of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const has = await readFile(path.join(root, base, e.name, 'gold.yaml')).then(() => true, () => false);
    if (has) dirs.push(path.posix.join(base, e.name));
  }
  return dirs;
}
