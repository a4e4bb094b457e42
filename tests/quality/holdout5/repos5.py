"""Templates of repos/: files as committed in project kinds the earlier holdouts did not centre on.

build(Doc) returns [(doc, text)]. Values come from formats5 (seeded). S() takes
the next secret from a shuffled queue over every provider format (or a named
one), D() the next decoy; both return (ENV_NAME, marker).
"""
import base64
import json

import formats5 as F
from formats5 import PROVIDERS, R

EX = {
    "stripe": [("secret-key", "STRIPE_SECRET_KEY", lambda: "sk_live_" + F.an(99)), ("restricted-key", "STRIPE_RESTRICTED_KEY", lambda: "rk_live_" + F.an(99)),
               ("webhook-secret", "STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + F.an(32))],
    "slack": [("bot-token", "SLACK_BOT_TOKEN", lambda: F.slack("xoxb")), ("user-token", "SLACK_USER_TOKEN", lambda: F.slack("xoxp")),
              ("webhook-url", "SLACK_WEBHOOK_URL", lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (F.up(10), F.up(10), F.an(24)))],
    "twilio": [("auth-token", "TWILIO_AUTH_TOKEN", lambda: F.hx(32))],
    "datadog": [("api-key", "DD_API_KEY", lambda: F.hx(32)), ("app-key", "DD_APP_KEY", lambda: F.hx(40))],
    "sentry": [("user-token", "SENTRY_AUTH_TOKEN", lambda: "sntryu_" + F.hx(64))],
    "mapbox": [("secret-token", "MAPBOX_DOWNLOADS_TOKEN", lambda: "sk.eyJ1IjoiYWNtZSIsImEiOiJ" + F.bu(20) + "." + F.bu(22))],
    "netlify": [("pat", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + F.an(36))],
    "vercel": [("token", "VERCEL_TOKEN", lambda: "vcp_" + F.an(56))],
    "grafana": [("cloud-token", "GRAFANA_CLOUD_TOKEN", lambda: "glc_" + base64.b64encode(('{"o":"%s","n":"stack-%s-logs","k":"%s","m":{"r":"prod-eu-west-2"}}' % (F.dg(6), F.dg(6), F.an(24))).encode()).decode()),
                ("service-account", "GRAFANA_SA_TOKEN", lambda: "glsa_" + F.an(32) + "_" + F.hx(8))],
    "azure": [("devops-pat", "AZURE_DEVOPS_PAT", lambda: F.pk("abcdefghijklmnopqrstuvwxyz234567", 52))],
    "generic": [("password", "DB_PASSWORD", lambda: F.an(12) + "#" + F.an(6)), ("password", "KEYSTORE_PASSWORD", lambda: F.an(10) + F.dg(4))],
}

ALL = dict((p, v[1]) for p, v in PROVIDERS.items())
ALL.update(EX)


def _queue():
    q = [(p, f, e, g) for p in sorted(ALL) for f, e, g in ALL[p] if p not in ("generic",)]
    R.shuffle(q)
    return q


def _decoys():
    q = [(p, k, e, g) for p in sorted(PROVIDERS) for k, e, g in PROVIDERS[p][2]]
    R.shuffle(q)
    return q


GENERIC_DECOYS = [
    ("stripe", "publishable-key", "STRIPE_PUBLISHABLE_KEY", lambda: "pk_live_" + F.an(99)),
    ("sentry", "dsn", "SENTRY_DSN", lambda: "https://%s@o%s.ingest.sentry.io/%s" % (F.hx(32), F.dg(6), F.dg(7))),
    ("posthog", "project-key", "POSTHOG_KEY", lambda: "phc_" + F.an(43)),
    ("mapbox", "public-token", "MAPBOX_ACCESS_TOKEN", lambda: "pk.eyJ1IjoiYWNtZSIsImEiOiJ" + F.bu(20) + "." + F.bu(22)),
    ("generic", "sha256", "CHECKSUM", lambda: F.hx(64)),
    ("generic", "bcrypt", "ADMIN_PASSWORD_HASH", lambda: "$2b$12$" + F.pk(F.string.ascii_letters + F.string.digits + "./", 53)),
    ("generic", "git-sha", "GIT_SHA", lambda: F.hx(40)),
    ("generic", "uuid-id", "INSTANCE_ID", F.uid),
    ("generic", "env-reference", "API_TOKEN", lambda: "${API_TOKEN}"),
    ("generic", "secrets-reference", "DEPLOY_TOKEN", lambda: "${{ secrets.DEPLOY_TOKEN }}"),
    ("generic", "placeholder", "API_KEY", lambda: "<your-api-key>"),
    ("generic", "placeholder", "SECRET", lambda: "changeme"),
    ("firebase", "app-id", "FIREBASE_APP_ID", lambda: "1:%s:web:%s" % (F.dg(12), F.hx(22))),
    ("algolia", "search-only-key", "ALGOLIA_SEARCH_KEY", lambda: F.hx(32)),
    ("generic", "image-digest", "IMAGE_DIGEST", lambda: "sha256:" + F.hx(64)),
]


class Ctx:
    def __init__(self):
        self.q, self.dq, self.gi = _queue(), [d for d in _decoys() if len(d) == 4], 0
        self.qi = self.dqi = 0

    def S(self, doc, shape, want=None, fmt=None):
        """The next secret (or one of provider `want`): returns (env, marker)."""
        if want:
            cands = [x for x in ALL[want] if fmt is None or x[0] == fmt]
            f, e, g = cands[R.randrange(len(cands))]
            p = want
        else:
            p, f, e, g = self.q[self.qi % len(self.q)]
            self.qi += 1
        v = g()
        if v.startswith("cloudinary://"):
            return e, doc.pos(p, f, v.split(":")[2].split("@")[0], shape=shape, shown=v, accept=[v])
        return e, doc.pos(p, f, v, shape=shape)

    def D(self, doc, shape, generic=False):
        if generic or self.dqi % 3 == 2:
            p, k, e, g = GENERIC_DECOYS[self.gi % len(GENERIC_DECOYS)]
            self.gi += 1
        else:
            p, k, e, g = self.dq[self.dqi % len(self.dq)]
        self.dqi += 1
        v = g()
        while not generic and len(v) < 10:  # short plain words are not near-misses
            p, k, e, g = self.dq[self.dqi % len(self.dq)]
            self.dqi += 1
            v = g()
        return e, doc.dec(p, k, v, shape=shape)


def pw_url(doc, provider, fmt, scheme, user, host, shape, tail=""):
    pw = F.an(20)
    url = "%s://%s:%s@%s%s" % (scheme, user, pw, host, tail)
    return doc.pos(provider, fmt, pw, shape=shape, shown=url, accept=[url, "%s://%s:%s@%s" % (scheme, user, pw, host)])


def build(Doc):
    c = Ctx()
    S, D = c.S, c.D
    out = []

    def add(path, shape, fn):
        d = Doc("repos/" + path, "repos", shape)
        out.append((d, fn(d)))

    # ---- Expo / React Native shop app
    def app_json(d):
        return """{
  "expo": {
    "name": "Acme Shop",
    "slug": "acme-shop",
    "version": "3.4.1",
    "ios": {
      "bundleIdentifier": "com.acme.shop",
      "config": { "googleMapsApiKey": "%s" }
    },
    "android": {
      "package": "com.acme.shop",
      "config": { "googleMaps": { "apiKey": "%s" } }
    },
    "extra": {
      "eas": { "projectId": "%s" },
      "stripePublishableKey": "%s",
      "sentryDsn": "%s",
      "%s": "%s",
      "%s": "%s"
    }
  }
}
""" % (d.pos("google", "api-key", "AIza" + F.bu(35), shape="json-nested"), d.pos("google", "api-key", "AIza" + F.bu(35), shape="json-nested"),
       d.dec("expo", "project-id", F.uid()), d.dec("stripe", "publishable-key", "pk_live_" + F.an(99)),
       d.dec("sentry", "dsn", "https://%s@o%s.ingest.sentry.io/%s" % (F.hx(32), F.dg(6), F.dg(7))), *cam(S(d, "json-extra-camel")), *cam(S(d, "json-extra-camel")))
    add("expo-shop/app.json", "json-nested", app_json)

    def eas_json(d):
        e1, m1 = S(d, "json-eas-env")
        e2, m2 = S(d, "json-eas-env")
        e3, m3 = S(d, "json-eas-env")
        e4, m4 = D(d, "json-eas-env")
        return """{
  "cli": { "version": ">= 12.0.0" },
  "build": {
    "preview": { "distribution": "internal", "env": { "%s": "%s", "%s": "%s" } },
    "production": {
      "env": {
        "%s": "%s",
        "%s": "%s"
      }
    }
  },
  "submit": { "production": { "ios": { "ascAppId": "%s", "appleTeamId": "%s" } } }
}
""" % (e1, m1, e4, m4, e2, m2, e3, m3, d.dec("apple", "asc-app-id", F.dg(10)), d.dec("apple", "team-id", F.up(10)))
    add("expo-shop/eas.json", "json-eas-env", eas_json)

    def expo_env(d):
        lines = ["# EXPO_PUBLIC_ values are inlined into the bundle"]
        for _ in range(4):
            e, m = S(d, "dotenv-expo-public")
            lines.append("EXPO_PUBLIC_%s=%s" % (e, m))
        for _ in range(3):
            e, m = D(d, "dotenv-expo-public")
            lines.append("EXPO_PUBLIC_%s=%s" % (e, m))
        e, m = S(d, "dotenv", want="sentry")
        lines.append("SENTRY_AUTH_TOKEN=%s" % m)
        return "\n".join(lines) + "\n"
    add("expo-shop/.env", "dotenv-expo-public", expo_env)

    def app_config(d):
        e1, m1 = S(d, "js-env-or")
        e2, m2 = S(d, "js-env-or")
        e3, m3 = D(d, "js-env-or")
        return """export default ({ config }) => ({
  ...config,
  extra: {
    %s: process.env.%s || '%s',
    %s: process.env.%s || "%s",
    %s: process.env.%s ?? '%s',
    revenueCatKey: Platform.OS === 'ios' ? 'appl_%s' : 'goog_%s',
  },
});
""" % (e1.lower(), e1, m1, e2.lower(), e2, m2, e3.lower(), e3, m3,
       d.dec("revenuecat", "public-sdk-key", F.an(27)), d.dec("revenuecat", "public-sdk-key", F.an(27)))
    add("expo-shop/app.config.js", "js-env-or", app_config)

    def strings_xml(d):
        e1, m1 = S(d, "android-strings-xml")
        return """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Acme Shop</string>
    <string name="facebook_app_id">%s</string>
    <string name="facebook_client_token">%s</string>
    <string name="google_maps_key" translatable="false">%s</string>
    <string name="%s" translatable="false">%s</string>
    <string name="gcm_defaultSenderId">%s</string>
</resources>
""" % (d.dec("facebook", "app-id", F.dg(16)), d.dec("facebook", "client-token", F.hx(32)), d.pos("google", "api-key", "AIza" + F.bu(35)),
       e1.lower(), m1, d.dec("google", "sender-id", F.dg(12)))
    add("expo-shop/android/app/src/main/res/values/secrets.xml", "android-strings-xml", strings_xml)

    # ---- Flutter app
    def dart_define(d):
        items = []
        for _ in range(3):
            e, m = S(d, "json-dart-define")
            items.append('  "%s": "%s"' % (e, m))
        for _ in range(2):
            e, m = D(d, "json-dart-define")
            items.append('  "%s": "%s"' % (e, m))
        return "{\n" + ",\n".join(items) + "\n}\n"
    add("flutter-app/config/prod.json", "json-dart-define", dart_define)

    def envied(d):
        e1, m1 = S(d, "dart-static-const")
        e2, m2 = S(d, "dart-static-const")
        e3, m3 = D(d, "dart-static-const")
        return """// GENERATED CODE - DO NOT MODIFY BY HAND
part of 'env.dart';

// **************************************************************************
// EnviedGenerator
// **************************************************************************

final class _Env {
  static const String %s = '%s';

  static const String %s = '%s';

  static const String %s = '%s';
}
""" % (e1.lower(), m1, e2.lower(), m2, e3.lower(), m3)
    add("flutter-app/lib/env/env.g.dart", "dart-static-const", envied)

    def key_props(d):
        return """storePassword=%s
keyPassword=%s
keyAlias=upload
storeFile=/Users/jdoe/keys/upload-keystore.jks
""" % (d.pos("generic", "keystore-password", F.an(10) + F.dg(4)), d.pos("generic", "keystore-password", F.an(12)))
    add("flutter-app/android/key.properties", "properties-keystore", key_props)

    def appdelegate(d):
        return """import UIKit
import Flutter
import GoogleMaps

@main
@objc class AppDelegate: FlutterAppDelegate {
  override func application(_ application: UIApplication,
      didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
    GMSServices.provideAPIKey("%s")
    Purchases.configure(withAPIKey: "%s")
    Branch.setBranchKey("%s")
    OneSignal.initialize("%s", withLaunchOptions: launchOptions)
    return super.application(application, didFinishLaunchingWithOptions: launchOptions)
  }
}
""" % (d.pos("google", "api-key", "AIza" + F.bu(35)), d.dec("revenuecat", "public-sdk-key", "appl_" + F.an(27)), d.dec("branch", "live-key", "key_live_" + F.an(32)),
       d.dec("onesignal", "app-id", F.uid()))
    add("flutter-app/ios/Runner/AppDelegate.swift", "swift-sdk-positional", appdelegate)

    # ---- Capacitor / Ionic (Angular)
    def ng_env(d):
        e1, m1 = S(d, "ts-object-prop")
        e2, m2 = S(d, "ts-object-prop")
        return """export const environment = {
  production: true,
  firebase: {
    apiKey: '%s',
    authDomain: 'acme-shop-prod.firebaseapp.com',
    projectId: 'acme-shop-prod',
    storageBucket: 'acme-shop-prod.appspot.com',
    messagingSenderId: '%s',
    appId: '%s',
    measurementId: '%s',
  },
  %s: '%s',
  %s: '%s',
};
""" % (d.pos("google", "api-key", "AIza" + F.bu(35)), d.dec("firebase", "sender-id", F.dg(12)), d.dec("firebase", "app-id", "1:%s:web:%s" % (F.dg(12), F.hx(22))),
       d.dec("google", "measurement-id", "G-" + F.up(10)), e1.lower(), m1, e2.lower(), m2)
    add("ionic-app/src/environments/environment.prod.ts", "ts-object-prop", ng_env)

    def cap_config(d):
        e1, m1 = S(d, "ts-plugin-config")
        return """import type { CapacitorConfig } from '@capacitor/cli';

const config: CapacitorConfig = {
  appId: 'com.acme.field',
  appName: 'Acme Field',
  webDir: 'www',
  plugins: {
    PushNotifications: { presentationOptions: ['badge', 'sound', 'alert'] },
    CapacitorUpdater: { autoUpdate: true, apiKey: '%s', publicKey: '%s' },
    Analytics: { writeKey: '%s' },
  },
};
export default config;
""" % (m1, d.dec("capgo", "public-key", "-----BEGIN RSA PUBLIC KEY-----\\nMIIBCgKCAQEA" + F.b64(40) + "\\n-----END RSA PUBLIC KEY-----"), d.pos("segment", "write-key", F.an(32)))
    add("ionic-app/capacitor.config.ts", "ts-plugin-config", cap_config)

    # ---- Electron
    def eb_yml(d):
        return """appId: com.acme.notes
productName: Acme Notes
mac:
  hardenedRuntime: true
  notarize:
    teamId: %s
publish:
  - provider: github
    owner: acme
    repo: notes
    token: %s
  - provider: s3
    bucket: acme-notes-releases
win:
  certificateSubjectName: Acme Ltd
  certificatePassword: "%s"
""" % (d.dec("apple", "team-id", F.up(10)), d.pos("github", "pat-classic", F.crc_token("ghp_")), d.pos("generic", "certificate-password", F.an(16)))
    add("electron-notes/electron-builder.yml", "yaml-nested", eb_yml)

    def notarize(d):
        return """const { notarize } = require('@electron/notarize');

exports.default = async function notarizing(context) {
  const appName = context.packager.appInfo.productFilename;
  return await notarize({
    appPath: `${context.appOutDir}/${appName}.app`,
    appleId: 'release@acme.example',
    appleIdPassword: '%s',
    teamId: '%s',
  });
};
""" % (d.pos("apple", "app-specific-password", "-".join(F.pk(F.string.ascii_lowercase, 4) for _ in range(4))), d.dec("apple", "team-id", F.up(10)))
    add("electron-notes/scripts/notarize.js", "js-object-prop", notarize)

    def el_main(d):
        e1, m1 = S(d, "js-concat-header")
        return """const { app, BrowserWindow, autoUpdater } = require('electron');
const Store = require('electron-store');

const store = new Store({ encryptionKey: '%s' });
autoUpdater.setFeedURL({ url: 'https://updates.acme.example/notes/' + process.platform });
async function sync(note) {
  return fetch('https://api.acme.example/notes', {
    method: 'POST',
    headers: { 'Authorization': 'Bearer ' + '%s', 'Content-Type': 'application/json' },
    body: JSON.stringify(note),
  });
}
const telemetryKey = '%s';
""" % (d.dec("electron", "obfuscation-key", "acme-notes-local-store"), m1, D(d, "js-const")[1])
    add("electron-notes/src/main.js", "js-concat-header", el_main)

    def tauri(d):
        return """{
  "productName": "acme-clipper",
  "version": "0.9.2",
  "identifier": "com.acme.clipper",
  "plugins": {
    "updater": {
      "pubkey": "%s",
      "endpoints": ["https://releases.acme.example/{{target}}/{{current_version}}"]
    }
  }
}
""" % d.dec("tauri", "updater-public-key", base64.b64encode(("untrusted comment: minisign public key: %s\nRWS%s" % (F.HXU(16), F.b64(53))).encode()).decode())
    add("tauri-clipper/src-tauri/tauri.conf.json", "json-nested", tauri)

    def tauri_env(d):
        lines = []
        for _ in range(3):
            e, m = S(d, "dotenv")
            lines.append("%s=%s" % (e, m))
        e, m = D(d, "dotenv")
        lines.append("%s=%s" % (e, m))
        lines.append("TAURI_SIGNING_PRIVATE_KEY_PASSWORD=")
        return "\n".join(lines) + "\n"
    add("tauri-clipper/.env", "dotenv", tauri_env)

    # ---- static sites
    def netlify_toml(d):
        e = [S(d, "toml-build-environment") for _ in range(3)]
        x = D(d, "toml-build-environment")
        e4 = S(d, "toml-plugin-inputs")
        return """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  %s = "%s"
  %s = "%s"
  %s = "%s"

[context.deploy-preview.environment]
  %s = "%s"

[[plugins]]
  package = "@algolia/netlify-plugin-crawler"
  [plugins.inputs]
    branches = ["main"]
    %s = "%s"
""" % (e[0][0], e[0][1], e[1][0], e[1][1], e[2][0], e[2][1], x[0], x[1], e4[0].lower(), e4[1])
    add("site-netlify/netlify.toml", "toml-build-environment", netlify_toml)

    def vercel_json(d):
        a = [S(d, "json-vercel-env") for _ in range(3)]
        x = [D(d, "json-vercel-env") for _ in range(2)]
        return json.dumps({"version": 2, "env": {a[0][0]: a[0][1], x[0][0]: x[0][1], a[1][0]: a[1][1]},
                           "build": {"env": {a[2][0]: a[2][1], x[1][0]: x[1][1]}},
                           "crons": [{"path": "/api/sync", "schedule": "0 5 * * *"}]}, indent=2) + "\n"
    add("site-vercel/vercel.json", "json-vercel-env", vercel_json)

    def hugo(d):
        return """baseURL = "https://docs.acme.example/"
languageCode = "en-us"
title = "Acme Docs"

[params]
  algolia_appId = "%s"
  algolia_apiKey = "%s"
  algolia_adminKey = "%s"
  mailchimp_api_key = "%s"
  disqusShortname = "acme-docs"

[services.googleAnalytics]
  ID = "%s"
""" % (d.dec("algolia", "app-id", F.up(10)), d.dec("algolia", "search-only-key", F.hx(32)), d.pos("algolia", "admin-key", F.hx(32)),
       d.pos("mailchimp", "api-key", "%s-us%d" % (F.hx(32), R.randint(1, 21))), d.dec("google", "measurement-id", "G-" + F.up(10)))
    add("site-hugo/hugo.toml", "toml-params", hugo)

    def jekyll(d):
        e1 = S(d, "yaml-nested")
        return """title: Acme Engineering
url: "https://engineering.acme.example"
algolia:
  application_id: %s
  index_name: posts
  search_only_api_key: %s
jekyll_admin:
  github_token: %s
google_analytics: %s
staticman:
  recaptcha:
    siteKey: %s
    secret: %s
comments:
  %s: %s
""" % (d.dec("algolia", "app-id", F.up(10)), d.dec("algolia", "search-only-key", F.hx(32)), d.pos("github", "pat-fine-grained", "github_pat_%s_%s" % (F.an(22), F.an(59))),
       d.dec("google", "ua-id", "UA-%s-1" % F.dg(8)), d.dec("google", "recaptcha-site-key", "6L" + F.bu(38)), d.dec("staticman", "encrypted-secret", F.b64(340) + "=="),
       e1[0].lower(), e1[1])
    add("site-jekyll/_config.yml", "yaml-nested", jekyll)

    def astro(d):
        a = [S(d, "js-import-meta-default") for _ in range(2)]
        return """import { defineConfig } from 'astro/config';
import storyblok from '@storyblok/astro';

const %s = import.meta.env.%s ?? '%s';
export default defineConfig({
  integrations: [storyblok({ accessToken: import.meta.env.STORYBLOK_TOKEN, apiOptions: { region: 'eu' } })],
  vite: { define: { __CMS_TOKEN__: JSON.stringify('%s') } },
});
""" % (a[0][0].lower(), a[0][0], a[0][1], a[1][1])
    add("site-astro/astro.config.mjs", "js-import-meta-default", astro)

    def docusaurus(d):
        e1 = S(d, "js-custom-fields")
        return """module.exports = {
  title: 'Acme SDK',
  url: 'https://sdk.acme.example',
  themeConfig: {
    algolia: { appId: '%s', apiKey: '%s', indexName: 'acme-sdk' },
    gtag: { trackingID: '%s' },
  },
  customFields: {
    %s: '%s',
  },
};
""" % (d.dec("algolia", "app-id", F.up(10)), d.dec("algolia", "search-only-key", F.hx(32)), d.dec("google", "measurement-id", "G-" + F.up(10)), e1[0].lower(), e1[1])
    add("site-docusaurus/docusaurus.config.js", "js-custom-fields", docusaurus)

    def gatsby(d):
        return """module.exports = {
  plugins: [
    { resolve: 'gatsby-source-contentful', options: { spaceId: '%s', accessToken: process.env.CONTENTFUL_TOKEN } },
    { resolve: 'gatsby-source-shopify', options: { storeUrl: 'acme-goods.myshopify.com', password: '%s' } },
    { resolve: 'gatsby-source-sanity', options: { projectId: '%s', dataset: 'production', token: '%s' } },
    { resolve: 'gatsby-plugin-mailchimp', options: { endpoint: 'https://acme.us6.list-manage.com/subscribe/post?u=%s&amp;id=%s' } },
  ],
};
""" % (d.dec("contentful", "space-id", F.lo(12)), d.pos("shopify", "admin-token", "shpat_" + F.hx(32)), d.dec("sanity", "project-id", F.lo(8)),
       d.pos("sanity", "api-token", "sk" + F.an(180)), d.dec("mailchimp", "user-id", F.hx(25)), d.dec("mailchimp", "audience-id", F.hx(10)))
    add("site-gatsby/gatsby-config.js", "js-plugin-options", gatsby)

    # ---- API clients
    def bru_env(d):
        a = [S(d, "bru-vars") for _ in range(3)]
        x = D(d, "bru-vars")
        return """vars {
  baseUrl: https://api.acme.example
  %s: %s
  %s: %s
  %s: %s
  %s: %s
}
vars:secret [
  %s
]
""" % (F.camel_(a[0][0]), a[0][1], F.camel_(a[1][0]), a[1][1], F.camel_(x[0]), x[1], F.camel_(a[2][0]), a[2][1], "clientSecret")
    add("api-collections/bruno/environments/Production.bru", "bru-vars", bru_env)

    def bru_req(d):
        e1 = S(d, "bru-auth-bearer")
        e2 = S(d, "bru-header")
        return """meta {
  name: Get orders
  type: http
  seq: 3
}

get {
  url: {{baseUrl}}/v2/orders?limit=50
  body: none
  auth: bearer
}

headers {
  X-Api-Key: %s
  X-Request-Id: %s
}

auth:bearer {
  token: %s
}
""" % (e2[1], D(d, "bru-header", generic=True)[1], e1[1])
    add("api-collections/bruno/orders/Get orders.bru", "bru-auth-bearer", bru_req)

    def http_file(d):
        e1 = S(d, "http-file-variable")
        e2 = S(d, "http-file-header")
        e3 = S(d, "http-file-basic")
        return """@host = https://api.acme.example
@token = %s

### list invoices
GET {{host}}/v1/invoices
Authorization: Bearer {{token}}

### create a customer
POST {{host}}/v1/customers
X-API-Key: %s
Content-Type: application/json

{"email": "jdoe@acme.example", "ref": "%s"}

### legacy endpoint
GET {{host}}/legacy/report
Authorization: Basic admin %s
""" % (e1[1], e2[1], D(d, "http-file-body")[1], e3[1])
    add("api-collections/rest-client/acme.http", "http-file-header", http_file)

    def httpie(d):
        e1 = S(d, "json-httpie-auth")
        e2 = S(d, "json-httpie-header")
        return """{
    "__meta__": {
        "about": "HTTPie session file",
        "help": "https://httpie.io/docs#sessions",
        "httpie": "3.2.2"
    },
    "auth": {
        "password": null,
        "type": "bearer",
        "raw_auth": "%s"
    },
    "cookies": [
        {"name": "csrftoken", "value": "%s", "domain": "", "path": "/", "secure": false, "expires": null}
    ],
    "headers": [
        {"name": "X-Api-Key", "value": "%s"},
        {"name": "User-Agent", "value": "HTTPie/3.2.2"}
    ]
}
""" % (e1[1], d.dec("generic", "csrf-token", F.an(64)), e2[1])
    add("api-collections/httpie/sessions/api.acme.example/default.json", "json-httpie-auth", httpie)

    def hopp(d):
        a = [S(d, "json-header-array") for _ in range(2)]
        x = D(d, "json-header-array")
        return json.dumps({"v": 2, "name": "Acme API", "folders": [], "requests": [
            {"name": "whoami", "method": "GET", "endpoint": "https://api.acme.example/me",
             "headers": [{"key": "Authorization", "value": "Bearer " + a[0][1], "active": True},
                         {"key": "X-Trace", "value": x[1], "active": False}],
             "auth": {"authType": "api-key", "key": "x-api-key", "value": a[1][1], "addTo": "HEADERS", "authActive": True}}]}, indent=2) + "\n"
    add("api-collections/hoppscotch/acme.json", "json-header-array", hopp)

    def thunder(d):
        a = [S(d, "json-name-value-array") for _ in range(3)]
        x = [D(d, "json-name-value-array") for _ in range(2)]
        return json.dumps({"_id": F.uid(), "name": "prod", "default": False, "data": [
            {"name": a[0][0].lower(), "value": a[0][1]}, {"name": x[0][0].lower(), "value": x[0][1]},
            {"name": a[1][0].lower(), "value": a[1][1]}, {"name": a[2][0].lower(), "value": a[2][1]},
            {"name": x[1][0].lower(), "value": x[1][1]}]}, indent=2) + "\n"
    add("api-collections/thunder-tests/thunderEnvironment.json", "json-name-value-array", thunder)

    # ---- observability pipelines
    def vector(d):
        return """[sources.app_logs]
type = "file"
include = ["/var/log/app/*.log"]

[sinks.datadog]
type = "datadog_logs"
inputs = ["app_logs"]
default_api_key = "%s"

[sinks.newrelic]
type = "new_relic"
inputs = ["app_logs"]
account_id = "%s"
license_key = "%s"
api = "logs"

[sinks.honeycomb]
type = "honeycomb"
inputs = ["app_logs"]
api_key = "%s"
dataset = "app"

[sinks.splunk]
type = "splunk_hec_logs"
inputs = ["app_logs"]
endpoint = "https://hec.acme.example:8088"
default_token = "%s"

[sinks.archive]
type = "aws_s3"
inputs = ["app_logs"]
auth.access_key_id = "%s"
auth.secret_access_key = "%s"
""" % (d.pos("datadog", "api-key", F.hx(32)), d.dec("newrelic", "account-id", F.dg(7)), d.pos("newrelic", "license-key", F.hx(36) + "NRAL"),
       d.pos("honeycomb", "ingest-key", "hcaik_01" + F.lo(58)), d.pos("splunk", "hec-token", F.uid()),
       d.pos("aws", "access-key-id", "AKIA" + F.pk(F.B32, 16)), d.pos("aws", "secret-access-key", F.b64(40)))
    add("observability/vector/vector.toml", "toml-sink", vector)

    def fluentbit(d):
        return """[SERVICE]
    Flush        5
    Log_Level    info

[OUTPUT]
    Name        datadog
    Match       *
    Host        http-intake.logs.datadoghq.eu
    TLS         on
    apikey      %s
    dd_service  checkout

[OUTPUT]
    Name          splunk
    Match         audit.*
    Host          splunk.acme.internal
    Port          8088
    Splunk_Token  %s

[OUTPUT]
    Name        http
    Match       metrics.*
    Host        logs.acme.example
    Header      Authorization Bearer %s
    Header      X-Scope-OrgID %s

[OUTPUT]
    Name          es
    Match         k8s.*
    Cloud_ID      %s
    Cloud_Auth    elastic:%s
""" % (d.pos("datadog", "api-key", F.hx(32)), d.pos("splunk", "hec-token", F.uid()), S(d, "fluentbit-header")[1], d.dec("grafana", "tenant-id", F.dg(6)),
       d.dec("elastic", "cloud-id", "acme:" + base64.b64encode(("eu-west-1.aws.found.io$%s$%s" % (F.hx(32), F.hx(32))).encode()).decode()),
       es_pw(d))
    add("observability/fluent-bit/fluent-bit.conf", "fluentbit-key-space", fluentbit)

    def otel(d):
        return """receivers:
  otlp:
    protocols:
      grpc: {}
exporters:
  otlphttp/honeycomb:
    endpoint: https://api.honeycomb.io
    headers:
      x-honeycomb-team: %s
  otlp/newrelic:
    endpoint: otlp.eu01.nr-data.net:4317
    headers:
      api-key: %s
  signalfx:
    access_token: %s
    realm: us1
  datadog:
    api:
      site: datadoghq.com
      key: %s
  otlphttp/grafana:
    endpoint: https://otlp-gateway-prod-eu-west-2.grafana.net/otlp
    headers:
      Authorization: Basic %s
service:
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [otlphttp/honeycomb, otlp/newrelic, datadog]
""" % (d.pos("honeycomb", "classic-key", F.hx(32)), d.pos("newrelic", "license-key", F.hx(36) + "NRAL"), d.pos("splunk", "observability-token", F.bu(22)),
       d.pos("datadog", "api-key", F.hx(32)), *basic(d, "grafana", "cloud-token", EX["grafana"][0][2](), "otel-basic-auth"))
    add("observability/otel/collector.yaml", "yaml-nested", otel)

    def telegraf(d):
        return """[agent]
  interval = "10s"

[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "%s"
  organization = "acme"
  bucket = "telegraf"

[[outputs.http]]
  url = "https://metrics.acme.example/ingest"
  [outputs.http.headers]
    Authorization = "Bearer %s"
    X-Tenant = "%s"

[[inputs.postgresql]]
  address = "%s"
""" % (d.pos("influxdb", "api-token", F.bu(86) + "=="), S(d, "toml-header-table")[1], D(d, "toml-header-table")[1],
       pw_url(d, "postgres", "password", "postgres", "telegraf", "db.acme.internal:5432", "url-password", "/postgres?sslmode=require"))
    add("observability/telegraf/telegraf.conf", "toml-array-table", telegraf)

    def promtail(d):
        return """server:
  http_listen_port: 9080
clients:
  - url: https://logs-prod-012.grafana.net/loki/api/v1/push
    basic_auth:
      username: "%s"
      password: "%s"
  - url: https://loki.acme.internal/loki/api/v1/push
    bearer_token: %s
    tenant_id: %s
""" % (d.dec("grafana", "user-id", F.dg(6)), d.pos("grafana", "cloud-token", EX["grafana"][0][2]()), S(d, "yaml-bearer-token")[1], d.dec("grafana", "tenant-id", F.lo(8)))
    add("observability/promtail/config.yml", "yaml-basic-auth", promtail)

    def logstash(d):
        return """input { beats { port => 5044 } }
output {
  elasticsearch {
    cloud_id => "%s"
    api_key => "%s"
    index => "app-%%{+YYYY.MM.dd}"
  }
  elasticsearch {
    hosts => ["https://es.acme.internal:9200"]
    user => "logstash_writer"
    password => "%s"
  }
  http {
    url => "https://events.acme.example/bulk"
    http_method => "post"
    headers => { "Authorization" => "Bearer %s" }
  }
}
""" % (d.dec("elastic", "cloud-id", "acme:" + base64.b64encode(("us-east-1.aws.found.io$%s$%s" % (F.hx(32), F.hx(32))).encode()).decode()),
       d.pos("elastic", "api-key-id-colon", "%s:%s" % (F.bu(20), F.bu(22))), d.pos("generic", "password", F.an(18)), S(d, "logstash-hash")[1])
    add("observability/logstash/pipeline.conf", "logstash-arrow", logstash)

    def grafana_ds(d):
        return """apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom
    basicAuth: true
    basicAuthUser: "%s"
    secureJsonData:
      basicAuthPassword: %s
  - name: Postgres
    type: postgres
    url: db.acme.internal:5432
    user: grafana_ro
    secureJsonData:
      password: '%s'
  - name: Internal API
    type: marcusolsson-json-datasource
    jsonData:
      httpHeaderName1: Authorization
    secureJsonData:
      httpHeaderValue1: 'Bearer %s'
  - name: Loki
    type: loki
    secureJsonData:
      basicAuthPassword: $__env{LOKI_PASSWORD}
""" % (d.dec("grafana", "user-id", F.dg(6)), d.pos("grafana", "service-account", EX["grafana"][1][2]()), d.pos("generic", "password", F.an(20)), S(d, "yaml-secure-json")[1])
    add("observability/grafana/provisioning/datasources/datasources.yaml", "yaml-secure-json", grafana_ds)

    # ---- game servers and mods
    def discordsrv(d):
        return """# DiscordSRV config
BotToken: "%s"
Channels: {"global": "%s"}
DiscordConsoleChannelId: "%s"
DiscordInviteLink: "discord.gg/%s"
Experiment_WebhookChatMessageDelivery: true
""" % (d.pos("discord", "bot-token", F.discord_bot()), d.dec("discord", "channel-id", F.dg(19)), d.dec("discord", "channel-id", F.dg(18)), d.dec("discord", "invite", F.an(8)))
    add("mc-server/plugins/DiscordSRV/config.yml", "yaml-quoted", discordsrv)

    def server_props(d):
        return """#Minecraft server properties
enable-rcon=true
rcon.port=25575
rcon.password=%s
level-seed=%s
resource-pack=https://cdn.acme.example/pack.zip
resource-pack-sha1=%s
motd=Acme SMP
""" % (d.pos("generic", "rcon-password", F.an(16)), d.dec("minecraft", "level-seed", "-" + F.dg(18)), d.dec("generic", "sha1", F.hx(40)))
    add("mc-server/server.properties", "properties-dotted", server_props)

    def mc_plugin(d):
        e1 = S(d, "yaml-plugin-config")
        return """webhooks:
  joins: "%s"
  reports: "%s"
stats:
  %s: "%s"
  server-id: "%s"
""" % (d.pos("discord", "webhook-url", "https://discord.com/api/webhooks/%s/%s" % (F.dg(19), F.bu(68))), d.pos("slack", "webhook-url", EX["slack"][2][2]()),
       e1[0].lower().replace("_", "-"), e1[1], d.dec("bstats", "server-uuid", F.uid()))
    add("mc-server/plugins/AcmeReports/config.yml", "yaml-plugin-config", mc_plugin)

    def factorio(d):
        return """{
  "name": "Acme Megabase",
  "description": "friends only",
  "visibility": { "public": false, "lan": true },
  "username": "acme_admin",
  "token": "%s",
  "game_password": "%s",
  "require_user_verification": true
}
""" % (d.pos("generic", "factorio-token", F.hx(30)), d.pos("generic", "game-password", F.an(14)))
    add("factorio/server-settings.json", "json-pair", factorio)

    def game_bot(d):
        return """{
  "token": "%s",
  "clientId": "%s",
  "guildId": "%s",
  "steamApiKey": "%s",
  "twitch": { "clientId": "%s", "clientSecret": "%s" },
  "prefix": "!"
}
""" % (d.pos("discord", "bot-token", F.discord_bot()), d.dec("discord", "application-id", F.dg(19)), d.dec("discord", "guild-id", F.dg(18)),
       d.pos("steam", "web-api-key", F.HXU(32)), d.dec("twitch", "client-id", F.lo(30)), d.pos("twitch", "client-secret", F.lo(30)))
    add("game-bot/config.json", "json-pair", game_bot)

    def valheim(d):
        return """#!/bin/bash
export SteamAppId=892970
steamcmd +login acme_builds %s +app_update 896660 validate +quit
./valheim_server.x86_64 -name "Acme Vikings" -port 2456 -world "Midgard" -password "%s" -public 0
curl -s "https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=%s&steamids=%s"
""" % (d.pos("generic", "steam-password", F.an(15)), d.pos("generic", "game-password", F.an(10)), d.pos("steam", "web-api-key", F.HXU(32), shape="url-query"),
       d.dec("steam", "steam-id", "7656119" + F.dg(10)))
    add("valheim-server/start_server.sh", "cli-positional", valheim)

    def roblox_env(d):
        return """# rojo / tarmac sync
ROBLOSECURITY=%s
UNIVERSE_ID=%s
PLACE_ID=%s
""" % (d.pos("roblox", "security-cookie", F.roblox()), d.dec("roblox", "universe-id", F.dg(10)), d.dec("roblox", "place-id", F.dg(11)))
    add("roblox-game/.env", "dotenv", roblox_env)

    # ---- CI systems
    def tekton(d):
        a = [S(d, "yaml-env-list") for _ in range(2)]
        b = S(d, "yaml-param-default")
        x = D(d, "yaml-env-list")
        return """apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: deploy
spec:
  params:
    - name: %s
      type: string
      default: "%s"
  steps:
    - name: push
      image: alpine/k8s:1.30.0
      env:
        - name: %s
          value: %s
        - name: %s
          value: "%s"
        - name: TRACE_ID
          value: "%s"
        - name: REGISTRY_PASSWORD
          valueFrom:
            secretKeyRef: { name: registry, key: password }
      script: |
        #!/bin/sh
        ./deploy.sh
""" % (b[0].lower().replace("_", "-"), b[1], a[0][0], a[0][1], a[1][0], a[1][1], x[1])
    add("ci/tekton/task-deploy.yaml", "yaml-env-list", tekton)

    def woodpecker(d):
        a = [S(d, "yaml-environment-map") for _ in range(2)]
        return """when:
  - event: push
    branch: main
steps:
  - name: test
    image: python:3.12
    environment:
      %s: %s
      %s: "%s"
      PIP_INDEX_URL: %s
    commands:
      - pip install -r requirements.txt && pytest
  - name: publish
    image: woodpeckerci/plugin-docker-buildx
    settings:
      repo: ghcr.io/acme/api
      username: acme-bot
      password: %s
      build_args: COMMIT=%s
""" % (a[0][0], a[0][1], a[1][0], a[1][1], pw_url(d, "generic", "url-password", "https", "ci", "pypi.acme.internal", "url-password", "/simple/"),
       d.pos("github", "pat-classic", F.crc_token("ghp_"), shape="yaml-plugin-settings"), d.dec("generic", "git-sha", F.hx(40)))
    add("ci/.woodpecker.yml", "yaml-environment-map", woodpecker)

    def argo(d):
        a = S(d, "yaml-argo-parameter")
        return """apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: nightly-export-
spec:
  entrypoint: export
  arguments:
    parameters:
      - name: %s
        value: "%s"
      - name: commit
        value: "%s"
  templates:
    - name: export
      container:
        image: acme/exporter:2.1
        args: ["--token", "%s", "--bucket", "exports"]
""" % (a[0].lower(), a[1], d.dec("generic", "git-sha", F.hx(40)), S(d, "yaml-args-array")[1])
    add("ci/argo/nightly-export.yaml", "yaml-argo-parameter", argo)

    def earthfile(d):
        a = S(d, "earthfile-arg")
        return """VERSION 0.8
FROM golang:1.23
ARG --global %s=%s
WORKDIR /src

build:
    COPY . .
    RUN --secret NPM_TOKEN go build ./...
    RUN curl -fsSL -H "PRIVATE-TOKEN: %s" https://gitlab.acme.example/api/v4/projects/42/packages
    SAVE ARTIFACT bin/app
""" % (a[0], a[1], d.pos("gitlab", "pat", "glpat-" + F.bu(20), shape="curl-header"))
    add("ci/Earthfile", "earthfile-arg", earthfile)

    def taskfile(d):
        a = [S(d, "yaml-environment-map") for _ in range(2)]
        x = D(d, "yaml-environment-map")
        return """version: '3'
env:
  %s: '%s'
  %s: %s
  %s: '%s'
tasks:
  release:
    cmds:
      - goreleaser release --clean
      - curl -X POST -H "Authorization: token %s" https://api.github.com/repos/acme/cli/dispatches -d '{"event_type":"release"}'
""" % (a[0][0], a[0][1], a[1][0], a[1][1], x[0], x[1], d.pos("github", "pat-classic", F.crc_token("ghp_"), shape="curl-header"))
    add("ci/Taskfile.yml", "yaml-environment-map", taskfile)

    def justfile(d):
        a = [S(d, "justfile-export") for _ in range(2)]
        return """set dotenv-load

export %s := "%s"
%s := '%s'

deploy:
    fly deploy --access-token {{%s}}
""" % (a[0][0], a[0][1], a[1][0].lower(), a[1][1], a[1][0].lower())
    add("ci/justfile", "justfile-export", justfile)

    def devcontainer(d):
        a = [S(d, "json-container-env") for _ in range(3)]
        x = D(d, "json-container-env")
        return """// For format details, see https://aka.ms/devcontainer.json
{
  "name": "acme-api",
  "image": "mcr.microsoft.com/devcontainers/python:3.12",
  "containerEnv": {
    "%s": "%s",
    "%s": "%s"
  },
  "remoteEnv": {
    "%s": "%s",
    "%s": "%s",
    "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}"
  },
  "postCreateCommand": "pip install -e .[dev]"
}
""" % (a[0][0], a[0][1], x[0], x[1], a[1][0], a[1][1], a[2][0], a[2][1])
    add("ci/.devcontainer/devcontainer.json", "json-container-env", devcontainer)

    def gitpod(d):
        a = [S(d, "yaml-block-export") for _ in range(2)]
        return """image: gitpod/workspace-full
tasks:
  - name: setup
    init: |
      export %s=%s
      export %s="%s"
      npm ci
    command: npm run dev
ports:
  - port: 3000
    onOpen: open-preview
""" % (a[0][0], a[0][1], a[1][0], a[1][1])
    add("ci/.gitpod.yml", "yaml-block-export", gitpod)

    def bake(d):
        a = S(d, "hcl-variable-default")
        return """variable "TAG" { default = "latest" }
variable "%s" {
  default = "%s"
}
target "api" {
  context = "."
  args = { NPM_TOKEN = "%s", BUILD_SHA = "%s" }
  tags = ["ghcr.io/acme/api:${TAG}"]
}
""" % (a[0], a[1], d.pos("npm", "access-token", F.crc_token("npm_"), shape="hcl-map"), d.dec("generic", "git-sha", F.hx(40)))
    add("ci/docker-bake.hcl", "hcl-variable-default", bake)

    def azure_vsce(d):
        return """#!/usr/bin/env bash
# publish the extension to the marketplace and Open VSX
npx @vscode/vsce publish -p %s
npx ovsx publish -p %s
""" % (d.pos("azure", "devops-pat", F.pk("abcdefghijklmnopqrstuvwxyz234567", 52)), d.pos("openvsx", "token", F.uid()))
    add("vscode-ext/scripts/publish.sh", "cli-short-flag", azure_vsce)

    # ---- notebooks with outputs
    def nb(d):
        e1 = S(d, "ipynb-source")
        e2 = S(d, "ipynb-output")
        e3 = S(d, "ipynb-output-dict")
        cells = [
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
             "source": ["import os\n", "os.environ[\"%s\"] = \"%s\"\n" % (e1[0], e1[1]), "client = make_client()"]},
            {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
                {"name": "stdout", "output_type": "stream", "text": ["using token %s\n" % e2[1], "200 OK\n"]}],
             "source": ["print('using token', token)\n", "print(resp.status_code, resp.reason)"]},
            {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
                {"data": {"text/plain": ["{'%s': '%s',\n" % (e3[0].lower(), e3[1]), " 'run_id': '%s'}" % D(d, "ipynb-output-dict")[1]]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}],
             "source": ["config"]},
        ]
        return json.dumps({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"
    add("notebooks/eval_prompts.ipynb", "ipynb-source", nb)

    def nb2(d):
        e1 = S(d, "ipynb-source")
        cells = [
            {"cell_type": "markdown", "metadata": {}, "source": ["## Scrape product pages\n", "Needs the SerpAPI key below."]},
            {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [
                {"name": "stderr", "output_type": "stream", "text": ["HTTPError: 401 Client Error: Unauthorized for url: https://api.acme.example/v1/search?api_key=%s&q=shoes\n" % S(d, "ipynb-traceback-url")[1]]}],
             "source": ["%s = \"%s\"\n" % (e1[0].lower(), e1[1]), "params = {\"q\": \"shoes\", \"engine\": \"google\"}\n", "search(params)"]},
            {"cell_type": "code", "execution_count": 5, "metadata": {}, "outputs": [
                {"name": "stdout", "output_type": "stream", "text": ["%s\n" % D(d, "ipynb-output")[1]]}], "source": ["hashlib.sha256(data).hexdigest()"]},
        ]
        return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"
    add("notebooks/scrape_products.ipynb", "ipynb-source", nb2)

    # ---- browser and editor extensions
    def ff_manifest(d):
        return """{
  "manifest_version": 3,
  "name": "Acme Clipper",
  "version": "1.8.0",
  "browser_specific_settings": { "gecko": { "id": "clipper@acme.example" } },
  "key": "%s",
  "oauth2": { "client_id": "%s", "scopes": ["openid"] },
  "background": { "scripts": ["background.js"] },
  "permissions": ["storage", "contextMenus"]
}
""" % (d.dec("chrome", "extension-public-key", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + F.b64(300) + "IDAQAB"),
       d.dec("google", "client-id", "%s-%s.apps.googleusercontent.com" % (F.dg(12), F.lo(32))))
    add("browser-ext/manifest.json", "json-nested", ff_manifest)

    def bg(d):
        e1 = S(d, "js-const")
        e2 = S(d, "js-fetch-header")
        return """const %s = "%s";
const DEFAULTS = { theme: 'dark', syncId: '%s' };

browser.contextMenus.onClicked.addListener(async (info) => {
  await fetch('https://api.acme.example/clips', {
    method: 'POST',
    headers: { 'X-Api-Key': '%s' },
    body: JSON.stringify({ url: info.pageUrl }),
  });
});
""" % (e1[0], e1[1], D(d, "js-object-prop")[1], e2[1])
    add("browser-ext/background.js", "js-const", bg)

    def userscript(d):
        return """// ==UserScript==
// @name         PR review helper
// @match        https://github.com/*/pull/*
// @grant        GM_xmlhttpRequest
// ==/UserScript==
(function () {
  'use strict';
  const TOKEN = '%s';
  const LINEAR = '%s';
  GM_xmlhttpRequest({ method: 'GET', url: location.href + '.diff', headers: { Authorization: `token ${TOKEN}` } });
})();
""" % (d.pos("github", "pat-classic", F.crc_token("ghp_")), d.pos("linear", "api-key", "lin_api_" + F.an(40)))
    add("userscripts/pr-helper.user.js", "js-const", userscript)

    def vsc_ext(d):
        e1 = S(d, "ts-const")
        return """import * as vscode from 'vscode';

// telemetry: the instrumentation key is public, the API key is not
const INSTRUMENTATION_KEY = '%s';
const %s = '%s';

export function activate(ctx: vscode.ExtensionContext) {
  ctx.secrets.store('acme.token', '%s');
}
""" % (d.dec("azure", "instrumentation-key", F.uid()), e1[0], e1[1], S(d, "ts-call-arg")[1])
    add("vscode-ext/src/extension.ts", "ts-const", vsc_ext)

    # ---- self-hosted apps
    def mastodon(d):
        return """LOCAL_DOMAIN=social.acme.example
REDIS_HOST=redis
DB_HOST=db
DB_PASS=%s
SECRET_KEY_BASE=%s
OTP_SECRET=%s
VAPID_PRIVATE_KEY=%s
VAPID_PUBLIC_KEY=%s
SMTP_SERVER=smtp.sendgrid.net
SMTP_LOGIN=apikey
SMTP_PASSWORD=%s
S3_ENABLED=true
AWS_ACCESS_KEY_ID=%s
AWS_SECRET_ACCESS_KEY=%s
ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=%s
""" % (d.pos("generic", "password", F.an(24)), d.pos("rails", "secret-key-base", F.hx(128)), d.pos("rails", "otp-secret", F.hx(128)),
       d.pos("generic", "vapid-private-key", F.b64bytes(32, url=True, pad=False)), d.dec("generic", "vapid-public-key", F.b64bytes(65, url=True, pad=False)),
       d.pos("sendgrid", "api-key", "SG.%s.%s" % (F.bu(22), F.bu(43))), d.pos("aws", "access-key-id", "AKIA" + F.pk(F.B32, 16)), d.pos("aws", "secret-access-key", F.b64(40)),
       d.pos("rails", "ar-encryption-key", F.an(32)))
    add("selfhosted/mastodon/.env.production", "dotenv", mastodon)

    def nextcloud(d):
        return """<?php
$CONFIG = array (
  'instanceid' => '%s',
  'passwordsalt' => '%s',
  'secret' => '%s',
  'trusted_domains' => array (0 => 'cloud.acme.example'),
  'dbtype' => 'pgsql',
  'dbuser' => 'oc_admin',
  'dbpassword' => '%s',
  'mail_smtppassword' => '%s',
  'version' => '29.0.4.1',
);
""" % (d.dec("nextcloud", "instance-id", F.lo(12)), d.pos("nextcloud", "password-salt", F.an(30)), d.pos("nextcloud", "secret", F.pk(F.string.ascii_letters + F.string.digits + "+/", 48)),
       d.pos("generic", "password", F.an(30)), d.pos("mailgun", "api-key", F.hx(32) + "-" + F.hx(8) + "-" + F.hx(8)))
    add("selfhosted/nextcloud/config.php", "php-array-item", nextcloud)

    def ghost_cfg(d):
        return """{
  "url": "https://blog.acme.example",
  "database": {
    "client": "mysql",
    "connection": { "host": "db", "user": "ghost", "password": "%s", "database": "ghost" }
  },
  "mail": {
    "transport": "SMTP",
    "options": {
      "service": "Mailgun",
      "auth": { "user": "postmaster@mg.acme.example", "pass": "%s" }
    }
  },
  "adapters": { "storage": { "s3": { "accessKeyId": "%s", "secretAccessKey": "%s", "bucket": "acme-blog" } } }
}
""" % (d.pos("generic", "password", F.an(22)), d.pos("mailgun", "api-key-legacy", "key-" + F.hx(32)), d.pos("aws", "access-key-id", "AKIA" + F.pk(F.B32, 16)), d.pos("aws", "secret-access-key", F.b64(40)))
    add("selfhosted/ghost/config.production.json", "json-nested", ghost_cfg)

    def gitea(d):
        return """APP_NAME = Acme Git
RUN_MODE = prod

[database]
DB_TYPE  = postgres
HOST     = db:5432
USER     = gitea
PASSWD   = `%s`

[security]
INSTALL_LOCK   = true
SECRET_KEY     = %s
INTERNAL_TOKEN = %s

[oauth2]
JWT_SECRET = %s

[mailer]
ENABLED = true
SMTP_ADDR = smtp.postmarkapp.com
USER    = %s
PASSWD  = %s
""" % (d.pos("generic", "password", F.an(20)), d.pos("gitea", "secret-key", F.an(64)), d.pos("gitea", "internal-token", F.jwt('{"nbf":%s}' % F.dg(10))),
       d.pos("gitea", "jwt-secret", F.bu(43)), d.dec("postmark", "server-token-user", F.uid()), d.pos("postmark", "server-token", F.uid()))
    add("selfhosted/gitea/app.ini", "ini-key-value", gitea)

    def compose(d):
        a = [S(d, "compose-environment-list") for _ in range(4)]
        x = [D(d, "compose-environment-list") for _ in range(2)]
        return """services:
  app:
    image: ghcr.io/acme/app:2.4
    environment:
      - %s=%s
      - %s=%s
      - %s=%s
  worker:
    image: ghcr.io/acme/app:2.4
    command: worker
    environment:
      %s: "%s"
      %s: "%s"
      DATABASE_URL: %s
""" % (a[0][0], a[0][1], x[0][0], x[0][1], a[1][0], a[1][1], a[2][0], a[2][1], x[1][0], x[1][1],
       pw_url(d, "generic", "url-password", "postgres", "app", "db:5432", "url-password", "/app"))
    add("selfhosted/docker-compose.yml", "compose-environment-list", compose)

    def caddy(d):
        return """acme.example {
    basicauth /admin/* {
        admin %s
    }
    reverse_proxy app:3000 {
        header_up Authorization "Bearer %s"
    }
    tls {
        dns cloudflare %s
    }
}
""" % (d.dec("generic", "bcrypt", "$2a$14$" + F.pk(F.string.ascii_letters + F.string.digits + "./", 53)), S(d, "caddy-header-up")[1],
       d.pos("cloudflare", "api-token", F.bu(40), shape="caddy-directive"))
    add("selfhosted/Caddyfile", "caddy-header-up", caddy)

    def traefik(d):
        return """http:
  middlewares:
    dash-auth:
      basicAuth:
        users:
          - "admin:%s"
    api-key:
      headers:
        customRequestHeaders:
          X-Api-Key: "%s"
certificatesResolvers:
  le:
    acme:
      dnsChallenge:
        provider: digitalocean
""" % (d.dec("generic", "apr1-hash", "$apr1$" + F.an(8) + "$" + F.pk(F.string.ascii_letters + F.string.digits + "./", 22)), S(d, "yaml-custom-header")[1])
    add("selfhosted/traefik/dynamic.yml", "yaml-custom-header", traefik)

    def traefik_env(d):
        return """DO_AUTH_TOKEN=%s
CF_DNS_API_TOKEN=%s
TRAEFIK_PILOT_TOKEN=%s
""" % (d.pos("digitalocean", "pat", "dop_v1_" + F.hx(64)), d.pos("cloudflare", "api-token", F.bu(40)), d.dec("traefik", "pilot-token-placeholder", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"))
    add("selfhosted/traefik/.env", "dotenv", traefik_env)

    def nomad(d):
        a = [S(d, "hcl-env-block") for _ in range(3)]
        return """job "api" {
  datacenters = ["dc1"]
  group "api" {
    task "server" {
      driver = "docker"
      config { image = "ghcr.io/acme/api:1.9" }
      env {
        %s = "%s"
        %s = "%s"
      }
      template {
        data        = <<EOH
%s={{ with secret "kv/api" }}{{ .Data.data.token }}{{ end }}
%s=%s
EOH
        destination = "secrets/env"
        env         = true
      }
    }
  }
}
""" % (a[0][0], a[0][1], a[1][0], a[1][1], "UPSTREAM_TOKEN", a[2][0], a[2][1])
    add("nomad/api.nomad.hcl", "hcl-env-block", nomad)

    def access_log(d):
        e1 = S(d, "log-url-query")
        e2 = S(d, "log-url-query")
        return """10.0.3.17 - - [29/Nov/2026:22:14:03 +0000] "GET /v1/export?api_key=%s&format=csv HTTP/1.1" 200 5121 "-" "python-requests/2.32.3"
10.0.3.17 - - [29/Nov/2026:22:14:09 +0000] "GET /v1/export?format=csv&token=%s HTTP/1.1" 401 71 "-" "curl/8.5.0"
10.0.3.22 - - [29/Nov/2026:22:15:40 +0000] "GET /static/app.%s.js HTTP/1.1" 200 90211 "-" "Mozilla/5.0"
10.0.3.22 - - [29/Nov/2026:22:15:41 +0000] "POST /api/session?csrf=%s HTTP/1.1" 204 0 "-" "Mozilla/5.0"
""" % (e1[1], e2[1], d.dec("generic", "asset-hash", F.hx(20)), d.dec("generic", "csrf-token", F.bu(43)))
    add("logs/nginx/access.log", "log-url-query", access_log)

    def app_log(d):
        e1 = S(d, "log-header-dump")
        return """2026-11-29T22:31:07.114Z DEBUG http.client send: b'GET /v3/items HTTP/1.1\\r\\nHost: api.acme.example\\r\\nAuthorization: Bearer %s\\r\\n\\r\\n'
2026-11-29T22:31:07.301Z INFO  request_id=%s status=200 duration_ms=187
2026-11-29T22:31:08.002Z WARN  retrying with key=%s (attempt 2)
""" % (e1[1], d.dec("generic", "request-id", F.uid()), S(d, "log-key-equals")[1])
    add("logs/worker/app.log", "log-header-dump", app_log)

    # more slot-driven files to spread providers wider
    def rn_env(d):
        lines = ["# react-native-config"]
        for _ in range(5):
            e, m = S(d, "dotenv")
            lines.append("%s=%s" % (e, m))
        for _ in range(3):
            e, m = D(d, "dotenv")
            lines.append("%s=%s" % (e, m))
        return "\n".join(lines) + "\n"
    add("rn-field-app/.env.production", "dotenv", rn_env)

    def xcode_plist(d):
        items = []
        for _ in range(3):
            e, m = S(d, "plist-string")
            items.append("\t<key>%s</key>\n\t<string>%s</string>" % (F.pascal_(e), m))
        for _ in range(2):
            e, m = D(d, "plist-string")
            items.append("\t<key>%s</key>\n\t<string>%s</string>" % (F.pascal_(e), m))
        return """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
%s
</dict>
</plist>
""" % "\n".join(items)
    add("rn-field-app/ios/FieldApp/Keys.plist", "plist-string", xcode_plist)

    def gradle_kts(d):
        a = [S(d, "gradle-buildconfigfield") for _ in range(3)]
        return """android {
    defaultConfig {
        applicationId = "com.acme.field"
        buildConfigField("String", "%s", "\\"%s\\"")
        buildConfigField("String", "%s", "\\"%s\\"")
        manifestPlaceholders["mapsKey"] = "%s"
    }
    signingConfigs {
        create("release") {
            storePassword = "%s"
        }
    }
}
""" % (a[0][0], a[0][1], a[1][0], a[1][1], a[2][1], d.pos("generic", "keystore-password", F.an(14), shape="kotlin-assign"))
    add("rn-field-app/android/app/build.gradle.kts", "gradle-buildconfigfield", gradle_kts)

    def github_env(d):
        a = [S(d, "yaml-environment-map") for _ in range(3)]
        x = [D(d, "yaml-environment-map") for _ in range(2)]
        return """name: e2e
on: [push]
env:
  %s: %s
  %s: %s
jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      %s: "%s"
      %s: '%s'
      CYPRESS_RECORD_KEY: ${{ secrets.CYPRESS_RECORD_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: npx playwright test
        env:
          %s: %s
""" % (a[0][0], a[0][1], x[0][0], x[0][1], a[1][0], a[1][1], x[1][0], x[1][1], a[2][0], a[2][1])
    add("ci/.github/workflows/e2e.yml", "yaml-environment-map", github_env)

    def buildkite(d):
        a = [S(d, "yaml-environment-map") for _ in range(2)]
        return """env:
  %s: "%s"
steps:
  - label: ":rocket: deploy"
    command: ./scripts/deploy.sh
    env:
      %s: %s
    plugins:
      - docker-login#v3.0.0:
          username: acme
          password-env: DOCKER_PASSWORD
""" % (a[0][0], a[0][1], a[1][0], a[1][1])
    add("ci/.buildkite/pipeline.deploy.yml", "yaml-environment-map", buildkite)

    def k8s_secret(d):
        rows = []
        for _ in range(4):
            e, m = Sb(d, "k8s-secret-base64")
            rows.append("  %s: %s" % (e, m))
        for _ in range(2):
            e, m = D(d, "k8s-secret-base64")
            rows.append("  %s: %s" % (e, m))
        return """apiVersion: v1
kind: Secret
metadata:
  name: observability-agents
  namespace: monitoring
type: Opaque
data:
%s
""" % "\n".join(rows)

    def Sb(d, shape):
        p, f, e, g = c.q[c.qi % len(c.q)]
        c.qi += 1
        v = g()
        enc = base64.b64encode(v.encode()).decode()
        return e, d.pos(p, f, v, shape=shape, shown=enc, encoded="base64", encoded_value=enc)
    add("observability/k8s/agents-secret.yaml", "k8s-secret-base64", k8s_secret)

    def docker_cfg(d):
        tok = F.crc_token("ghp_")
        tok2 = "dckr_pat_" + F.bu(27)
        a1 = base64.b64encode(("acme-bot:" + tok).encode()).decode()
        a2 = base64.b64encode(("acme:" + tok2).encode()).decode()
        return """{
  "auths": {
    "ghcr.io": { "auth": "%s" },
    "https://index.docker.io/v1/": { "auth": "%s" }
  },
  "credsStore": "desktop"
}
""" % (d.pos("github", "pat-classic", tok, shown=a1, encoded="base64", encoded_value=a1, accept=["acme-bot:" + tok]),
       d.pos("docker", "hub-pat", tok2, shown=a2, encoded="base64", encoded_value=a2, accept=["acme:" + tok2]))
    add("ci/.docker/config.json", "docker-auth-base64", docker_cfg)

    def slots_ini(d):
        rows = ["; plugin settings synced from the admin panel", "[integrations]"]
        for _ in range(4):
            e, m = S(d, "ini-key-value")
            rows.append("%s = %s" % (e.lower(), m))
        for _ in range(3):
            e, m = D(d, "ini-key-value")
            rows.append("%s = %s" % (e.lower(), m))
        return "\n".join(rows) + "\n"
    add("game-mods/AcmeStats/settings.ini", "ini-key-value", slots_ini)

    def lua_mod(d):
        e1 = S(d, "lua-table-field")
        e2 = S(d, "lua-table-field")
        return """-- Garry's Mod addon config
Config = Config or {}
Config.Webhook = "%s"
Config.Api = {
    %s = "%s",
    %s = "%s",
    server_id = "%s",
}
""" % (d.pos("discord", "webhook-url", "https://discordapp.com/api/webhooks/%s/%s" % (F.dg(18), F.bu(68))), e1[0].lower(), e1[1], e2[0].lower(), e2[1], D(d, "lua-table-field")[1])
    add("game-mods/gmod-logs/lua/config.lua", "lua-table-field", lua_mod)

    def ps_profile(d):
        a = [S(d, "ps-env-assign") for _ in range(3)]
        return "\n".join('$env:%s = "%s"' % x for x in a) + "\nSet-Alias k kubectl\n"
    add("dotfiles-win/profile.ps1", "ps-env-assign", ps_profile)

    def wrangler(d):
        a = [S(d, "toml-vars") for _ in range(3)]
        x = D(d, "toml-vars")
        return """name = "acme-edge"
main = "src/index.ts"
compatibility_date = "2026-09-01"

[vars]
%s = "%s"
%s = "%s"
%s = "%s"

[env.staging.vars]
%s = "%s"
""" % (a[0][0], a[0][1], x[0], x[1], a[1][0], a[1][1], a[2][0], a[2][1])
    add("site-edge/wrangler.toml", "toml-vars", wrangler)

    def sql_seed(d):
        a = [S(d, "sql-insert") for _ in range(3)]
        x = D(d, "sql-insert")
        return """INSERT INTO integrations (id, provider, api_key, created_at) VALUES
  (1, '%s', '%s', '2026-10-01'),
  (2, '%s', '%s', '2026-10-02'),
  (3, 'internal', '%s', '2026-10-03'),
  (4, '%s', '%s', '2026-10-04');
""" % (a[0][0].lower(), a[0][1], a[1][0].lower(), a[1][1], x[1], a[2][0].lower(), a[2][1])
    add("selfhosted/seed/integrations.sql", "sql-insert", sql_seed)

    def yaml_anchor(d):
        a = [S(d, "yaml-anchor") for _ in range(2)]
        return """defaults: &defaults
  %s: &shared_key "%s"
  timeout: 30
production:
  <<: *defaults
  %s: >-
    %s
staging:
  <<: *defaults
  %s: "%s"
""" % (a[0][0].lower(), a[0][1], a[1][0].lower(), a[1][1], D(d, "yaml-anchor")[0].lower(), D(d, "yaml-anchor")[1])
    add("selfhosted/app/config/integrations.yml", "yaml-anchor", yaml_anchor)

    def clj(d):
        a = [S(d, "edn-map") for _ in range(2)]
        return """{:db {:dbtype "postgresql" :dbname "acme" :password "%s"}
 :%s "%s"
 :%s "%s"
 :build-sha "%s"}
""" % (d.pos("generic", "password", F.an(16)), a[0][0].lower().replace("_", "-"), a[0][1], a[1][0].lower().replace("_", "-"), a[1][1], d.dec("generic", "git-sha", F.hx(40)))
    add("clojure-svc/resources/config.edn", "edn-map", clj)

    def json_in_json(d):
        e1 = S(d, "json-in-json")
        inner = json.dumps({"type": "bearer", "token": "\x00"})
        return json.dumps({"name": "webhook-forwarder", "settings": inner}).replace("\\u0000", e1[1]) + "\n"
    add("selfhosted/n8n/credentials.json", "json-in-json", json_in_json)

    def pct(d):
        e1 = S(d, "url-percent-encoded")
        return """# redirect target logged by the proxy
https://app.acme.example/oauth/done?state=%s&next=https%%3A%%2F%%2Fapi.acme.example%%2Fhook%%3Ftoken%%3D%s%%26v%%3D2
""" % (d.dec("generic", "oauth-state", F.bu(32)), e1[1])
    add("logs/proxy/redirects.txt", "url-percent-encoded", pct)

    # ---- decoy-dense files as committed (examples, lockfiles, ids), each with a few real leaks
    def env_example(d):
        rows = ["# copy to .env.production and fill in"]
        for _ in range(6):
            e, m = D(d, "dotenv-example", generic=True)
            rows.append("%s=%s" % (e, m))
        for _ in range(4):
            e, m = D(d, "dotenv-example")
            rows.append("%s=%s" % (e, m))
        for _ in range(3):
            e, m = S(d, "dotenv-example")
            rows.append("%s=%s" % (e, m))
        return "\n".join(rows) + "\n"
    add("rn-field-app/.env.example", "dotenv-example", env_example)
    add("selfhosted/mastodon/.env.production.sample", "dotenv-example", env_example)
    add("tauri-clipper/.env.example", "dotenv-example", env_example)
    add("electron-notes/.env.example", "dotenv-example", env_example)
    add("site-astro/.env.example", "dotenv-example", env_example)
    add("ci/.env.ci.example", "dotenv-example", env_example)

    def whitelist(d):
        rows = []
        for n in range(8):
            rows.append('  {"uuid": "%s", "name": "player_%s"}' % (d.dec("minecraft", "player-uuid", F.uid()), F.lo(5)))
        return "[\n" + ",\n".join(rows) + "\n]\n"
    add("mc-server/whitelist.json", "json-array", whitelist)

    def pub_lock(d):
        rows = ["# Generated by pub", "packages:"]
        for name in ("http", "provider", "shared_preferences", "firebase_core", "dio", "intl"):
            rows.append("""  %s:
    dependency: "direct main"
    description:
      name: %s
      sha256: "%s"
      url: "https://pub.dev"
    source: hosted
    version: "%d.%d.%d\"""" % (name, name, d.dec("generic", "sha256", F.hx(64)), R.randint(0, 5), R.randint(0, 20), R.randint(0, 9)))
        return "\n".join(rows) + "\n"
    add("flutter-app/pubspec.lock", "yaml-lockfile", pub_lock)

    def release_wf(d):
        a = [S(d, "yaml-with-inputs") for _ in range(2)]
        return """name: release
on:
  push:
    tags: ['v*']
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s
      - uses: actions/setup-node@%s
      - uses: acme/notify-action@%s
        with:
          %s: %s
          webhook: ${{ secrets.SLACK_WEBHOOK }}
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
          %s: %s
          SIGNING_KEY_ID: %s
""" % (d.dec("github", "action-sha", F.hx(40)), d.dec("github", "action-sha", F.hx(40)), d.dec("github", "action-sha", F.hx(40)),
       a[0][0].lower().replace("_", "-"), a[0][1], a[1][0], a[1][1], d.dec("generic", "gpg-key-id", F.HXU(16)))
    add("ci/.github/workflows/release.yml", "yaml-with-inputs", release_wf)

    def headers(d):
        return """/*
  Content-Security-Policy: script-src 'self' 'sha256-%s' 'sha256-%s'; style-src 'self' 'sha256-%s'
  X-Frame-Options: DENY
/assets/*
  Cache-Control: public, max-age=31536000, immutable
  X-Build-Id: %s
""" % (d.dec("generic", "csp-hash", F.b64bytes(32)), d.dec("generic", "csp-hash", F.b64bytes(32)), d.dec("generic", "csp-hash", F.b64bytes(32)), d.dec("generic", "uuid-id", F.uid()))
    add("site-netlify/_headers", "csp-header", headers)

    def latest_json(d):
        plat = {}
        for p in ("darwin-aarch64", "windows-x86_64", "linux-x86_64"):
            plat[p] = {"signature": "\x00%s" % p, "url": "https://releases.acme.example/clipper_0.9.2_%s.tar.gz" % p}
        t = json.dumps({"version": "0.9.2", "notes": "bug fixes", "pub_date": "2026-11-20T10:00:00Z", "platforms": plat}, indent=2) + "\n"
        for p in ("darwin-aarch64", "windows-x86_64", "linux-x86_64"):
            sig = base64.b64encode(("untrusted comment: signature from tauri secret key\nRUT%s\ntrusted comment: timestamp:1763632800\tfile:clipper_%s\n%s" % (F.b64(97), p, F.b64(88))).encode()).decode()
            t = t.replace("\\u0000" + p, d.dec("tauri", "update-signature", sig), 1)
        return t
    add("tauri-clipper/releases/latest.json", "json-nested", latest_json)

    def integrations_yaml(d):
        rows = ["# rendered on the docs site's integrations page"]
        for _ in range(5):
            e, m = D(d, "yaml-data-file")
            rows.append("- name: %s\n  example: \"%s\"" % (e.lower(), m))
        for _ in range(5):
            e, m = D(d, "yaml-data-file", generic=True)
            rows.append("- name: %s\n  example: \"%s\"" % (e.lower(), m))
        for _ in range(3):
            e, m = S(d, "yaml-data-file")
            rows.append("- name: %s\n  example: \"%s\"" % (e.lower(), m))
        return "\n".join(rows) + "\n"
    add("site-hugo/data/integrations.yaml", "yaml-data-file", integrations_yaml)
    add("site-docusaurus/docs/_partials/keys.yaml", "yaml-data-file", integrations_yaml)
    add("site-jekyll/_data/providers.yml", "yaml-data-file", integrations_yaml)

    def bru_local(d):
        rows = ["vars {", "  baseUrl: http://localhost:8080"]
        for _ in range(4):
            e, m = D(d, "bru-vars")
            rows.append("  %s: %s" % (F.camel_(e), m))
        for _ in range(3):
            e, m = D(d, "bru-vars", generic=True)
            rows.append("  %s: %s" % (F.camel_(e), m))
        e, m = S(d, "bru-vars")
        rows.append("  %s: %s" % (F.camel_(e), m))
        rows.append("}")
        return "\n".join(rows) + "\n"
    add("api-collections/bruno/environments/Local.bru", "bru-vars", bru_local)

    def users_json(d):
        rows = []
        for _ in range(6):
            rows.append('  "%s": {"xp": %d, "verifiedSteamId": "%s"}' % (d.dec("discord", "user-id", F.dg(18)), R.randint(1, 99999), d.dec("steam", "steam-id", "7656119" + F.dg(10))))
        return "{\n" + ",\n".join(rows) + "\n}\n"
    add("game-bot/data/users.json", "json-map", users_json)

    def vector_example(d):
        rows = []
        for _ in range(5):
            e, m = D(d, "toml-example")
            rows.append('%s = "%s"' % (e.lower(), m))
        for _ in range(4):
            e, m = D(d, "toml-example", generic=True)
            rows.append('%s = "%s"' % (e.lower(), m))
        for _ in range(3):
            e, m = S(d, "toml-example")
            rows.append('%s = "%s"' % (e.lower(), m))
        return "# vector.example.toml: replace every value before use\n[secret.sinks]\n" + "\n".join(rows) + "\n"
    add("observability/vector/secrets.example.toml", "toml-example", vector_example)

    def nb_hashes(d):
        e1 = S(d, "ipynb-output")
        outs = ["%s  data/part-%02d.parquet\n" % (d.dec("generic", "sha256", F.hx(64)), i) for i in range(6)]
        cells = [{"cell_type": "code", "execution_count": 7, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": outs}],
                  "source": ["!sha256sum data/*.parquet"]},
                 {"cell_type": "code", "execution_count": 8, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Logged in with token %s\n" % e1[1]]}],
                  "source": ["login()"]}]
        return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"
    add("notebooks/dataset_checks.ipynb", "ipynb-output", nb_hashes)

    def more_rn(d):
        rows = ["// keys.ts: generated by scripts/keys.sh", "export const Keys = {"]
        for _ in range(5):
            e, m = S(d, "ts-object-prop")
            rows.append("  %s: '%s'," % (F.camel_(e), m))
        for _ in range(4):
            e, m = D(d, "ts-object-prop")
            rows.append("  %s: '%s'," % (F.camel_(e), m))
        rows.append("} as const;")
        return "\n".join(rows) + "\n"
    add("rn-field-app/src/config/keys.ts", "ts-object-prop", more_rn)
    add("expo-shop/src/keys.ts", "ts-object-prop", more_rn)

    return out


def es_pw(d):
    pw = F.an(24)
    return d.pos("elastic", "password", pw, shape="fluentbit-cloud-auth", accept=["elastic:" + pw])


def cam(pair):
    e, m = pair
    p = e.lower().split("_")
    return (p[0] + "".join(x.title() for x in p[1:] if x), m)


def basic(d, provider, fmt, token, shape):
    user = F.dg(6)
    enc = base64.b64encode(("%s:%s" % (user, token)).encode()).decode()
    return (d.pos(provider, fmt, token, shape=shape, shown=enc, encoded="base64", encoded_value=enc, accept=["%s:%s" % (user, token)]),)


F.camel_ = lambda e: cam((e, None))[0]
F.pascal_ = lambda e: "".join(x.title() for x in e.lower().split("_") if x)
