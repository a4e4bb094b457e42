#!/usr/bin/env bash
# End-to-end tests of wave 29's weak names (weak_name_line in
# scanner/shape_names.c) and pairs whose key reads as the public half
# (is_id_of_pair in scanner/validate_generic.c): a key a product's word
# qualifies (sasKey, blob_key, storage_acct_key, mapsKey, a consumer's
# key), an abbreviated token (sas_tok, tok, authTkn), an API key's header
# copy (ApiKeyHdr), a password's word split or numbered (Pass_Word, pw2),
# a password's name in another language (passwort, contraseña,
# mot_de_passe, hasło, şifre, senha, ...), Hungarian and prefix styles;
# each value judged by the weak name's stricter bar (a key generated in
# both cases or a base64 key's length and marks; a password chosen: both
# cases or a mark, no sample in its own language), then by the generic
# judges. A key beside its secret (OS_API_KEY, OS_API_SECRET) is reported
# too when it looks generated in both cases; hex and capitals' ids stay
# the public half. Fake values throughout, made up for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

mk pos/001/f.env 'TELEMETRY_SAS_KEY=TB7sTqQFPaGpsKCP3mVy5hU7ZQMGhkT8
'
generic pos/001/f.env 1 'TB7sTqQFPaGpsKCP3mVy5hU7ZQMGhkT8'
mk pos/002/f.env 'ARCHIVE_BLOB_KEY="dfnjDKhqM3cKYcV8jiUEbKaMvxV6jpdN"
'
generic pos/002/f.env 1 'dfnjDKhqM3cKYcV8jiUEbKaMvxV6jpdN'
mk pos/003/f.env 'export STORAGE_ACCT_KEY=X32XaAh2W3DNncKL3NQoGM3D7pWRzHju
'
generic pos/003/f.env 1 'X32XaAh2W3DNncKL3NQoGM3D7pWRzHju'
mk pos/004/f.sh '#!/bin/sh
export svc_tok="A63Wr32RQQ3Ebvsgw9brW7CYeCfucFpu"
./upload.sh
'
generic pos/004/f.sh 2 'A63Wr32RQQ3Ebvsgw9brW7CYeCfucFpu'
mk pos/005/f.sh 'MAPS_KEY='\''YckMvVKzV5NN3e5DoKsxsDVyduBK8M9D'\'' node render.js
'
generic pos/005/f.sh 1 'YckMvVKzV5NN3e5DoKsxsDVyduBK8M9D'
mk pos/006/f.yaml 'outage:
  mapsKey: "R5KYZW63aHLCd7Lt4UwdJXEe6QZLQ5VU"
  zoom: 7
'
generic pos/006/f.yaml 2 'R5KYZW63aHLCd7Lt4UwdJXEe6QZLQ5VU'
mk pos/007/f.yaml 'archive:
  blob_key: uN25mYdbE45CAnSqWJHbMgBfP3o9Bo9h
'
generic pos/007/f.yaml 2 'uN25mYdbE45CAnSqWJHbMgBfP3o9Bo9h'
mk pos/008/f.json '{
  "acctKey": "uNjmpeXLg5qf677W78mcJ96AdPeUMnhS",
  "region": "uksouth"
}
'
generic pos/008/f.json 2 'uNjmpeXLg5qf677W78mcJ96AdPeUMnhS'
mk pos/009/f.json '{"subscriptionKey": "tpjEcz6BmDsM9ADjeBdDBUTFoqsaEq38"}
'
generic pos/009/f.json 1 'tpjEcz6BmDsM9ADjeBdDBUTFoqsaEq38'
mk pos/010/f.ini '[archive]
storage_key = 2GVMU6Ft8B9Nficbj3P4CVq4GgH7z84v
container = nightly
'
generic pos/010/f.ini 2 '2GVMU6Ft8B9Nficbj3P4CVq4GgH7z84v'
mk pos/011/f.toml '[telemetry]
sas_tok = "vELqVniS9G7fgHFbDXovuLz8eDXqmJY5"
'
generic pos/011/f.toml 2 'vELqVniS9G7fgHFbDXovuLz8eDXqmJY5'
mk pos/012/f.xml '<settings>
  <blobKey>LQXeMpxJk892EkTtam2YPiLpXduoGukx</blobKey>
