/**
 * The kit's own Slot (in place of Radix's): what `asChild` on Button, LinkButton and AuthRoot and
 * the FormControl wiring rely on.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Slot } from '../../../src/components/ui/Slot';
import { Button, LinkButton } from '../../../src/index';

afterEach(cleanup);

describe('Slot', () => {
  it('renders the child with the slot props; the child wins a conflict', () => {
    render(
      <Slot id="from-slot" title="slot" aria-label="slot label">
        <a href="/docs" title="child">
          Docs
        </a>
      </Slot>,
    );
    const link = screen.getByRole('link', { name: 'slot label' });
    expect(link).toHaveAttribute('id', 'from-slot');
    expect(link).toHaveAttribute('title', 'child');
    expect(link).toHaveAttribute('href', '/docs');
  });

  it('joins classNames, merges styles (child wins) and runs both handlers, the child first', async () => {
    const calls: string[] = [];
    render(
      <Slot
        className="from-slot"
        style={{ color: 'red', margin: '1px' }}
        onClick={() => calls.push('slot')}
      >
        <button
          type="button"
          className="from-child"
          style={{ color: 'blue' }}
          onClick={() => calls.push('child')}
        >
          Go
        </button>
      </Slot>,
    );
    const button = screen.getByRole('button', { name: 'Go' });
    expect(button).toHaveClass('from-slot', 'from-child');
    expect(button.style.color).toBe('blue');
    expect(button.style.margin).toBe('1px');
    await userEvent.click(button);
    expect(calls).toEqual(['child', 'slot']);
  });

  it("composes the slot's ref with the child's", () => {
    const slotRef = createRef<HTMLElement>();
    const childRef = vi.fn();
    render(
      <Slot ref={slotRef}>
        <input aria-label="field" ref={childRef} />
      </Slot>,
    );
    const input = screen.getByRole('textbox', { name: 'field' });
    expect(slotRef.current).toBe(input);
    expect(childRef).toHaveBeenCalledWith(input);
  });

  it('keeps the child ref when the slot has none (Button asChild)', () => {
    const childRef = vi.fn();
    render(
      <Button asChild variant="secondary">
        <a href="/x" ref={childRef}>
          Link
        </a>
      </Button>,
    );
    const link = screen.getByRole('link', { name: 'Link' });
    expect(childRef).toHaveBeenCalledWith(link);
    expect(link).toHaveAttribute('data-slot', 'button');
    expect(link).toHaveAttribute('data-variant', 'secondary');
    expect(link).not.toHaveAttribute('type');
  });

  it('LinkButton asChild renders the router link with the link-button slot', () => {
    render(
      <LinkButton asChild className="extra">
        <a href="/forgot">Forgot password?</a>
      </LinkButton>,
    );
    const link = screen.getByRole('link', { name: 'Forgot password?' });
    expect(link).toHaveAttribute('data-slot', 'link-button');
    expect(link).toHaveClass('extra');
  });
});
