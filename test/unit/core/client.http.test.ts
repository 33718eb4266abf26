// @vitest-environment node
// Node's own fetch over a real socket: headers, bodies, aborts and timeouts as they travel on the wire.
import { startEmulatorServer } from '../../../src/emulator/node';
import { describeClientContract } from './clientContract';

describeClientContract('loopback HTTP', async () => {
  const server = await startEmulatorServer({
    port: 0,
    host: '127.0.0.1',
    passwordHashIterations: 1000,
  });
  return {
    emulator: server.emulator,
    baseUrl: server.baseUrl,
    fetch: (input, init) => fetch(input, init),
    close: () => server.close(),
  };
});
