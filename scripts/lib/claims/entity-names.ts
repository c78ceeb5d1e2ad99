/**
 * Reading names in claim text: runs of capitalised words ("Secretary of Defense Lloyd Austin"),
 * the words that make a run a person's, an organisation's or a place's, and titles and
 * connectors trimmed off its ends. entities.ts decides what each run names.
 */
import { ROLE_WORDS } from './names.ts';

export const ORG_HEADS = new Set(
  `ministry council agency service services house department office embassy union authority commission committee inspectorate
  police cross institute university college hospital hospitals health group company corporation corp bank court parliament assembly
  congress senate party association foundation center centre forces army navy government administration bureau board network
  federation organization organisation nations chamber commerce fund directorate command guard brigade coalition alliance partnership trust society club
  airlines airways railways press times news post inc ltd llc plc gmbh co`.split(/\s+/),
);
export const PLACE_HEADS = new Set(
  `county province region river sea ocean island islands city town village street avenue square bridge port harbour harbor valley lake
  bay strait district oblast peninsula mountains mountain coast east west north south highway road`.split(/\s+/),
);
/** Lower-case nouns after a name that make it a facility's or a firm's name: "Santa Ana hospital". */
export const FACILITY = /^\s+(?:hospital|clinic|school|university|college|mine|port|terminal|airport|station|church|mosque|market|stadium|prison|plant|factory|refinery|company|group|bank|line|ferry|shipyard|hotel|building|tower|centre|center)\b/;
/** Lower-case words written right before an organisation's name: "the company Rio X", "ransomware group Y". */
export const ORG_CUE = /\b(?:company|firm|operator|group|union|agency|ministry|council|organi[sz]ation|network|charity|insurer|bank|carrier|contractor|manufacturer|maker|startup|broadcaster|party|gang)\s+$/;
export const PLACE_CUE = /(?:^|[^\w’'])(?:[Ii]n|[Tt]o|[Ff]rom|[Nn]ear|[Ii]nto|[Aa]cross|[Oo]utside|[Tt]owards?|[Vv]ia|[Ii]nside|(?:city|town|village|port|province|region|county|capital) of)\s+(?:the\s+)?$/;
/** Titles of people: cut off the ends of an organisation's or a place's name. */
export const TITLES = new Set(
  `secretary minister director adviser advisor spokesman spokeswoman spokesperson president chief head general coordinator dictator
  secretary-general ambassador commander governor mayor senator representative dr mr mrs ms prof professor premier chancellor king
  queen prince leader official officials deputy acting colonel lieutenant captain major sergeant judge justice chairman chairwoman chair
  ceo commissioner inspector engineer nurse researcher executive officer manager founder owner lawyer attorney prosecutor special agent
  supervisory assistant senior retired vice economist expert scientist doctor surgeon pilot skipper analyst communications strategic
  spokesmen spokeswomen gen sen rep gov col lt sgt capt maj charge`.split(/\s+/),
);
export const NOT_NAMES = new Set(
  `january february march april may june july august september october november december monday tuesday wednesday thursday friday
  saturday sunday i we he she they it this that these those but and the a an if in on as after also according however meanwhile
  although while when where what who why how there here then earlier later today yesterday breaking update`.split(/\s+/),
);
/** Acronyms that are not names. */
const NOT_ACRONYMS = new Set(['CEO', 'CFO', 'TV', 'ID', 'AM', 'PM', 'OK', 'GDP', 'PDF', 'FAQ', 'UTC', 'GMT', 'USD', 'EUR', 'DC', 'AI', 'IT', 'VPN', 'ICU', 'ER', 'URL', 'PIN', 'SMS', 'GPS', 'ATM', 'CCTV', 'USB', 'PR', 'HR', 'FAQ', 'CEO', 'COO', 'CTO']);
export const CONNECTORS = new Set(['of', 'for', 'de', 'do', 'da', 'dos', 'das', 'del', 'di', 'du', 'la', 'le', 'van', 'von', 'al', 'bin']);

const WORD = /\p{L}[\p{L}\p{N}_’'&.-]*|\S/gu;
export const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|several|many|some|all|both|most|few)$/i;
export const COMPASS = /^(?:Eastern|Western|Northern|Southern|Central|Northeastern|Northwestern|Southeastern|Southwestern)\s+/;
export const isAcronym = (w: string): boolean => /^(?:[A-Z]\.){2,}$|^[A-Z]{2,5}$/.test(w) && !NOT_ACRONYMS.has(w.replace(/\./g, ''));
export const isCap = (w: string): boolean => (/^\p{Lu}[\p{L}\p{N}_’'&-]*$/u.test(w) && !/^[A-Z]$/.test(w)) || isAcronym(w) || /^(?:St|Mt|Ft)\.$/.test(w);
/** An initial inside a name: "Lloyd J. Austin". */
const isInitial = (w: string): boolean => /^[A-Z]\.$/.test(w);
const bareWord = (w: string): string => w.replace(/[’'](?:s|re|ll|ve|d)$/, '');

export interface Run {
  text: string;
  index: number;
  end: number;
}

/**
 * Capitalised runs of a text ("Ministry of Defense", "Cais do Sodré", "Lloyd J. Austin"), joined across
 * lower-case name connectors; a run ends at punctuation, a possessive or a date word. A sentence's
 * capitalised first word is a run too; callers drop common nouns.
 * @example capitalRuns('Officials in Port Elm met the Board of Trade.').map((r) => r.text) // ['Officials', 'Port Elm', 'Board of Trade']
 */
export function capitalRuns(text: string): Run[] {
  const words = [...text.matchAll(WORD)].map((m) => {
    const raw = m[0];
    const dot = /\.$/.test(raw) && !isInitial(raw) && !/^(?:[A-Z]\.){2,}$/.test(raw) && !/^(?:St|Mt|Ft)\.$/.test(raw);
    const w = bareWord(dot ? raw.slice(0, -1) : raw);
    return { w, i: m.index ?? 0, stop: dot || w !== (dot ? raw.slice(0, -1) : raw) };
  });
  const runs: Run[] = [];
  const nameWord = (k: number) => (isCap(words[k]!.w) || (isInitial(words[k]!.w) && k > 0)) && !NOT_NAMES.has(words[k]!.w.toLowerCase());
  let k = 0;
  while (k < words.length) {
    if (!nameWord(k)) { k++; continue; }
    let j = k;
    while (j < words.length && nameWord(j)) {
      if (words[j]!.stop) { j++; break; }
      if (j + 2 < words.length && CONNECTORS.has(words[j + 1]!.w) && nameWord(j + 2)) j += 2;
      else j++;
    }
    const first = words[k]!;
    const last = words[j - 1]!;
    const name = text.slice(first.i, last.i + last.w.length);
    if (name.length > 1) runs.push({ text: name, index: first.i, end: first.i + name.length });
    k = j;
  }
  return runs;
}

/** Title words dropped from the front of a name: "Secretary Austin" -> "Austin", "Dr. Ana Fontes" -> "Ana Fontes". */
export function dropTitles(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (ROLE_WORDS.has(words[i]!.toLowerCase()) || /^[A-Z][a-z]{0,3}\.$/.test(words[i]!))) i++;
  return words.slice(i).join(' ');
}

/** A run without the people in it and the titles around them: "County Commissioner Ann Lee" -> ["County"]. */
export function withoutPeople(run: Run, people: readonly string[]): Run[] {
  let parts: Run[] = [run];
  for (const p of people) {
    parts = parts.flatMap((r) => {
      const at = r.text.indexOf(p);
      if (at < 0 || (at > 0 && /\w/.test(r.text[at - 1]!)) || /\w/.test(r.text[at + p.length] ?? '')) return [r];
      return [{ text: r.text.slice(0, at), index: r.index, end: r.index + at }, { text: r.text.slice(at + p.length), index: r.index + at + p.length, end: r.end }];
    });
  }
  return parts.map(trimRun).filter((r): r is Run => r !== null);
}

/** Role words and connectors off both ends of a run ("Chief Executive Officer of X" -> "X", "X Director" -> "X"). */
export function trimRun(run: Run): Run | null {
  const words = run.text.trim().split(/\s+/).filter(Boolean);
  const role = (w: string) => TITLES.has(w.toLowerCase()) || CONNECTORS.has(w) || /^[A-Z][a-z]{0,3}\.$/.test(w) || isInitial(w);
  let a = 0;
  let b = words.length;
  while (a < b && role(words[a]!)) a++;
  while (b > a && role(words[b - 1]!)) b--;
  if (a >= b) return null;
  const text = words.slice(a, b).join(' ');
  const index = run.index + run.text.indexOf(text);
  return run.text.includes(text) ? { text, index, end: index + text.length } : null;
}
