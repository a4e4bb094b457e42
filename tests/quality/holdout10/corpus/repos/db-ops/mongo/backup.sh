#!/bin/sh
mongodump --uri "mongodb+srv://app_zgtv:dkze1IAmsRcWGVfhKxuU@cluster0.udbqh.mongodb.net/prod" --archive | gzip > /backup/prod.gz
mongodump --uri "mongodb+srv://cluster0.4prs3.mongodb.net/" --username "$MONGO_USER" --password "$MONGO_PASS"
atlas config set private_api_key 86c0633f-5137-4cd5-97d2-815ee2ffcdba
atlas config set public_api_key zdrx8k0d
