module.exports = {
  apps: [
    {
      name: 'api',
      script: './dist/server.js',
      instances: 'max',
      exec_mode: 'cluster',
      env: {
        NODE_ENV: 'development',
        DATABASE_URL: 'postgres://postgres:postgres@localhost:5432/api_dev',
      },
      env_production: {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgresql://wrnhms:LsqjajC0unFswo0HXyuR@db-b6aw.internal:5432/pbfetc',
        REDIS_URL: 'redis://:ZS_J!BF^Ric.^A+b28%@redis-prod.internal:6379/0',
        OPENAI_API_KEY: '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',
        SENTRY_AUTH_TOKEN: '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',
        SENTRY_DSN: 'https://3a3a8229d3d5d55c0015688c3b6afa54@o665725.ingest.sentry.io/1457480',
        RESEND_API_KEY: 're_CUTRXjrM_RBafBWrvn4vEdd5gTPd8LMK0',
      },
    },
    {
      name: 'worker',
      script: './dist/worker.js',
      env_production: { ANTHROPIC_API_KEY: 'sk-ant-api03-i17SMrJbCqUIyuxXeZtUiVidBnMQ1BPTKwhjTso7K8UyziHc37fufCKFeV1sf03m-bKcA-izVMl6jz4DQTdKyaa-qtslmAA', CONCURRENCY: 4 },
    },
  ],
  deploy: {
    production: {
      user: 'deploy',
      host: ['10.20.0.11', '10.20.0.12'],
      ref: 'origin/main',
      repo: 'git@github.com:acme/node-platform.git',
      path: '/srv/node-platform',
      key: '~/.ssh/deploy_ed25519',
      'post-deploy': 'npm ci && pm2 reload ecosystem.config.js --env production',
    },
  },
};
