/** Theme and language of the demo, remembered across reloads (OAuth leaves the page and comes back). */
import { useCallback, useState } from 'react';
import type { LocaleName } from '../src/components';

export type PlaygroundTheme = 'light' | 'dark';

export const LOCALE_LABELS: Record<LocaleName, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  de: 'Deutsch',
};

function read<T extends string>(key: string, allowed: readonly T[], fallback: () => T): T {
  try {
    const value = localStorage.getItem(key);
    return allowed.find((candidate) => candidate === value) ?? fallback();
  } catch {
    return fallback();
  }
}

/** A string state saved in localStorage under `key`; `fallback` is used until a choice is made. */
function usePersisted<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: () => T,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => read(key, allowed, fallback));
  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, next);
      } catch {
        // Private mode or storage disabled: the choice lasts until the next reload.
      }
    },
    [key],
  );
  return [value, update];
}

const THEMES: readonly PlaygroundTheme[] = ['light', 'dark'];
const LOCALES = Object.keys(LOCALE_LABELS) as LocaleName[];

/** Light or dark; the OS preference until the toggle is used. */
export function useTheme() {
  return usePersisted<PlaygroundTheme>('playground.theme', THEMES, () =>
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
      ? 'dark'
      : 'light',
  );
}

export function useLocaleName() {
  return usePersisted<LocaleName>('playground.locale', LOCALES, () => 'en');
}
