#!/usr/bin/env bash
# End-to-end tests of wave 28's command lines: tools whose password flag
# is not --password (Windows' /p, /p:, -p:, /password:, Unix tools' -P,
# -N, -A, -gp, a positional after a user or a network), Oracle's and
# Impacket's user/password logons, a script's variable set to a literal
# and handed to such a flag, and Redis and mongo shell commands in REPL
# histories. Variables, prompts, ports, placeholders, stdin, files,
# defaults, hashes, usage text and other tools' /p stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PA='Gv4rNk9wTz2q'
PB='Lm8xQt3vRw6n'
PC='wren7.copper.tide'  # a person's words joined with a digit
PD='Yh2#kP9v!Lq4'

# Windows tools, in other files and orders than the rules' examples
mk win/release.ps1 "signtool.exe sign /tr http://timestamp.digicert.com /td SHA256 /fd SHA256 /f \"\$PSScriptRoot\\keys\\codesign.pfx\" /p \"$PD\" \"\$out\\Tool.exe\"
"
found win/release.ps1 1 cli-signtool-pfx-password "$PD"
mk win/deploy.bat "winrs -r:http://web04:5985 -unencrypted -u:web04\\deployer -p:$PA \"iisreset /restart\"
"
found win/deploy.bat 1 cli-winrs-password "$PA"
mk win/inv.txt "C:\\> wmic /user:\"CORP\\audit\" /password:\"$PB\" /node:@hosts.txt bios get serialnumber
"
found win/inv.txt 1 cli-wmic-password "$PB"
mk win/pfx.cmd "certutil -user -p $PA -importPFX My .\\client-auth.pfx
"
found win/pfx.cmd 1 cli-certutil-pfx-password "$PA"
mk win/mkcert.cmd "pvk2pfx.exe -pvk legacy.pvk -spc legacy.spc -pfx legacy.pfx -po $PB
"
found win/mkcert.cmd 1 cli-pvk2pfx-password "$PB"
mk ci/dacpac.yml "  - script: sqlpackage /Action:Publish /SourceFile:\$(Build.ArtifactStagingDirectory)/db.dacpac /TargetServerName:sql07.corp.net /TargetDatabaseName:orders /TargetUser:deploy /TargetPassword:$PD
"
found ci/dacpac.yml 1 cli-sqlpackage-password "$PD"
mk win/decoy.bat "signtool sign /f %CERT% /p %PFX_PASS% app.exe
signtool sign /a /p \$(PfxPassword) app.exe
signtool verify /pa /all app.exe
xcopy /p /s src dst
robocopy C:\\src D:\\dst /mir
winrs -r:web04 -u:ops -p:!WINRS_PW! hostname
wmic /node:srv01 /user:ops /password:%WMIC_PW% os get caption
certutil -f -p \"\" -importpfx web.pfx
sqlpackage /a:Publish /tsn:db /tu:sa /tp:\$(SqlPw) /sf:a.dacpac
"
silent win/decoy.bat
mk win/usage.txt "SignTool sign [options] <filename(s)>
  /p <pass.>  Specify a password to use when opening a PFX file.
winrs [-/SWITCH[:VALUE]] COMMAND
  -p[assword]:PASSWORD
"
silent win/usage.txt

# Unix tools' own letters
mk ops/bmc.fish "- cmd: ipmitool -H 10.4.0.17 -I lanplus -L OPERATOR -P $PB sdr type Fan
  when: 1764700001
