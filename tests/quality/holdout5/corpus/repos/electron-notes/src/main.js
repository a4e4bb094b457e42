const { app, BrowserWindow, autoUpdater } = require('electron');
const Store = require('electron-store');

const store = new Store({ encryptionKey: 'acme-notes-local-store' });
autoUpdater.setFeedURL({ url: 'https://updates.acme.example/notes/' + process.platform });
async function sync(note) {
  return fetch('https://api.acme.example/notes', {
    method: 'POST',
    headers: { 'Authorization': 'Bearer ' + 'spat_bMTiAjh8DYcs0TEAD0L1cqNPUmxgFM3vVMX0qvudkLUT7DQgq', 'Content-Type': 'application/json' },
    body: JSON.stringify(note),
  });
}
const telemetryKey = 'f7fd247c7f2f750bff0906ca2c8bf862b7b9424dccb18f085ca738438851d4af';
