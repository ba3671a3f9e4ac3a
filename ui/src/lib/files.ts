// Reading a file the facilitator picked or dropped, to hand it to the core as it is.
import { WORKSHOP_FILE_EXTENSIONS } from './bindings';
import { t } from './words.svelte';

/** The file as a `data:` URL (the core checks what is really in it). */
export function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(t('app-file-unreadable', { name: file.name })));
    reader.readAsDataURL(file);
  });
}

/** Asks where to save an export, offering `name`; `null` if the facilitator cancelled. */
export async function askWhereToSave(name: string, kind: { label: string; extension: string }): Promise<string | null> {
  const { save } = await import('@tauri-apps/plugin-dialog');
  return save({ defaultPath: name, filters: [{ name: kind.label, extensions: [kind.extension] }] });
}

/** Asks which file to open among `extensions`; `null` if the facilitator cancelled. */
export async function askWhichToOpen(kind: { label: string; extensions: readonly string[] }): Promise<string | null> {
  const { open } = await import('@tauri-apps/plugin-dialog');
  return open({ multiple: false, directory: false, filters: [{ name: kind.label, extensions: [...kind.extensions] }] });
}

/** A workshop file already given: at a path (Feltboard was opened with it), or dropped on the
 *  window (its name and text: a dropped file has no path the window may read). */
export type GivenFile = { path: string } | { name: string; text: string };

/** Whether `name` is a workshop file's (`.feltboard`, or `.json` from older Feltboards). */
export function isWorkshopFile(name: string): boolean {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  return name.includes('.') && (WORKSHOP_FILE_EXTENSIONS as readonly string[]).includes(extension);
}
