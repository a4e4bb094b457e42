"""repos/ templates, part 3: desktop automation, media servers, personal tooling, local LLM front ends."""
import json

from vals20 import xpw, upw, R, rs, hx, uuid, b64_bytes, password, passphrase, AN, ANL, ANU, B64U
import keys20 as K


def raycast(d, p):
    return ("import { getPreferenceValues } from \"@raycast/api\";\n\ninterface Prefs { token?: string }\n\n"
            "const { token } = getPreferenceValues<Prefs>();\n"
            "export const headers = { Authorization: token ?? \"%s\", \"Content-Type\": \"application/json\" };\n" % d.pos("linear", "api-key", K.linear()) +
            "export const TEAM_ID = \"%s\";\n" % d.dec("linear", "team_uuid", uuid()))


def alfred(d, p):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\t<key>bundleid</key>\n\t<string>com.%s.todoist-add</string>\n" % p +
            "\t<key>variables</key>\n\t<dict>\n\t\t<key>todoist_token</key>\n\t\t<string>%s</string>\n" % d.pos("todoist", "api-token", hx(40)) +
            "\t\t<key>project_id</key>\n\t\t<string>%s</string>\n\t</dict>\n" % d.dec("todoist", "project_id", str(R.randrange(10 ** 9, 10 ** 10))) +
            "\t<key>uid</key>\n\t<string>%s</string>\n</dict>\n</plist>\n" % d.dec("alfred", "uuid", uuid().upper()))


def espanso(d, p):
    return ("# espanso match file\nmatches:\n  - trigger: \":sig\"\n    replace: \"Kind regards,\\nPriya\"\n"
            "  - trigger: \":vpnpw\"\n    replace: \"%s\"\n" % d.pos("generic", "password", password()) +
            "  - trigger: \":ghtok\"\n    replace: \"%s\"\n" % d.pos("github", "fine-grained-token", K.github_fine()) +
            "  - trigger: \":uuid\"\n    replace: \"{{id}}\"\n    vars:\n      - name: id\n        type: shell\n        params: { cmd: \"uuidgen\" }\n"
            "  - trigger: \":iban\"\n    replace: \"%s\"\n" % d.dec("espanso", "iban_example", "DE89370400440532013000"))


def hammerspoon(d, p):
    return ("-- ~/.hammerspoon/init.lua\nlocal pushover = {\n  token = \"%s\",\n" % d.pos("pushover", "app-token", "a" + rs(29, ANL)) +
            "  user = \"%s\",\n}\n\n" % d.dec("pushover", "user_key_public_id", "u" + rs(29, ANL)) +
            "hs.hotkey.bind({\"cmd\", \"alt\"}, \"P\", function()\n  hs.http.asyncPost(\"https://api.pushover.net/1/messages.json\",\n"
            "    \"token=\" .. pushover.token .. \"&user=\" .. pushover.user .. \"&message=ping\", nil, function() end)\nend)\n")


def newsboat(d, p):
    return ("# ~/.newsboat/urls\n%s \"~Private\"\n" % d.secret("generic", "url-password", "https://greta:%s@rss.%s.net/private/feed.xml" % (upw(), p)) +
            "https://lwn.net/headlines/rss \"linux\"\n# config\n# urls-source \"ttrss\"\n# ttrss-login \"greta\"\n"
            "# ttrss-password \"%s\"\n" % d.dec("newsboat", "placeholder", "<password>"))


def taskrc(d, p):
    return ("data.location=~/.task\nnews.version=3.1.0\nsync.server.url=https://tasks.%s.net\n" % p +
            "sync.server.client_id=%s\n" % d.dec("taskwarrior", "client_uuid", uuid()) +
            "sync.encryption_secret=%s\n" % d.pos("generic", "encryption-secret", passphrase().replace(" ", "-")) +
            "color.active=rgb555 on rgb410\n")


def syncthing(d, p):
    return ("<configuration version=\"37\">\n    <device id=\"%s\" name=\"nas\" compression=\"metadata\">\n" % d.dec("syncthing", "device_id", "-".join(rs(7, ANU) for _ in range(8))) +
            "        <address>dynamic</address>\n    </device>\n    <gui enabled=\"true\" tls=\"true\">\n        <address>0.0.0.0:8384</address>\n        <user>admin</user>\n"
            "        <password>%s</password>\n" % d.dec("syncthing", "bcrypt_hash", "$2a$10$" + rs(53, AN + "./")) +
            "        <apikey>%s</apikey>\n    </gui>\n</configuration>\n" % d.pos("syncthing", "api-key", rs(32, AN + "-")))


def arr(d, p):
    return ("<Config>\n  <BindAddress>*</BindAddress>\n  <Port>8989</Port>\n  <UrlBase></UrlBase>\n"
            "  <ApiKey>%s</ApiKey>\n" % d.pos("sonarr", "api-key", hx(32)) +
            "  <AuthenticationMethod>Forms</AuthenticationMethod>\n  <Branch>main</Branch>\n"
            "  <InstanceName>%s</InstanceName>\n" % d.dec("sonarr", "name", "Sonarr") +
            "  <PostgresPassword>%s</PostgresPassword>\n</Config>\n" % d.pos("generic", "password", xpw()))


