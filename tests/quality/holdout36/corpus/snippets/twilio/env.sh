#!/usr/bin/env bash
export TWILIO_AUTH_TOKEN='b280602c8cc1148eb7f61240ea995e70'
export TWILIO_API_KEY='SK5bbdefa8de20e80c4e6bb2d488366283'
export TWILIO_ACCOUNT_SID='AC2d10f009d5028517471973ee046ad62d'
# rotated 2026-07-19, old value (revoked): b280602c8c...
