#!/usr/bin/env bash
# End-to-end tests of wave 39's cheaper per-hit work (lines39): the edges the
# refusals made cheaper rest on. Path rules: a path is tried only on the
# keyless globs (*_password, *-token, *smbcreds, *smtpd_secrets,
# secrets/*-key) whose tail ends in the path's last byte, and on its key's
# globs (.txt: openvpn/*.txt, *-password.txt, secret_key.txt) only where the
# tail's first byte stands where it would; an archive's member is its
# path's end. A log line's level (DEBUG, [warn], ERROR:, Fatal, TRACE,
# notice, warning:, crit) is looked for only where the line's byte starts
# one. The generic rule's first readers: a command or call that hands a
# credential over (auth=(, auth = (, NetworkCredential(, SetBasicAuth(,
# ->auth(, curl, Bearer, an Authorization header, a login), a name apart
# (a flag, set, a CSV header, a query, a setter, a DSL, SetEnv, a
# connection string, `or` after a getenv). The line readers behind gates
# (a network's key in prose, a heading's fenced token). None is new (all
# pass on kh-w39base: a speed change); a build whose keyless globs are
# filed by their tail's first byte fails 6, one whose log levels are never
# read fails 8. Decoys: names one byte off a glob's (db_passwords,
# deploy-tokens, db_password.bak, secrets-app-key, a .txt outside
# openvpn/, a .txt.orig), words that start like a level (information,
# errors, [inform], Xinfo). Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- path rules: keyless globs by their tail's last byte ---------------------
mk p/app/db_password 'vByd1tCj0l582gvOywc4'$'\n'
found p/app/db_password 1 generic-credential-file vByd1tCj0l582gvOywc4
mk p/app/deploy-token 'WIng9Pq7PgAsMk5Aj5YR'$'\n'
found p/app/deploy-token 1 generic-credential-file WIng9Pq7PgAsMk5Aj5YR
mk p/app/ci_token 'Qc1r2BoGijOupIvlta0x'$'\n'
found p/app/ci_token 1 generic-credential-file Qc1r2BoGijOupIvlta0x
mk p/home/.smbcredentials $'username=ops\npassword=Djz0ZyTUKw3yfFjusBiu\n'
found p/home/.smbcredentials 2 daemonfiles-login-file-password Djz0ZyTUKw3yfFjusBiu
mk p/home/nas-cifs-credentials $'username=ops\npassword=SYWmoHfOAsTpi2qTxJo1\n'
found p/home/nas-cifs-credentials 2 daemonfiles-login-file-password SYWmoHfOAsTpi2qTxJo1
mk p/mail/relay_smtpd_secrets $'relay ops:ZQTJCxuVbElHmAIdcJIA\n'
found p/mail/relay_smtpd_secrets 1 daemonfiles-opensmtpd-relay-credentials ZQTJCxuVbElHmAIdcJIA
mk p/secrets/app-key 'G2dG3k8cujkSww8sbDc5'$'\n'
found p/secrets/app-key 1 appsecrets-key-file G2dG3k8cujkSww8sbDc5
mk p/secrets/session_secret 'S5QykbjNAa1Z0lLQObbM'$'\n'
found p/secrets/session_secret 1 appsecrets-key-file S5QykbjNAa1Z0lLQObbM
# ---- path rules: a key's globs (.txt) -----------------------------------------
mk p/openvpn/client.txt $'ops\nCrOSyappwv2Il6c1nxRd\n'
found p/openvpn/client.txt 2 daemonconf-openvpn-auth-file CrOSyappwv2Il6c1nxRd
mk p/notes/db-password.txt '7Qj1In7JDtoxkLDqTb5I'$'\n'
found p/notes/db-password.txt 1 generic-credential-file 7Qj1In7JDtoxkLDqTb5I
mk p/notes/secret_key.txt 'IxVWJX3MAkhoPSuK9CHy'$'\n'
found p/notes/secret_key.txt 1 appsecrets-key-file IxVWJX3MAkhoPSuK9CHy
# ---- path rules: an archive's member, its path after the '!' -----------------
mkdir -p "$T/p/zip"
python3 -c 'import sys, zipfile
z = zipfile.ZipFile(sys.argv[1], "w")
z.writestr("conf/db_password", sys.argv[2] + "\n")
z.writestr("conf/app.token", sys.argv[3] + "\n")
z.close()' "$T/p/zip/bundle.zip" 7FHu9opAzbZVJwBk0cVc ROnmSAEbI0ng3pKScksU
scan_check "p/zip/bundle.zip: db_password member" p/zip/bundle.zip \
	'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == "generic-credential-file"
	 and (.[0].file | endswith("!conf/db_password"))' --arg s 7FHu9opAzbZVJwBk0cVc
