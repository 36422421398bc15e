/**
 * Copies text to the clipboard. navigator.clipboard needs a secure context (https, or localhost):
 * a trainer's laptop serving Cadre to a room over plain http on its LAN address is not one, so the
 * old way (select a hidden textarea, execCommand('copy')) is the fallback.
 */
export async function copyText(text: string): Promise<void> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Refused (no permission, document not focused): try the fallback.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.opacity = '0';
  const active = document.activeElement as HTMLElement | null;
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } finally {
    area.remove();
    active?.focus();
  }
  if (!copied) throw new Error('The browser refused to copy');
}
