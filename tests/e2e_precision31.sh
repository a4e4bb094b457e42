#!/usr/bin/env bash
# End-to-end tests of wave 31's precision classes (precision31), from the
# noise v0.29.0 reports on real trees and the seen holdouts' decoys:
# values providers' API references publish and every SDK ships (AWS's
# examples, Mattermost's shipped defaults), JWTs whose claims say
# EXAMPLE, a Debian package's version under the `passwd` package's name,
# and a stored password digest's salt. Each with the secret beside it
# that must still be found.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- AWS's API reference examples, as every SDK ships them -----------------
mk aws-sdk/apis/iam-2010-05-08.examples.json '{
  "version": "1.0",
  "examples": {
    "ChangePassword": [
      {
        "input": {
          "NewPassword": "]35d/{pB9Fo9wJ",
          "OldPassword": "3s0K_;xh4~8XXI"
        }
      }
    ],
    "CreateLoginProfile": [
      { "input": { "Password": "h]6EszR}vJ*m", "PasswordResetRequired": true, "UserName": "Bob" } }
    ],
    "UpdateLoginProfile": [
      { "input": { "Password": "SomeKindOfPassword123!@#", "UserName": "Bob" } }
    ]
  }
}
'
silent aws-sdk/apis/iam-2010-05-08.examples.json

mk aws-sdk/apis/kms-2014-11-01.examples.json '{
  "examples": {
    "CreateCustomKeyStore": [
      { "input": { "XksProxyAuthenticationCredential": {
            "AccessKeyId": "ABCDE12345670EXAMPLE",
            "RawSecretAccessKey": "DXjSUawnel2fr6SKC7G25CNxTyWKE5PF9XX6H/u9pSo=" } } }
    ],
    "DeriveSharedSecret": [
      { "output": { "KeyAgreementAlgorithm": "ECDH",
          "SharedSecret": "MEYCIQCKZLWyTk5runarx6XiAkU9gv3lbwPO/pHa+DXFehzdDwIhANwpsIV2g/9SPWLLsF6p/hiSskuIXMTRwqrMdVKWTMHG" } }
    ]
  }
}
'
silent aws-sdk/apis/kms-2014-11-01.examples.json

# the same places holding values of their own are reported
mk deploy/iam-bootstrap.json '{
  "UserName": "deploy-bot",
  "Password": "uVw5pjIVXsNaUVGfmE2c5mUsRVyJLrNwaIjrsDih",
  "ClientSecret": "bWEDgQe3hg06O9XCgHH02fAyjxQfunaP",
  "ClientId": "26cb2c60kq7nbmas7rbme9b6pp"
}
'
scan_report deploy/iam-bootstrap.json
holds_once 3 uVw5pjIVXsNaUVGfmE2c5mUsRVyJLrNwaIjrsDih
holds_once 4 bWEDgQe3hg06O9XCgHH02fAyjxQfunaP

# ---- JWTs whose claims say EXAMPLE -----------------------------------------
mk sso/token-response.json '{
  "accessToken": "aoal-shortlived",
  "idToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3MzA0NDhmMi1lMGExLTcwYTctYzk1NC0wMDAwMDAwMDAwMDAiLCJzdHM6aWRlbnRpdHlfY29udGV4dCI6IkVYQU1QTEVJREVOVElUWUNPTlRFWFQiLCJpc3MiOiJodHRwczovL2lkZW50aXR5Y2VudGVyLmFtYXpvbmF3cy5jb20vc3NvaW5zLTExMTExMTExMTExMSIsImV4cCI6MTU3OTcyOTUyOX0._qDS0H1vaVLzgyWzRJ0AjQF99Yr_rURkFc6B-GRrHMU",
  "liveIdToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZjFjMmE5MC0zYjdkLTRlNjEtOWEwYy03ZDJlOGI0ZjZhMTMiLCJzdHM6aWRlbnRpdHlfY29udGV4dCI6IkNrcDNiWFoyZEd4NmNXNXlaMlkiLCJpc3MiOiJodHRwczovL2lkZW50aXR5Y2VudGVyLmFtYXpvbmF3cy5jb20vc3NvaW5zLTcyMjNhNDFjOWUwYiIsImV4cCI6MTg5MzQ1NjAwMH0.Laz3OuU5uj7DzLLzc0jbLh1CzT9nKa2-WIXfTEpsBBY"
}
'
scan_report sso/token-response.json
holds_none eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3MzA0NDhmMi1lMGExLTcwYTctYzk1NC0wMDAwMDAwMDAwMDAiLCJzdHM6aWRlbnRpdHlfY29udGV4dCI6IkVYQU1QTEVJREVOVElUWUNPTlRFWFQiLCJpc3MiOiJodHRwczovL2lkZW50aXR5Y2VudGVyLmFtYXpvbmF3cy5jb20vc3NvaW5zLTExMTExMTExMTExMSIsImV4cCI6MTU3OTcyOTUyOX0._qDS0H1vaVLzgyWzRJ0AjQF99Yr_rURkFc6B-GRrHMU
holds_once 4 eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZjFjMmE5MC0zYjdkLTRlNjEtOWEwYy03ZDJlOGI0ZjZhMTMiLCJzdHM6aWRlbnRpdHlfY29udGV4dCI6IkNrcDNiWFoyZEd4NmNXNXlaMlkiLCJpc3MiOiJodHRwczovL2lkZW50aXR5Y2VudGVyLmFtYXpvbmF3cy5jb20vc3NvaW5zLTcyMjNhNDFjOWUwYiIsImV4cCI6MTg5MzQ1NjAwMH0.Laz3OuU5uj7DzLLzc0jbLh1CzT9nKa2-WIXfTEpsBBY

