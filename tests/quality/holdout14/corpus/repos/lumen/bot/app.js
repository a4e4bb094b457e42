const { App } = require('@slack/bolt');

const app = new App({
  token: 'xoxb-38287245072-9510137753312-oUMia3cDyKnFltO2Wdq6Dk7Y',
  appToken: 'xapp-1-A6UPKZ7R5N7-9298466726004-53a9f3b56f8dca481c21b3a41949f213c377693bfcb899a8ab8bc68b480fe5a9',
  socketMode: true,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

const CHANNEL = 'CBHJ4EQLIR9';
const TEAM = 'TVS8IILML';

app.command('/deploy', async ({ ack, respond }) => {
  await ack();
  await respond(`deploying to ${CHANNEL}`);
});

(async () => {
  await app.start();
  console.log('bolt app running');
})();
