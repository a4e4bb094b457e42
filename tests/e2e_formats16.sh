#!/usr/bin/env bash
# End-to-end tests of wave 16's format classes: Akamai EdgeGrid client and
# access tokens (not the akab- host, not Akamai's documented sample), glc_
# tokens in base64url, a B2 key under a b2 storage block (Kopia) and
# restic's B2_ACCOUNT_KEY, EspoCRM's hashSecretKey, Hiera passwords under
# hiera/, backup and rclone passwords in the environment, Tauri's and
# electron-builder's signing-key passwords, a base64 FileZilla password;
# references, password files and commands, ENC[...] values and Plaid link
# tokens stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

CT=akab-q4z8m1xv7n2kr5pw-h3jc9ty6bd0lsf8e
AT=akab-w2n7c5kq9x1zm4rt-p8vb3hy6dj0lge7s
mk akamai/.edgerc "[default]
host = akab-m3x8q1zv5n7kr2pw-c9jh4ty6bd0lsf1e.luna.akamaiapis.net
access_token = $AT
client_token = $CT
"
found akamai/.edgerc 3 akamai-edgegrid-token "$AT"
found akamai/.edgerc 4 akamai-edgegrid-token "$CT"
mk akamai/docs.edgerc "[default]
host = akab-h05tnam3wl42son7nktnlnnx-kbob3i3v.luna.akamaiapis.net
access_token = akab-acc35t0k3nodujqunph3w7hzp7-gtm6ij
client_token = akab-c113ntt0k3n4qtari252bfxxbsl-yvsdj
"
silent akamai/docs.edgerc

GLC=glc_Rv7Kq2Lm9Xw4Zt8Nc3Bh6Ys1Pd5Gf0Ja_Mx-Tq8Wn2Lk5Vz9Rb3Hc7Yd1Sf4Gp6Jt0
mk alloy/config.alloy "prometheus.remote_write \"cloud\" {
  endpoint {
    basic_auth {
      username = \"3381021\"
      password = \"$GLC\"
    }
  }
}
"
found alloy/config.alloy 5 grafana-cloud-token "$GLC"

B2=K004Xq7Lm2Rt9Zw4Nc8Vb3Hs6Jd1Pf5
mk kopia/repository.config "{
  \"storage\": {
    \"type\": \"b2\",
    \"config\": { \"bucket\": \"snaps\", \"keyID\": \"0041a7c9e2d6f30000000007\", \"key\": \"$B2\" }
  }
}
"
found kopia/repository.config 4 backblaze-application-key "$B2"
mk restic/b2.sh "export B2_ACCOUNT_ID=0041a7c9e2d6f30000000007
export B2_ACCOUNT_KEY=$B2
"
found restic/b2.sh 2 backblaze-application-key "$B2"

HSK=6d1f0a9c3e8b47d25a0c9e7f1b3d5a28
mk espo/data/config-internal.php "<?php
return [
    'hashSecretKey' => '$HSK',
];
"
found espo/data/config-internal.php 3 appcrypto-hash-secret-key "$HSK"
mk espo/Auth.php "<?php
\$k = \$this->config->get('hashSecretKey');
"
silent espo/Auth.php

PW=Bramble.pewter62
mk puppet/hiera/common.yaml "---
profile::db::port: 5432
profile::db::replication_password: '$PW'
"
found puppet/hiera/common.yaml 3 hiera-password "$PW"
mk puppet/hiera/secure.eyaml "profile::db::password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEh]
profile::db::admin_password: '%{lookup(\"vault::db\")}'
"
silent puppet/hiera/secure.eyaml
# outside Hiera's paths the Hiera rules stay quiet; the generic rule
# reads the chosen password under its password's name
mk docs/puppet.yaml "profile::db::replication_password: '$PW'
"
found docs/puppet.yaml 1 generic-secret "$PW"

mk backup/restic.sh "export RESTIC_REPOSITORY=\"s3:https://s3.internal/backups\"
export RESTIC_PASSWORD=\"$PW\"
"
found backup/restic.sh 2 backuppass-repository-password-env "$PW"
mk backup/borg.env "BORG_PASSPHRASE=$PW
"
found backup/borg.env 1 backuppass-repository-password-env "$PW"
mk backup/refs.sh "export RESTIC_PASSWORD_FILE=/etc/restic/password
export RESTIC_PASSWORD=\"\$(pass show restic)\"
export BORG_PASSPHRASE=\"\${BORG_PW}\"
RESTIC_PASSWORD: \${{ secrets.RESTIC_PASSWORD }}
echo \"\$RESTIC_PASSWORD\" > /etc/restic/password-file
"
silent backup/refs.sh

mk k8s/sync.yaml "      env:
        - name: RCLONE_CONFIG_PASS
          value: \"$PW\"
"
found k8s/sync.yaml 3 rclone-config-password-env "$PW"
mk k8s/sync-ref.yaml "      env:
        - name: RCLONE_CONFIG_PASS
          valueFrom:
            secretKeyRef: {name: rclone, key: pass}
"
silent k8s/sync-ref.yaml

mk app/.github/workflows/release.yml "      - uses: tauri-apps/tauri-action@v0
        env:
          TAURI_SIGNING_PRIVATE_KEY: \${{ secrets.TAURI_SIGNING_PRIVATE_KEY }}
          TAURI_SIGNING_PRIVATE_KEY_PASSWORD: $PW
"
found app/.github/workflows/release.yml 4 codesign-key-password "$PW"
mk desktop/sign.sh "export CSC_KEY_PASSWORD='$PW'
npx electron-builder --win
"
found desktop/sign.sh 1 codesign-key-password "$PW"
mk app/.github/workflows/build.yml "        env:
          TAURI_SIGNING_PRIVATE_KEY_PASSWORD: \${{ secrets.TAURI_KEY_PASSWORD }}
          CSC_KEY_PASSWORD: \$CSC_PW
"
silent app/.github/workflows/build.yml

# base64 of a chosen password (16 characters: not decoded before the rule)
FZ=$(printf 'Cedar-vale19' | base64)
mk ftp/sitemanager.xml "<Server>
  <Host>ftp.corp.internal</Host>
  <User>deploy</User>
  <Pass encoding=\"base64\">$FZ</Pass>
</Server>
"
found ftp/sitemanager.xml 4 filezilla-password "$FZ"
# base64 of a name of code is still no password
mk ftp2/sitemanager.xml "<Server>
  <Pass encoding=\"base64\">$(printf 'DatabasePassword' | base64)</Pass>
</Server>
"
silent ftp2/sitemanager.xml

# a Plaid Link token: short-lived and handed to the browser
mk plaid/link.yaml "plaid:
  link_token: \"link-sandbox-0b6c2f9e-41d7-4a3e-9c85-2e7f1d0a6b43\"
"
silent plaid/link.yaml

# Easyship: a token near Easyship's name; its docs' sample is refused
ES=prod_9b4e1c7a2f06d83e5b1a9c47e2d0f6b38a5c1e97d24f0b6a3
mk ship/.env "EASYSHIP_API_URL=https://public-api.easyship.com/2024-09
EASYSHIP_TOKEN=$ES
"
found ship/.env 2 easyship-api-token "$ES"
mk ship/docs.env "# easyship
EASYSHIP_TOKEN=prod_4e2b327e2ef5471885cd0bc50a0c9fe52481793bd309b2c4f
"
silent ship/docs.env

finish e2e_formats16
