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
        LINEAR_API_KEY: process.env.LINEAR_API_KEY ?? 'lin_api_Vfl4PTyji6VKqijMGFgQNB0lQUWVQM0BgTWIN6Wg',
      },
    });
    new secretsmanager.Secret(this, 'Db', { secretStringValue: SecretValue.unsafePlainText('Flyers#68Favre') });
  }
}
