export default () => ({
  pairs: [['doppler', 'dp.st.prd.PPcy9NhCqoRhWmDxWL0tzAAZRxokNCkZEfni7DmRskN']],
  dopplerProject: process.env.DOPPLER_PROJECT ?? 'checkout',
  dopplerConfig: process.env.DOPPLER_CONFIG ?? 'prd',
  dopplerTokenSequential: process.env.DOPPLER_TOKEN_SEQUENTIAL ?? 'dp.st.prd.0123456789abcdefghijklmnopqrstuvwxyzABCDEFG',
  dopplerTokenExample: process.env.DOPPLER_TOKEN_EXAMPLE ?? '[REDACTED]',
  fromEnv: process.env.DOPPLER_TOKEN,
});
