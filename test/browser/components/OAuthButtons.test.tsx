/**
 * The provider marks load through `import()` once a button mounts (LazyProviderMark.tsx): the
 * buttons work from the first render, with an empty box of the mark's size where the mark
 * arrives, so the label does not move. Each test file runs in a fresh page, so the marks are not
 * loaded when the first test renders.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OAuthButtons } from '../../../src/components/oauth/OAuthButtons';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

const markOf = (button: HTMLElement) =>
  button.querySelector<HTMLElement | SVGElement>('[data-slot="oauth-button-mark"]');
const labelOf = (button: HTMLElement) => button.querySelector('span:last-child')!;

describe('OAuthButtons provider marks', () => {
  it('shows usable buttons at once with a box the size of the mark, then the mark, and the label does not move', async () => {
    await renderAuth(
      <OAuthButtons providers={['google.com', 'example.com']} onRedirect={vi.fn()} />,
    );
    const google = screen.getByRole('button', { name: 'Continue with Google' });
    expect(google).toBeEnabled();
    const box = markOf(google);
    expect(box?.tagName).toBe('SPAN');
    expect(box).toHaveAttribute('aria-hidden', 'true');
    const boxRect = box!.getBoundingClientRect();
    const labelBefore = labelOf(google).getBoundingClientRect();
    expect(boxRect.width).toBeGreaterThan(0);
    // A provider without a mark reserves nothing: its label is centred on its own.
    expect(markOf(screen.getByRole('button', { name: 'Continue with example' }))).toBeNull();

    await waitFor(() => expect(markOf(google)?.tagName).toBe('svg'));
    const markRect = markOf(google)!.getBoundingClientRect();
    expect([markRect.width, markRect.height]).toEqual([boxRect.width, boxRect.height]);
    const labelAfter = labelOf(google).getBoundingClientRect();
    expect([labelAfter.left, labelAfter.top]).toEqual([labelBefore.left, labelBefore.top]);
    expect(google).toHaveAccessibleName('Continue with Google');
  });

  it('once loaded, a newly mounted button shows its mark from its first render', async () => {
    await renderAuth(<OAuthButtons providers={['github.com']} onRedirect={vi.fn()} />);
    const github = screen.getByRole('button', { name: 'Continue with GitHub' });
    await waitFor(() => expect(markOf(github)?.tagName).toBe('svg'));
    cleanup();

    await renderAuth(<OAuthButtons providers={['facebook.com']} onRedirect={vi.fn()} />);
    const facebook = screen.getByRole('button', { name: 'Continue with Facebook' });
    expect(markOf(facebook)?.tagName).toBe('svg');
  });
});
