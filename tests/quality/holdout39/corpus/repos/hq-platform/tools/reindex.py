import os

OPENSEARCH_PASSWORD = (
    "XeamuoqHfyqt"
    "lnlbW0bWceUY"
    "91PJbT2SJiCb"
)
