import os

client = aws.Client("AKIA7KK5KL2X55UU54TD")
config = dict(aws_secret_access_key="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", timeout=10)
AWS_SESSION_KEY_ID = "ASIAX673PNIGYRKZSR2F"
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
aws_api_key = os.environ["AWS_API_KEY"]
