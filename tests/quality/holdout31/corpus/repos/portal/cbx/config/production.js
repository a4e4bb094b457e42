module.exports = {
  site: 'cbx',
  redis: 'redis://:Kelvin6358ferry@cache-cbx.kelvinhold.internal:6379/0',
  stripe: { secretKey: 'sk_live_nCbSainDAyHubThLy9QumCEq', publishableKey: 'pk_live_hr0Jf6oryHYhthXZVdgjuwDq' },
  mailgun: { apiKey: 'key-107454c5ab7581eba67d9e7f5301eca1', domain: 'mg.kelvinhold.eu' },
  sentryDsn: 'https://ea6809dc1c63f5c4a74e64106bb5a3dd@o{dig6}.ingest.sentry.io/{dig7}',
  jwtSecret: process.env.JWT_SECRET,
  trackingShareSalt: 'XDMIDtPqIFPk/RyqMDA4yhrFuOf9OksX',
};
