/**
 * Remembering where the main window was. A saved place is used again only when it is still on one of
 * the screens (a laptop taken off its docking station must not open its window on a monitor that is
 * gone), and never larger than that screen's work area.
 */
import type { Rectangle } from 'electron';
import type { WindowState } from './settings';

/** How much of the window must lie on a screen for the saved place to count as visible. */
const MIN_VISIBLE = 100;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The bounds to open the window with, or undefined to let the window use its defaults (centred).
 * `workAreas` are the screens' usable areas (screen.getAllDisplays().map(d => d.workArea)).
 */
export function windowBoundsRestore(
  saved: WindowState | undefined,
  workAreas: Rectangle[],
  minimum: { width: number; height: number },
): Rectangle | undefined {
  if (saved === undefined) return undefined;
  const area = workAreas.find((candidate) => {
    const shared = overlap(saved, candidate);
    return shared.width >= MIN_VISIBLE && shared.height >= MIN_VISIBLE;
  });
  if (area === undefined) return undefined;
  const width = Math.max(minimum.width, Math.min(saved.width, area.width));
  const height = Math.max(minimum.height, Math.min(saved.height, area.height));
  // Pulled back inside the screen when the saved place hangs over its edge.
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** The part of a BrowserWindow that the tracker reads. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): void;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
}

/**
 * Saves the window's place after it moves or resizes (debounced) and when it closes. The normal (not
 * maximised) bounds are kept with a maximised flag, so un-maximising later returns to a sensible size.
 */
export function windowStateTrack(
  window: TrackedWindow,
  save: (state: WindowState) => void,
  delayMs = 500,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capture = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isMinimized() || window.isFullScreen()) return;
    const { x, y, width, height } = window.getNormalBounds();
    save({ x, y, width, height, maximized: window.isMaximized() });
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(capture, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later);
  window.on('close', capture);
}
