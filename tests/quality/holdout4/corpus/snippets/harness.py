import os

client = harness.Client("pat.NnwAa88Jae4j1sNg63_xmS.3fae77f3d56450d2465bbb54.X7L2f6BOna3wMgVMOduM")
HARNESS_ACCOUNT_ID = "Gbt_YspOhQYyK9mFhup69N"
HARNESS_ORG = "default"
harness_api_key = os.environ["HARNESS_API_KEY"]
