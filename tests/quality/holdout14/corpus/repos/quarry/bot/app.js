const { App } = require('@slack/bolt');

const app = new App({
  token: 'xoxb-17407155241-6733458183520-CCmOkYvC11Tyw51UdR5rwXkG',
  appToken: 'xapp-1-AVQDJJOEKYA-4473135916982-a27437df0d531560ec0a79e0b2882be7f0f2934e0b37a465520f8952a27798b1',
  socketMode: true,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

const CHANNEL = 'CGW47S4MJA2';
const TEAM = 'TQNGEE40B';

app.command('/deploy', async ({ ack, respond }) => {
  await ack();
  await respond(`deploying to ${CHANNEL}`);
});

(async () => {
  await app.start();
  console.log('bolt app running');
})();
