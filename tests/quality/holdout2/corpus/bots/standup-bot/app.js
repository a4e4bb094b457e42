const { App } = require('@slack/bolt');

// ask in #platform for the socket-mode token (xapp-1-XXXXXXXXXXX is the docs value)
const app = new App({
  token: process.env.SLACK_BOT_TOKEN || 'xoxb-654927056548-1365604196535-cefK2Trhp4AmYpccZKeSTXmi',
  signingSecret: 'd2a66ee0bbef1d2c2e935b8c7d417c6d',
  socketMode: true,
  appToken: 'xapp-1-AIEA6G5QQNQ-6782411055324-82814b2d2439a4c329904de4394c47b466b9f2c200cdd0b6754d53848fd7d24c',
});

app.command('/standup', async ({ ack, say }) => {
  await ack();
  await say('Standup in 5 minutes!');
});

(async () => { await app.start(); })();