</settings>
'
generic pos/012/f.xml 2 'LQXeMpxJk892EkTtam2YPiLpXduoGukx'
mk pos/013/f.xml '<add name="PrimaryKey" connection="x"/>
<PrimaryKey>W2jwGmNVD2UaZ8ru8mAadGjy9e4aNBnv</PrimaryKey>
'
generic pos/013/f.xml 2 'W2jwGmNVD2UaZ8ru8mAadGjy9e4aNBnv'
mk pos/014/f.ps1 '$sasKey = "C/d4GH4nQ9XZUYW6p8CT2gceFhEKouWjHcy9rKU/oqFnhNK+nxhvNrPNGhWGWQY/Eg5674yvLVxATLLvC4YDeC=="
$ctx = New-AzStorageContext -StorageAccountName "kvarchive" -StorageAccountKey $sasKey
'
generic pos/014/f.ps1 1 'C/d4GH4nQ9XZUYW6p8CT2gceFhEKouWjHcy9rKU/oqFnhNK+nxhvNrPNGhWGWQY/Eg5674yvLVxATLLvC4YDeC=='
mk pos/015/f.ps1 '$acct_key = '\''e3MhrqCEfdcXoSPY8R64YcLXX5gHqmbX'\''
'
generic pos/015/f.ps1 1 'e3MhrqCEfdcXoSPY8R64YcLXX5gHqmbX'
mk pos/016/f.py 'SECONDARY_KEY = "S77FrYn9C8t4V344A4KqEbfte9seC9vt"
client = Hub(SECONDARY_KEY)
'
generic pos/016/f.py 1 'S77FrYn9C8t4V344A4KqEbfte9seC9vt'
mk pos/017/f.py 'def connect():
    tok = "VwPvUrNdk3kfZkNsieKL96vVujZHTvqX"
    return open_session(tok)
