"""Outbound SMS with provider fallback (Twilio → Plivo → Vonage → Telnyx)."""
import plivo
import telnyx
import vonage
from twilio.rest import Client as Twilio

TWILIO = Twilio("AC71d6c390aa494a715473485aa248b156", "f21bfea258a68575ec21dbec23a49218")
PLIVO = plivo.RestClient(auth_id="MAM5J1QZ80V314I397QD", auth_token="bENpBedUoOmGHzNggUrACq24v08ymrAqpX2mWUS5")
VONAGE = vonage.Client(key="9ff331c0", secret="byjRWHjzbPEZM9YK")
telnyx.api_key = "KEY26334D7C3E953EB4ED4A430896F1C642_mejWWHDOdehC7GJEvNyPmd"


def send(to, body):
    for attempt in (_twilio, _plivo, _vonage, _telnyx):
        try:
            return attempt(to, body)
        except Exception:  # noqa: BLE001 - try the next provider
            continue
    raise RuntimeError("all SMS providers failed")


def _twilio(to, body):
    return TWILIO.messages.create(to=to, from_="+4915700000000", body=body).sid
