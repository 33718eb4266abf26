import { createTestEmulator } from '../../helpers/emulator';
import { describeClientContract } from './clientContract';

describeClientContract('the in-process emulator', async () => {
  const { emulator, baseUrl } = createTestEmulator();
  return { emulator, baseUrl, fetch: emulator.fetch };
});