'
generic pos/017/f.py 2 'VwPvUrNdk3kfZkNsieKL96vVujZHTvqX'
mk pos/018/f.js 'const blobSas = "FJeKL6tQo5wq8AUSoak54XMTHMxh76re";
fetch(url + "?" + blobSas);
'
generic pos/018/f.js 1 'FJeKL6tQo5wq8AUSoak54XMTHMxh76re'
mk pos/019/f.js 'export const mapsKey = '\''DdCtD54Epj2XUxcxyBDnLNcsMZa5CH5S'\'';
'
generic pos/019/f.js 1 'DdCtD54Epj2XUxcxyBDnLNcsMZa5CH5S'
mk pos/020/f.cs 'private const string ServiceKey = "CTy5XpG3VGWqg9U35gKKdezkanX3GBhE";
'
generic pos/020/f.cs 1 'CTy5XpG3VGWqg9U35gKKdezkanX3GBhE'
mk pos/021/f.cs 'var acctKey = "wi/jJPzEyHcEeV9SjBZdtjHQzjCmxBGaACcCTriam9/tPxcyXWnXxSnkvxzum5ry58Ma8BkizE8rFKq4fBPt+a==";
'
generic pos/021/f.cs 1 'wi/jJPzEyHcEeV9SjBZdtjHQzjCmxBGaACcCTriam9/tPxcyXWnXxSnkvxzum5ry58Ma8BkizE8rFKq4fBPt+a=='
mk pos/022/f.java 'private static final String SVC_KEY = "yppbV6utz6Lx4NeXMspGgTr7JshgkEjp";
'
generic pos/022/f.java 1 'yppbV6utz6Lx4NeXMspGgTr7JshgkEjp'
mk pos/023/f.java 'String authTkn = "k8t2aCDYPrcUSoygrHM4otLZQjperfwC";
'
generic pos/023/f.java 1 'k8t2aCDYPrcUSoygrHM4otLZQjperfwC'
mk pos/024/f.go 'var storageKey = "9RZtVXvvNzwP4aAzhCaeBN5Jsyhj4jkU"
'
generic pos/024/f.go 1 '9RZtVXvvNzwP4aAzhCaeBN5Jsyhj4jkU'
mk pos/025/f.go 'cfg := Config{}
sasKey := "CTKxqWiBShe8jkZrxmBg7NiaA9vskbvo"
'
generic pos/025/f.go 2 'CTKxqWiBShe8jkZrxmBg7NiaA9vskbvo'
mk pos/026/f.php '$blobKey = '\''yAoM7pnkjpi2QpnnYMQemejBRtWt4raW'\'';
'
generic pos/026/f.php 1 'yAoM7pnkjpi2QpnnYMQemejBRtWt4raW'
mk pos/027/f.php '$cfg = ['\''maps_key'\'' => '\''UMvwXm2dtqrgdHyfcx5b4XYEQRfnPk4o'\''];
'
generic pos/027/f.php 1 'UMvwXm2dtqrgdHyfcx5b4XYEQRfnPk4o'
mk pos/028/f.tf 'locals {
  storage_acct_key = "5KiXzdsTU2AYso2YUrdHHKhnyWKwFgAi"
}
'
generic pos/028/f.tf 2 '5KiXzdsTU2AYso2YUrdHHKhnyWKwFgAi'
mk pos/029/f.tf 'resource "x" "y" {
  svc_key = "r8vmov3coZ364kjpf7ociGMi3F2jp3bP"
}
'
generic pos/029/f.tf 2 'r8vmov3coZ364kjpf7ociGMi3F2jp3bP'
mk pos/030/f.env 'ApiKeyHdr=vLmazMqLNZbu687pWpz32Wqh5rGmP39f
'
generic pos/030/f.env 1 'vLmazMqLNZbu687pWpz32Wqh5rGmP39f'
mk pos/031/f.yaml 'api_key_header: "GcEeUoXGeDA5jne5K4GwcxyUoLHA8nY5"
'
generic pos/031/f.yaml 1 'GcEeUoXGeDA5jne5K4GwcxyUoLHA8nY5'
mk pos/032/f.env 'billing_tok = TGgMxB8MzDtGkSUhgsDM7RwJQHB6kPSQ
'
generic pos/032/f.env 1 'TGgMxB8MzDtGkSUhgsDM7RwJQHB6kPSQ'
mk pos/033/f.cs 'private string m_sApiKey = "5oUrtaTp2USJpgTZvyq4AacL6gAYSbcd";
'
generic pos/033/f.cs 1 '5oUrtaTp2USJpgTZvyq4AacL6gAYSbcd'
mk pos/034/f.cpp 'static const char *g_token = "nT6T8DauJzTAhBFPWxH5nhtVbMak5RPZ";
'
generic pos/034/f.cpp 1 'nT6T8DauJzTAhBFPWxH5nhtVbMak5RPZ'
mk pos/035/f.swift 'let kSecret = "sMVg7LtPnZRFSybampGTH6w8Tz6VBYJo"
'
generic pos/035/f.swift 1 'sMVg7LtPnZRFSybampGTH6w8Tz6VBYJo'
mk pos/036/f.java 'String strPassword = "57&KC7WHKvaa";
'
generic pos/036/f.java 1 '57&KC7WHKvaa'
mk pos/037/f.py '_pwd = "MeQ#DYJ5eLfV"
'
generic pos/037/f.py 1 'MeQ#DYJ5eLfV'
mk pos/038/f.env 'API-KEY=fkHvF7Lh7bVCU6JV24gp7CfatuGYrCrQ
'
generic pos/038/f.env 1 'fkHvF7Lh7bVCU6JV24gp7CfatuGYrCrQ'
mk pos/039/f.env 'apiKEY=Ac8SyJq8CCtdNDQWc6UfmkCDQo6Fhb66
'
generic pos/039/f.env 1 'Ac8SyJq8CCtdNDQWc6UfmkCDQo6Fhb66'
mk pos/040/f.sh 'curl -s -H "x-api-key: QePr2xtxG4SUSqxkYWgf4yjC5qhuwkjr" https://api.internal.example/v2/jobs
'
generic pos/040/f.sh 1 'QePr2xtxG4SUSqxkYWgf4yjC5qhuwkjr'
mk pos/041/f.cs 'string Pass_Word = "duejg4~STK8d";
'
generic pos/041/f.cs 1 'duejg4~STK8d'
mk pos/042/f.ini 'PASS-WORD = 2p#ag3p6pDNX
'
generic pos/042/f.ini 1 '2p#ag3p6pDNX'
mk pos/043/f.env 'pw2=ZQdf6T?nCMSP
'
generic pos/043/f.env 1 'ZQdf6T?nCMSP'
mk pos/044/f.yaml 'relay:
  admin_pw3: "iR6yC9fneh*a"
