// A Svelte action: a text area grows with its text instead of scrolling inside itself.
export function autogrow(field: HTMLTextAreaElement) {
  const grow = () => {
    field.style.height = 'auto';
    field.style.height = `${field.scrollHeight}px`;
  };
  grow();
  field.addEventListener('input', grow);
  return { destroy: () => field.removeEventListener('input', grow) };
}
