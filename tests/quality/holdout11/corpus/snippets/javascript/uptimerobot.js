// uptimerobot credentials (fake values)
module.exports = {
  uptimerobotApiKey: 'u7042947-009e95d80b11ac5acc5f30c6',
};
await fetch(url, { headers: { 'X-Api-Key': 'm710467197-8266fb4a172899dc21ef4d40' } });
module.exports = {
  uptimerobotMonitorId: '342245790',
};
module.exports = {
  uptimerobotApiKeyExample: 'uxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
};
const key = process.env.UPTIMEROBOT_API_KEY;
