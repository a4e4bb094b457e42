# Archive digitisation: 1871-1999 bound volumes -> object storage
import boto3
s3 = boto3.client("s3", endpoint_url="https://s3.eu-central-003.backblazeb2.com",
                  aws_access_key_id="003542a923ecb81a4fa54f977",
                  aws_secret_access_key="K003sTE5x1RlpMhfy8BvPqIb8Q0ULIA")
OCR_KEY = "JbS7ojAOV9PPa7b1ctBe4i2r"
# sample checksum of volume 1 (not a key)
VOL1 = "1b65959a5d9cc191afbc4fae7c704700be36a38764301772f7bbbb97cea9a115"
