#!/usr/bin/env bash
# End-to-end tests of the mail and mount families: a URL's user info under
# mail, news, chat and directory schemes; mail and mount clients' own files
# (mbsync, himalaya, sendmail's authinfo, davfs2's secrets, CIFS options);
# a shell parameter's default, Crystal's ENV[]? ||, Ruby's ENV.fetch { };
# a credential's word then an inline code span in prose. Decoys: the tools'
# placeholders and indirections, references, commands, names, paths.
. "$(dirname "$0")/lib.sh"
batch_scans

V=Rk4Tz8Wq2Lm6Xp9Vb3Nc7Hd5Jf1Gy0Qs # 32 random letters and digits
P=Hm3Qx7Lz2Vt9Kb                   # 14 of them

# URLs: news, chat and SIP schemes; an e-mail address as the user
mk url/news.conf "server = nntps://reader:$P@news.acme.io:563
"
found url/news.conf 1 url-credentials "$P"
mk url/bot.ini "jid = xmpp://alertbot:$P@chat.acme.io
"
found url/bot.ini 1 url-credentials "$P"
mk url/alerts.yaml "dsn: smtps://ops@acme.io:$P@smtp.acme.io:465/
"
found url/alerts.yaml 1 url-credentials "$P"
mk decoy/urls.txt "git@github.com:acme/api.git
nntps://news.acme.io:563/
xmpp://\${XMPP_USER}:\${XMPP_PASS}@chat.acme.io
"
silent decoy/urls.txt

# clients' files, each at its path
mk home/.mbsyncrc "IMAPAccount work
User ops@acme.io
Pass $P
"
found home/.mbsyncrc 3 mbsync-password "$P"
mk decoy/.mbsyncrc "IMAPAccount work
PassCmd \"pass show mail\"
"
silent decoy/.mbsyncrc
mk home/.config/himalaya/config.toml "[accounts.work]
backend.auth.raw = \"$P\"
"
found home/.config/himalaya/config.toml 2 himalaya-password "$P"
mk etc/mail/authinfo "AuthInfo:smtp.acme.io \"U:ops\" \"P:$P\" \"M:PLAIN\"
"
found etc/mail/authinfo 1 sendmail-authinfo-password "$P"
mk etc/davfs2/secrets "https://dav.acme.io/webdav  sync  \"$P\"
"
found etc/davfs2/secrets 1 davfs2-secrets-password "$P"
mk decoy/davfs2/secrets "# /media/webdav  webdav-username  password
"
silent decoy/davfs2/secrets
mk etc/fstab "//nas/share /mnt/share cifs username=ops,password=$P,uid=1000 0 0
"
found etc/fstab 1 cifs-mount-password "$P"
mk decoy/fstab "//nas/share /mnt/share cifs credentials=/root/.smbcred 0 0
//nas/pub /mnt/pub cifs username=guest,password=guest 0 0
"
silent decoy/fstab

# shell parameter defaults, Crystal's and Ruby's fallbacks
mk sh/a.sh ": \"\${API_TOKEN:=$V}\"
"
found sh/a.sh 1 generic-secret "$V"
mk sh/b.sh "exec app --db \"\${DB_PASSWORD-$P}\"
"
found sh/b.sh 1 generic-password "$P"
mk sh/c.sh "echo \"\${APP_SECRET=$V}\" > /run/app.key
"
found sh/c.sh 1 generic-secret "$V"
mk cr/a.cr "token = ENV[\"API_TOKEN\"]? || \"$V\"
"
found cr/a.cr 1 generic-secret "$V"
mk rb/a.rb "secret = ENV.fetch(\"APP_SECRET\") { \"$V\" }
"
found rb/a.rb 1 generic-secret "$V"
mk decoy/a.sh ": \"\${API_TOKEN:?API_TOKEN must be set}\"
TOKEN=\${API_TOKEN:-}
SECRET=\${APP_SECRET:-\$DEFAULT_SECRET}
"
silent decoy/a.sh

# prose: a credential's word, then a code span
mk md/a.md "- Use the secret \`$V\` for staging.
"
found md/a.md 1 generic-secret "$V"
mk md/b.md "**API secret:** \`$V\`
"
found md/b.md 1 generic-secret "$V"
mk md/c.rst "The deploy token \`\`$V\`\` is read by CI.
"
found md/c.rst 1 generic-secret "$V"
mk decoy/a.md "- Set \`API_KEY\` in your environment.
- The token \`\${GITHUB_TOKEN}\` comes from CI.
- The secret \`config/secrets.yml\` holds the keys.
- Run the secret \`kubectl create secret generic app\` command.
    token \`$V\`
"
silent decoy/a.md

finish e2e_mailmount
