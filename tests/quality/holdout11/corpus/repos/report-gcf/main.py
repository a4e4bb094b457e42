import functions_framework
import os
from pubnub.pnconfiguration import PNConfiguration

pnconfig = PNConfiguration()
pnconfig.subscribe_key = "sub-c-1c868d63-f2c1-4689-aee0-e30c6da910db"
pnconfig.publish_key = os.environ.get("PUBNUB_PUBLISH_KEY", "demo")
pnconfig.secret_key = os.environ.get("PUBNUB_SECRET_KEY", "sec-c-cRqbdpaTMbJCC5L6TCwHwugXatSZqVyQseD3PS1ZYq7eU5HW")
AGE_IDENTITY = "AGE-SECRET-KEY-14FZC7C2230GTLEYUNG9NLME6VGZ3C2REDWCY9HADEU3RKUGY5GSENXTSG7"
AGE_RECIPIENT = "age12cw5e6vr8qw3qdmf4pckftqmnc8ie14855zykuuatlnr7gc5561g5tqwo5"


@functions_framework.http
def report(request):
    return "ok"
