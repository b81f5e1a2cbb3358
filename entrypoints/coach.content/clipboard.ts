/**
 * Copies text from a click handler. The async Clipboard API needs a focused document; some SaaS
 * pages deny the permission, so fall back to a selected, off-screen textarea and execCommand.
 */
export async function copyText(text: string, scratch: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
    scratch.append(area);
    const previous = scratch.activeElement as HTMLElement | null;
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    previous?.focus();
    return ok;
  }
}