"
found ops/bmc.fish 1 cli-bmc-password "$PB"
mk ops/idrac.sh "racadm -r 10.4.0.31 -u root -p '$PC' racreset soft
"
found ops/idrac.sh 1 cli-bmc-password "$PC"
mk ops/leet.sh "racadm -r idrac-db2 -u root -p \$t1nm4n2031\$ getsel
"
found ops/leet.sh 1 cli-bmc-password '$t1nm4n2031$'
mk ops/smc.txt "SMCIPMITool.exe 10.4.0.52 ADMIN $PA user list
"
found ops/smc.txt 1 cli-bmc-password "$PA"
mk ops/keys.sh "ssh-keygen -q -t rsa -b 4096 -N \"$PD\" -C backup@nas -f /root/.ssh/backup_rsa
"
found ops/keys.sh 1 cli-ssh-keygen-passphrase "$PD"
mk ops/fastlane.sh "security create-keychain -p $PA ci.keychain
"
found ops/fastlane.sh 1 cli-macos-keychain-password "$PA"
mk ops/arch.sh "WinRAR.exe a -ep1 -hp$PB D:\\out\\ledger.rar C:\\ledger\\
"
found ops/arch.sh 1 cli-rar-password "$PB"
mk ops/mirror.sh "skopeo sync --src docker --dest dir --src-creds=mirror:$PA registry.corp.net/base /srv/mirror
"
found ops/mirror.sh 1 cli-container-creds-password "$PA"
mk ops/snmp.sh "snmpbulkwalk -v3 -l authPriv -u nms -a SHA-256 -A $PB -x AES -X '$PD' ups-02.corp.net
"
found ops/snmp.sh 1 cli-snmp-secret "$PB"
mk ops/guest.sh "vmrun -T fusion -gu builder -gp $PC copyFileFromGuestToHost win11.vmx C:\\out.zip out.zip
"
found ops/guest.sh 1 cli-vmrun-password "$PC"
mk ops/wifi.txt "wpa_passphrase \"Loading Bay\" $PB
"
found ops/wifi.txt 1 cli-wpa-passphrase "$PB"
scan_check "ops/wifi.txt (not the network's name): findings" ops/wifi.txt '[.[].secret] | unique == [$s]' --arg s "$PB"
mk ops/users.sh "samba-tool user create ngarcia '$PD' --must-change-at-next-login
"
found ops/users.sh 1 cli-samba-tool-password "$PD"
mk ops/unix-decoy.sh "ipmitool -I lanplus -H bmc01 -U admin -f /root/.ipmi_pw sel list
ipmitool -I lanplus -H bmc01 -p 623 -U admin -E power status
ssh-keygen -t ed25519 -N '' -C ci -f id_ci
ssh-keygen -N \"\$(cat /run/secrets/kp)\" -f id_ci
security create-keychain -P ci.keychain
security unlock-keychain -p \"\${KEYCHAIN_PW}\" ci.keychain
rar a -p archive.rar files/
snmpwalk -v2c -c public 10.0.0.1
snmpwalk -v2c -c \$COMMUNITY 10.0.0.1
wpa_passphrase Office < /run/psk
racadm -r idrac01 -u root -p calvin getsysinfo
racadm -r idrac01 -u root -p \$ARG3\$ getsysinfo
docker run -p 8080:80 -p 443:443 nginx
scp -P 2222 a.txt ops@h:/tmp
"
silent ops/unix-decoy.sh

