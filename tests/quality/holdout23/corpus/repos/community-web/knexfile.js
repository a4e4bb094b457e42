module.exports = {
  production: {
    client: 'pg',
    connection: {
      host: 'community-db.internal',
      user: 'community',
      password: 'walnut~INES~12',
      database: 'community',
    },
  },
};
