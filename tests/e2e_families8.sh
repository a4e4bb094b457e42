#!/usr/bin/env bash
# End-to-end tests of credential families the rules' own syntax reads:
# passwords in SOCKS proxy URLs and in URLs whose host is a template
# placeholder, ESPHome's api: encryption: key:, WordPress salts set in the
# environment (Bedrock's .env, the Docker image's WORDPRESS_*) or as a
# template's default; .NET's AuthenticationHeaderValue with any scheme;
# a Nix attribute set's keys under a provider's name; the secret of a
# builder's clientIdAndSecret(id, secret); Python's bytes literals.
. "$(dirname "$0")/lib.sh"
batch_scans

P=Wq7k2Zp9Lm4x                                     # a 12-character password
K=HfpnRjnroHoRpZ8RjMl5hL6aWYbXqwwgFhd3ES1Wczo=   # 32 random bytes, base64
S='Zt8]e;Lq 3Vr|Xn6-Wb+2Hk^Pc{0Mj!5Ys@dF~9oG*uD7'  # a WordPress salt

# SOCKS proxies, as requests and curl take them
mk url/settings.py "PROXIES = {\"https\": \"socks5h://crawler:$P@gate.proxynet.io:7000\"}
"
found url/settings.py 1 url-credentials "$P"
mk url/proxy.env "ALL_PROXY=socks5://bot:$P@10.20.0.4:1080
"
found url/proxy.env 1 url-credentials "$P"
mk url/socks.env "ALL_PROXY=socks5://\${PROXY_USER}:\${PROXY_PASS}@proxy.internal:1080
"
silent url/socks.env
# the host a placeholder: an f-string, a shell's or a template's
mk url/celeryconfig.py "broker_url = f\"redis://:$P@{REDIS_HOST}:6379/0\"
"
found url/celeryconfig.py 1 url-credentials "$P"
mk url/values.yaml "databaseUrl: \"postgres://app:$P@{{ .Values.db.host }}:5432/app\"
"
found url/values.yaml 1 url-credentials "$P"
mk url/fstring.py "url = f\"redis://{user}:{password}@{host}:6379/0\"
"
silent url/fstring.py
# a test's word for a password before a templated host: no credential
mk url/proxy.test.js "const proxy = \`https://hello:world@\${PROXY_HOSTNAME}:8080\`
"
silent url/proxy.test.js

# ESPHome's native API key, below api: encryption:
mk esphome/kitchen.yaml "esphome:
  name: kitchen
api:
  encryption:
    key: \"$K\"
"
found esphome/kitchen.yaml 5 esphome-api-encryption-key "$K"
mk esphome/ref.yaml "api:
  encryption:
    key: !secret api_encryption_key
"
silent esphome/ref.yaml

# WordPress salts outside wp-config.php's define()
mk wp/.env "WP_HOME=https://shop.internal
AUTH_KEY='$S'
"
found wp/.env 2 wordpress-auth-salt "$S"
mk wp/docker-compose.yml "services:
  wordpress:
    environment:
      WORDPRESS_NONCE_SALT: \"$S\"
"
found wp/docker-compose.yml 4 wordpress-auth-salt "$S"
mk wp/wp-config.php.tpl "define( 'AUTH_KEY', '{{ .Values.wordpress.authKey | default \"$S\" }}' );
"
found wp/wp-config.php.tpl 1 wordpress-auth-salt "$S"
mk wp/ref.env "WORDPRESS_AUTH_KEY=\"\${WORDPRESS_AUTH_KEY:-change-me-to-a-long-random-value}\"
TS_AUTH_KEY=\"$S\"
"
silent wp/ref.env

# .NET's AuthenticationHeaderValue(scheme, parameter): any scheme's
TOKEN=Hq4Vm8Zr2Lx6Nw0Tk5Pc9Bs3Yd7Jf1Ga8Ue4Ko2Ri6Wn # a random token
mk cs/Aiven.cs "var header = new AuthenticationHeaderValue(\"aivenv1\", \"$TOKEN\");
"
found cs/Aiven.cs 1 generic-secret "$TOKEN"
mk cs/Ref.cs "var header = new AuthenticationHeaderValue(\"aivenv1\", token);
var digest = new AuthenticationHeaderValue(\"Digest\", \"username\");
"
silent cs/Ref.cs

# a Nix attribute set below a provider's name names the keys in it
U=5b8e2d4f-9a1c-4e7b-8d3f-6c2a9e1b7d40 # a random UUID
mk nix/crm.nix "{
  services.hubspot-sync = {
    enable = true;
    developerKey = \"$U\";
  };
}
"
found nix/crm.nix 4 hubspot-developer-api-key "$U"
mk nix/mail.nix "{
  services.hubspot-sync = {
    key = \"$U\";
  };
}
"
found nix/mail.nix 3 hubspot-api-key "$U"
mk nix/ref.nix "{
  services.hubspot-sync = {
    developerKey = config.sops.secrets.hubspot.path;
    portal = \"$U\";
  };
}
"
silent nix/ref.nix

# a builder's method named for an id and its secret: the second argument
I=5f3a9c2e7b1d4a6f8e0c9b2a   # a client id
Z=3e8f1a7c9b2d4e6f0a5c8b1d7e3f9a # its secret
mk java/Acme.java "AcmeClient acme = AcmeClient.newBuilder()
    .clientIdAndSecret(\"$I\", \"$Z\")
    .build();
"
found java/Acme.java 2 generic-secret "$Z"
mk java/Ref.java "AcmeClient acme = AcmeClient.newBuilder()
    .clientIdAndSecret(\"$I\", System.getenv(\"ACME_SECRET\"))
    .build();
"
silent java/Ref.java

# Python's bytes literals: MicroPython's Wi-Fi settings, Flask's secret_key
mk py/config.py "WIFI_SSID = b\"HomeNet\"
WIFI_PASSWORD = b\"$P\"
"
found py/config.py 2 generic-password "$P"
mk py/ref.py "WIFI_PASSWORD = b\"\"
API_TOKEN = b\"%s\" % token
"
silent py/ref.py

# .NET's assembly identities name a public key's token: not a secret
mk dotnet/unattend.xml "<component name=\"Microsoft-Windows-Shell-Setup\" processorArchitecture=\"amd64\" publicKeyToken=\"31bf3856ad364e35\" language=\"neutral\">
"
silent dotnet/unattend.xml
mk dotnet/web.config "<add assembly=\"System.Web.Mvc, Version=5.2.9.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35\" />
<dependentAssembly><assemblyIdentity name=\"Newtonsoft.Json\" publicKeyToken=\"30ad4fe6b2a6aeed\" /></dependentAssembly>
"
silent dotnet/web.config

finish e2e_families8
