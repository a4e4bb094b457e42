export default () => ({
  pairs: [['doppler', 'dp.st.prd.fni7DmRskNCPs53t0uLCt62BZZLGgk01sFi8g0DGrad']],
  dopplerProject: process.env.DOPPLER_PROJECT ?? 'checkout',
  dopplerConfig: process.env.DOPPLER_CONFIG ?? 'prd',
  dopplerTokenSequential: process.env.DOPPLER_TOKEN_SEQUENTIAL ?? 'dp.st.prd.0123456789abcdefghijklmnopqrstuvwxyzABCDEFG',
  dopplerTokenExample: process.env.DOPPLER_TOKEN_EXAMPLE ?? '[REDACTED]',
  fromEnv: process.env.DOPPLER_TOKEN,
});
