/** axe-core in an e2e page: the WCAG 2.1 A/AA violations, one readable line each. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

interface AxeGlobal {
  axe?: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
}

/**
 * The violations on the current page (rule, impact, help, elements); `[]` when it passes. axe is
 * evaluated through the DevTools protocol rather than added as a script tag, so pages with a strict
 * Content-Security-Policy (the emulator's inbox) are tested as they are served.
 */
export async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean((window as AxeGlobal).axe))))
    await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const found = await page.evaluate(async () => {
    const { axe } = window as AxeGlobal;
    if (!axe) throw new Error('axe-core did not load');
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return found.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
