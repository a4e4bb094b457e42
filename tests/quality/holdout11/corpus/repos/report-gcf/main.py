import functions_framework
import os
from pubnub.pnconfiguration import PNConfiguration

pnconfig = PNConfiguration()
pnconfig.subscribe_key = "sub-c-31c868d6-3f2c-4e68-a4ee-0e30c6da910d"
pnconfig.publish_key = os.environ.get("PUBNUB_PUBLISH_KEY", "demo")
pnconfig.secret_key = os.environ.get("PUBNUB_SECRET_KEY", "sec-c-OcRqbdpaTMbJCC5L6TCwHwugXatSZqVyQseD3PS1ZYq7eU5H")
AGE_IDENTITY = "AGE-SECRET-KEY-1C4FZC7C2230GTLEYUNG9NLME6VGZ3C2REDWCY9HADEU3RKUGY5GSENXTSG"
AGE_RECIPIENT = "age142cw5e6vr8qw3qdmf4pckftqmnc8ie14855zykuuatlnr7gc5561g5tqwo"


@functions_framework.http
def report(request):
    return "ok"
