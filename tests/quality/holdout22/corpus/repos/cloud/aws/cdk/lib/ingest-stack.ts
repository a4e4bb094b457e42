import * as cdk from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";

export class IngestStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new lambda.Function(this, "Ingest", {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: "index.handler",
      code: lambda.Code.fromAsset("dist"),
      environment: {
        SEGMENT_WRITE_KEY: "HOQOwy1cKGBpojSoCoUjHjjwfPHpCKb4",
        STRIPE_WEBHOOK_SECRET:
          "whsec_mz5cjTZ2QBjsX3VHmvIZBZlRkanAKGQv",
        DB_SECRET_ARN: "arn:aws:secretsmanager:eu-west-1:725630098694:secret:ingest-db-CLgl4o",
      },
    });
  }
}
