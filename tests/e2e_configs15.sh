#!/usr/bin/env bash
# End-to-end tests of wave 15's config-file classes: a password's short
# word glued to the service it logs in to (mail_smtppass, ldapbindpw,
# SMTPPASS) and a glued PSK (TLSPSK), a directive's bare arguments
# (Caddy's acme_dns and @matcher header lines), a .NET component's
# License…Key setting, a commented-out setting and a commented name with
# its value on the comment below, rsyncd secrets files. Words that only
# end like a password's (shadowpass, compass, passport) and prose
# comments stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

V=Rk8sW3nQ7vX2mL9pT4zC6yB1
H=9e41a7675b3f6bba6f24c395e4a07c0c
H64=${H}5b3f6bba6f24c395e4a07c0c9e41a767
CF=Tq3vTz8LmN2pXw5rYc7uHb4jFd9sAe6gQk1oWi0Z

# glued names, in PHP's arrays, .properties, INI and YAML
mk glued/config_override.php "<?php
\$sugar_config['outbound_email']['mail_smtppass'] = '$V';
"
found glued/config_override.php 2 generic-secret "$V"
mk glued/config.php "<?php
return [
    'ldapbindpw' => '$V',
];
"
found glued/config.php 3 generic-secret "$V"
mk glued/app.properties "app.mail.host=mail.acme.lan
app.rootpw=$V
"
# (rootpw is a directory's and an installer's own directive name since
# wave 22: daemonconf-password reports it, the secret unchanged)
found glued/app.properties 2 daemonconf-password "$V"
mk glued/settings.ini "[mail]
SMTPPASS = $V
"
found glued/settings.ini 2 generic-secret "$V"
mk glued/psk.conf "TLSConnect=psk
TLSPSK=$H64
"
found glued/psk.conf 2 generic-secret "$H64"
for n in shadowpass renderpass compass passport passthrough tokenizer keyboard; do
	mk "decoy/$n.php" "<?php
\$cfg['$n'] = '$V';
"
	silent "decoy/$n.php"
	mk "decoy/$n.ini" "[render]
$n = $V
"
	silent "decoy/$n.ini"
done

# directives: Caddy's global acme_dns, a named matcher's header
mk caddy/Caddyfile "{
    acme_dns cloudflare $CF
}
"
found caddy/Caddyfile 2 cloudflare-api-token "$CF"
mk caddy2/Caddyfile "hooks.acme.lan {
    @signed header X-Hook-Secret $H
    reverse_proxy @signed hooks:8080
}
"
found caddy2/Caddyfile 2 generic-secret "$H"
mk caddy3/Caddyfile "{
    acme_dns cloudflare {env.CF_API_TOKEN}
}
a.acme.lan {
    @json header Content-Type application/json
    @signed header X-Hook-Secret {env.HOOK_SECRET}
}
"
silent caddy3/Caddyfile

# .NET appSettings: a license key with a word between
mk desk/App.config "<configuration>
  <appSettings>
    <add key=\"LicenseServerKey\" value=\"$V\" />
  </appSettings>
</configuration>
"
found desk/App.config 3 generic-secret "$V"
mk desk2/App.config "<configuration>
  <appSettings>
    <add key=\"LicenseKeyId\" value=\"$V\" />
    <add key=\"LicenseFile\" value=\"C:\\licenses\\app.lic\" />
  </appSettings>
</configuration>
"
silent desk2/App.config

# commented-out settings, and a name on the comment above its value
mk zabbix/psk.conf "TLSPSKIdentity=agent-07
# kept for reference:
# TLSPSK=$H64
"
found zabbix/psk.conf 3 generic-secret "$H64"
mk site/hugo.toml "title = \"Docs\"
# ALGOLIA_ADMIN_KEY used by the index job:
# $H
"
found site/hugo.toml 3 algolia-admin-api-key "$H"
mk prose/app.conf "# set the password to your own value
# DB_PASSWORD lookup order:
# environment, then vault
# API_TOKEN is read from the environment, for example:
# export API_TOKEN=\$(vault read -field=token secret/ci)
"
silent prose/app.conf

# rsyncd's secrets file; the same line elsewhere is no such file
mk etc/rsyncd.secrets "# module users
mirror:$V
"
found etc/rsyncd.secrets 2 daemonfiles-rsyncd-secret "$V"
mk docs/notes.txt "mirror:$V
"
silent docs/notes.txt

# OpenSMTPD's relay credentials table; Squid's peer login; Postfix's
# sasl_passwd with a named port
mk etc/mail/secrets "# relay credentials
relay-main mailer:$V
"
found etc/mail/secrets 2 daemonfiles-opensmtpd-relay-credentials "$V"
mk squid/squid.conf "cache_peer parent.acme-corp.net parent 3128 0 no-query login=edge01:$V
cache_peer sib.acme-corp.net sibling 3128 0 login=PASSTHRU
"
found squid/squid.conf 1 daemonconf-squid-peer-login "$V"
mk postfix/sasl_passwd "[mail.isp.acme-corp.net]:submission relay:$V
"
found postfix/sasl_passwd 1 postfix-sasl-password "$V"

finish e2e_configs15
