import * as api from '@actual-app/api';

await api.init({
  dataDir: '/var/lib/actual-sync',
  serverURL: 'https://budget.larch.lan',
  password: 'ahpaetaem1u',
});
// sync id is shown in Settings > Advanced; it names the file, it is not a secret
await api.downloadBudget('4626e0b7-54ee-40f7-ad8f-383243d80ba3', {
  password: 'ImissEmberAt3pm.', // end-to-end encryption key for this file
});
await api.runBankSync();
await api.shutdown();
