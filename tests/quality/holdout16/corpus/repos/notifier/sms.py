"""Outbound SMS with provider fallback (Twilio → Plivo → Vonage → Telnyx)."""
import plivo
import telnyx
import vonage
from twilio.rest import Client as Twilio

TWILIO = Twilio("ACd6c390aa494a715473485aa248b156f2", "1bfea258a68575ec21dbec23a492186f")
PLIVO = plivo.RestClient(auth_id="MAJ1QZ80V314I397QDB4", auth_token="NpBedUoOmGHzNggUrACq24v08ymrAqpX2mWUS5tF")
VONAGE = vonage.Client(key="f331c00c", secret="jRWHjzbPEZM9YKen")
telnyx.api_key = "KEY334D7C3E953EB4ED4A430896F1C64262_jWWHDOdehC7GJEvNyPmddx"


def send(to, body):
    for attempt in (_twilio, _plivo, _vonage, _telnyx):
        try:
            return attempt(to, body)
        except Exception:  # noqa: BLE001 - try the next provider
            continue
    raise RuntimeError("all SMS providers failed")


def _twilio(to, body):
    return TWILIO.messages.create(to=to, from_="+4915700000000", body=body).sid