scan_check "p/zip/bundle.zip: app.token member" p/zip/bundle.zip \
	'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == "generic-credential-file"' \
	--arg s ROnmSAEbI0ng3pKScksU
# ---- path rules: names one byte off a glob's ----------------------------------
mk p/off/db_passwords 'GJT2tVn8d7uz1MaKN2AU'$'\n'
silent p/off/db_passwords
mk p/off/deploy-tokens 'dDMwJo4d9cbqsQvWVLch'$'\n'
silent p/off/deploy-tokens
mk p/off/db_password.bak 'EW0hDXAXDk8u9iGQzb9d'$'\n'
silent p/off/db_password.bak
mk p/off/secrets-app-key 'flhXICXijqUC4wm3mVPS'$'\n'
silent p/off/secrets-app-key
mk p/off/client.txt $'ops\nUe3W4yc4bKrNv1yLbxFv\n'
silent p/off/client.txt
mk p/off/db-password.txt.orig 'kTelsnOwbxfY80tm9kcu'$'\n'
silent p/off/db-password.txt.orig

# ---- a log line's level before the name (wrapped.c's level_end) --------------
mk log/debug.log '2026-10-14 09:41:07,118 DEBUG [cfg] SMTP_PASSWORD=rVrQu4CVBsGdyn59deOR  # loaded'$'\n'
generic log/debug.log 1 rVrQu4CVBsGdyn59deOR
mk log/warn.log '[warn] SMTP_PASSWORD=rWXrHsUsK8aBX1CSqBnu  # loaded'$'\n'
generic log/warn.log 1 rWXrHsUsK8aBX1CSqBnu
mk log/error.log 'ERROR: SMTP_PASSWORD=Hhh7mH79O5GylXjEJRWC  # loaded'$'\n'
generic log/error.log 1 Hhh7mH79O5GylXjEJRWC
mk log/fatal.log 'Fatal SMTP_PASSWORD=OmROyIFS5CGtReEZe2GZ  # loaded'$'\n'
generic log/fatal.log 1 OmROyIFS5CGtReEZe2GZ
mk log/trace.log 'TRACE SMTP_PASSWORD=AFkfOl1fRGonmuNrtzeR  # loaded'$'\n'
generic log/trace.log 1 AFkfOl1fRGonmuNrtzeR
mk log/notice.log 'notice SMTP_PASSWORD=5Zdq26S6YWiwcEI2XKVS  # loaded'$'\n'
generic log/notice.log 1 5Zdq26S6YWiwcEI2XKVS
mk log/warning.log 'warning: SMTP_PASSWORD=SpCYN27BkgU04WFjSTyq  # loaded'$'\n'
generic log/warning.log 1 SpCYN27BkgU04WFjSTyq
mk log/crit.log $'crit SMTP_PASSWORD=gP6uGk9pUfOIGVhfBhFa  # loaded\r\n'
generic log/crit.log 1 gP6uGk9pUfOIGVhfBhFa
mk log/information.log 'information SMTP_PASSWORD=9xAfb7fycEVUJ1uLc0Dg  # loaded'$'\n'
silent log/information.log
mk log/errors.log 'errors SMTP_PASSWORD=48pvPnf7hoGCRP8SnKQy  # loaded'$'\n'
silent log/errors.log
mk log/inform.log '[inform] SMTP_PASSWORD=ohwWoyJTV790rGzdnRxd  # loaded'$'\n'
silent log/inform.log
mk log/xinfo.log 'Xinfo SMTP_PASSWORD=Dx9exCQ0WCuMU26cxLVV  # loaded'$'\n'
silent log/xinfo.log

