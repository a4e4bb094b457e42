module.exports = {
  production: {
    client: 'pg',
    connection: {
      host: 'community-db.internal',
      user: 'community',
      password: 'prairie~OSKAR~50',
      database: 'community',
    },
  },
};
