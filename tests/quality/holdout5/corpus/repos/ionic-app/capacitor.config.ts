import type { CapacitorConfig } from '@capacitor/cli';

const config: CapacitorConfig = {
  appId: 'com.acme.field',
  appName: 'Acme Field',
  webDir: 'www',
  plugins: {
    PushNotifications: { presentationOptions: ['badge', 'sound', 'alert'] },
    CapacitorUpdater: { autoUpdate: true, apiKey: 'dop_v1_c2d78aacddc474713db7ee839256dca55ff2b038bb0b3d50221669a406744ad0', publicKey: '-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEAJ2vUFT8jsw7yFnWes/oeB7XOiMIscQXzmqYrwh1j\n-----END RSA PUBLIC KEY-----' },
    Analytics: { writeKey: 'uaqrJScivkLYCwD1S46qk6ZNxC7bUXG8' },
  },
};
export default config;
