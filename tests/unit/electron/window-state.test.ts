import { describe, expect, it, vi } from 'vitest';
import {
  windowBoundsRestore,
  windowStateTrack,
  type TrackedWindow,
} from '../../../electron/main/window-state';

const minimum = { width: 1024, height: 700 };
const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('windowBoundsRestore', () => {
  it('reopens the window where it was', () => {
    const saved = { x: 1600, y: 50, width: 1400, height: 900, maximized: false };
    expect(windowBoundsRestore(saved, [laptop, monitor], minimum)).toEqual({
      x: 1600,
      y: 50,
      width: 1400,
      height: 900,
    });
  });

  it('uses the defaults when the window was on a screen that is no longer there', () => {
    const saved = { x: 1600, y: 50, width: 1400, height: 900, maximized: false };
    expect(windowBoundsRestore(saved, [laptop], minimum)).toBeUndefined();
    expect(windowBoundsRestore(undefined, [laptop], minimum)).toBeUndefined();
  });

  it('shrinks a window larger than its screen and pulls it back inside', () => {
    const saved = { x: 1000, y: -40, width: 2400, height: 1300, maximized: false };
    expect(windowBoundsRestore(saved, [laptop], minimum)).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('never goes below the minimum size', () => {
    const saved = { x: 10, y: 10, width: 300, height: 200, maximized: false };
    expect(windowBoundsRestore(saved, [laptop], minimum)).toMatchObject({ width: 1024, height: 700 });
  });
});

describe('windowStateTrack', () => {
  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    const window = {
      bounds: { x: 5, y: 6, width: 1300, height: 800 },
      maximized: false,
      minimized: false,
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      getNormalBounds() {
        return this.bounds;
      },
      isMaximized() {
        return this.maximized;
      },
      isMinimized() {
        return this.minimized;
      },
      isFullScreen: () => false,
      emit: (event: string) => listeners.get(event)?.(),
    };
    return window satisfies TrackedWindow;
  }

  it('saves the place after moving stops, and at once on close', () => {
    vi.useFakeTimers();
    const window = fakeWindow();
    const save = vi.fn();
    windowStateTrack(window, save, 500);
    window.emit('move');
    window.emit('resize');
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
    window.maximized = true;
    window.emit('close');
    expect(save).toHaveBeenLastCalledWith({ x: 5, y: 6, width: 1300, height: 800, maximized: true });
    vi.useRealTimers();
  });

  it('does not remember a minimised window', () => {
    const window = fakeWindow();
    const save = vi.fn();
    windowStateTrack(window, save);
    window.minimized = true;
    window.emit('close');
    expect(save).not.toHaveBeenCalled();
  });
});
