// Reordering by drag and drop: an item dragged onto another of the same kind takes its
// place. What is being carried is remembered here, not in the drag data, because WebKit
// hides the data until the drop and a drop target must know at once whether to accept.

let carried: { kind: string; id: string } | null = null;

/** Marks the start of a drag of `kind`, so only targets of that kind accept it. */
export function carry(kind: string, id: string, event: DragEvent) {
  carried = { kind, id };
  event.dataTransfer?.setData('text/plain', id);
  if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
}

/** Marks the end of a drag, dropped or not. */
export function release() {
  carried = null;
}

/** Whether a drag of `kind` is under way. */
export const carrying = (kind: string): boolean => carried?.kind === kind;

export interface Reorderable {
  kind: string;
  id: string;
  /** Called on the target with the id of the item dropped on it. */
  onmove: (movedId: string) => void;
}

/** A Svelte action: the element can be dragged, and takes drops of its own kind. */
export function reorderable(node: HTMLElement, initial: Reorderable) {
  let item = initial;
  node.draggable = true;
  const listeners: [string, (event: DragEvent) => void][] = [
    ['dragstart', (event) => {
      event.stopPropagation();
      carry(item.kind, item.id, event);
      node.classList.add('carried');
    }],
    ['dragend', () => {
      release();
      node.classList.remove('carried');
    }],
    ['dragover', (event) => {
      if (!carrying(item.kind)) return;
      event.preventDefault();
      node.classList.add('drop-here');
    }],
    ['dragleave', () => node.classList.remove('drop-here')],
    ['drop', (event) => {
      node.classList.remove('drop-here');
      if (!carried || !carrying(item.kind)) return;
      event.preventDefault();
      event.stopPropagation();
      const moved = carried.id;
      carried = null;
      if (moved !== item.id) item.onmove(moved);
    }],
  ];
  for (const [type, listener] of listeners) node.addEventListener(type, listener as EventListener);
  return {
    update: (next: Reorderable) => (item = next),
    destroy: () => {
      for (const [type, listener] of listeners) node.removeEventListener(type, listener as EventListener);
    },
  };
}
