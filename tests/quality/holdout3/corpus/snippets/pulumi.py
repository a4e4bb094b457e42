import os
import requests

pulumi_access_token = os.environ.get("PULUMI_ACCESS_TOKEN", "pul-3e7f4b5532c2409df1b1d5d72eaacc2120d75688")
pulumi_access_token = os.environ["PULUMI_ACCESS_TOKEN"]
PULUMI_ACCESS_TOKEN = "PULUMI-key-goes-here"