# ---- a package list names the passwd package -------------------------------
mk lists/installed.txt "apt	adduser	3.134
apt	passwd	1:4.13+dfsg1-1+deb12u1
apt	login	1:4.13+dfsg1-1+deb12u1
"
silent lists/installed.txt

mk ops/db.env 'DB_PASSWD=1:Harbour-otter66
'
scan_report ops/db.env
holds_once 1 1:Harbour-otter66

# ---- a stored password digest's salt ---------------------------------------
mk znc/configs/znc.conf '<User ops>
	<Pass password>
		Method = sha256
		Hash = 798aa94bf71c12e302aff9ae6d0f9ddb5926c9acc97a6eed1333599253ae2ee9
		Salt = bHH7VbrU6sy5OY33Akin
	</Pass>
</User>
'
silent znc/configs/znc.conf

mk cloud/config/config.php "<?php
\$CONFIG = array (
  'passwordsalt' => 'bWEDgQe3hg06O9XCgHH02fAyjxQfunaP',
  'version' => '28.0.4.1',
);
"
scan_report cloud/config/config.php
holds_once 3 bWEDgQe3hg06O9XCgHH02fAyjxQfunaP

# ---- Mattermost's shipped defaults -----------------------------------------
mk mattermost/config/config.json '{
  "ServiceSettings": { "SiteURL": "https://chat.example.org", "GiphySdkKey": "s0glxvzVg9azvPipKxcPLpXV0q1x1fVP" },
  "FileSettings": { "AmazonS3SecretAccessKey": "uVw5pjIVXsNaUVGfmE2c5mUsRVyJLrNwaIjrsDih" }
}
'
scan_report mattermost/config/config.json
holds_none s0glxvzVg9azvPipKxcPLpXV0q1x1fVP
holds_once 3 uVw5pjIVXsNaUVGfmE2c5mUsRVyJLrNwaIjrsDih

# ---- Remmina keeps its passwords as 3DES ciphertext -----------------------
mk home/.local/share/remmina/office.remmina '[remmina]
name=office-desktop
protocol=RDP
server=10.20.4.10:3389
username=ops
password=DiCmq94xkvM6ev0yfVqso1BxpdKJe/ot
'
silent home/.local/share/remmina/office.remmina

# written by hand, not by Remmina: not ciphertext
mk home/notes/kiosk.remmina '[remmina]
protocol=VNC
server=10.20.4.11:5900
password=Harbour-otter66!
'
scan_report home/notes/kiosk.remmina
holds_once 4 Harbour-otter66!

# ---- URLs of parsers' tests, values of documentation -----------------------
mk vendor/url/test.js "module.exports = {
  'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar': { auth: 'atpass:foo@bar' },
  'http://user:baz.qux@localhost/': {},
  mirror: 'https://deploy:Rk8vTn2WqXz5Lm@git.internal.net/mirror.git'
};
"
scan_report vendor/url/test.js
holds_none foo@bar
holds_none baz.qux
holds_once 4 Rk8vTn2WqXz5Lm

mk network/wg0.netdev '[NetDev]
Name=wg0
Kind=wireguard

[WireGuard]
PrivateKey=EEGlnEPYJV//kbvvIqxKkQwOiS+UENyPncC4bF46ong=
ListenPort=51820
'
silent network/wg0.netdev

mk tools/fetch.py "auth = urllib.request.HTTPBasicAuthHandler()
auth.add_password(realm='PDQ Application', uri='https://mahler:8092/site-updates.py',
                  user='klem', passwd='geheim\$parole')
"
silent tools/fetch.py

finish "e2e_precision31"
