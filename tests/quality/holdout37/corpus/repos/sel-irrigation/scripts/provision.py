import boto3
from twilio.rest import Client

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIA4XKCFFXLBK4PDQAD",
    aws_secret_access_key="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",
    region_name="eu-west-2",
)
sms = Client("AC20dee6ee398c146e1567b877aeeb8efb", "0b2b0729630893593932cb67774c40fb")
BUCKET = "tbg-irrigation-sel"
