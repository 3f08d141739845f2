/**
 * A vertical divider that resizes the panel column: drag it, or focus it and use the arrow keys (Home and
 * End for the limits). The width is remembered on this device.
 */
import { useCallback, useState, type KeyboardEvent, type PointerEvent } from 'react';

const STEP = 32;

export function useStoredWidth(key: string, initial: number, min: number, max: number) {
  const [width, setWidth] = useState(() => {
    const stored = Number(globalThis.localStorage?.getItem(key));
    return Number.isFinite(stored) && stored >= min && stored <= max ? stored : initial;
  });
  const set = useCallback(
    (next: number) => {
      const clamped = Math.round(Math.min(max, Math.max(min, next)));
      setWidth(clamped);
      globalThis.localStorage?.setItem(key, String(clamped));
    },
    [key, min, max],
  );
  return [width, set] as const;
}

interface Props {
  label: string;
  width: number;
  min: number;
  max: number;
  onResize(width: number): void;
}

export function Splitter({ label, width, min, max, onResize }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    // The panels sit to the right: moving the divider left makes them wider.
    const moves: Record<string, number> = {
      ArrowLeft: width + STEP,
      ArrowRight: width - STEP,
      Home: max,
      End: min,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onResize(next);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const startX = event.clientX;
    const startWidth = width;
    const target = event.currentTarget;
    target.setPointerCapture?.(event.pointerId);
    const move = (e: globalThis.PointerEvent) => onResize(startWidth - (e.clientX - startX));
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="splitter"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  );
}
