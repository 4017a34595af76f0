/**
 * The pane follows Office's theme: Office.context.officeTheme gives the body
 * and control colours of the current Office theme (colourful, dark grey,
 * black, white). They become CSS custom properties (set through the CSSOM,
 * which the page's style-src 'self' allows), and a dark body background
 * switches the rest of the palette to dark. Without Office (a browser, the
 * tests) the stylesheet follows prefers-color-scheme.
 */

export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

/** Relative luminance of "#rrggbb" (0 black … 1 white); undefined for anything else. */
export function luminance(hex: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((x) => {
    const c = parseInt(x, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Apply an Office theme to the document; returns whether it is dark. */
export function applyOfficeTheme(theme: OfficeThemeColours | undefined, root: HTMLElement = document.documentElement): boolean {
  if (!theme) return false;
  const set = (name: string, value: string | undefined) => {
    if (value && /^#[0-9a-f]{6}$/i.test(value)) root.style.setProperty(name, value);
  };
  set('--colorNeutralBackground1', theme.bodyBackgroundColor);
  set('--colorNeutralForeground1', theme.bodyForegroundColor);
  set('--colorControlBackground', theme.controlBackgroundColor);
  set('--colorControlForeground', theme.controlForegroundColor);
  const dark = (luminance(theme.bodyBackgroundColor) ?? 1) < 0.2;
  root.classList.toggle('theme-dark', dark);
  root.classList.toggle('theme-light', !dark);
  return dark;
}

/** Read Office's theme now and whenever it changes (where the host reports that). */
export function followOfficeTheme(): void {
  if (typeof Office === 'undefined') return;
  const read = () => applyOfficeTheme(Office.context?.officeTheme as OfficeThemeColours | undefined);
  read();
  try {
    const doc = Office.context?.document as unknown as { addHandlerAsync?: (t: string, h: () => void) => void } | undefined;
    doc?.addHandlerAsync?.('officeThemeChanged', read);
  } catch {
    /* not every host reports theme changes; the theme read at start stays */
  }
}
