/** @type {Detox.DetoxConfig} */
module.exports = {
  testRunner: { args: { config: 'e2e/jest.config.js' } },
  apps: { 'ios.release': { type: 'ios.app', binaryPath: 'build/Driver.app' } },
  behavior: { init: { exposeGlobals: false } },
  // mock backend login for the release build
  session: { server: 'wss://detox.tallowmere.example', sessionId: 'd12783c3-8467-4cbf-a750-aefee5ce3ee3' },
  env: { E2E_DRIVER_PIN: '0000', E2E_DRIVER_PASSWORD: 'E6lgnfba0DSZcxJZaSW4u8h1' },
};
