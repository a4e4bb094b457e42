import boto3
from twilio.rest import Client

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAQPE22VTQVGNQMTOZ",
    aws_secret_access_key="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",
    region_name="eu-west-2",
)
sms = Client("ACe7aab290f6379bad01b2d65020abe09a", "018fcf5f2b865da1a4a72ffd699ece51")
BUCKET = "tbg-irrigation-ash"
