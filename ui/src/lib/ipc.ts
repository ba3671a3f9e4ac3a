// The one door from the UI to Rust. Screens call `ipc.*`, never `invoke` directly, so UI
// tests can stand in for the app with `mockIPC`.
import { commands, type ErrorCode, type IpcError } from './bindings';
import { t } from './words.svelte';

/** An error from Feltboard's core: `code` to branch on, `message` to show as it is. */
export class FeltboardError extends Error {
  readonly code: ErrorCode;

  constructor({ code, message }: IpcError) {
    super(message);
    this.name = 'FeltboardError';
    this.code = code;
  }
}

type Outcome<T> = { status: 'ok'; data: T } | { status: 'error'; error: IpcError };
type Command = (...args: never[]) => Promise<Outcome<unknown>>;
type Unwrapped<C> = C extends (...args: infer A) => Promise<Outcome<infer T>>
  ? (...args: A) => Promise<T>
  : never;

function unwrapped<C extends Command>(command: C): Unwrapped<C> {
  const call = async (...args: Parameters<C>) => {
    let outcome: Outcome<unknown>;
    try {
      outcome = await command(...args);
    } catch (failure) {
      // Tauri itself failed (an unknown command, a bad argument): not the person's fault.
      throw new FeltboardError({
        code: 'internal',
        message: t('app-ipc-failed', { detail: failure instanceof Error ? failure.message : String(failure) }),
      });
    }
    if (outcome.status === 'error') throw new FeltboardError(outcome.error);
    return outcome.data;
  };
  return call as Unwrapped<C>;
}

type Commands = typeof commands;

/** Every command of the core, resolving to its data or throwing a `FeltboardError`. */
export const ipc = Object.fromEntries(
  Object.entries(commands).map(([name, command]) => [name, unwrapped(command as Command)]),
) as { [K in keyof Commands]: Unwrapped<Commands[K]> };

/** The message to show for anything thrown while talking to the core. */
export function messageOf(failure: unknown): string {
  if (failure instanceof Error) return failure.message;
  return String(failure);
}