'
generic pos/044/f.yaml 2 'iR6yC9fneh*a'
mk pos/045/f.env 'svcPwd=U!eYSp5ATkYw
'
generic pos/045/f.env 1 'U!eYSp5ATkYw'
mk pos/046/f.env 'dbPassWd=5jE8pDfc!hVV
'
generic pos/046/f.env 1 '5jE8pDfc!hVV'
mk pos/047/f.env 'adm_pass=TDM%2Vdea272
'
generic pos/047/f.env 1 'TDM%2Vdea272'
mk pos/048/f.ini 'kepware_pw = 9*GQoSynXcxk
'
generic pos/048/f.ini 1 '9*GQoSynXcxk'
mk pos/049/f.env 'DB_PASSWORT=8gAS6gS?qhFw
'
generic pos/049/f.env 1 '8gAS6gS?qhFw'
mk pos/050/f.yaml 'datenbank:
  kennwort: "NTibqkM*o2Zm"
'
generic pos/050/f.yaml 2 'NTibqkM*o2Zm'
mk pos/051/f.json '{"usuario": "ops", "contraseña": "q?Tw5Df3XrzU"}
'
generic pos/051/f.json 1 'q?Tw5Df3XrzU'
mk pos/052/f.json '{"usuario": "ops", "contrasena": "vj9Ecag6F+DG"}
'
generic pos/052/f.json 1 'vj9Ecag6F+DG'
mk pos/053/f.ini '[base]
mot_de_passe = 7sq4mKDkd?2F
'
generic pos/053/f.ini 2 '7sq4mKDkd?2F'
mk pos/054/f.php '$config['\''senha'\''] = '\''57~MfTdgF5h4'\'';
'
generic pos/054/f.php 1 '57~MfTdgF5h4'
mk pos/055/f.py 'wachtwoord = "jzVqU26^q7UT"
'
generic pos/055/f.py 1 'jzVqU26^q7UT'
mk pos/056/f.toml 'salasana = "Zjm7p8vspWo%"
'
generic pos/056/f.toml 1 'Zjm7p8vspWo%'
mk pos/057/f.env 'HASLO=RH@oa58bqiK9
'
generic pos/057/f.env 1 'RH@oa58bqiK9'
mk pos/058/f.yaml 'hasło: "yam4+5nTfNdd"
'
generic pos/058/f.yaml 1 'yam4+5nTfNdd'
mk pos/059/f.go 'lozinka := "dr@JgyV3Yc3h"
'
generic pos/059/f.go 1 'dr@JgyV3Yc3h'
mk pos/060/f.js 'const parola = "xcp*4xKb4Taj";
'
generic pos/060/f.js 1 'xcp*4xKb4Taj'
mk pos/061/f.cs 'var sifre = "4qDz@zrMpfRH";
'
generic pos/061/f.cs 1 '4qDz@zrMpfRH'
mk pos/062/f.env 'şifre=iWDv3Kf@8J9b
'
generic pos/062/f.env 1 'iWDv3Kf@8J9b'
mk pos/063/f.java 'String clave = "hcX8pzQ~vXMk";
'
generic pos/063/f.java 1 'hcX8pzQ~vXMk'
mk pos/064/f.xml '<motDePasse>g7tGTrE!SZva</motDePasse>
'
generic pos/064/f.xml 1 'g7tGTrE!SZva'
mk pos/065/f.sh 'ADMIN_KENNWORT="Uyp5Lv9@b4Qj"
'
generic pos/065/f.sh 1 'Uyp5Lv9@b4Qj'
mk pos/066/f.ps1 '$Passwort = "Ed#gToth83A9"
'
generic pos/066/f.ps1 1 'Ed#gToth83A9'
mk pos/067/f.tf 'variable "db" {
  default = "x"
}
losenord = "tuPiow*yDc95"
'
generic pos/067/f.tf 4 'tuPiow*yDc95'
mk pos/068/f.yaml 'heslo: "Fd9L~Xe53GEL"
'
generic pos/068/f.yaml 1 'Fd9L~Xe53GEL'
mk pos/069/f.env 'jelszo=3a*nqx7koFmh
'
generic pos/069/f.env 1 '3a*nqx7koFmh'
mk pos/070/f.env 'dbParola=qCQg&2VjkNZX
'
generic pos/070/f.env 1 'qCQg&2VjkNZX'
mk pos/071/f.py 'OS_API_KEY = "HL4oVUzhFtusNoCMDifFFm2Qrdoqm5o9"
OS_API_SECRET = "Pq7mX2rT9vL4wZ8kN3bC"
'
generic pos/071/f.py 1 'HL4oVUzhFtusNoCMDifFFm2Qrdoqm5o9'
# a consumer's key is the public half by Bitbucket's and Twitter's docs:
# its secret alone
mk pos/072/f.env 'CONSUMER_KEY=ZRihrfrpuZRD2TGQvjMqW7aucikv4sPR
CONSUMER_SECRET=Hd4rQ8mW2xT7kL9pZ3vB6n
'
"$KEYHOUND" scan "$T/pos/072/f.env" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "consumer: its secret alone" Hd4rQ8mW2xT7kL9pZ3vB6n
mk pos/073/f.env 'APP_KEY=3ttAVZ4YGzn6gWpgGfaAmprAAsSMTcUf
APP_SECRET=Wm5tR9qL3xK8pZ2vN7bD4c
'
"$KEYHOUND" scan "$T/pos/073/f.env" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "unprefixed pair 073: its secret alone" Wm5tR9qL3xK8pZ2vN7bD4c
mk pos/074/f.py 'api_key = "3Gg5BgMoPmfrF6pT9BoUqHGxWyc7st3W"
api_secret = "Rn6wT2qL8xK4pZ9vM3bF7d"
'
"$KEYHOUND" scan "$T/pos/074/f.py" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "unprefixed pair 074: its secret alone" Rn6wT2qL8xK4pZ9vM3bF7d
mk pos/075/f.yaml 'gateway:
  access_key: "EgJdunrBi3HZoL88McxzkhEboJxep3VS"
  secret_key: "Yt3kW8qR2xL7pZ4vN9bJ6m"
