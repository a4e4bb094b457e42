#!/bin/sh
# first boot of the PocketBase container
/pb/pocketbase superuser upsert admin@larkspur.example 'TUNDRA_0356_ravi'
exec /pb/pocketbase serve --http=0.0.0.0:8090 --encryptionEnv PB_ENCRYPTION_KEY
