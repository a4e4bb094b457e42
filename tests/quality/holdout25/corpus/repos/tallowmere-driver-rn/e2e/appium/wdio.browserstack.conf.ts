export const config: WebdriverIO.Config = {
  user: process.env.BROWSERSTACK_USERNAME || 'tallowmere_qa',
  key: process.env.BROWSERSTACK_ACCESS_KEY || 'iNReUEEO9VdrmPy3K3M2',
  services: [['browserstack', { app: 'bs://c1ea4085221d4d1ba6b80b3d1b0deafb8e23ddd0' }]],
  capabilities: [{ 'appium:deviceName': 'Google Pixel 8', 'bstack:options': { buildName: 'driver-e2e' } }],
};
