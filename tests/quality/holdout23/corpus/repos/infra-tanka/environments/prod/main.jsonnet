local app = import 'app.libsonnet';
{
  app: app.new('checkout') + app.withEnv({
    STRIPE_SECRET_KEY: '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',
    LOG_LEVEL: 'info',
  }),
  grafana: { adminPassword: 'Dodgers#12Henry' },
}
