"""Snippet syntaxes for holdout27: file kinds none of holdout12..26's READMEs name (README.md
lists them). Each: (name, file name, head lines, foot lines, named(env, v), weak(provider, env, v),
envref(env)). named writes the value under its usual variable name; weak under a name a person
chose (camelCase, a label, a sentence)."""


def camel(env):
    p = env.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def kebab(env):
    return env.lower().replace("_", "-")


def label(env):
    return env.replace("_", " ").title()


SYNTAXES = [
    ("brewfile", "Brewfile", ["# Brewfile for the ops laptops (brew bundle)", 'tap "corrievane/tools"', 'brew "awscli"'], ['cask "wezterm"'],
     lambda e, v: 'ENV["%s"] = "%s"' % (e, v), lambda p, e, v: 'ENV["HOMEBREW_%s"] = "%s"  # %s for the tap formula' % (e, v, p), lambda e: 'ENV["%s"] ||= ENV.fetch("CV_%s", nil)' % (e, e)),
    ("podfile", "Podfile", ["platform :ios, '16.0'", "use_frameworks!", "target 'SkipassWallet' do"], ["  pod 'Alamofire', '~> 5.9'", "end"],
     lambda e, v: "  ENV['%s'] = '%s'" % (e, v), lambda p, e, v: "  # keys/%s.txt came from %s: %s" % (camel(e), p, v), lambda e: "  ENV['%s'] = `security find-generic-password -s %s -w`.strip" % (e, camel(e))),
    ("dangerfile", "Dangerfile", ["# Danger checks for the gondola-telemetry PRs", "warn('Big PR') if git.lines_of_code > 600"], ["message('thanks!')"],
     lambda e, v: "%s = '%s'" % (e.lower(), v), lambda p, e, v: "fail('do not commit the %s key %s') if git.diff.include?('%s')" % (p, v, camel(e)), lambda e: "%s = ENV['%s']" % (e.lower(), e)),
    ("rakefile", "Rakefile", ["require 'rake'", "namespace :deploy do"], ["end"],
     lambda e, v: "  %s = '%s'" % (e, v), lambda p, e, v: "  task(:%s) { sh \"curl -sf -H 'X-Key: %s' https://%s.corrievane.io/ping\" }" % (camel(e), v, p), lambda e: "  %s = ENV.fetch('%s')" % (e, e)),
    ("deps-edn", "deps.edn", ["{:paths [\"src\" \"resources\"]", " :deps {org.clojure/clojure {:mvn/version \"1.12.0\"}}", " :aliases {:dev {:jvm-opts ["], ["  ]}}}"],
     lambda e, v: "   \"-D%s=%s\"" % (kebab(e), v), lambda p, e, v: "   ;; %s %s" % (camel(e), v), lambda e: "   \"-D%s=${%s}\"" % (kebab(e), e)),
    ("mix-exs", "mix.exs", ["defmodule Liftboard.MixProject do", "  use Mix.Project", "  def project, do: [app: :liftboard, version: \"0.9.2\"]", "  defp secrets do", "    ["], ["    ]", "  end", "end"],
     lambda e, v: "      %s: \"%s\"," % (e.lower(), v), lambda p, e, v: "      # %s: %s" % (camel(e), v), lambda e: "      %s: System.get_env(\"%s\")," % (e.lower(), e)),
    ("rebar-config", "rebar.config", ["{erl_opts, [debug_info]}.", "{relx, [{release, {gatekeeper, \"1.4.0\"}, [gatekeeper]},", "        {overlay_vars_values, ["], ["        ]}]}."],
     lambda e, v: "          {%s, \"%s\"}," % (e.lower(), v), lambda p, e, v: "          %% %s for %s: %s" % (camel(e), p, v), lambda e: "          {%s, {env, \"%s\"}}," % (e.lower(), e)),
    ("dune", "dune", ["(executable", " (name snowgun_ctl)", " (libraries cohttp-lwt-unix yojson))", "(rule", " (targets secrets.ml)", " (action (with-stdout-to secrets.ml (progn"], [" ))))"],
     lambda e, v: "  (echo \"let %s = \\\"%s\\\"\\n\")" % (e.lower(), v), lambda p, e, v: "  ; %s %s" % (camel(e), v), lambda e: "  (echo \"let %s = Sys.getenv \\\"%s\\\"\\n\")" % (e.lower(), e)),
    ("opam", "snowgun.opam", ["opam-version: \"2.0\"", "name: \"snowgun\"", "build: [\"dune\" \"build\" \"-p\" name]", "build-env: ["], ["]"],
     lambda e, v: "  [%s = \"%s\"]" % (e, v), lambda p, e, v: "  # %s: %s" % (camel(e), v), lambda e: "  [%s = \"%%{env:%s}%%\"]" % (e, e)),
    ("pyproject", "pyproject.toml", ["[project]", "name = \"weatherdeck\"", "version = \"2.3.0\"", "", "[tool.pytest.ini_options]", "env = ["], ["]"],
     lambda e, v: "  \"%s=%s\"," % (e, v), lambda p, e, v: "  # \"%s=%s\",  (%s, old)" % (camel(e), v, p), lambda e: "  \"D:%s={env:%s}\"," % (e, e)),
    ("pipfile", "Pipfile", ["[[source]]", "url = \"https://pypi.org/simple\"", "name = \"pypi\"", "", "[scripts]"], ["", "[packages]", "httpx = \"*\""],
     lambda e, v: "%s = \"env %s=%s python -m weatherdeck.sync\"" % (e.lower(), e, v), lambda p, e, v: "%s = \"python -m weatherdeck.%s --key %s\"" % (camel(e), p, v), lambda e: "%s-env = \"env %s=$%s python -m weatherdeck.sync\"" % (e.lower(), e, e)),
    ("noxfile", "noxfile.py", ["import nox", "", "@nox.session", "def integration(session):"], ["    session.run(\"pytest\", \"tests/integration\")"],
     lambda e, v: "    session.env[\"%s\"] = \"%s\"" % (e, v), lambda p, e, v: "    session.run(\"%s-cli\", \"login\", \"--token\", \"%s\")" % (p, v), lambda e: "    session.env[\"%s\"] = os.environ[\"%s\"]" % (e, e)),
    ("pre-commit", ".pre-commit-config.yaml", ["repos:", "  - repo: local", "    hooks:", "      - id: lift-schema", "        name: lift schema check", "        entry: scripts/check_schema.sh", "        language: script", "        args:"], ["        files: ^schemas/"],
     lambda e, v: "          - --%s=%s" % (kebab(e), v), lambda p, e, v: "          # - --%s-key=%s" % (p, v), lambda e: "          - --%s=${%s}" % (kebab(e), e)),
    ("runit", "run", ["#!/bin/sh", "# runit service: /etc/sv/liftboard/run", "exec 2>&1"], ["exec chpst -u liftboard /opt/liftboard/bin/liftboard"],
     lambda e, v: "export %s='%s'" % (e, v), lambda p, e, v: "# %s: %s" % (label(e), v), lambda e: "export %s=\"$(cat /etc/sv/liftboard/env/%s)\"" % (e, e)),
    ("upstart", "liftboard.conf", ["description \"liftboard (old Ubuntu 14 box on the valley station)\"", "start on runlevel [2345]", "respawn"], ["exec /opt/liftboard/bin/liftboard"],
     lambda e, v: "env %s=%s" % (e, v), lambda p, e, v: "# %s was %s" % (camel(e), v), lambda e: "env %s=${%s}" % (e, e)),
    ("anacrontab", "anacrontab", ["SHELL=/bin/sh", "PATH=/sbin:/bin:/usr/sbin:/usr/bin", "START_HOURS_RANGE=3-22"], ["1  5  snowreport  /usr/local/bin/snowreport --push"],
     lambda e, v: "%s=%s" % (e, v), lambda p, e, v: "7  15  %s  /usr/local/bin/%s-export --key %s" % (p, p, v), lambda e: "%s=$%s" % (e, e)),
    ("fcrontab", "fcrontab", ["# fcrontab -u snowops", "!mail(false)"], ["@ 30 /opt/snowops/bin/gun-status"],
     lambda e, v: "%s = \"%s\"" % (e, v), lambda p, e, v: "@ 1d /opt/snowops/bin/%s-sync -k %s" % (p, v), lambda e: "%s = \"$%s\"" % (e, e)),
    ("logrotate", "liftboard.logrotate", ["/var/log/liftboard/*.log {", "    daily", "    rotate 14", "    compress", "    postrotate"], ["    endscript", "}"],
     lambda e, v: "        %s='%s' /opt/liftboard/bin/ship-logs" % (e, v), lambda p, e, v: "        curl -s -H 'Authorization: Bearer %s' https://%s-ingest.corrievane.io/rotated" % (v, p), lambda e: "        %s=\"$%s\" /opt/liftboard/bin/ship-logs" % (e, e)),
    ("lighttpd", "lighttpd.conf", ["server.port = 8080", "server.document-root = \"/srv/pistenplan\"", "setenv.add-environment = ("], [")"],
     lambda e, v: "  \"%s\" => \"%s\"," % (e, v), lambda p, e, v: "  # \"%s\" => \"%s\"," % (camel(e), v), lambda e: "  \"%s\" => env.%s," % (e, e)),
    ("procmailrc", ".procmailrc", ["MAILDIR=$HOME/Mail", "LOGFILE=$HOME/.procmail.log"], [":0", "* ^Subject:.*lift fault", "| /usr/local/bin/fault-to-chat"],
     lambda e, v: "%s=\"%s\"" % (e, v), lambda p, e, v: "# %s (%s): %s" % (camel(e), p, v), lambda e: "%s=`cat $HOME/.secrets/%s`" % (e, e.lower())),
    ("thunderbird-prefs", "prefs.js", ["// Mozilla User Preferences", "user_pref(\"mail.server.server2.hostname\", \"imap.corrievane.com\");"], ["user_pref(\"mail.shell.checkDefaultClient\", false);"],
     lambda e, v: "user_pref(\"extensions.cvtools.%s\", \"%s\");" % (camel(e), v), lambda p, e, v: "user_pref(\"extensions.%s.token\", \"%s\");" % (p, v), lambda e: "user_pref(\"extensions.cvtools.%sEnv\", \"%s\");" % (camel(e), e)),
    ("screenrc", ".screenrc", ["startup_message off", "defscrollback 10000"], ["screen -t tail 1 tail -F /var/log/liftboard/app.log"],
     lambda e, v: "setenv %s '%s'" % (e, v), lambda p, e, v: "# %s %s" % (camel(e), v), lambda e: "setenv %s \"$%s\"" % (e, e)),
    ("kitty", "kitty.conf", ["font_family JetBrains Mono", "font_size 12.0"], ["shell_integration enabled"],
     lambda e, v: "env %s=%s" % (e, v), lambda p, e, v: "# env %s=%s" % (camel(e), v), lambda e: "env %s=${%s}" % (e, e)),
    ("wezterm", "wezterm.lua", ["local wezterm = require 'wezterm'", "local config = wezterm.config_builder()", "config.set_environment_variables = {"], ["}", "return config"],
     lambda e, v: "  %s = '%s'," % (e, v), lambda p, e, v: "  -- %s = '%s'," % (camel(e), v), lambda e: "  %s = os.getenv('%s')," % (e, e)),
    ("alacritty", "alacritty.toml", ["[font]", "size = 11.5", "", "[env]"], ["TERM = \"xterm-256color\""],
     lambda e, v: "%s = \"%s\"" % (e, v), lambda p, e, v: "# %s = \"%s\"" % (camel(e), v), lambda e: "%s = \"${%s}\"" % (e, e)),
    ("kakrc", "kakrc", ["colorscheme gruvbox-dark", "add-highlighter global/ number-lines"], ["map global user l ':lsp-enable<ret>'"],
     lambda e, v: "set-option global %s '%s'" % (e.lower(), v), lambda p, e, v: "# %s %s" % (camel(e), v), lambda e: "evaluate-commands %%sh{ echo \"set-option global %s '$%s'\" }" % (e.lower(), e)),
    ("vscode-launch", "launch.json", ["{", "  \"version\": \"0.2.0\",", "  \"configurations\": [{", "    \"name\": \"gatekeeper\",", "    \"type\": \"go\",", "    \"env\": {"], ["      \"GK_PORT\": \"8088\"", "    }", "  }]", "}"],
     lambda e, v: "      \"%s\": \"%s\"," % (e, v), lambda p, e, v: "      \"%s\": \"%s\"," % (camel(e), v), lambda e: "      \"%s\": \"${env:%s}\"," % (e, e)),
    ("rmarkdown", "season-report.Rmd", ["---", "title: \"Season report 2025/26\"", "output: html_document", "---", "", "```{r setup, include=FALSE}"], ["```", "", "Skier days by lift are below."],
     lambda e, v: "Sys.setenv(%s = \"%s\")" % (e, v), lambda p, e, v: "%s <- \"%s\"  # %s" % (camel(e), v, p), lambda e: "%s <- Sys.getenv(\"%s\")" % (camel(e), e)),
    ("groff", "liftctl.1", [".TH LIFTCTL 1 \"2026-02-11\" \"corrie-vane tools\"", ".SH NAME", "liftctl \\- talk to the lift PLC gateway", ".SH ENVIRONMENT"], [".SH SEE ALSO", "snowctl(1)"],
     lambda e, v: ".TP\n.B %s\ndefaults to \\fI%s\\fR on the build box" % (e, v), lambda p, e, v: ".\\\" %s: %s" % (camel(e), v), lambda e: ".TP\n.B %s\nread from the environment" % e),
    ("texinfo", "snowops.texi", ["\\input texinfo", "@setfilename snowops.info", "@node Configuration", "@chapter Configuration", "@example"], ["@end example", "@bye"],
     lambda e, v: "%s=%s" % (e, v), lambda p, e, v: "@c %s %s" % (camel(e), v), lambda e: "%s=$%s" % (e, e)),
    ("mdx", "setup.mdx", ["import { Callout } from '../components/Callout'", "", "# Setting up the pass-scanner kiosk", "", "<EnvTable rows={["], ["]} />", "", "<Callout>Restart the kiosk after editing.</Callout>"],
     lambda e, v: "  { name: '%s', value: '%s' }," % (e, v), lambda p, e, v: "  { name: '%s (%s)', value: '%s' }," % (camel(e), p, v), lambda e: "  { name: '%s', value: process.env.%s }," % (e, e)),
    ("http-file", "lifts.http", ["### lift status API scratch file (VS Code REST Client)"], ["", "GET https://api.corrievane.io/v2/lifts", "Accept: application/json"],
     lambda e, v: "@%s = %s" % (camel(e), v), lambda p, e, v: "# %s %s" % (p, v), lambda e: "@%sEnv = {{$processEnv %s}}" % (camel(e), e)),
    ("gherkin", "checkout.feature", ["Feature: season pass checkout", "  Background:"], ["  Scenario: buy a day pass", "    When I pay with card \"4242\"", "    Then a receipt is mailed"],
     lambda e, v: "    Given the setting \"%s\" is \"%s\"" % (e, v), lambda p, e, v: "    # And the %s key \"%s\"" % (p, v), lambda e: "    Given the setting \"%s\" comes from the environment" % e),
    ("asyncapi", "asyncapi.yaml", ["asyncapi: 3.0.0", "info:", "  title: lift telemetry events", "  version: 1.2.0", "x-dev-credentials:"], ["channels:", "  liftState:", "    address: lifts/{liftId}/state"],
     lambda e, v: "  %s: '%s'" % (e, v), lambda p, e, v: "  # %s: %s" % (camel(e), v), lambda e: "  %s: ${%s}" % (e, e)),
    ("avro", "LiftEvent.avsc", ["{", "  \"type\": \"record\", \"name\": \"LiftEvent\", \"namespace\": \"io.corrievane.telemetry\",", "  \"fields\": ["], ["    {\"name\": \"liftId\", \"type\": \"string\"}", "  ]", "}"],
     lambda e, v: "    {\"name\": \"%s\", \"type\": \"string\", \"default\": \"%s\"}," % (camel(e), v), lambda p, e, v: "    {\"name\": \"%s\", \"type\": \"string\", \"doc\": \"%s credential, e.g. %s\"}," % (camel(e), p, v), lambda e: "    {\"name\": \"%s\", \"type\": \"string\", \"doc\": \"filled from %s\"}," % (camel(e), e)),
    ("resx", "Settings.resx", ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<root>", "  <resheader name=\"resmimetype\"><value>text/microsoft-resx</value></resheader>"], ["</root>"],
     lambda e, v: "  <data name=\"%s\" xml:space=\"preserve\"><value>%s</value></data>" % (e, v), lambda p, e, v: "  <data name=\"%s\"><value>%s</value><comment>%s</comment></data>" % (camel(e), v, p), lambda e: "  <data name=\"%s\"><value>%%%s%%</value></data>" % (e, e)),
    ("handlebars", "config.hbs", ["{{!-- rendered by the kiosk build; values come from the context below --}}", "<script>", "  window.KIOSK = {"], ["  };", "</script>"],
     lambda e, v: "    %s: \"%s\"," % (camel(e), v), lambda p, e, v: "    {{!-- %s %s --}}" % (p, v), lambda e: "    %s: \"{{env.%s}}\"," % (camel(e), e)),
    ("solidjs", "LiftStatus.tsx", ["import { createResource } from 'solid-js';", ""], ["", "export default function LiftStatus() { const [s] = createResource(load); return <pre>{JSON.stringify(s())}</pre>; }"],
     lambda e, v: "const %s = '%s';" % (e, v), lambda p, e, v: "const load = () => fetch('/api/%s', { headers: { 'x-api-key': '%s' } }).then(r => r.json());" % (p, v), lambda e: "const %s = import.meta.env.VITE_%s;" % (e, e)),
    ("backbone", "pass-model.js", ["var PassModel = Backbone.Model.extend({", "  urlRoot: '/api/passes',", "  defaults: {"], ["    holder: ''", "  }", "});"],
     lambda e, v: "    %s: '%s'," % (camel(e), v), lambda p, e, v: "    // %s: '%s'," % (p, v), lambda e: "    %s: window.ENV.%s," % (camel(e), e)),
    ("capnp", "config.capnp", ["@0xd4b3c2a1f0e9d8c7;", "using Cxx = import \"/capnp/c++.capnp\";"], ["struct Gate { id @0 :Text; }"],
     lambda e, v: "const %s :Text = \"%s\";" % (camel(e), v), lambda p, e, v: "# %s %s" % (camel(e), v), lambda e: "# %s comes from $%s at build time" % (camel(e), e)),
]

XMLISH = {"resx"}