def qbittorrent(d, p):
    return ("[Preferences]\nConnection\\PortRangeMin=51413\nWebUI\\Port=8080\nWebUI\\Username=admin\n"
            "WebUI\\Password_PBKDF2=\"@ByteArray(%s:%s)\"\n" % (d.dec("qbittorrent", "pbkdf2_salt", b64_bytes(16)), d.dec("qbittorrent", "pbkdf2_hash", b64_bytes(64))) +
            "\n[Network]\nProxy\\Type=SOCKS5\nProxy\\IP=proxy.%s.net\nProxy\\Username=torrent\n" % p +
            "Proxy\\Password=%s\n" % d.pos("generic", "password", password()))


def lucky(d, p):
    return ("# config/server.cr\nLucky::Server.configure do |settings|\n"
            "  settings.secret_key_base = \"%s\"\n" % d.pos("generic", "secret-key", b64_bytes(32)) +
            "  settings.host = \"0.0.0.0\"\n  settings.port = 5000\nend\n\n"
            "BaseEmail.configure do |settings|\n  settings.adapter = Carbon::SendGridAdapter.new(api_key: \"%s\")\nend\n" % d.pos("sendgrid", "api-key", K.sendgrid()) +
            "# build %s\n" % d.dec("lucky", "commit_sha", hx(40)))


def oban(d, p):
    return ("# setup notes for the CI image\n"
            "mix hex.repo add oban https://getoban.pro/repo \\\n  --fetch-public-key %s \\\n" % d.dec("oban", "public_key_fingerprint", "SHA256:" + b64_bytes(32).rstrip("=")) +
            "  --auth-key %s\n" % d.pos("oban", "license-key", hx(32)) +
            "\n# config/runtime.exs\nconfig :%s, %s.Repo,\n  url: \"%s\"\n" % (p, p.capitalize(), d.secret("postgres", "url-password", "ecto://%s:%s@db.internal/%s_prod" % (p, upw(), p))))


def open_webui(d, p):
    return ("services:\n  ollama:\n    image: ollama/ollama\n  open-webui:\n    image: ghcr.io/open-webui/open-webui:main\n    environment:\n"
            "      - OLLAMA_BASE_URL=http://ollama:11434\n      - WEBUI_SECRET_KEY=%s\n" % d.pos("generic", "secret-key", rs(32, AN)) +
            "      - OPENAI_API_KEY=%s\n" % d.pos("openai", "project-key", K.openai()) +
            "      - WEBUI_NAME=%s\n" % d.dec("open-webui", "name", "%s chat" % p))


def librechat(d, p):
    return ("HOST=localhost\nPORT=3080\nMONGO_URI=%s\n" % d.secret("mongodb", "url-password", "mongodb://librechat:%s@mongo:27017/LibreChat" % upw()) +
            "CREDS_KEY=%s\n" % d.pos("generic", "encryption-key", hx(64)) +
            "CREDS_IV=%s\n" % d.pos("generic", "encryption-iv", hx(32)) +
            "JWT_SECRET=%s\nJWT_REFRESH_SECRET=%s\n" % (d.pos("generic", "jwt-secret", hx(64)), d.pos("generic", "jwt-secret", hx(64))) +
            "ANTHROPIC_API_KEY=%s\n" % d.pos("anthropic", "api-key", K.anthropic()) +
            "GOOGLE_KEY=%s\n" % d.dec("google", "user_provided", "user_provided") +
            "MEILI_MASTER_KEY=%s\n" % d.pos("generic", "master-key", rs(32, AN)))


def aider(d, p):
    return ("# .aider.conf.yml\nmodel: sonnet\nauto-commits: false\n"
            "anthropic-api-key: %s\n" % d.pos("anthropic", "api-key", K.anthropic()) +
            "openai-api-key: %s\n" % d.dec("openai", "env_reference", "${OPENAI_API_KEY}") +
            "set-env:\n  - GROQ_API_KEY=%s\n" % d.pos("groq", "api-key", K.groq()))


def home_manager(d, p):
    return ("{ config, pkgs, ... }:\n{\n  home.username = \"lucia\";\n  home.stateVersion = \"24.11\";\n  home.sessionVariables = {\n"
            "    EDITOR = \"hx\";\n    HF_TOKEN = \"%s\";\n" % d.pos("huggingface", "access-token", K.hf()) +
            "    NPM_CONFIG_USERCONFIG = \"%s\";\n  };\n" % d.dec("nix", "path", "${config.xdg.configHome}/npm/npmrc") +
            "  programs.git.extraConfig.sendemail.smtpPass = \"%s\";\n}\n" % d.pos("generic", "password", password()))


TEMPLATES_C = [
    ("raycast-extension", "raycast/src/api.ts", raycast, 2), ("alfred-workflow", "alfred/info.plist", alfred, 2), ("espanso", "dotfiles/espanso/match/base.yml", espanso, 2),
    ("hammerspoon", "dotfiles/hammerspoon/init.lua", hammerspoon, 2), ("newsboat", "dotfiles/newsboat/urls", newsboat, 1), ("taskwarrior", "dotfiles/taskrc", taskrc, 1),
    ("syncthing", "nas/syncthing/config.xml", syncthing, 2), ("sonarr", "nas/sonarr/config.xml", arr, 2), ("qbittorrent", "nas/qBittorrent/qBittorrent.conf", qbittorrent, 1),
    ("lucky-crystal", "lucky/config/server.cr", lucky, 2), ("oban-pro", "docs/oban-setup.md", oban, 2), ("open-webui", "llm/open-webui.compose.yaml", open_webui, 2),
    ("librechat", "llm/librechat.env", librechat, 2), ("aider", ".aider.conf.yml", aider, 2), ("home-manager", "nix/home.nix", home_manager, 2),
]
