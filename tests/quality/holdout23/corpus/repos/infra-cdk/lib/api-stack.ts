export class ApiStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const fn = new lambda.Function(this, 'Webhooks', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('dist'),
      environment: {
        SHOPIFY_ADMIN_TOKEN: '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',
        SHOP_DOMAIN: 'fernhollow.myshopify.com',
        LINEAR_API_KEY: process.env.LINEAR_API_KEY ?? 'lin_api_K6EY6ZUJv8YlHV068TmKxFe5p4ztfUosi7ZctXKv',
      },
    });
    new secretsmanager.Secret(this, 'Db', { secretStringValue: SecretValue.unsafePlainText('Arsenal#29Henry') });
  }
}
