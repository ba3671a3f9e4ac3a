// The menu's actions and their keys. The menus and keys are the core's (SHORTCUTS), their
// names the window's (`menu-*` messages, in its language); here, the screen that can do an
// action offers it while it is shown, and a key or a click in the native menu does the latest
// offer. The menu greys what nobody offers.
import { events, SHORTCUTS, type MenuAction, type MenuOffer } from './bindings';
import { ipc } from './ipc';
import { t } from './words.svelte';

export interface Offer {
  run: () => void;
  /** The item's name on this screen, if more specific than the menu's: "New board…". */
  label?: string | null;
  /** False when a text field's own meaning for the key comes first (Ctrl+Z). */
  whileTyping?: boolean;
}

interface Item {
  action: MenuAction;
  label: string;
  keys: readonly string[];
}

/** The menus and their items, as the core lists them. */
export const MENUS: readonly { title: string; items: readonly Item[] }[] = SHORTCUTS;

/** A menu's title in the window's language, `&` before the letter Alt opens it with: "&File". */
export const menuTitle = (menu: { title: string }): string => t(`menu-title-${menu.title.toLowerCase()}`);

/** An item's name in the window's language, where the screen gives it none of its own: "New…". */
export const menuLabel = (action: MenuAction): string => t(`menu-${action}`);

const offers = new Map<MenuAction, Offer[]>();
// Open dialogs own the keyboard and the window: while one is open, the menu offers nothing.
let dialogs = 0;

/** Offers `action` until the returned function is called: `$effect(() => offer(…))`. */
export function offer(action: MenuAction, what: Offer): () => void {
  hearTheKeys();
  const list = offers.get(action) ?? [];
  list.push(what);
  offers.set(action, list);
  tellTheMenu();
  return () => {
    list.splice(list.indexOf(what), 1);
    tellTheMenu();
  };
}

/** A dialog is open until the returned function is called. */
export function holdTheMenu(): () => void {
  dialogs += 1;
  tellTheMenu();
  return () => {
    dialogs -= 1;
    tellTheMenu();
  };
}

const latest = (action: MenuAction): Offer | undefined => offers.get(action)?.at(-1);

/** Does `action` as offered now. While typing, an action that leaves the key to the field
 *  (or that nobody offers) is the field's: its own undo and redo. False if nothing was done. */
export function perform(action: MenuAction, typing = false): boolean {
  const what = dialogs > 0 ? undefined : latest(action);
  if (what && !(typing && what.whileTyping === false)) {
    what.run();
    return true;
  }
  // WebKitGTK gives a field no Ctrl+Z of its own: its typing history is asked for here.
  return typing && (action === 'undo' || action === 'redo') && document.execCommand(action);
}

let telling = false;
/** Tells the native menu what is offered and every name in the window's language, once per
 *  turn however many offers changed. Call it again when the language changes. */
export function tellTheMenu(): void {
  if (telling) return;
  telling = true;
  queueMicrotask(() => {
    telling = false;
    const now: MenuOffer[] = MENUS.flatMap((menu) => menu.items).map(({ action }) => {
      const offered = dialogs > 0 ? undefined : latest(action);
      return { action, label: offered?.label ?? menuLabel(action), enabled: offered !== undefined };
    });
    // Without the desktop shell (UI tests) there is no menu to tell.
    const system = {
      cut: t('menu-system-cut'),
      copy: t('menu-system-copy'),
      paste: t('menu-system-paste'),
      selectAll: t('menu-system-select-all'),
      about: t('menu-system-about'),
    };
    void ipc.offerMenu(now, MENUS.map(menuTitle), system).catch(() => {});
  });
}

interface Keys {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

/** Reads a key as the menu writes it: "CmdOrCtrl+Shift+Z", "Alt+Left", "F5". */
export function parseKeys(keys: string): Keys {
  const parts = keys.split('+');
  // "CmdOrCtrl+=" splits cleanly; a "+" key itself would be written "Plus".
  const key = parts.pop() ?? '';
  return {
    mod: parts.includes('CmdOrCtrl'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key: key === 'Left' ? 'ArrowLeft' : key,
  };
}

function matches(event: KeyboardEvent, keys: Keys): boolean {
  if ((event.ctrlKey || event.metaKey) !== keys.mod || event.altKey !== keys.alt) return false;
  if (keys.key === '=') return event.key === '=' || event.key === '+';
  if (keys.key.length === 1 && !/[a-z]/i.test(keys.key)) return event.key === keys.key;
  return event.shiftKey === keys.shift && event.key.toLowerCase() === keys.key.toLowerCase();
}

const bindings = MENUS.flatMap((menu) => menu.items.flatMap((item) => item.keys.map((keys) => ({ action: item.action, keys: parseKeys(keys) }))));

const typingIn = (element: EventTarget | null): boolean =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;

/** The window's keys: does the action a key stands for, if it is offered here and now. */
function onShortcutKey(event: KeyboardEvent): void {
  const bound = bindings.find((b) => matches(event, b.keys));
  if (bound && perform(bound.action, typingIn(event.target))) event.preventDefault();
}

let hearing = false;
/** From the first offer on, the window's keys are heard: no screen needs to ask. */
function hearTheKeys(): void {
  if (hearing) return;
  hearing = true;
  window.addEventListener('keydown', onShortcutKey);
}

/** The window hears the native menu: a click does what the key would. */
export function listenToTheMenu(): () => void {
  const listening = events.menuChosen
    .listen((event) => {
      perform(event.payload.action, typingIn(document.activeElement));
    })
    .catch(() => () => {});
  return () => void listening.then((stop) => stop());
}

/** How a key reads in the shortcuts list on this system, with the names on its keyboard:
 *  "Ctrl+Shift+Z", "⌘⇧Z". */
export function keysForPeople(keys: string): string {
  const mac = navigator.platform.startsWith('Mac');
  const { mod, shift, alt, key } = parseKeys(keys);
  const name = { ArrowLeft: '←' }[key] ?? key.toUpperCase();
  if (mac) return `${mod ? '⌘' : ''}${alt ? '⌥' : ''}${shift ? '⇧' : ''}${name}`;
  return [mod && t('app-key-ctrl'), alt && t('app-key-alt'), shift && t('app-key-shift'), name].filter(Boolean).join('+');
}

/** The key an action is known by, for buttons' tooltips: "Ctrl+P". */
export function keyOf(action: MenuAction): string {
  const keys = MENUS.flatMap((menu) => menu.items).find((item) => item.action === action)?.keys[0];
  return keys ? keysForPeople(keys) : '';
}
