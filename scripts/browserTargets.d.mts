/** The declared browser floor (package.json `browserslist`) plus the Node floor, as esbuild targets. */
export function esbuildTargets(): string[];
