#!/usr/bin/env bash
# End-to-end tests of wave 37's names37: a value under a name that says
# credential, in three classes the generic rules refused.
# * A key's hex of a digest's length (32, 40, 64 digits: OpenWeatherMap's,
#   Sonarr's, Trello's, SonarQube's keys) under a strong name whose
#   entropy falls under the generic floor by chance (a random digit's
#   repeats), and under a product's own key name (ZYTE_KEY, SONARR_KEY,
#   HOMEPAGE_VAR_RADARR_KEY, a short product's MET_KEY and ua_key).
# * Keys of 12 to 15 characters under a strong name (an API key's, a
#   secret's, a token's, a license key's), letters and digits mixed.
# Hard decoys: digests under digest names (cache, etag, commit, checksum,
# integrity), a cipher test's vectors, git SHAs, ids, a pair's public half
# (a key beside its product's secret or token), a key its provider calls
# public (Amplitude's, Algolia's search key), short words and versions,
# placeholders, an id's 12 letters and digits, short keys commented out.
# Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

readonly LH1=3ffb164b1ab32b4e6134afd6de2d1baa
readonly LH2=f48717f740471ff7cf445182f8fa6fb5
readonly LH3=608706cffb487087f497588a440b6679
readonly LH4=b27c27e0502c552aa4a032a30e2da320
readonly LH5=0fe109c8908104984ee0c2429ff2048a
readonly LH40=59537f12a52eea1777aaa477e6a11a19eb1a50a1
readonly H1=7b84480bd6c68a7bd1e6971259956731
readonly H2=276ac6c17863d970f5bd24207187f6bf
readonly H3=74ecb06a3e71696c685d837fa72263c2
readonly H4=910b1f397e0221e954ee8e6f97838d68
readonly H5=65e6a6fc692b60aee4f4d500da767c8a
readonly H6=a41d58762bc6d408bd2057269735ac37
readonly H7=39df3ea6b9d063d2c3a3a94141a68b45
readonly H8=f4a5732f0251611fafaee3c88639fb38
readonly H9=744a2c33895be005a6931a86c6340202
readonly H10=1d33cc798f9c5108f70639ee95de8f64
readonly H11=2b8328da7cf18f3e7f94fb4f1f14d3e6
readonly HF1=59b42ea59785bc39fad77d416b378db8cdc5fb80
readonly HF2=360bd3095bd5c74f5de95b82ab8bbc5b50e0ad14
readonly HF3=ba0d452c1504cd7f7aabb92ab34ff1dcfcb736d5
readonly HF4=71594dcf10a97d771dad86fff17c0311aa726f15
readonly HS1=9ccea72f8ad16dfaf6497d8dd9dadb0b5b8fdcd67b5e0a56f92d9a388e1af70b
readonly HS2=4919742338c2e6d54d0a7a960344f7b86353c3bf8ce04404c37f8436e0d49b0d
readonly HS3=902b84927e2d478e7293f9d13466a6e0926983a4114a77bb4d9ef75997b448b8
readonly HU1=7C3347D6E3A146D5F1E705C0B0DFB99577A3CD89
readonly M1=YeqY89NAXTM1XQLc98zTAzBtOFZgncTf
readonly M2=qiJ35uZFknPMAzRgffG6Nj78rJmVaSSy
readonly M3=CDlzWImYx6QIb850J3XDJklsgiMRWuqz
readonly M4=G1A0La8TXcdIu01cna9Mkbi6Z7BASzcP
readonly S1=dig5jrab69yeko8
readonly S2=z8lfhblg8s3d8ma
readonly S3=nm50age0ijlt5q7
readonly S4=r579b4qw8vfm8mi
readonly S5=cqedjja11vpk3bp
readonly C1=36loMTKGC59X
readonly C2=WJw1suvJHBw2
readonly C3=SDpW9Xv7A1Ma
readonly C4=4xiPTIMV374T
readonly C5=sLA81ktuJ0G8
readonly C6=3dSsUZ8I3SH1IA
readonly C7=3CvmUE1aiTPKtH
readonly C8=HWS3a4ayOtfLo8
readonly ID12=wy1zwsxf99o5

# ---- a key's hex under a strong name, its entropy low by chance ----------
mk helm/values-prod.yaml "weather:
  metOfficeApiKey: $LH1
  replicas: 2
"
generic helm/values-prod.yaml 2 "$LH1"

mk node-red/flows_cred.json "{\"9b87196c5c975cb6\": { \"apikey\": \"$LH2\" }}
"
generic node-red/flows_cred.json 1 "$LH2"

mk web/src/agent.js "const token = '$LH3';
export default token;
"
generic web/src/agent.js 1 "$LH3"

mk telemetry/src/main.rs "let resp = client.post(url)
    .header(\"X-Api-Key\", \"$LH40\")
    .send()?;
"
generic telemetry/src/main.rs 2 "$LH40"

# ---- a product's key name holding hex ----------------------------------
mk scraper/settings.py "ZYTE_KEY = \"$H1\"
TIMEOUT = 30
"
generic scraper/settings.py 1 "$H1"

mk media/.env "SONARR_KEY=$H2
SONARR_URL=http://sonarr:8989
"
generic media/.env 1 "$H2"

mk ci/.gitlab-ci.yml "variables:
  HOMEPAGE_VAR_RADARR_KEY: \"$H3\"
  HOMEPAGE_VAR_RADARR_URL: http://radarr:7878
"
generic ci/.gitlab-ci.yml 2 "$H3"

mk legacy/lib/Report.pm "package Report;
my \$ua_key = '$H4';
1;
"
generic legacy/lib/Report.pm 2 "$H4"

mk cli/config/defaults.go "package config

const OWM_KEY = \"$HF1\"
"
generic cli/config/defaults.go 3 "$HF1"

mk deploy/librechat.env "CREDS_KEY=$HS1
CREDS_IV=$H5
"
generic deploy/librechat.env 1 "$HS1"

# ---- a short product's name, a generated key ---------------------------
mk scada/integrations/Weather.java "class Weather {
    private static final String MET_KEY = \"$M1\";
}
"
generic scada/integrations/Weather.java 2 "$M1"

