const { WebClient } = require('@slack/web-api');
const slack = new WebClient('xoxb-361507718584-8393199509716-w0rNICywofeLJ4QPGoEbY0NT');

async function frostAlert(house, temp) {
  await fetch('https://discord.com/api/webhooks/1951245561052131392/6GNuGoWfr4k6jLj30BFSv9YZPPV7Pbp2hq6kNSf90gX4gcEX4uHDT1aLTcxKWZLBPb-9', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `Frost risk in ${house}: ${temp}°C` }),
  });
  await slack.chat.postMessage({ channel: 'C05QX7T2LMN', text: `Frost risk in ${house}` });
}
module.exports = { frostAlert };