# logons: user/password@db, domain/user:password@host, URIs, USING
mk db/nightly.sh "  exp_out=\$(expdp -nologo reports/$PA@//db09.corp.net/RPT directory=DP dumpfile=rpt.dmp)
"
found db/nightly.sh 1 cli-oracle-logon-password "$PA"
mk db/load.ksh "sqlldr userid=loader/$PB control=orders.ctl log=orders.log
"
found db/load.ksh 1 cli-oracle-logon-password "$PB"
mk db/db2.sh "db2 CONNECT TO WHS USER whsadm USING '$PD'
"
found db/db2.sh 1 cli-db2-connect-password "$PD"
mk db/shell.sh "mysqlsh --js root:$PA@10.8.0.5:3306 -f seed.js
"
found db/shell.sh 1 cli-mysqlsh-uri-password "$PA"
mk red/team.md "\`\`\`
impacket-wmiexec -shell-type powershell 'lab.local/helpdesk:$PB@10.9.0.4'
\`\`\`
"
found red/team.md 2 cli-impacket-target-password "$PB"
mk pkg/publish.sh "composer config -a http-basic.satis.corp.net ci \"$PD\"
"
found pkg/publish.sh 1 cli-http-basic-config-password "$PD"
mk db/decoy.sh "sqlplus -L / as sysdba
sqlplus \$ORA_USER/\$ORA_PW@\$TNS @x.sql
rman target / nocatalog
db2 connect to WHS user whsadm using \$DB2PW
mysqlsh --uri root@localhost:3306
impacket-psexec lab.local/admin@10.9.0.4 -hashes :0123456789abcdef0123456789abcdef
composer config http-basic.repo.corp.net \$USER \$TOKEN
EXEC SQL CONNECT TO :db USER :uid USING :pwd;
"
silent db/decoy.sh

# a variable set to a literal, then handed to a password flag
mk vars/sign.bat "@echo off
setlocal
set CERTFILE=%~dp0cert\\codesign.pfx
set CERTKEY=$PB
signtool sign /f \"%CERTFILE%\" /p \"%CERTKEY%\" /fd SHA256 out\\Setup.exe
"
found vars/sign.bat 4 cli-variable-password "$PB"
mk vars/bmc.sh "#!/bin/bash
BMC_HOST=10.4.0.17
IPMIKEY=\"$PA\"
for s in 1 2 3; do
  ipmitool -I lanplus -H \$BMC_HOST -U ADMIN -P \"\${IPMIKEY}\" sensor get \"Fan\$s\"
done
"
found vars/bmc.sh 3 cli-variable-password "$PA"
mk vars/sql.ps1 "\$saSecret = '$PD'
sqlcmd -S sql07 -U sa -P \$saSecret -Q \"DBCC CHECKDB\"
"
found vars/sql.ps1 1 cli-variable-password "$PD"
mk vars/nightly.cmd "@echo off
rem nightly export of the ledger
set LEDGER_DB=ledger
set EXPORTKEY=$PC
set OUT=D:\\exports
echo starting %date% %time%
if not exist %OUT% mkdir %OUT%
pushd %OUT%
del /q *.old
ren ledger.7z ledger.7z.old
echo compressing
echo (this takes a while)
7z a -mhe=on -p%EXPORTKEY% ledger.7z D:\\ledger\\*
popd
"
found vars/nightly.cmd 4 cli-variable-password "$PC"
mk vars/decoy.bat "set PFXPW=%1
signtool sign /f a.pfx /p %PFXPW% a.exe
set OUTDIR=dist\\release
7z a -p%PW% %OUTDIR%\\a.7z src
set PORT=2222
set REMOTE=deploy
sshpass -p %SSHPW% scp -P %PORT% a %REMOTE%@h:/tmp
"
silent vars/decoy.bat
mk vars/decoy.sh "TARGET=build-output
mkdir -p \$TARGET
PW=\$(pass show ci/sa)
sqlcmd -S db -U sa -P \"\$PW\"
"
silent vars/decoy.sh

# REPL histories and sessions
mk home/ops/.rediscli_history "SELECT 2
AUTH $PB
SCAN 0 MATCH job:*
"
found home/ops/.rediscli_history 2 cli-redis-auth-command "$PB"
mk home/app/.rediscli_history "auth worker $PA
hgetall job:17
"
found home/app/.rediscli_history 1 cli-redis-history-auth "$PA"
mk notes/cache.md "    10.0.5.3:6380[2]> AUTH $PD
    OK
"
found notes/cache.md 1 cli-redis-auth-command "$PD"
mk home/ops2/.rediscli_history "acl setuser metrics on >$PC ~metrics:* +@read
"
found home/ops2/.rediscli_history 1 cli-redis-command-password "$PC"
mk home/ops3/.rediscli_history "MIGRATE 10.0.5.4 6379 \"\" 0 5000 REPLACE AUTH2 mover $PA KEYS a b
"
found home/ops3/.rediscli_history 1 cli-redis-command-password "$PA"
mk home/ops/.dbshell "use admin
db.auth('clusterAdmin', '$PB')
"
found home/ops/.dbshell 2 cli-mongo-shell-auth "$PB"
mk redis/decoy.txt "AUTH PLAIN AHVzZXIAcGFzcw==
AUTH LOGIN
AUTH TLS
AUTH \$REDISCLI_AUTH
AUTH <password>
AUTH default nopass
ACL SETUSER app on nopass ~* +@all
ACL SETUSER app on #0bd1d5b0b0e6a4f9e6b3c7a9f1e2d3c4b5a6978877665544332211ffeeddccbb
CONFIG GET requirepass
MIGRATE 10.0.5.4 6379 key 0 5000
db.auth('admin', passwordPrompt())
db.auth(user, secret)
"
silent redis/decoy.txt
mk pam/common-auth "auth	required	pam_unix.so nullok_secure
auth include system-auth
"
silent pam/common-auth
mk home/pam/.rediscli_history "auth \$PW
auth password
"
silent home/pam/.rediscli_history

# fish's set with its flags, reg add's /v NAME ... /d DATA
TOK='Rk3vNw8qTz5mLx2pHc7y'
mk home/ops/.local/share/fish/fish_history "- cmd: set -gx HARBOR_PASSWORD $PA
  when: 1764700100
- cmd: set -x PATH \$PATH /opt/bin
  when: 1764700101
"
generic home/ops/.local/share/fish/fish_history 1 "$PA"
mk home/ops/.config/fish/conf.d/ci.fish "set --export --global SENTRY_AUTH_TOKEN '$TOK'
"
generic home/ops/.config/fish/conf.d/ci.fish 1 "$TOK"
mk win/autologon.cmd "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v DefaultPassword /t REG_SZ /d \"$PD\" /f
"
generic win/autologon.cmd 1 "$PD"
mk fish/decoy.fish "set -gx GITHUB_TOKEN (security find-generic-password -s gh -w)
set -x API_TOKEN \$API_TOKEN_FROM_VAULT
set -l password_prompt 'Password: '
set token_list a b c
set -gx EDITOR nvim
"
silent fish/decoy.fish
mk win/reg-decoy.cmd "reg add HKCU\\Software\\App /v TokenCacheDir /t REG_SZ /d C:\\cache /f
reg add HKLM\\SOFTWARE\\Policies\\App /v PasswordExpiryDays /t REG_DWORD /d 90 /f
reg query HKLM\\SOFTWARE\\App /v DefaultPassword
"
silent win/reg-decoy.cmd

# the tools' manuals and READMEs, their samples and placeholders
mk docs/TOOLS.md "\`\`\`
ssh-keygen -p [-f keyfile] [-N new_passphrase] [-P old_passphrase]
racadm -r <racIpAddr> -u <username> -p <password> <subcommand>
sqlplus username/password@connect_identifier
sqlplus hr/your_password@orclpdb
db2 connect to sample user <userid> using <password>
db2 connect to sample user db2inst1 using db2inst1pwd
snmpwalk -v3 -u USER -l authPriv -a SHA -A AUTHPASS -x AES -X PRIVPASS host
snmpwalk -v 3 -u bootstrap -l authPriv -a MD5 -A temp_password -x DES -X temp_password localhost
SMCIPMITool <IP> <username> <password> <command>
wpa_passphrase <ssid> [passphrase]
mysqlsh user:password@localhost:3306
security unlock-keychain -p password ~/Library/Keychains/login.keychain
signtool sign /f MyCert.pfx /p MyPassword MyFile.exe
winrs -r:server01 -u:Administrator -p:P@ssw0rd ipconfig
wmic /node:server1 /user:domain\\user /password:password process list
pvk2pfx -pvk mykey.pvk -pi mypassword -spc mycert.spc -pfx mypfx.pfx -po pfxpassword
rar a -pmypassword archive.rar files
psexec.py administrator:Password123@10.10.10.10
samba-tool user add testuser Passw0rd
vmrun -T ws -gu guestUser -gp guestPassword runProgramInGuest vm.vmx prog.exe
skopeo copy --src-creds myuser:mypassword docker://a docker://b
poetry config http-basic.foo username password
db.auth(\"myUserAdmin\", \"abc123\")
AUTH mypassword
AUTH default mypassword
CONFIG SET requirepass foobared
MIGRATE 192.168.1.34 6379 \"\" 0 5000 KEYS key1 key2 AUTH mypassword
\`\`\`
"
silent docs/TOOLS.md

finish e2e_commands28
