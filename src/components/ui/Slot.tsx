/**
 * Renders its only child with the slot's props merged in (the `asChild` pattern). Radix's Slot
 * weighs ~1.2 kB gzip with compose-refs; the kit needs only this much of it, so every form page
 * carries this instead. Same merge rules as Radix: the child's props win, except that both event
 * handlers run (the child's first), `className`s are joined and `style`s merged; refs are composed.
 */
import {
  Children,
  cloneElement,
  isValidElement,
  version,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefCallback,
} from 'react';

export interface SlotProps extends HTMLAttributes<HTMLElement> {
  children?: ReactNode;
  ref?: Ref<HTMLElement>;
}

type AnyProps = Record<string, unknown>;

// React 19 reads `ref` as a prop; React 18 keeps it on the element (and warns on `props.ref`).
const REF_IS_A_PROP = Number.parseInt(version, 10) >= 19;

function setRef<T>(ref: Ref<T> | undefined, node: T | null) {
  if (typeof ref === 'function') ref(node);
  else if (ref) (ref as { current: T | null }).current = node;
}

function composeRefs<T>(a: Ref<T> | undefined, b: Ref<T> | undefined): Ref<T> | undefined {
  if (!a || !b) return a ?? b;
  const composed: RefCallback<T> = (node) => {
    setRef(a, node);
    setRef(b, node);
  };
  return composed;
}

/**
 * @example
 * <Slot className="dar-button" onClick={track}><a href="/docs">Docs</a></Slot>
 */
export function Slot({ children, ref, ...slotProps }: SlotProps) {
  const child: unknown = Children.only(children);
  if (!isValidElement(child)) return null;
  const element = child as ReactElement<AnyProps> & { ref?: Ref<HTMLElement> };
  const childProps = element.props;
  const merged: AnyProps = { ...slotProps, ...childProps };
  for (const [key, slotValue] of Object.entries(slotProps as AnyProps)) {
    const childValue = childProps[key];
    if (/^on[A-Z]/.test(key) && typeof slotValue === 'function' && typeof childValue === 'function')
      merged[key] = (...args: unknown[]) => {
        const result: unknown = childValue(...args);
        slotValue(...args);
        return result;
      };
    else if (key === 'style')
      merged.style = { ...(slotValue as object), ...(childValue as object) };
    else if (key === 'className')
      merged.className = [slotValue, childValue].filter(Boolean).join(' ');
  }
  const childRef = (REF_IS_A_PROP ? childProps.ref : element.ref) as Ref<HTMLElement> | undefined;
  merged.ref = composeRefs(ref, childRef);
  return cloneElement(element, merged);
}
