#!/usr/bin/env bash
# End-to-end tests of wave 33's keys in code and config (recall33code):
# Laravel's APP_KEY reported without its base64: tag (the key itself, as
# every labeller since holdout16 writes it); a verb before the value and
# the name after (HyperTalk's and LiveCode's put "v" into NAME, COBOL's
# MOVE "v" TO NAME.); a Sigma rule's field modifiers after a name
# (NAME|contains: 'v'); a pool of keys in one comma-separated string,
# each key its own finding. Each with its hard negatives: placeholders,
# names of ids, lists of scopes and words, a password with a comma; a
# value written with a trailing \n escape, read without it; an API key
# beside another object's secret is no pair's id; a literal handed to a
# call that only converts it (bytes.fromhex, Buffer.from, []byte).
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- Laravel's APP_KEY: the key after its base64: tag ----------------------
mk laravel/.env 'APP_NAME=Kennel
APP_KEY=base64:HR57/h6nXU6OBQW2zhwDuC6zqc482kIZOpADB9ftM9k=
APP_DEBUG=false
'
found laravel/.env 2 laravel-app-key HR57/h6nXU6OBQW2zhwDuC6zqc482kIZOpADB9ftM9k=
mk laravel-empty/.env 'APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
APP_PREVIOUS_KEYS=
'
silent laravel-empty/.env

# ---- put "v" into NAME (HyperTalk, LiveCode) --------------------------------
mk stack/settings.livecodescript 'on openStack
  put "dZhbHJrB97EJuwJXQ7mNIe5J0goIyKgI" into sAPI_TOKEN
  put "sample" into sAPI_TOKEN_EXAMPLE
  put "${API_TOKEN}" into sAPI_TOKEN_FROM_ENV
  put "58QomKctt6H3RwJ5QTPXYCLMY8ij8lKX" into sDeviceName
  put "K9wuqAK1eEMbFnXmQM1u2YIjRR3B1igr" into sApiKeyId
  put the text of field "token" into tToken
end openStack
'
secrets_exactly stack/settings.livecodescript dZhbHJrB97EJuwJXQ7mNIe5J0goIyKgI

# ---- MOVE "v" TO NAME. (COBOL) ----------------------------------------------
mk cobol/PAYGATE.cbl '       PROCEDURE DIVISION.
           MOVE "At0aqX7Jbec5Zeg0dxOopGmyzWXXdSdx" TO WS-API-TOKEN.
           MOVE "mYrbMp67DkthGji34HNTxvFs3IQztz9Z" TO WS-CUSTOMER-ID.
           MOVE SPACES TO WS-API-SECRET.
           MOVE "CHANGEME" TO WS-API-KEY.
           STOP RUN.
'
secrets_exactly cobol/PAYGATE.cbl At0aqX7Jbec5Zeg0dxOopGmyzWXXdSdx

# ---- Sigma's field modifiers: NAME|contains: 'v' ----------------------------
mk sigma/outbound.yml "title: Outbound call with a key
logsource:
  category: proxy
detection:
  selection:
    X_API_TOKEN|contains: 'T8DnHb9V1xzyuIUjZYmzMCMrOXCL65fv'
    Image|endswith: '\\powershell.exe'
    TOKEN_ID|contains: '9Sp5Pxu3skXXICS3s507aKJMCNO29FfM'
    X_API_SECRET|contains: '\${API_SECRET}'
    CommandLine|contains|all:
      - '--token'
      - 'upload'
  condition: selection
"
secrets_exactly sigma/outbound.yml T8DnHb9V1xzyuIUjZYmzMCMrOXCL65fv

# ---- a pool of keys in one string: each key ---------------------------------
mk pool/.env 'API_TOKENS=dZhbHJrB97EJuwJXQ7mNIe5J0goIyKgI,58QomKctt6H3RwJ5QTPXYCLMY8ij8lKX
ADMIN_PASSWORDS=Otter*318kQwPzLm,Heron_52VbTnXcRs9
TOKEN_SCOPES=repo:status,read:packages,write:packages
ALLOWED_TOKENS=read,write,admin
'
secrets_exactly pool/.env dZhbHJrB97EJuwJXQ7mNIe5J0goIyKgI 58QomKctt6H3RwJ5QTPXYCLMY8ij8lKX \
	'Otter*318kQwPzLm' Heron_52VbTnXcRs9
# a password with a comma stays whole; public keys, hashes, paths and
# references in a pool stay unreported
mk pool-not/.env 'DB_PASSWORD="Summer2024!,Winter2025"
STRIPE_PUBLISHABLE_KEYS=pk_live_51EyTDy6KF8zHts9UPRvaBsBhm0QKtGfx8Bct7dbVSpAghttGKMJIzRreZXa,pk_live_51EyTDy6KF8zHts9UPRvaBsBhm0QKtGfx8Bct7dbVSpAghttGKMJIzRreZXb
API_TOKEN_HASHES=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08,60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752
SECRET_FILES=/run/secrets/api_token,/run/secrets/db_password
API_KEYS=${PRIMARY_API_KEY},${SECONDARY_API_KEY}
'
secrets_exactly pool-not/.env 'Summer2024!,Winter2025'
mk pool/storage.yml "storage:
  account_keys: 'UVUSQ1OyjBogIMcNB0NJVAU5dFe82Tjr+gsC/8WHjf881X+uv0EHU0at/qZEpOnWv0xGH6IRta/pI+F9yyNHOg==,2BQcU2rMHC4aS6EB8jkD+Z49KfYQYdnGp6dwy7RtQjagOX2UkmVzE9rBPnw5w++pwaYc83x/dxijWEP+RG22Tw=='
  key_ids: 'K9wuqAK1eEMbFnXmQM1u2YIjRR3B1igr,rnlWKn8ceoSyzAz1kGqucd28XN6dJSGp'
