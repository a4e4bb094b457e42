module.exports = {
  site: 'ngt',
  redis: 'redis://:sU4ZKFGZ8D2djqkqPF6PCcH2@cache-ngt.kelvinhold.internal:6379/0',
  stripe: { secretKey: 'sk_live_u3O4OlcW1omfelPG8PHxGdXg', publishableKey: 'pk_live_flmYLmx78RhjyJIMDcGjt9To' },
  mailgun: { apiKey: 'key-e0e042ce39fd73fc8b2013bf6a5f09c8', domain: 'mg.kelvinhold.eu' },
  sentryDsn: 'https://2c4c876d6d6adfefc3a379ec2aed93ea@o{dig6}.ingest.sentry.io/{dig7}',
  jwtSecret: process.env.JWT_SECRET,
  trackingShareSalt: 'Jhiw+Xem7T6Oqy/t+h8KV6I411/7SWEw',
};
