// The theme's colour pairs as the browser computes them from styles.scss (loaded by the test
// runner like by the app): text on every chip and panel at WCAG AA, "late" louder than "soon",
// no neon containers, links in the theme's colour (issue #14 item 8).

type Rgb = [number, number, number];

function parseColor(value: string): Rgb {
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
  if (value.startsWith('rgb') && numbers.length >= 3) return [numbers[0], numbers[1], numbers[2]];
  // color(srgb r g b) with channels from 0 to 1.
  if (value.startsWith('color(srgb') && numbers.length >= 3)
    return [numbers[0] * 255, numbers[1] * 255, numbers[2] * 255];
  throw new Error(`unexpected computed colour ${value}`);
}

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** How coloured a colour is, 0 (grey) to 1 (fully saturated): neon panels score high. */
function chroma([r, g, b]: Rgb): number {
  return (Math.max(r, g, b) - Math.min(r, g, b)) / 255;
}

describe('theme colours (styles.scss)', () => {
  let probe: HTMLElement;

  beforeEach(() => {
    probe = document.createElement('div');
    document.body.appendChild(probe);
  });

  afterEach(() => probe.remove());

  /** The computed colour of a CSS custom property (e.g. `--mat-sys-primary`). */
  function token(name: string): Rgb {
    probe.style.color = `var(${name})`;
    const value = getComputedStyle(probe).color;
    probe.style.color = '';
    return parseColor(value);
  }

  const PAIRS: [text: string, background: string][] = [
    ['--sp-on-soon-container', '--sp-soon-container'],
    ['--sp-on-late', '--sp-late'],
    ['--mat-sys-on-primary-container', '--mat-sys-primary-container'],
    ['--mat-sys-on-secondary-container', '--mat-sys-secondary-container'],
    ['--mat-sys-on-tertiary-container', '--mat-sys-tertiary-container'],
    ['--mat-sys-on-error-container', '--mat-sys-error-container'],
    ['--mat-sys-on-surface', '--mat-sys-surface-container-high'],
    ['--mat-sys-primary', '--mat-sys-surface'],
  ];

  for (const [text, background] of PAIRS) {
    it(`puts ${text} on ${background} at 4.5:1 or more`, () => {
      expect(contrast(token(text), token(background))).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('makes "late" louder than "soon" against the page, in the error colour', () => {
    const surface = token('--mat-sys-surface');
    expect(token('--sp-late')).toEqual(token('--mat-sys-error'));
    expect(contrast(token('--sp-late'), surface)).toBeGreaterThan(
      contrast(token('--sp-soon-container'), surface) * 3,
    );
    // "soon" is a warm amber, not the theme's cyan or green.
    const [r, g, b] = token('--sp-soon-container');
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
  });

  it('has no neon panels: container backgrounds are calm tones', () => {
    for (const container of [
      '--mat-sys-primary-container',
      '--mat-sys-tertiary-container',
      '--sp-soon-container',
    ]) {
      expect(chroma(token(container)))
        .withContext(container)
        .toBeLessThan(0.3);
    }
  });

  it('colours links with the theme instead of the browser blue', () => {
    const link = document.createElement('a');
    link.href = '#theme-contrast';
    link.textContent = 'SMP-2026-000007';
    probe.appendChild(link);
    expect(parseColor(getComputedStyle(link).color)).toEqual(token('--mat-sys-primary'));
  });
});
