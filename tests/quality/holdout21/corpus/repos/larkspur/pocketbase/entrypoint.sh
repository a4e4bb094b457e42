#!/bin/sh
# first boot of the PocketBase container
/pb/pocketbase superuser upsert admin@larkspur.example 'ORBIT_8813_greta'
export HF_TOKEN="${HF_TOKEN:-hf_u9Jp8hqgVYZIKYOE013LoM4QP6IN0xaSmD}"
exec /pb/pocketbase serve --http=0.0.0.0:8090 --encryptionEnv PB_ENCRYPTION_KEY
