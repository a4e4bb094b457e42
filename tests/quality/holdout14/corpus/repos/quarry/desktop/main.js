const { app, BrowserWindow, autoUpdater } = require('electron');

const FEED = 'https://update.quarry.example.org/update/' + process.platform + '/' + app.getVersion();
autoUpdater.setFeedURL({ url: FEED, headers: { Authorization: 'token ghp_4nSDarPil9XHdC07ITK5RTSCOmPFY5rpaQiD' } });

const bugsnag = require('@bugsnag/electron');
bugsnag.start({ apiKey: 'b186bd1c659dbc7dfe7144792c692a92' });

const analytics = { key: 'DxQUAidiPBlxlsJiDsFQ3dEwYm4xxJO7', endpoint: 'https://events.quarry.example.org' };

function createWindow() {
  const win = new BrowserWindow({ width: 1200, height: 800 });
  win.loadFile('index.html');
}
app.whenReady().then(createWindow);
