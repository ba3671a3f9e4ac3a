// Feltboard's words in the window: the same Fluent catalogues the core reads
// (assets/locales/<language>/), the window's own (`window/*.ftl`) and the names the core
// also prints (`names.ftl`). `t` says a message in the chosen language, falling back to
// English; reading it inside a component re-renders that component when the language changes.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { LANGUAGES, type Credit, type Language } from './bindings';

/** What the window can be shown in: a language, or the pseudo-language of the tests, in which
 *  every word is visibly "translated" so a word that is not stands out. */
export type Shown = Language | 'pseudo';

// English, which every other language falls back to, comes with the window; another language
// is read the first time it is spoken (`speak`), so that start-up reads one language, not all.
// (Vite reads these patterns as they are written: they cannot be built from a variable.)
const english = import.meta.glob<string>(['../../../assets/locales/en/names.ftl', '../../../assets/locales/en/window/*.ftl'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const others = import.meta.glob<string>(
  ['../../../assets/locales/*/names.ftl', '../../../assets/locales/*/window/*.ftl', '!../../../assets/locales/en/**'],
  { query: '?raw', import: 'default' },
);

function bundleFor(language: Language, catalogues: string[]): FluentBundle {
  // Words are shown as given: customers' names in any script sit in them unmarked.
  const bundle = new FluentBundle(language, { useIsolating: false });
  for (const text of catalogues) bundle.addResource(new FluentResource(text));
  return bundle;
}

const bundles = new Map<Language, FluentBundle>();
const bundleOf = (language: Language): FluentBundle | undefined => {
  if (language === 'en' && !bundles.has('en')) bundles.set('en', bundleFor('en', Object.values(english)));
  return bundles.get(language);
};

/** How many languages were asked for: of two picked in a row, the later one wins, whichever
 *  is read first. */
let asked = 0;

/** Shows the window in `language` from now on, once its words are read. */
export async function speak(language: Shown): Promise<void> {
  const turn = ++asked;
  if (language !== 'pseudo' && !bundleOf(language)) {
    const files = Object.entries(others).filter(([path]) => path.includes(`/locales/${language}/`));
    bundles.set(language, bundleFor(language, await Promise.all(files.map(([, read]) => read()))));
  }
  if (turn === asked) words.language = language;
}

export const words = $state<{ language: Shown }>({ language: 'en' });

/** The language the system asks for most among those Feltboard speaks, else English. */
export function systemLanguage(asked: readonly string[] = navigator.languages): Language {
  for (const tag of asked) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase();
    const found = LANGUAGES.find(({ language }) => language === primary);
    if (found) return found.language;
  }
  return 'en';
}

function format(language: Language, id: string, args?: Record<string, FluentVariable>): string | undefined {
  const bundle = bundleOf(language);
  const message = bundle?.getMessage(id);
  if (!bundle || !message?.value) return undefined;
  return bundle.formatPattern(message.value, args);
}

/** Says message `id` with its variables, in the window's language (else English). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  const language = words.language;
  if (language === 'pseudo') return pseudo(format('en', id, args) ?? id);
  return format(language, id, args) ?? format('en', id, args) ?? id;
}

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', A: 'Á', E: 'É', I: 'Í', O: 'Ö', U: 'Ü', y: 'ý', n: 'ñ', c: 'ç' };

/** A word "translated" for the tests: accented, a third longer, in brackets. */
export function pseudo(text: string): string {
  const accented = [...text].map((c) => ACCENTED[c] ?? c).join('');
  return `⟦${accented}${'·'.repeat(Math.ceil(text.length / 3))}⟧`;
}

// Stands around each part shown apart while a message is said; no one types it.
const SLOT = '\u{E000}';

/** A message with some of its variables shown apart (a key in <kbd>, a name in bold): the
 *  sentence is said whole, so that its translation can put them anywhere, then cut into the
 *  words and, at the odd places, the parts (`apart`, by variable name). */
export function pieces(id: string, args: Record<string, FluentVariable>, apart: Record<string, string>): string[] {
  const parts = Object.values(apart);
  // Each part is said as its number between two slots, so that the sentence can be cut there.
  const numbered = Object.fromEntries(Object.keys(apart).map((name, i) => [name, `${SLOT}${i}${SLOT}`]));
  const cut = t(id, { ...args, ...numbered }).split(SLOT);
  return cut.map((piece, i) => {
    if (i % 2 === 1) return parts[Number(piece)] ?? '';
    // The pseudo-language's brackets close and open again around each part, as each piece of
    // words is its own text on screen.
    if (words.language !== 'pseudo') return piece;
    return `${i > 0 ? '⟦' : ''}${piece}${i < cut.length - 1 ? '⟧' : ''}`;
  });
}

/** The window's language for dates and numbers (`Intl`): the pseudo-language's is English. */
export const locale = (): Language => (words.language === 'pseudo' ? 'en' : words.language);

/** The names the core has codes for, in the window's language (names.ftl). */
export const names = {
  cardKind: (kind: string): string => t(`card-kind-${kind}`),
  status: (status: string): string => t(`status-${status}`),
  fate: (fate: string): string => t(`fate-${fate}`),
  colour: (index: number): string => t(`colour-${index}`),
  credit: (credit: Credit): string => (credit.to === 'named' ? credit.name : t(`credit-${credit.to}`)),
  emotion: (score: number): string => t(score > 0 ? `emotion-plus-${score}` : score < 0 ? `emotion-minus-${-score}` : 'emotion-0'),
};
