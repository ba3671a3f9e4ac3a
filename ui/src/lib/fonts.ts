// Inter, in the faces the window uses: compressed and cut by script (Latin, Greek, Cyrillic,
// Vietnamese), each part fetched only when a page shows its letters.
import '@fontsource/inter/400.css';
import '@fontsource/inter/400-italic.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';

const FACES = ['400 1em Inter', 'italic 400 1em Inter', '500 1em Inter', '600 1em Inter', '700 1em Inter'];

/** Settles once every face is loaded, or after half a second at most. The first screen waits
 *  for it: WebKit hides text while a face loads, and a quote that blinks in late looks broken
 *  on a projector. (A test's document has no fonts to load.) */
export const fontsLoaded: Promise<unknown> = Promise.race([
  Promise.all(FACES.map((face) => document.fonts?.load(face))).catch(() => undefined),
  new Promise((atMost) => setTimeout(atMost, 500)),
]);
