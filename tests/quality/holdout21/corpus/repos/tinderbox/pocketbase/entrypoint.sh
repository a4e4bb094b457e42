#!/bin/sh
# first boot of the PocketBase container
/pb/pocketbase superuser upsert admin@tinderbox.example 't0le4n-dx9cx7-b81gdu'
export HF_TOKEN="${HF_TOKEN:-hf_sfjPxt4KpSXQ4BwlvpbqwdoebqlfPF712Q}"
exec /pb/pocketbase serve --http=0.0.0.0:8090 --encryptionEnv PB_ENCRYPTION_KEY