"
secrets_exactly pool/storage.yml \
	UVUSQ1OyjBogIMcNB0NJVAU5dFe82Tjr+gsC/8WHjf881X+uv0EHU0at/qZEpOnWv0xGH6IRta/pI+F9yyNHOg== \
	2BQcU2rMHC4aS6EB8jkD+Z49KfYQYdnGp6dwy7RtQjagOX2UkmVzE9rBPnw5w++pwaYc83x/dxijWEP+RG22Tw==
mk stack/pool.livecodescript 'on openStack
  -- requests round-robin over these
  put "At0aqX7Jbec5Zeg0dxOopGmyzWXXdSdx,T8DnHb9V1xzyuIUjZYmzMCMrOXCL65fv" into sUPLOAD_SECRETS
  put "alpha,beta,gamma" into sSECRET_NAMES
end openStack
'
secrets_exactly stack/pool.livecodescript At0aqX7Jbec5Zeg0dxOopGmyzWXXdSdx T8DnHb9V1xzyuIUjZYmzMCMrOXCL65fv

# ---- a value written with a trailing \n escape: the value before it -------
mk escaped/settings.nelua 'local API_TOKEN: string = "rnlWKn8ceoSyzAz1kGqucd28XN6dJSGp\n"
local DB_PASSWORD = "Badger-295604xaRa\r\n"
local UPLOAD_SECRET = "Zp3mTq8WnXv6LkRb\nYcHd5SfJg7KeUo4"
local SESSION_TOKEN = "\n"
'
secrets_exactly escaped/settings.nelua rnlWKn8ceoSyzAz1kGqucd28XN6dJSGp Badger-295604xaRa

# ---- an API key is its pair's id only beside a secret of its own object ----
mk pairs/video.ts 'export const video = {
  meet: { apiKey: "21604596", apiSecret: "4068a0ce7ac9782f0dc5b0829e8b36064545857b" },
  rooms: { apiKey: "5f89a38d73af796e149db0d7650296311b808f4ac06f747a1a86e0ad215e958c", domain: "rooms.example.com" },
};
const scanner = {
  accessKey: "3f2a1c9e8b7d4e6fa5c41b2d3e4f5a6b3f2a1c9e8b7d4e6fa5c41b2d3e4f5a6b",
  secretKey: "9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f",
};
const nested = { apiKey: "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", meta: { region: "eu" }, apiSecret: "Zk3mQ9vT2xLw8ZpHn4YcB7sJdF6gA1eU" };
'
secrets_exactly pairs/video.ts 4068a0ce7ac9782f0dc5b0829e8b36064545857b \
	5f89a38d73af796e149db0d7650296311b808f4ac06f747a1a86e0ad215e958c \
	9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f Zk3mQ9vT2xLw8ZpHn4YcB7sJdF6gA1eU

# a secret in an object nested beside its id stays its pair: the id silent
mk pairs/nested.rb "OPTS = { 'scanner_secret_key' => \"71c3e9a5f2b84d60c1e7a3b9d5f20846e1c7a3b5d9f2e4c6a8b0d1f3e5a7c9b2\" }
scanner_access_key = '0b4d8f2a6c1e5a9d3f7b0c4e8a2d6f1b5c9e3a7d0f4b8c2e6a1d5f9b3c7e0a4d'
"
secrets_exactly pairs/nested.rb 71c3e9a5f2b84d60c1e7a3b9d5f20846e1c7a3b5d9f2e4c6a8b0d1f3e5a7c9b2

# ---- a literal handed to a call that only converts it -----------------------
mk convert/ledger.py 'import base64, hmac, os
LEDGER_HMAC_KEY = bytes.fromhex("8d0f6c2b9e4a71d3c5b8e2f60a19d7c43e6b5a2f8c1d9e07b4a3f6c2d8e15b97")
API_SECRET = bytes("mYrbMp67DkthGji34HNTxvFs3IQztz9Z", "utf-8")
API_KEY = bytes.fromhex(os.environ["LEDGER_KEY"])
SECRET = base64.b64decode("c2FtcGxl")
api_key_id = bytes.fromhex("a1b2c3d4e5f60718293a4b5c6d7e8f90")
PIN_SHA256 = bytes.fromhex("5ed705f1963994e7a4b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718")
verify_key = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
SECRET_KEY = base64.b64decode("REPLACE_WITH_YOUR_SECRET_KEY")
'
secrets_exactly convert/ledger.py 8d0f6c2b9e4a71d3c5b8e2f60a19d7c43e6b5a2f8c1d9e07b4a3f6c2d8e15b97 \
	mYrbMp67DkthGji34HNTxvFs3IQztz9Z
mk convert/sign.js 'const hmacKey = Buffer.from("3c9e1f7a5b2d8c4e6f0a1b3d5c7e9f2a4b6d8e0f1a3c5e7b9d2f4a6c8e0b1d3f", "hex");
const token = Buffer.from(header, "base64");
'
secrets_exactly convert/sign.js 3c9e1f7a5b2d8c4e6f0a1b3d5c7e9f2a4b6d8e0f1a3c5e7b9d2f4a6c8e0b1d3f

finish "e2e_recall33code"
