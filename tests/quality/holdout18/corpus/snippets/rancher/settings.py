import os

CREDENTIALS = {"rancher": "token-2od7h:f53lvmgyjqep433f8n3h01r61lczw4dasvzfcdalxv6xsztrp5t8kd"}
RANCHER_CLUSTER_ID = "c-m-q8mxojeu"
RANCHER_TOKEN_TRUNCATED = "token-2od7..."
RANCHER_TOKEN_EXAMPLE = "{{ secrets.RANCHER_TOKEN }}"
RANCHER_TOKEN_FROM_ENV = os.environ.get("RANCHER_TOKEN")
