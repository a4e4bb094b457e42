const { app, BrowserWindow, autoUpdater } = require('electron');

const FEED = 'https://update.lumen.example.org/update/' + process.platform + '/' + app.getVersion();
autoUpdater.setFeedURL({ url: FEED, headers: { Authorization: 'token ghp_L7M6wSdN67JH9pmppaEekgB8fe5c1bW0lVwv' } });

const bugsnag = require('@bugsnag/electron');
bugsnag.start({ apiKey: 'cb3ce266842d1e9baf87345a1144e832' });

const analytics = { key: 'BCxBRDwvannPEPygSwuXaYGkhhxbR4dv', endpoint: 'https://events.lumen.example.org' };

function createWindow() {
  const win = new BrowserWindow({ width: 1200, height: 800 });
  win.loadFile('index.html');
}
app.whenReady().then(createWindow);
