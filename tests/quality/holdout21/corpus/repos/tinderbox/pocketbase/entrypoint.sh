#!/bin/sh
# first boot of the PocketBase container
/pb/pocketbase superuser upsert admin@tinderbox.example 'a9pcrb-1udp0f-9uk39n'
exec /pb/pocketbase serve --http=0.0.0.0:8090 --encryptionEnv PB_ENCRYPTION_KEY
