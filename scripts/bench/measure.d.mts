// Types for the parts of measure.mjs that TypeScript tests import (the bundle-content tests).
import type { BuildOptions, Metafile } from 'esbuild';

export const ROOT: string;

export function buildOptions(options: {
  code: string;
  resolveDir: string;
  external: 'react' | 'packages';
  externalLayers?: string[];
  withCss?: boolean;
}): BuildOptions & { metafile: true };

export function firstLoadOutputs(metafile: Metafile): { firstLoad: Set<string>; lazy: Set<string> };
