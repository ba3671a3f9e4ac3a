// A catalogue's message as the app shows it, for tests that check a language: read from the
// same .ftl files (simple one-line messages only), so a test never writes a translation twice.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const locales = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets/locales');

/** The one-line message `id` of `language`'s catalogue `file` ("phone.ftl", "window/home.ftl"). */
export function message(language, file, id) {
  const text = readFileSync(path.join(locales, language, file), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`${language}/${file} has no one-line message ${id}`);
  return line.slice(id.length + 3).trim();
}
