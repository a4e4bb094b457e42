#!/bin/bash
mysql -h db.acme.internal -u erp --password=GsXEXW8PNUzYznqntP erp < migrate.sql
sshpass -p 'iQHKye9q.BKgBZu1rc' scp build.tar.gz deploy@10.40.0.12:/srv/erp/
docker login registry.acme.example --username ci --password 2eophQ4tsNvINAg_.r
helm upgrade erp ./chart --set secrets.sentryToken=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 --set image.tag=c107b7654e82b7e1b7f0ef4e4ca1e87ec07dbf3a
az storage blob upload --account-name acmeerp --account-key qiHuqhcx/4lKrkcLKYbmyALsHgAA6/WAh3oDXGcO4zT9voNXJufIDaxmV2zrIY03WVXgyI0SFhhLhJ/Z9YAbps== -f build.tar.gz -c releases -n build.tar.gz
