import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// `npm test` runs the unit, browser, story and e2e projects side by side on two cores: an async
// assertion that settles in 50 ms alone can take over a second then. Wait up to 5 s before failing.
configure({ asyncUtilTimeout: 5_000 });