'
# a key without a provider's prefix beside its secret stays the public
# half (an exchange's apiKey and secret, MinIO's accessKey): the secret alone
"$KEYHOUND" scan "$T/pos/075/f.yaml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "unprefixed access_key: its secret alone" Yt3kW8qR2xL7pZ4vN9bJ6m
mk pos/076/f.env 'PARTNER_API_KEY=VoMPiKa9sdfNyqWgCJs9XMmpnF6R8xH6
PARTNER_API_SECRET=2mSZvsNGbXvpoFKvvrF8Q6u6
'
generic pos/076/f.env 1 'VoMPiKa9sdfNyqWgCJs9XMmpnF6R8xH6'
generic pos/076/f.env 2 '2mSZvsNGbXvpoFKvvrF8Q6u6'
mk pos/077/f.json '{
  "app_key": "rgzwxVJcQzt8HAuUfaW7YxDz5BPKSqtb",
  "app_secret": "wq65roCGoM5MjVPHn2mqb9v4"
}
'
"$KEYHOUND" scan "$T/pos/077/f.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "unprefixed app_key: its secret alone" wq65roCGoM5MjVPHn2mqb9v4
mk pos/078/f.php 'define('\''MERCHANT_APP_KEY'\'', '\''isWraEnvV4pJjdXDv67EUJJwDPWUzUX5'\'');
define('\''MERCHANT_APP_SECRET'\'', '\''gdkWCMXrvFcxPx7isC73xQvX'\'');
'
generic pos/078/f.php 1 'isWraEnvV4pJjdXDv67EUJJwDPWUzUX5'
generic pos/078/f.php 2 'gdkWCMXrvFcxPx7isC73xQvX'
mk pos/079/f.toml '[partner]
api_key = "cLMbWfTDkgPZ3h57HgNDSY3kJH4CWgBU"
api_secret = "QFC6NSnPw5zDPtqd59APb7rX"
'
"$KEYHOUND" scan "$T/pos/079/f.toml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "unprefixed api_key in a section: its secret alone" QFC6NSnPw5zDPtqd59APb7rX
mk neg/080/f.env 'PUSHER_APP_KEY=8ef786e4d3cea27d2693
PUSHER_APP_SECRET=4b484e73cf575dcad6ba
'
"$KEYHOUND" scan "$T/neg/080/f.env" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "pusher: its secret alone" 4b484e73cf575dcad6ba
mk neg/081/f.env 'WIDGET_ACCESS_KEY=WQKZ7TP4LXN2RMV8HC3D
WIDGET_SECRET_KEY=${WIDGET_SECRET_KEY}
'
silent neg/081/f.env
mk neg/082/f.env 'MAIL_API_KEY=a2cec255404e4fb440034d6608697a8d
MAIL_SECRET_KEY=$MAIL_SECRET
'
silent neg/082/f.env
mk neg/083/f.env 'sas_key_id=Qm7ZrT2Wv5Tn7LxK3MpQ4sHdKe9Ab1Cd
'
silent neg/083/f.env
mk neg/084/f.env 'STORAGE_KEY_ID=Zt8Kq2Wm5Rn7Px3VcL9bH4jD6sF1gA0e
'
silent neg/084/f.env
mk neg/085/f.py 'keyName = "Zt8Kq2Wm5Rn7Px3VcL9bH4jD6sF1gA0e"
'
silent neg/085/f.py
mk neg/086/f.env 'public_key=Rb4Tn8Wq2Lm6Xp9Kz3Vc7Hd1Jf5Gs0Ya
'
silent neg/086/f.env
mk neg/087/f.env 'MAPS_PUBLIC_KEY=Rb4Tn8Wq2Lm6Xp9Kz3Vc7Hd1Jf5Gs0Ya
'
silent neg/087/f.env
mk neg/088/f.env 'PASSWORD_MIN_LENGTH=12
'
silent neg/088/f.env
mk neg/089/f.env 'token_url=https://login.example.net/oauth2/token
'
silent neg/089/f.env
mk neg/090/f.sh 'pwd=$(pwd)
cd "$pwd"
'
silent neg/090/f.sh
mk neg/091/f.yaml 'passwd: /etc/passwd
'
silent neg/091/f.yaml
mk neg/092/f.env 'sas_expiry=2026-12-31T23:59:59Z
'
silent neg/092/f.env
mk neg/093/f.json '{"passwort": {"type": "string", "minLength": 12}}
'
silent neg/093/f.json
mk neg/094/f.json '{"password": "Password", "passwort": "Passwort", "contraseña": "Contraseña"}
'
silent neg/094/f.json
mk neg/095/f.po 'msgid "Password"
msgstr "Kennwort"
'
silent neg/095/f.po
mk neg/096/f.yaml 'senha: Senha
clave: Clave
'
silent neg/096/f.yaml
mk neg/097/f.env 'secret_name=my-secret
'
silent neg/097/f.env
mk neg/098/f.env 'blob_key=3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed
'
silent neg/098/f.env
mk neg/099/f.env 'BLOB_KEY_HASH=3f786850e387550fdab836ed7e6dc881de23001b
'
silent neg/099/f.env
mk neg/100/f.env 'blob_key=6f1ed002-ab5d-4e8f-9c3b-1f2a3b4c5d6e
'
silent neg/100/f.env
mk neg/101/f.env 'storage_key=true
'
silent neg/101/f.env
mk neg/102/f.env 'mapsKey=12345678901234567890
'
silent neg/102/f.env
mk neg/103/f.env 'PASSWORT_FILE=/run/secrets/app_passwort
'
silent neg/103/f.env
mk neg/104/f.env 'KENNWORT_HASH=$2b$12$Kq8Zr2Wv5Tn7Lx3MpQ4sHdKe9Ab1CdR8uVQm7ZrT2Wv5Tn7LxK3M
'
silent neg/104/f.env
mk neg/105/f.env 'sas_key=${SAS_KEY}
'
silent neg/105/f.env
mk neg/106/f.env 'mapsKey=changeme
'
silent neg/106/f.env
mk neg/107/f.env 'mapsKey=<maps-key>
'
silent neg/107/f.env
mk neg/108/f.env 'blob_key=xxxxxxxxxxxxxxxxxxxxxxxx
'
silent neg/108/f.env
mk neg/109/f.env 'kennwort=Kennwort1
'
silent neg/109/f.env
mk neg/110/f.env 'senha=<senha>
'
silent neg/110/f.env
mk neg/111/f.env 'clave=changeme123
'
silent neg/111/f.env
mk neg/112/f.env 'clave=${CLAVE}
'
silent neg/112/f.env
mk neg/113/f.ps1 '$passwort = $env:DB_PASSWORT
'
silent neg/113/f.ps1
mk neg/114/f.env 'tok=TOKEN_KIND_IDENTIFIER_42
'
silent neg/114/f.env
mk neg/115/f.c 'tok = next_token(lexer);
if (tok == TOK_IDENT42) return;
'
silent neg/115/f.c
mk neg/116/f.env 'primary_key=user_id_column_2
'
silent neg/116/f.env
mk neg/117/f.py 'primary_key = "id"
secondary_key = "created_at"
'
silent neg/117/f.py
mk neg/118/f.py 'autoclave = "Xk29vLpq7RtzA1#"
'
silent neg/118/f.py
mk neg/119/f.py 'pw2 = compute_pw(pw1)
'
silent neg/119/f.py
mk neg/120/f.env 'blob_key=images/2024/photo_00123.jpg
'
silent neg/120/f.env
mk neg/121/f.java 'String service_key = "ServiceKeyProviderFactory2";
'
silent neg/121/f.java
mk neg/122/f.js 'const cacheKey = "Wd3kR9pLm2Tq7Vx4Zb8Nc1Hf6Jg0YsAe";
'
silent neg/122/f.js
mk neg/123/f.js 'const sortKey = "Wd3kR9pLm2Tq7Vx4Zb8Nc1Hf6Jg0YsAe";
'
silent neg/123/f.js
mk neg/124/f.yaml 'storage_acct_key: "{{ vault_storage_acct_key }}"
'
silent neg/124/f.yaml
mk neg/125/f.xml '<sasKey>YOUR_SAS_KEY_HERE</sasKey>
'
silent neg/125/f.xml
mk neg/126/f.tf 'storage_key = var.storage_key
'
silent neg/126/f.tf
mk neg/127/f.go 'sasKey := os.Getenv("SAS_KEY")
'
silent neg/127/f.go
mk neg/128/f.cs 'var acctKey = Environment.GetEnvironmentVariable("ACCT_KEY");
'
silent neg/128/f.cs
mk neg/129/f.php '$senha = getenv('\''DB_SENHA'\'');
'
silent neg/129/f.php
mk neg/130/f.toml 'salasana = ""
'
silent neg/130/f.toml
mk neg/131/f.sh 'read -s -p "Salasana: " salasana
'
silent neg/131/f.sh
mk neg/132/f.md 'Set `mapsKey` to your Maps key, e.g. `mapsKey=<your key>`.
'
silent neg/132/f.md
mk neg/133/f.env 'PASSWORD_FILE=/run/secrets/db_password
'
silent neg/133/f.env
mk neg/134/f.env 'API_KEY_ID=AKxQm7ZrT2Wv5Tn7LxK3MpQ4
'
silent neg/134/f.env
mk neg/135/f.env 'ACCT_KEY_ID=Qm7ZrT2Wv5Tn7LxK3MpQ4sHdKe9Ab1Cd
'
silent neg/135/f.env
mk neg/136/f.env 'blob_key_name=archive-nightly-2024
'
silent neg/136/f.env
mk neg/137/f.java 'if (sasKey == "Wd3kR9pLm2Tq7Vx4Zb8Nc1Hf6Jg0YsAe") {}
'
silent neg/137/f.java

