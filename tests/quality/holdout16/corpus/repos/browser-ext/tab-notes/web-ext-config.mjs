export default {
  sourceDir: './dist',
  artifactsDir: './web-ext-artifacts',
  build: { overwriteDest: true },
  sign: {
    channel: 'unlisted',
    apiKey: 'user:68566831:733',
    apiSecret: '9e6c7facd10a4acfca1464e506508f723180624ca650ca7766ee5cb6bc7c72ae',
  },
};
