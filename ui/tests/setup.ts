import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach } from 'vitest';
import { clearHistory } from '../src/lib/history.svelte';
import { notices } from '../src/lib/notices.svelte';
import { goHome } from '../src/lib/navigation.svelte';

// jsdom lays nothing out, so it has no scrolling to do; the app calls it to keep the cursor in view.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

afterEach(async () => {
  cleanup();
  // Unmounted screens stop listening to events once their listening has settled: before the
  // mocks go.
  await new Promise((settled) => setTimeout(settled, 0));
  clearMocks();
  clearHistory();
  notices.length = 0;
  goHome();
});