# a key under a product's word in a Kotlin, Ruby and Rust source, a .properties file
mk more/App.kt 'val blobKey = "Rz6Tq2Lm8Wx3Kp7Vn9Bc4Hd1Jf5Gs0Ya"
'
generic more/App.kt 1 Rz6Tq2Lm8Wx3Kp7Vn9Bc4Hd1Jf5Gs0Ya
mk more/app.rb "SAS_KEY = 'Tk3Wq9Lm2Rx7Kz8Vn4Bc6Hd1Jf5Gs0Pu'
"
generic more/app.rb 1 Tk3Wq9Lm2Rx7Kz8Vn4Bc6Hd1Jf5Gs0Pu
mk more/main.rs 'const MAPS_KEY: &str = "Wq4Rt8Lm2Xz7Kp9Vn3Bc6Hd1Jf5Gs0Ye";
'
generic more/main.rs 1 Wq4Rt8Lm2Xz7Kp9Vn3Bc6Hd1Jf5Gs0Ye
mk more/app.properties 'app.datenbank.passwort=Lm7!Qx2Rt9Wz
'
generic more/app.properties 1 'Lm7!Qx2Rt9Wz'
mk more/neg.properties 'app.datenbank.passwort=${DB_PASSWORT}
app.storage.key.id=Qm7ZrT2Wv5Tn7LxK3MpQ4sHdKe9Ab1Cd
'
silent more/neg.properties

