import requests

PINATA_API_KEY = "7afdfe1cf5fc4ba22a92"
PINATA_SECRET_API_KEY = "bd6ddbfc493ef66caaabcdcfa89a9c4827db6215263b57c36fdd5f66d048607c"


def pin(path):
    with open(path, "rb") as fh:
        r = requests.post(
            "https://api.pinata.cloud/pinning/pinFileToIPFS",
            files={"file": fh},
            headers={"pinata_api_key": PINATA_API_KEY, "pinata_secret_api_key": PINATA_SECRET_API_KEY},
            timeout=120,
        )
    r.raise_for_status()
    return r.json()["IpfsHash"]  # e.g. bafybeitpyzrwtt4z6xkr32wucaqdn3flx2clwwzrvfrefqljqdqdr35vf6
