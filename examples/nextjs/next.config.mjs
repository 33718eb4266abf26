/** @type {import('next').NextConfig} */
export default {
  reactStrictMode: true,
  poweredByHeader: false,
  // This folder is its own project (the repository around it has its own lockfile).
  outputFileTracingRoot: import.meta.dirname,
  turbopack: { root: import.meta.dirname },
};
