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
        ACCOUNT: '899613476093',
      },
    });
  }
}
