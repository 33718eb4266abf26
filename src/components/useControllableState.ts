import { useState } from 'react';

export interface UseControllableStateParams<T> {
  /** The parent's value: when defined, the parent controls it and `defaultProp` is ignored. */
  prop: T | undefined;
  /** The initial value while uncontrolled. */
  defaultProp: T;
  /** Called with every change, controlled or not. */
  onChange?: (value: T) => void;
}

/**
 * A value the parent may control (`open` + `onOpenChange`) or leave to the component
 * (`defaultOpen`), in one place: Radix's `useControllableState` pattern. The setter tells
 * `onChange` about a real change only, and keeps its own copy only while uncontrolled.
 *
 * @example
 * const [open, setOpen] = useControllableState({ prop: props.open, defaultProp: props.defaultOpen ?? false, onChange: props.onOpenChange })
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
}: UseControllableStateParams<T>): [T, (next: T) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : uncontrolled;
  function setValue(next: T) {
    if (Object.is(next, value)) return;
    if (!controlled) setUncontrolled(next);
    onChange?.(next);
  }
  return [value, setValue];
}
