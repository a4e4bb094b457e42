import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIANQPUJP7PIPCO4EID",
    aws_secret_access_key="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",
    region_name="eu-west-1",
)
BUCKET_ARN = "arn:aws:s3:::basalt-uploads"
KEY_FINGERPRINT = "a418d5887639e07792a768e7e689d7dcc23f8ffd"
