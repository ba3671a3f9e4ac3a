// A Svelte action: a field that appears because the facilitator started typing takes the
// keyboard at once, with the caret after what is already in it.
export function takeFocus(field: HTMLInputElement | HTMLTextAreaElement) {
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
}
