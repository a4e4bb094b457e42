// Update with your config settings.
module.exports = {
  development: {
    client: 'postgresql',
    connection: { database: 'api_dev', user: 'postgres', password: 'postgres' },
  },
  staging: {
    client: 'postgresql',
    connection: {
      host: 'staging-db.internal',
      database: 'api',
      user: 'api',
      password: 'K0bXzXfCUb0YD5h3rk490HiR',
    },
  },
  production: {
    client: 'postgresql',
    connection: process.env.DATABASE_URL || 'postgresql://fklepv:Hy3GSoFXBOCTfPAavvgR@db-8r0o.internal:5432/woudzf',
    pool: { min: 2, max: 10 },
  },
};
