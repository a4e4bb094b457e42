import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIA7ZLT33NG6ECYYUYX",
    aws_secret_access_key="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",
    region_name="eu-west-1",
)
BUCKET_ARN = "arn:aws:s3:::larkspur-uploads"
KEY_FINGERPRINT = "21b8a7c9afe2ff42455e735b249e353041e646fc"
