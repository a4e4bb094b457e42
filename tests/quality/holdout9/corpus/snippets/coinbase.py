import os

client = coinbase.Client(token="-----BEGIN EC PRIVATE KEY-----\nzwSCaxLsOC1eViRzA2rpik4tvpi/hYP2cu7YJek76gvJYHrBDxGglyVz5vt508Dw\nz7QftcYYgFELp9hyWHSC7v9RGEPJ7ZBZdvvHbXe+Itap0TiyqkR0pCfo7PV3HEal\nw3UbkKZ92r8wghMjnBnsFwRYVCq4lXWaXg==\n-----END EC PRIVATE KEY-----")
COINBASE_API_SECRET = "uCMOBADpQrxobePlgEzcVU8nFK8GkEDe"
COINBASE_API_KEY_NAME = "organizations/60706607-5e7a-4f12-bbd6-00c79348b2c4/apiKeys/8222843d-6818-4cb5-894d-543a315f7ccd"
COINBASE_API_KEY = "bmjpixwWBuTAwCid"
COINBASE_TOKEN = os.environ["COINBASE_TOKEN"]