# ---- a command or call that hands a credential over ---------------------------
mk hand/auth.py 'r = requests.get(url, auth=("ops", "TTnAdrOlVOkBfbOAGPII"))'$'\n'
generic hand/auth.py 1 TTnAdrOlVOkBfbOAGPII
mk hand/auth2.py 'r = requests.get(url, auth = ("ops", "Hd6R2qgO5xzPPRa7nui0"))'$'\n'
generic hand/auth2.py 1 Hd6R2qgO5xzPPRa7nui0
mk hand/cred.cs 'var c = new NetworkCredential("ops", "UCIaqZYb3IrHRxqIceon");'$'\n'
generic hand/cred.cs 1 UCIaqZYb3IrHRxqIceon
mk hand/basic.go 'c.SetBasicAuth("ops", "UxVy05CB2tRWY2KGBJFT")'$'\n'
generic hand/basic.go 1 UxVy05CB2tRWY2KGBJFT
mk hand/arrow.php '$http->auth("ops", "Ad1kkziIiohDlTTgKmje");'$'\n'
generic hand/arrow.php 1 Ad1kkziIiohDlTTgKmje
mk hand/curl.sh 'curl -u ops:0SOO1ysRzXGopf8IenOb https://api.example.net/v1'$'\n'
generic hand/curl.sh 1 0SOO1ysRzXGopf8IenOb
mk hand/bearer.py 'headers = {"Authorization": "Bearer h2YKEHa99FyZdaazdhZn"}'$'\n'
generic hand/bearer.py 1 h2YKEHa99FyZdaazdhZn
mk hand/nginx.conf 'proxy_set_header Authorization "Basic b3BzOlFiU3dGNW1VRnd1UlpRb2pxOEpu";'$'\n'
generic hand/nginx.conf 1 QbSwF5mUFwuRZQojq8Jn
mk hand/hdr.go 'req.Header.Set("Authorization", "Token z8NsYY9nxcVWlwFFC8Ir")'$'\n'
generic hand/hdr.go 1 z8NsYY9nxcVWlwFFC8Ir

# ---- a name apart from its value (generic_name_apart) -------------------------
mk apart/flag.sh 'deploy --api-key=1GCe2hoWAa1M6cr7YYE7'$'\n'
generic apart/flag.sh 1 1GCe2hoWAa1M6cr7YYE7
mk apart/set.fish 'set API_TOKEN pSTj6l9TYItVL6tDIGAn'$'\n'
generic apart/set.fish 1 pSTj6l9TYItVL6tDIGAn
mk apart/rows.csv $'id,api_token,name\n1,MlsEjaPfy87TvYvchj4U,ops\n'
generic apart/rows.csv 2 MlsEjaPfy87TvYvchj4U
mk apart/query.txt 'GET /v1/items?api_token=RPFE4abntORAkNVqGXsK&page=2'$'\n'
generic apart/query.txt 1 RPFE4abntORAkNVqGXsK
mk apart/setter.java 'ds.setPassword("WlXtoeEIONaBjY2QVk6o");'$'\n'
generic apart/setter.java 1 WlXtoeEIONaBjY2QVk6o
mk apart/build.gradle 'storePassword "BAAQXZCYHEpQW6M2kdKQ"'$'\n'
generic apart/build.gradle 1 BAAQXZCYHEpQW6M2kdKQ
mk apart/site.conf 'SetEnv DB_PASSWORD NRSan3Kvpo3KAX7XGZRG'$'\n'
generic apart/site.conf 1 NRSan3Kvpo3KAX7XGZRG
mk apart/conn.txt 'Server=db;Database=app;Password=XcsXkxCJLj0FOAsV2QUJ;'$'\n'
generic apart/conn.txt 1 XcsXkxCJLj0FOAsV2QUJ
mk apart/or.py 'x = os.environ.get("API_TOKEN") or "LLJLTQxLm88un9vvJY8a"'$'\n'
generic apart/or.py 1 LLJLTQxLm88un9vvJY8a

# ---- readers behind a line's gates ---------------------------------------------
mk gate/wifi.md 'Guest wifi (SSID Harbor-5G): `DJFU331pVBpiiWPyeDRs`'$'\n'
found gate/wifi.md 1 wifipsk-passphrase DJFU331pVBpiiWPyeDRs
mk gate/dock.txt 'the dock wifi is VbU7wfVjDeTiQ3p0bCFQ'$'\n'
found gate/dock.txt 1 wifipsk-passphrase VbU7wfVjDeTiQ3p0bCFQ
mk gate/fence.md $'## API token\n\n```\nZzTtKBR9zPfNEnqTHeZP\n```\n'
generic gate/fence.md 4 ZzTtKBR9zPfNEnqTHeZP
mk gate/down.txt 'the wifi is down again'$'\n'
silent gate/down.txt

finish e2e_lines39
