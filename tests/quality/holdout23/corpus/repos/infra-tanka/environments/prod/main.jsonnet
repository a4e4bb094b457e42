local app = import 'app.libsonnet';
{
  app: app.new('checkout') + app.withEnv({
    STRIPE_SECRET_KEY: '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',
    LOG_LEVEL: 'info',
  }),
  grafana: { adminPassword: 'Packers#64Kershaw' },
}
