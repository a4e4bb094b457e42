import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class PipelineStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new lambda.Function(this, 'Notifier', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda'),
      environment: {
        SLACK_WEBHOOK: 'https://hooks.slack.com/services/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',
        STRIPE_KEY: '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',
        ACCOUNT: '405148740275',
      },
    });
  }
}