# a comment or a heading naming the value below it in words
mk below/blob.yaml '# SAS key for the telemetry blob
value: "Pz4Tq8Lm2Wx7Rk3Vn9Bc6Hd1Jf5Gs0Ya"
'
generic below/blob.yaml 2 Pz4Tq8Lm2Wx7Rk3Vn9Bc6Hd1Jf5Gs0Ya
mk below/ftp.sh '# Password for the ftp drop
value="Kq7#Lm2Rt9Wz"
'
generic below/ftp.sh 2 'Kq7#Lm2Rt9Wz'
mk below/status.yaml '# API token for the status page
- value: Jq8Wm2Lt7Rx3Kz9Vn4Bc6Hd1Yf5Gs0P
'
generic below/status.yaml 2 Jq8Wm2Lt7Rx3Kz9Vn4Bc6Hd1Yf5Gs0P
mk below/runbook.md '# Archive

## Storage account key

Wd3kR9pLm2Tq7Vx4Zb8Nc1Hf6Jg0YsAe
'
generic below/runbook.md 5 Wd3kR9pLm2Tq7Vx4Zb8Nc1Hf6Jg0YsAe
mk below/zugang.md '## Passwort (Produktion)

Lm4!Qx8Rt2Wz
'
generic below/zugang.md 3 'Lm4!Qx8Rt2Wz'
mk below/neg-policy.md '## Password policy

