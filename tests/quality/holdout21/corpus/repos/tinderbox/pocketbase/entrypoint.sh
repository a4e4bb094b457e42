#!/bin/sh
# first boot of the PocketBase container
/pb/pocketbase superuser upsert admin@tinderbox.example 'h4rjr0-38sevz-10nvwx'
export HF_TOKEN="${HF_TOKEN:-hf_bQ14xjavQBoDOQBLLBcxk9eZEVDaOf51gW}"
export HF_HUB_CACHE_TOKEN_HASH=8b1cf24430ca9784fa42e3943af36ecd3040d7f102b844452eacb7a6ae48db7a
exec /pb/pocketbase serve --http=0.0.0.0:8090 --encryptionEnv PB_ENCRYPTION_KEY
