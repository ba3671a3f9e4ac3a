import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach } from 'vitest';
import { clearHistory } from '../src/lib/history.svelte';
import { notices } from '../src/lib/notices.svelte';
import { goHome } from '../src/lib/navigation.svelte';

afterEach(() => {
  cleanup();
  clearMocks();
  clearHistory();
  notices.length = 0;
  goHome();
});