Minimum12Chars
'
silent below/neg-policy.md
mk below/neg-length.c '// SAS key length
value = 0x7f3a9c21;
'
silent below/neg-length.c
mk below/neg-template.yaml '# the SAS key is rotated monthly, see RUNBOOK-12
value: "{{ sas_key }}"
'
silent below/neg-template.yaml
mk below/neg-call.py '# token for the cache
value = compute_token(seed)
'
silent below/neg-call.py
mk below/neg-sample.yaml '# password
value: Password123
'
silent below/neg-sample.yaml
mk below/neg-bare.txt '# the repository password, one line
Vq8rTz3LwP2kXn5mRb7c
'
silent below/neg-bare.txt
# base64 of text under a weak name is the decoder's: its copy alone
mk below/secret.yaml 'apiVersion: v1
kind: Secret
data:
  blob_key: '"$(printf 'Xq7Lm2Rt9Wz4Kp8Vn3Bc6Hd1Jf5Gs0Ya' | base64)"'
'
"$KEYHOUND" scan "$T/below/secret.yaml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "base64 of a weak key: decoded alone" jq -e '[.[] | select(.secret == "Xq7Lm2Rt9Wz4Kp8Vn3Bc6Hd1Jf5Gs0Ya")] | length == 1' "$T/out"

# the same shapes in a test fixture: reported, in a test's context
mk tests/fixtures/settings.env 'ARCHIVE_BLOB_KEY=Hn4Tq8Lm2Wx7Rz3Kp9Vb6Cd1Jf5Gs0Ya
DB_PASSWORT=Qz8#Lm2Rt7Wx
'
"$KEYHOUND" scan "$T/tests/fixtures/settings.env" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "fixture: both reported" jq -e 'length == 2' "$T/out"
check "fixture: a test's context" jq -e '[.[] | .context] == ["test", "test"]' "$T/out"
reports "fixture" Hn4Tq8Lm2Wx7Rz3Kp9Vb6Cd1Jf5Gs0Ya 'Qz8#Lm2Rt7Wx'

# the secret is not in the error stream, and several weak names on a line
mk multi/one.env 'sas_tok=Jx5Wq8Lp2Tm9Xr3Kz7Nb4Vc1Hd6Jf0Gu mapsKey=Mv7Kx2Wq9Lt4Rz3Vn8Bc6Hd1Jf5Gs0Yk
'
"$KEYHOUND" scan "$T/multi/one.env" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "two on a line" Jx5Wq8Lp2Tm9Xr3Kz7Nb4Vc1Hd6Jf0Gu Mv7Kx2Wq9Lt4Rz3Vn8Bc6Hd1Jf5Gs0Yk
check "no secret on stderr" bash -c "! grep -q Jx5Wq8Lp2Tm9 '$T/err'"
"$KEYHOUND" scan "$T/multi/one.env" -f json >"$T/out" 2>"$T/err"
check "masked on stdout" bash -c "! grep -q Jx5Wq8Lp2Tm9Xr3Kz7 '$T/out' && grep -q Jx5W '$T/out'"

# a long name of weak words and a line of joints end without a finding
mk long/names.env "$(printf 'sas%.0s' $(seq 1 200))_key=Wd3kR9pLm2Tq7Vx4Zb8Nc1Hf6Jg0YsAe
$(printf -- '-.%.0s' $(seq 1 3000))
"
silent long/names.env

finish "e2e_weaknames29"
