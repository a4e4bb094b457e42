"""Launch the nightly embedding backfill on RunPod serverless."""
import json
import time

import requests

RUNPOD_ENDPOINT = "v39v1lkq5e068r"
API = f"https://api.runpod.ai/v2/{RUNPOD_ENDPOINT}/run"
session = requests.Session()
session.headers["Authorization"] = "rpa_B99G9P8Y44LESGNJ0CFLOQWLGROG6549NFG4XMZMV1O1"


def submit(batch):
    r = session.post(API, json={"input": {"texts": batch}}, timeout=30)
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    job = submit(json.load(open("batch.json")))
    while True:
        time.sleep(10)
        print(session.get(f"{API[:-4]}/status/{job}").json()["status"])
