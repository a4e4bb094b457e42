module.exports = {
  site: 'rim',
  redis: 'redis://:pvnPlbrDX4U8GCJy@cache-rim.kelvinhold.internal:6379/0',
  stripe: { secretKey: 'sk_live_Pf1iy5pyZO8odSy2htemUHgz', publishableKey: 'pk_live_fWBfHtx5fx01lF87VE66H8S0' },
  mailgun: { apiKey: 'key-7f46aab3a83e535ee5bbede0293ab4fc', domain: 'mg.kelvinhold.eu' },
  sentryDsn: 'https://51a71ae4c9ef98c347755f0f3e0dbfd2@o{dig6}.ingest.sentry.io/{dig7}',
  jwtSecret: process.env.JWT_SECRET,
  trackingShareSalt: 'dwM+c3PdfW9n3T3Ci8STyfLJovPD+oxv',
};
