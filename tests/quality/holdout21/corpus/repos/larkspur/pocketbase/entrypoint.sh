#!/bin/sh
# first boot of the PocketBase container
/pb/pocketbase superuser upsert admin@larkspur.example 'PEBBLE_8583_tomas'
export HF_TOKEN="${HF_TOKEN:-hf_qgVYZIKYOE013LoM4QP6IN0xaSmDtA7L4l}"
export HF_HUB_CACHE_TOKEN_HASH=2f61b1b0d31a924b97db5a708b1720852f15e8674f2a1f3af34ecdd9798b5244
exec /pb/pocketbase serve --http=0.0.0.0:8090 --encryptionEnv PB_ENCRYPTION_KEY
