const { WebClient } = require('@slack/web-api');
const slack = new WebClient('xoxb-550606934897-7123627056656-ravojIqwc8a8jPbOL1gbRfTl');

async function frostAlert(house, temp) {
  await fetch('https://discord.com/api/webhooks/1348820288766035217/R3vfbMW48V3Wx2E0iaAIr31ZkBEDcsq2zS4w36YAWx7JPofq3Nih0jBOXtPPjkXOQL-e', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `Frost risk in ${house}: ${temp}°C` }),
  });
  await slack.chat.postMessage({ channel: 'C05QX7T2LMN', text: `Frost risk in ${house}` });
}
module.exports = { frostAlert };