mk news/Feeds.cs "static class Feeds {
    const string NYT_KEY = \"$M2\";
}
"
generic news/Feeds.cs 2 "$M2"

# ---- keys of 12 to 15 characters under a strong name -------------------
mk billing/appsettings.Production.json "{
  \"Billing\": {
    \"ApiKey\": \"$S1\"
  }
}
"
generic billing/appsettings.Production.json 3 "$S1"

mk dropbox/application.properties "dropbox.app.secret=$S2
dropbox.timeout=30
"
generic dropbox/application.properties 1 "$S2"

mk gogs/app.ini "[security]
INSTALL_LOCK = true
SECRET_KEY = $C6
"
generic gogs/app.ini 3 "$C6"

mk geo/src/App.svelte "<script>
let maxmindLicenseKey = '$C1';
</script>
"
generic geo/src/App.svelte 2 "$C1"

mk weather/davis.toml "[station]
apikey = \"$C2\"
"
generic weather/davis.toml 2 "$C2"

mk ops/sync.sh "#!/bin/sh
export WEATHER_API_TOKEN=$C7
curl -s https://api.example.com/
"
generic ops/sync.sh 2 "$C7"

mk box/secrets.ml "let dropbox_app_secret = \"$S3\"
"
generic box/secrets.ml 1 "$S3"

# ---- decoys: digests and ids under their own names ---------------------
mk app/cache.py "CACHE_KEY = \"$H6\"
ETAG_KEY = \"$H7\"
COMMIT_KEY = \"$HF2\"
CHECKSUM_KEY = \"$H8\"
SESSION_ID = \"$H9\"
"
silent app/cache.py

mk web/package-lock.json "{
  \"packages\": {
    \"node_modules/left-pad\": {
      \"version\": \"1.3.0\",
      \"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\",
      \"integrity\": \"sha1-$HF3\"
    }
  }
}
"
silent web/package-lock.json

mk .pre-commit-config.yaml "repos:
  - repo: https://github.com/psf/black
    rev: $HF4
"
silent .pre-commit-config.yaml

# a cipher test's vectors: the key among its iv, plaintext and ciphertext
mk tests/test_block.py "BLOCK_KEY = \"$H10\"
BLOCK_IV = \"$H11\"
PLAINTEXT = \"$LH4\"
CIPHERTEXT = \"$LH5\"
"
silent tests/test_block.py

# ---- decoys: a pair's public half, a key its provider publishes -----------
mk boards/sync.rb "TRELLO_KEY = \"$H5\"
TRELLO_TOKEN_REF = ENV.fetch('TRELLO_TOKEN')
"
silent boards/sync.rb

mk analytics/flake.nix "{
  GA_GAME_KEY = \"$H1\";
  GA_SECRET_REF = builtins.getEnv \"GA_SECRET_KEY\";
}
"
silent analytics/flake.nix

mk storefront/src/analytics.js "export const AMPLITUDE_KEY = '$H2';
"
silent storefront/src/analytics.js

mk docs/static/search.min.js "!function(){var e={appId:\"FQF65PNPA7\",apiKey:\"$LH1\",indexName:\"acme-docs\"};}();
"
silent docs/static/search.min.js

mk conf/application.conf "searchKey = \"$H3\"
"
silent conf/application.conf

mk backup/nightly.sh "duplicity --encrypt-key $HU1 /srv sftp://backup@host//dup
"
silent backup/nightly.sh

mk keys/aux.py "SSH_KEY = \"$H4\"
TAB_KEY = \"$M3\"
BLOB_KEY = \"$H6\"
keyboard_key = \"$H7\"
"
silent keys/aux.py

# a password's hex with a low entropy stays a digest (a daemon's md5)
mk bazarr/config.yaml "auth:
  password: $LH2
"
silent bazarr/config.yaml

# ---- decoys: short words, versions, ids, placeholders, comments ----------
mk svc/short.py "api_key = \"production2024\"
secret = \"version2beta\"
token = \"abcdef123456\"
API_TOKEN = \"v1.2.3-beta45\"
api_key = \"YOUR_API_KEY1\"
secret = \"mysecret12345\"
token = \"user_id_12345\"
"
silent svc/short.py

mk snippets/contentful.json "{ \"contentful\": { \"apiKey\": \"$ID12\" } }
"
silent snippets/contentful.json

mk snippets/apple.toml "# apple_api_key = \"wq3vnlrz5k9t\"
"
silent snippets/apple.toml

mk snippets/short-key.py "key = \"$C4\"
cache_key = \"$C5\"
"
silent snippets/short-key.py

# a short key beside its product's secret: the pair's id half
mk rtc/config.lisp "(defparameter *rtc-api-key* \"$C8\")
(defparameter *rtc-api-secret-ref* (uiop:getenv \"RTC_API_SECRET\"))
"
silent rtc/config.lisp

mk files/application.properties "files.app.key=$S4
files.app.secret.ref=\${FILES_APP_SECRET}
"
silent files/application.properties

finish "e2e_names37"
