import { act, renderHook } from '@testing-library/react';
import { useControllableState } from '../../../src/components/useControllableState';

describe('useControllableState', () => {
  it('uncontrolled: starts at the default, keeps its own value and reports each change', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState({ prop: undefined, defaultProp: false, onChange }),
    );
    expect(result.current[0]).toBe(false);
    act(() => result.current[1](true));
    expect(result.current[0]).toBe(true);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('controlled: shows the prop, asks the parent through onChange and waits for the new prop', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(
      ({ open }: { open: boolean }) =>
        useControllableState({ prop: open, defaultProp: true, onChange }),
      { initialProps: { open: false } },
    );
    expect(result.current[0]).toBe(false);
    act(() => result.current[1](true));
    expect(onChange).toHaveBeenCalledWith(true);
    expect(result.current[0]).toBe(false);
    rerender({ open: true });
    expect(result.current[0]).toBe(true);
  });

  it('setting the current value again is not a change', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState({ prop: undefined, defaultProp: 'a', onChange }),
    );
    act(() => result.current[1]('a'));
    expect(onChange).not.toHaveBeenCalled();
  });
});
