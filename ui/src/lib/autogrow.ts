// A Svelte action: a text area grows with its text instead of scrolling inside itself, and
// fits again when its width changes (a dialog finishing its layout, a window resized).
export function autogrow(field: HTMLTextAreaElement) {
  const grow = () => {
    field.style.height = 'auto';
    field.style.height = `${field.scrollHeight}px`;
  };
  grow();
  field.addEventListener('input', grow);
  let width = field.clientWidth;
  // Only a change of width: the height it sets itself must not start it again.
  const resized =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (field.clientWidth === width) return;
          width = field.clientWidth;
          grow();
        });
  resized?.observe(field);
  return {
    destroy: () => {
      field.removeEventListener('input', grow);
      resized?.disconnect();
    },
  };
}
