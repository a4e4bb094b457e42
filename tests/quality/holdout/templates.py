"""The held-out corpus's files: path inside corpus/, shape, text with
markers (see make_corpus.py); add_tar_gz for an archive's members. Grouped as the repositories they might come
from. Hand-written; no template is repeated with only the values changed."""

FILES = []


def add(path, shape, text, encoding="utf-8"):
    FILES.append(("add", (path, shape, text, encoding)))


def add_tar_gz(path, members):
    FILES.append(("add_tar_gz", (path, members)))


# ---------------------------------------------------------------- HubSpot
add("crm-sync/hubspot.config.yml", "hubspot-cli-config", """
defaultPortal: acme-prod
portals:
  - name: acme-prod
    portalId: «d:account-id:digits8»
    env: prod
    authType: personalaccesskey
    auth:
      tokenInfo:
        accessToken: >-
          «p:hubspot.access#a1»
        expiresAt: '2026-11-28T17:02:41.393Z'
    personalAccessKey: >-
      «p:hubspot.pak»
  - name: acme-sandbox
    portalId: «d:account-id:digits8»
    env: prod
    authType: personalaccesskey
    personalAccessKey: «p:hubspot.pak»
    auth:
      tokenInfo:
        accessToken: «p:hubspot.access»
        expiresAt: '2026-11-28T18:11:09.004Z'
""")

add("crm-sync/archived.hubspot.config.yml", "hubspot-cli-config", """
defaultPortal: legacy
portals:
  - name: legacy
    portalId: «d:account-id:digits8»
    authType: personalaccesskey
    personalAccessKey: >-
      «p:hubspot.pak_legacy#old»
    auth:
      tokenInfo:
        accessToken: >-
          «p:hubspot.pak_legacy#old»
  - name: api-key-account
    portalId: «d:account-id:digits8»
    authType: apikey
    apiKey: «p:hubspot.hapikey»
  - name: oauth-app
    portalId: «d:account-id:digits8»
    authType: oauth2
    auth:
      clientId: «d:client-id:uuid»
      clientSecret: «p:hubspot.client_secret»
      scopes:
        - content
        - crm.objects.contacts.read
      tokenInfo:
        refreshToken: «p:hubspot.refresh»
        accessToken: «p:hubspot.access»
        expiresAt: '2026-10-02T09:15:00.000Z'
""")

add("home-dotfiles/.hscli/config.yml", "hubspot-cli-config", """
defaultAccount: 44120871
accounts:
  - name: marketing-site
    accountId: «d:account-id:digits8»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «p:hubspot.pak»
    auth:
      tokenInfo:
        accessToken: >-
          «p:hubspot.access»
        expiresAt: '2026-11-20T08:30:12.771Z'
httpTimeout: 30000
allowUsageTracking: false
""")

add("crm-sync/src/hubspotClient.js", "sdk-positional", """
const hubspot = require('@hubspot/api-client');

// TODO(ops): move to the secrets manager before launch
const hubspotClient = new hubspot.Client({ accessToken: '«p:hubspot.pat»' });

async function upsertContact(email, props) {
  const filter = { propertyName: 'email', operator: 'EQ', value: email };
  const res = await hubspotClient.crm.contacts.searchApi.doSearch({ filterGroups: [{ filters: [filter] }] });
  if (res.total > 0) {
    return hubspotClient.crm.contacts.basicApi.update(res.results[0].id, { properties: props });
  }
  return hubspotClient.crm.contacts.basicApi.create({ properties: { email, ...props } });
}

module.exports = { upsertContact, portalId: «d:account-id:digits8» };
""")

add("crm-sync/legacy/hubspot_v1.js", "sdk-positional", """
var Hubspot = require('hubspot');
var hubspot = new Hubspot({ apiKey: '«p:hubspot.hapikey»' });

// old integration still used by the nightly export
var formGuid = '«d:form-guid:uuid»';
hubspot.forms.getById(formGuid).then(function (form) {
  console.log(form.name);
});

var request = require('request');
request('https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=«p:hubspot.hapikey»&count=100', function (err, res, body) {
  if (err) throw err;
  console.log(JSON.parse(body).contacts.length);
});
""")

add("crm-sync/php/bootstrap.php", "sdk-positional", """
<?php
require __DIR__ . '/vendor/autoload.php';

use HubSpot\\Factory;

$hubspot = Factory::createWithAccessToken('«p:hubspot.pat»');
$response = $hubspot->crm()->contacts()->basicApi()->getPage(10, null, ['email', 'firstname']);

foreach ($response->getResults() as $contact) {
    printf("%s %s\\n", $contact->getId(), $contact->getProperties()['email']);
}

// developer key for the webhook settings API (app «d:app-id:digits8»)
define('HUBSPOT_DEVELOPER_API_KEY', '«p:hubspot.devkey»');
""")

add("crm-sync/python/sync_deals.py", "sdk-positional", """
import os
from hubspot import HubSpot
from hubspot.crm.deals import SimplePublicObjectInputForCreate

api_client = HubSpot(access_token=os.getenv("HUBSPOT_ACCESS_TOKEN", "«p:hubspot.pat@env-fallback»"))


def create_deal(name, amount):
    deal = SimplePublicObjectInputForCreate(properties={"dealname": name, "amount": str(amount)})
    return api_client.crm.deals.basic_api.create(simple_public_object_input_for_create=deal)


if __name__ == "__main__":
    # request id «d:request-id:uuid» from the support ticket
    print(create_deal("Renewal 2027", 18000))
""")

add("crm-sync/ruby/hubspot.rb", "sdk-positional", """
require 'hubspot-api-client'

client = Hubspot::Client.new(access_token: '«p:hubspot.pat»')
page = client.crm.companies.basic_api.get_page(limit: 25)
page.results.each { |c| puts c.properties['name'] }

Hubspot.configure do |config|
  config.api_key['developer_hapikey'] = '«p:hubspot.devkey»'
end
""")

add("crm-sync/java/src/main/java/com/acme/crm/HubspotConfig.java", "sdk-positional", """
package com.acme.crm;

import com.hubspot.api.HubSpotClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class HubspotConfig {

    private static final String PORTAL_ID = "«d:account-id:digits8»";

    @Bean
    public HubSpotClient hubSpotClient() {
        return new HubSpotClient("«p:hubspot.pat»");
    }

    @Bean
    public OAuthCredentials oauth() {
        return new OAuthCredentials("«d:client-id:uuid»", "«p:hubspot.client_secret»",
                "«p:hubspot.refresh»");
    }
}
""")

add("crm-sync/.env.production", "dotenv", """
# HubSpot
HUBSPOT_PERSONAL_ACCESS_KEY=«p:hubspot.pak»
HUBSPOT_PRIVATE_APP_TOKEN=«p:hubspot.pat»
HUBSPOT_CLIENT_ID=«d:client-id:uuid»
HUBSPOT_CLIENT_SECRET=«p:hubspot.client_secret»
HUBSPOT_REFRESH_TOKEN=«p:hubspot.refresh_uuid»
HUBSPOT_PORTAL_ID=«d:account-id:digits8»
HUBSPOT_FORM_ID=«d:form-guid:uuid»
# smtp relay for transactional mail
SMTP_HOST=smtp.hubapi.com
SMTP_USER=«d:smtp-user=k3x9q2m7za@44120871.smtp.hubspot.net»
SMTP_PASSWORD=«p:hubspot.smtp_password»
""")

add("crm-sync/.env.example", "dotenv", """
HUBSPOT_PERSONAL_ACCESS_KEY=«d:placeholder=<your personal access key>»
HUBSPOT_PRIVATE_APP_TOKEN=«d:placeholder=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»
HUBSPOT_CLIENT_ID=«d:placeholder=your-client-id»
HUBSPOT_CLIENT_SECRET=«d:placeholder=00000000-0000-0000-0000-000000000000»
HUBSPOT_REFRESH_TOKEN=«d:placeholder=na1-xxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»
HUBSPOT_PORTAL_ID=«d:placeholder=<portalId>»
""")

add("crm-sync/web/landing.html", "html", """
<!DOCTYPE html>
<html>
<head>
  <script charset="utf-8" type="text/javascript" src="//js.hsforms.net/forms/embed/v2.js"
          integrity="«d:integrity:sha384b64»" crossorigin="anonymous"></script>
</head>
<body>
  <div id="signup"></div>
  <script>
    hbspt.forms.create({
      region: "na1",
      portalId: "«d:account-id:digits8»",
      formId: "«d:form-guid:uuid»",
      target: "#signup"
    });
  </script>
  <!-- Start of HubSpot Embed Code -->
  <script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/«d:account-id:digits8».js"></script>
  <img alt="logo" src="data:image/png;base64,«d:image:pngb64»">
</body>
</html>
""")

add("crm-sync/postman/HubSpot.postman_environment.json", "postman-environment", """
{
	"id": "«d:postman-id:uuid»",
	"name": "HubSpot prod",
	"values": [
		{
			"key": "baseUrl",
			"value": "https://api.hubapi.com",
			"type": "default",
			"enabled": true
		},
		{
			"key": "hapikey",
			"value": "«p:hubspot.hapikey»",
			"type": "secret",
			"enabled": true
		},
		{
			"key": "accessToken",
			"value": "«p:hubspot.pat»",
			"type": "secret",
			"enabled": true
		},
		{
			"key": "portalId",
			"value": "«d:account-id:digits8»",
			"type": "default",
			"enabled": true
		}
	],
	"_postman_variable_scope": "environment",
	"_postman_exported_at": "2026-09-14T10:21:33.512Z",
	"_postman_exported_using": "Postman/11.12.0"
}
""")

add("crm-sync/scripts/backfill.sh", "shell-script", """
#!/usr/bin/env bash
set -euo pipefail

# one-off backfill, run from the bastion
export HUBSPOT_TOKEN="«p:hubspot.pat»"

for id in $(cat company_ids.txt); do
  curl -sS -X PATCH "https://api.hubapi.com/crm/v3/objects/companies/${id}" \\
    -H "Authorization: Bearer ${HUBSPOT_TOKEN}" \\
    -H 'Content-Type: application/json' \\
    --data '{"properties":{"lifecyclestage":"customer"}}'
done

# webhook settings use the developer key
curl "https://api.hubapi.com/webhooks/v3/«d:app-id:digits8»/settings?hapikey=«p:hubspot.devkey»"
""")

add("crm-sync/docs/integration.md", "markdown-doc", """
# HubSpot integration

The sync job authenticates with a private app token. Ask #crm-ops for access;
never paste the token in tickets. To try the API by hand:

```bash
curl https://api.hubapi.com/crm/v3/objects/contacts?limit=1 \\
  --header "Authorization: Bearer «d:placeholder=YOUR_ACCESS_TOKEN»"
```

Our staging token (rotated monthly, last on 2026-11-02):

```
Authorization: Bearer «p:hubspot.pat»
```

Example token from HubSpot's docs, for reference: `«d:docs-sample=pat-na1-11111111-2222-3333-4444-555555555555»`.

The refresh token looks like `«d:placeholder=eu1-xxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»`; the
one for the EU portal is `«p:hubspot.refresh»`.
""")

add("crm-sync/logs/sync-2026-11-27.log", "log-lines", """
2026-11-27T02:00:01.114Z INFO  sync starting portal=«d:account-id:digits8» batch=500
2026-11-27T02:00:01.320Z DEBUG http POST https://api.hubapi.com/oauth/v1/token grant_type=refresh_token refresh_token=«p:hubspot.refresh» client_id=«d:client-id:uuid»
2026-11-27T02:00:01.598Z DEBUG http 200 {"token_type":"bearer","refresh_token":"«p:hubspot.refresh»","access_token":"«p:hubspot.access»","expires_in":1800}
2026-11-27T02:00:02.002Z INFO  correlationId=«d:request-id:uuid» fetched 500 contacts
2026-11-27T02:00:03.771Z WARN  429 from hubapi, retry in 10s (requestId «d:request-id:uuid»)
2026-11-27T02:00:14.005Z INFO  done in 12.9s commit=«d:git-sha:sha1»
""")

add("crm-sync/tests/fixtures/hubspot_responses.json", "test-fixture", """
{
  "tokenInfo": {
    "token": "«p:hubspot.access»",
    "user": "integration@acme.example",
    "hub_domain": "acme.example",
    "scopes": ["oauth", "crm.objects.contacts.read"],
    "hub_id": «d:account-id:digits8»,
    "app_id": «d:app-id:digits8»,
    "expires_in": 1755,
    "user_id": 8812093,
    "token_type": "access"
  },
  "privateApp": {"token": "«p:hubspot.pat»"},
  "form": {"guid": "«d:form-guid:uuid»", "portalId": «d:account-id:digits8»}
}
""")

add("crm-sync/web.config", "dotnet-web-config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="HubSpotApiKey" value="«p:hubspot.hapikey»" />
    <add key="HubSpotPortalId" value="«d:account-id:digits8»" />
    <add key="HubSpotAccessToken" value="«p:hubspot.pat»" />
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
  </appSettings>
  <connectionStrings>
    <add name="CrmDb" connectionString="Server=sql01.acme.local;Database=crm;User Id=crm_app;Password=«p:generic.password»;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <machineKey validationKey="«d:machine-key-placeholder=AutoGenerate,IsolateApps»" decryptionKey="AutoGenerate,IsolateApps" />
  </system.web>
</configuration>
""")

add("crm-sync/terraform/hubspot.tf", "terraform", """
variable "hubspot_api_key" {
  description = "legacy key, only for the export lambda"
  type        = string
  default     = "«p:hubspot.hapikey»"
  sensitive   = true
}

variable "hubspot_private_app_token" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "hubspot_token" {
  name  = "/crm/hubspot/private-app-token"
  type  = "SecureString"
  value = var.hubspot_private_app_token
}

resource "aws_lambda_function" "export" {
  function_name = "hubspot-export"
  role          = "arn:aws:iam::«d:aws-account:digits12»:role/crm-export"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  source_code_hash = "«d:hash:sha256»"
  environment {
    variables = {
      HUBSPOT_ACCESS_TOKEN = "«p:hubspot.pat»"
      PORTAL_ID            = "«d:account-id:digits8»"
    }
  }
}
""")

add("crm-sync/k8s/hubspot-secret.yaml", "k8s-secret-base64", """
apiVersion: v1
kind: Secret
metadata:
  name: hubspot-credentials
  namespace: crm
type: Opaque
data:
  HUBSPOT_PRIVATE_APP_TOKEN: «p:hubspot.pat|b64»
  HUBSPOT_PERSONAL_ACCESS_KEY: «p:hubspot.pak|b64»
  HUBSPOT_PORTAL_ID: NDQxMjA4NzE=
""")

add("crm-sync/notebooks/lead_scoring.ipynb", "jupyter-notebook", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Lead scoring exploration\\n", "Pull contacts from HubSpot and score them."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "import pandas as pd\\n",
    "\\n",
    "TOKEN = \\"«p:hubspot.pat»\\"\\n",
    "headers = {\\"Authorization\\": f\\"Bearer {TOKEN}\\"}\\n",
    "r = requests.get(\\"https://api.hubapi.com/crm/v3/objects/contacts?limit=100\\", headers=headers)\\n",
    "df = pd.DataFrame([c[\\"properties\\"] for c in r.json()[\\"results\\"]])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["100 contacts, portal «d:account-id:digits8»\\n"]
    }
   ],
   "source": ["print(len(df), 'contacts')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("crm-sync/appsettings.Development.json", "appsettings-json", """
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "HubSpot": {
    "PortalId": «d:account-id:digits8»,
    "AccessToken": "«p:hubspot.pat»",
    "DeveloperApiKey": "«p:hubspot.devkey»",
    "ClientId": "«d:client-id:uuid»",
    "ClientSecret": "«p:hubspot.client_secret»"
  },
  "AllowedHosts": "*"
}
""")

add("crm-sync/.github/workflows/sync.yml", "ci-config", """
name: nightly-sync
on:
  schedule:
    - cron: '0 2 * * *'
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_ACCESS_TOKEN: ${{ secrets.HUBSPOT_ACCESS_TOKEN }}
      HUBSPOT_PORTAL_ID: «d:account-id:digits8»
    steps:
      - uses: actions/checkout@«d:git-sha:sha1»
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: node src/sync.js
        env:
          # temporary: secrets not set up in the fork yet
          HUBSPOT_PERSONAL_ACCESS_KEY: «p:hubspot.pak»
""")

# ---------------------------------------------------------------- dotfiles
add("home-dotfiles/.npmrc", "npmrc", """
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken=«p:npm.token»
//npm.pkg.github.com/:_authToken=«p:github.pat»
//npm.fontawesome.com/:_authToken=«d:env-ref=${FONTAWESOME_NPM_TOKEN}»
always-auth=true
save-exact=true
""")

add("home-dotfiles/.pypirc", "pypirc", """
[distutils]
index-servers =
    pypi
    testpypi
    internal

[pypi]
username = __token__
password = «p:pypi.token»

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = «d:placeholder=pypi-<your test token>»

[internal]
repository = https://nexus.acme.example/repository/pypi-internal/
username = deploy
password = «p:generic.password»
""")

add("home-dotfiles/.netrc", "netrc", """
machine github.com
  login octo-deploy
  password «p:github.pat»

machine api.heroku.com
  login ops@acme.example
  password «p:heroku.key»

machine gitlab.acme.example login ci-bot password «p:gitlab.pat»
""")

add("home-dotfiles/.git-credentials", "git-credentials", """
https://octo-deploy:«p:github.fine»@github.com
https://oauth2:«p:gitlab.pat»@gitlab.com
https://x-token-auth:«p:atlassian.bitbucket»@bitbucket.org
""")

add("home-dotfiles/.docker/config.json", "docker-config", """
{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "«p:docker.pat|basic=acmebuild»"
		},
		"ghcr.io": {
			"auth": "«p:github.pat|basic=octo-deploy»"
		},
		"«d:aws-account:digits12».dkr.ecr.eu-west-1.amazonaws.com": {}
	},
	"credsStore": "desktop",
	"currentContext": "default"
}
""")

add("home-dotfiles/.aws/credentials", "ini-sections", """
[default]
aws_access_key_id = «p:aws.akid»
aws_secret_access_key = «p:aws.secret»
region = eu-west-1

[staging]
aws_access_key_id=«p:aws.akid»
aws_secret_access_key=«p:aws.secret»

[docs-example]
aws_access_key_id = «d:docs-sample=AKIAIOSFODNN7EXAMPLE»
aws_secret_access_key = «d:docs-sample=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»
""")

add("home-dotfiles/.config/gh/hosts.yml", "yaml-flat", """
github.com:
    users:
        octo-deploy:
            oauth_token: «p:github.oauth»
    git_protocol: https
    user: octo-deploy
    oauth_token: «p:github.oauth»
""")

add("home-dotfiles/.kube/config", "kubeconfig", """
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: «d:certificate:cert»
    server: https://api.prod.k8s.acme.example:6443
  name: prod
- cluster:
    server: https://api.ocp.acme.example:6443
  name: openshift
contexts:
- context:
    cluster: prod
    user: deployer
  name: prod
- context:
    cluster: openshift
    user: kube:admin
  name: ocp
current-context: prod
users:
- name: deployer
  user:
    token: «p:kubernetes.token»
- name: kube:admin
  user:
    token: «p:openshift.token»
""")

add("home-dotfiles/.m2/settings.xml", "xml-elements", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>artifactory</id>
      <username>ci</username>
      <password>«p:jfrog.token»</password>
    </server>
    <server>
      <id>ossrh</id>
      <username>${env.OSSRH_USER}</username>
      <password>«d:env-ref=${env.OSSRH_PASSWORD}»</password>
    </server>
    <server>
      <id>github</id>
      <username>octo-deploy</username>
      <password>«p:github.pat»</password>
    </server>
  </servers>
</settings>
""")

add("home-dotfiles/.gem/credentials", "yaml-flat", """
---
:rubygems_api_key: «p:rubygems.key»
""")

add("home-dotfiles/.cargo/credentials.toml", "toml", """
[registry]
token = "«p:cratesio.token»"
""")

add("home-dotfiles/.terraform.d/credentials.tfrc.json", "json-nested", """
{
  "credentials": {
    "app.terraform.io": {
      "token": "«p:terraform.token»"
    }
  }
}
""")

add("home-dotfiles/.bash_history", "shell-history", """
cd ~/src/shop-api
git pull --rebase
export OPENAI_API_KEY=«p:openai.project»
python scripts/summarise.py --since 7d
docker login -u acmebuild -p «p:docker.pat»
docker push acmebuild/shop-api:1.42.0
gh auth login --with-token <<< «p:github.pat»
heroku config:set STRIPE_SECRET_KEY=«p:stripe.secret» -a shop-api-prod
psql "postgresql://report:«p:url.password»@db.prod.acme.internal:5432/shop"
aws configure set aws_secret_access_key «p:aws.secret»
curl -u admin:«p:generic.password» https://jenkins.acme.example/api/json
npm publish --otp=«d:otp=482913»
git log --oneline | head
vault login «p:vault.token_short»
export AWS_SESSION_TOKEN=$(aws sts get-session-token --query Credentials.SessionToken --output text)
history | grep login
""")

add("home-dotfiles/.zsh_history", "shell-history", """
: 1732605211:0;kubectl config use-context prod
: 1732605230:0;kubectl create secret generic sentry --from-literal=token=«p:sentry.user»
: 1732605302:0;export ANTHROPIC_API_KEY="«p:anthropic.api»"
: 1732605340:0;claude-eval --model haiku run suite.yaml
: 1732605460:0;fly auth token
: 1732605471:0;export FLY_API_TOKEN=«p:flyio.token»
: 1732605500:0;fly deploy --remote-only
: 1732605620:0;doppler configure set token «p:doppler.personal» --scope /
: 1732605720:0;git commit -m "bump deps"
: 1732605800:0;tailscale up --authkey=«p:tailscale.auth»
""")

# ---------------------------------------------------------------- CI
add("shop-api/.gitlab-ci.yml", "ci-config", """
stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  SENTRY_ORG: acme
  SENTRY_AUTH_TOKEN: «p:sentry.org»
  NPM_TOKEN: $NPM_TOKEN

test:
  stage: test
  image: ruby:3.3
  script:
    - bundle install
    - bundle exec rspec

build:
  stage: build
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .

deploy:
  stage: deploy
  script:
    - curl -X POST -H "Authorization: Bearer «p:render.key»" https://api.render.com/v1/services/«d:service-id=srv-cq2k3v8l6cac73a1b2c0»/deploys
  only: [main]
""")

add("shop-api/.circleci/config.yml", "ci-config", """
version: 2.1
orbs:
  node: circleci/node@5.2
jobs:
  build:
    docker:
      - image: cimg/node:20.11
        auth:
          username: acmebuild
          password: «p:docker.pat»
    environment:
      NETLIFY_AUTH_TOKEN: «p:netlify.token»
      NETLIFY_SITE_ID: «d:site-id:uuid»
    steps:
      - checkout
      - node/install-packages
      - run: npm run build
      - run: npx netlify deploy --prod --dir=dist
""")

add("shop-api/Jenkinsfile", "ci-config", """
pipeline {
    agent any
    environment {
        SONAR_TOKEN = '«p:sonarqube.token»'
        DOCKER_CREDS = credentials('dockerhub')
    }
    stages {
        stage('Analyse') {
            steps {
                sh 'mvn -B sonar:sonar -Dsonar.host.url=https://sonar.acme.example -Dsonar.login=$SONAR_TOKEN'
            }
        }
        stage('Notify') {
            steps {
                sh "curl -X POST -H 'Content-type: application/json' --data '{\\"text\\":\\"build ok\\"}' «p:slack.webhook»"
            }
        }
    }
}
""")

add("shop-api/.travis.yml", "ci-config", """
language: node_js
node_js: "20"
env:
  global:
    - CODECOV_TOKEN=«p:codecov.token»
    - secure: "«d:travis-encrypted:b64_40»"
    - SURGE_TOKEN=«p:generic.token»
script: npm test
deploy:
  provider: npm
  email: releases@acme.example
  api_key: «p:npm.token»
  on:
    tags: true
""")

add("shop-api/bitbucket-pipelines.yml", "ci-config", """
image: python:3.12
pipelines:
  default:
    - step:
        name: test
        script:
          - pip install -r requirements.txt
          - pytest -q
  tags:
    'v*':
      - step:
          name: publish
          script:
            - pip install build twine
            - python -m build
            - twine upload -u __token__ -p «p:pypi.token» dist/*
""")

add("shop-api/.github/workflows/release.yml", "ci-config", """
name: release
on:
  push:
    tags: ['v*']
permissions:
  contents: write
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: publish gem
        run: |
          mkdir -p ~/.gem
          echo ":rubygems_api_key: ${{ secrets.RUBYGEMS_API_KEY }}" > ~/.gem/credentials
          gem push pkg/*.gem
      - name: notify
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text": "released ${{ github.ref_name }}"}'
        env:
          SLACK_BOT_TOKEN: «p:slack.bot»
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
      - name: upload sourcemaps
        run: npx @sentry/cli sourcemaps upload --auth-token «p:sentry.user» ./dist
""")

# ---------------------------------------------------------------- shop-api (Rails)
add("shop-api/config/credentials.yml", "rails-credentials", """
# decrypted with `bin/rails credentials:show` for the migration, DO NOT COMMIT
secret_key_base: «p:generic.rails_secret_key_base»

aws:
  access_key_id: «p:aws.akid»
  secret_access_key: «p:aws.secret»
  bucket: acme-shop-uploads

stripe:
  publishable_key: «d:publishable-key:stripe_pk»
  secret_key: «p:stripe.secret»
  webhook_secret: «p:stripe.webhook»

sendgrid:
  api_key: «p:sendgrid.key»

shopify:
  api_key: «d:client-id:hex24»
  api_secret_key: «p:shopify.shared_secret»
  admin_token: «p:shopify.admin»

google:
  maps_api_key: «p:google.api»
  oauth_client_id: «d:client-id:gclient»
  oauth_client_secret: «p:google.oauth_secret»
""")

add("shop-api/config/database.yml", "rails-database-yml", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: shop_development
  username: postgres
  password: «d:placeholder=postgres»

test:
  <<: *default
  database: shop_test

production:
  <<: *default
  url: postgres://shop_app:«p:url.password»@shop-prod.cluster-c8kx2.eu-west-1.rds.amazonaws.com:5432/shop
""")

add("shop-api/config/storage.yml", "rails-storage-yml", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-west-1
  bucket: acme-shop-uploads

microsoft:
  service: AzureStorage
  storage_account_name: acmeshopassets
  storage_access_key: «p:azure.storage»
  container: assets

google:
  service: GCS
  project: acme-shop
  credentials: <%= Rails.root.join("config/gcs.json") %>
  bucket: acme-shop-gcs
""")

add("shop-api/config/initializers/stripe.rb", "rails-initializer", """
Rails.configuration.stripe = {
  publishable_key: ENV.fetch('STRIPE_PUBLISHABLE_KEY', '«d:publishable-key:stripe_pk»'),
  secret_key: ENV.fetch('STRIPE_SECRET_KEY', '«p:stripe.restricted@env-fallback»')
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = '2024-06-20'
# connected account for the marketplace
STRIPE_PLATFORM_ACCOUNT = '«d:account-id:stripe_acct»'.freeze
""")

add("shop-api/config/initializers/integrations.rb", "rails-initializer", """
Mailgun.configure do |config|
  config.api_key = '«p:mailgun.key»'
end

ShopifyAPI::Context.setup(
  api_key: ENV['SHOPIFY_API_KEY'],
  api_secret_key: '«p:shopify.shared_secret»',
  host: 'https://shop.acme.example',
  scope: 'read_orders,write_products',
  is_embedded: false,
  api_version: '2024-10',
  is_private: true,
  private_app_access_token: '«p:shopify.private»'
)

Rollbar.configure { |c| c.access_token = ENV['ROLLBAR_TOKEN'] }
Sentry.init { |c| c.dsn = 'https://«d:sentry-dsn-public-key:md5»@o«d:org-id:digits8».ingest.sentry.io/«d:project-id:digits8»' }
""")

add("shop-api/config/master.key.bak", "raw-file", """
«p:generic.rails_master_key»
""")

add("shop-api/spec/support/vcr.rb", "test-fixture", """
VCR.configure do |c|
  c.cassette_library_dir = 'spec/cassettes'
  c.hook_into :webmock
  c.filter_sensitive_data('<STRIPE_KEY>') { ENV['STRIPE_SECRET_KEY'] }
  c.filter_sensitive_data('<SHIPPO_TOKEN>') { '«p:shippo.token»' }
end
""")

add("shop-api/spec/cassettes/easypost_rates.yml", "test-fixture", """
---
http_interactions:
- request:
    method: post
    uri: https://api.easypost.com/v2/shipments
    body:
      encoding: UTF-8
      string: '{"shipment":{"to_address":{"zip":"94107"}}}'
    headers:
      Authorization:
      - Basic «p:easypost.key|basicuser»
      User-Agent:
      - EasyPost/v2 RubyClient/6.4.0
  response:
    status:
      code: 201
      message: Created
    headers:
      X-Ep-Request-Uuid:
      - «d:request-id:uuid»
      Etag:
      - «d:etag:etag»
recorded_with: VCR 6.2.0
""")

# ---------------------------------------------------------------- Django
add("inventory/inventory/settings.py", "django-settings", """
from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ['DJANGO_SECRET_KEY']
DEBUG = False
ALLOWED_HOSTS = ['inventory.acme.example']

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'inventory',
        'USER': 'inventory',
        'PASSWORD': '«p:generic.password»',
        'HOST': 'db.acme.internal',
        'PORT': '5432',
    }
}

AWS_ACCESS_KEY_ID = '«p:aws.akid»'
AWS_SECRET_ACCESS_KEY = '«p:aws.secret»'
AWS_STORAGE_BUCKET_NAME = 'acme-inventory'

EMAIL_BACKEND = 'anymail.backends.postmark.EmailBackend'
ANYMAIL = {
    'POSTMARK_SERVER_TOKEN': '«p:postmark.token»',
}

CELERY_BROKER_URL = 'redis://:«p:url.password»@redis.acme.internal:6379/0'

SENTRY_DSN = os.environ.get('SENTRY_DSN', '')
TWILIO_ACCOUNT_SID = '«d:account-sid:twilio_sid»'
TWILIO_AUTH_TOKEN = '«p:twilio.auth_token»'
STATIC_URL = 'static/'
""")

add("inventory/inventory/local_settings.py", "django-settings", """
# overrides for my laptop
DEBUG = True
DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'}}
SLACK_BOT_TOKEN = "«p:slack.bot»"
SLACK_SIGNING_SECRET = "«d:slack-signing-placeholder=your-signing-secret»"
MAILCHIMP_API_KEY = "«p:mailchimp.key»"
MAILCHIMP_LIST_ID = "«d:list-id=3f8a91c2de»"
""")

add("inventory/inventory/integrations/notify.py", "sdk-positional", """
from twilio.rest import Client
from slack_sdk import WebClient
import sendgrid

ACCOUNT_SID = "«d:account-sid:twilio_sid»"

twilio = Client(ACCOUNT_SID, "«p:twilio.auth_token»")
slack = WebClient(token="«p:slack.bot»")
sg = sendgrid.SendGridAPIClient("«p:sendgrid.key»")
api_key_client = Client("«d:key-sid:twilio_keysid»", "«p:twilio.api_secret»", ACCOUNT_SID)


def low_stock(sku, count):
    slack.chat_postMessage(channel="#inventory", text=f"{sku} is down to {count}")
    twilio.messages.create(to="+15551230000", from_="+15559870000", body=f"Low stock: {sku}")
""")

# ---------------------------------------------------------------- Spring
add("billing-svc/src/main/resources/application.yml", "spring-yaml", """
server:
  port: 8080
spring:
  application:
    name: billing-svc
  datasource:
    url: jdbc:postgresql://billing-db:5432/billing
    username: billing
    password: «p:generic.password»
  mail:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: «p:sendgrid.key»
  security:
    oauth2:
      client:
        registration:
          google:
            client-id: «d:client-id:gclient»
            client-secret: «p:google.oauth_secret»
          okta:
            client-id: «d:client-id:alnum20»
            client-secret: ${OKTA_CLIENT_SECRET}
stripe:
  api-key: «p:stripe.secret»
  webhook-secret: «p:stripe.webhook»
braintree:
  environment: production
  merchant-id: «d:merchant-id=q7x2hz9k4mtb3c8w»
  access-token: «p:braintree.token»
management:
  endpoints:
    web:
      exposure:
        include: health,info
""")

add("billing-svc/src/main/resources/application-prod.properties", "spring-properties", """
spring.datasource.url=jdbc:mysql://billing-prod.acme.internal:3306/billing
spring.datasource.username=billing_rw
spring.datasource.password=«p:generic.password»
okta.oauth2.issuer=https://acme.okta.com/oauth2/default
okta.client.token=«p:okta.token»
datadog.api-key=«p:datadog.api»
datadog.application-key=«p:datadog.app»
newrelic.license_key=«p:newrelic.license»
paystack.secret-key=«p:paystack.secret»
flutterwave.public-key=«d:publishable-key:flw_pub»
flutterwave.secret-key=«p:flutterwave.secret»
logging.level.root=INFO
build.commit=«d:git-sha:sha1»
""")

add("billing-svc/src/main/resources/bootstrap.yml", "spring-yaml", """
spring:
  cloud:
    vault:
      uri: https://vault.acme.internal:8200
      authentication: TOKEN
      token: «p:vault.token»
      kv:
        enabled: true
        backend: secret
    config:
      uri: http://config-server:8888
      username: config
      password: «d:placeholder=changeme»
""")

add("billing-svc/src/main/java/com/acme/billing/PaymentsConfig.java", "sdk-positional", """
package com.acme.billing;

import com.stripe.Stripe;
import com.squareup.square.SquareClient;
import com.squareup.square.Environment;
import com.mollie.mollie.Client;

public final class PaymentsConfig {
    private PaymentsConfig() {}

    public static void init() {
        Stripe.apiKey = System.getenv().getOrDefault("STRIPE_KEY", "«p:stripe.secret_short@env-fallback»");
    }

    public static SquareClient square() {
        return new SquareClient.Builder()
                .environment(Environment.PRODUCTION)
                .accessToken("«p:square.token»")
                .build();
    }

    public static Client mollie() {
        return new Client("«p:mollie.key»");
    }
}
""")

# ---------------------------------------------------------------- .NET
add("portal/appsettings.json", "appsettings-json", """
{
  "ConnectionStrings": {
    "Default": "Server=tcp:acme-portal.database.windows.net,1433;Initial Catalog=portal;User ID=portal_app;Password=«p:generic.password»;Encrypt=True;",
    "Storage": "DefaultEndpointsProtocol=https;AccountName=acmeportal;AccountKey=«p:azure.storage»;EndpointSuffix=core.windows.net",
    "Redis": "acme-portal.redis.cache.windows.net:6380,password=«p:azure.redis»,ssl=True,abortConnect=False"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "«d:tenant-id:uuid»",
    "ClientId": "«d:client-id:uuid»",
    "ClientSecret": "«p:azure.client_secret»"
  },
  "SendGrid": { "ApiKey": "«p:sendgrid.key»" },
  "ApplicationInsights": { "InstrumentationKey": "«d:instrumentation-key:uuid»" }
}
""")

add("portal/App.config", "dotnet-app-config", """
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <appSettings>
    <add key="StorageAccount" value="acmearchive" />
    <add key="StorageKey" value="«p:azure.storage»" />
    <add key="PagerDutyRoutingKey" value="«p:pagerduty.routing_key»" />
  </appSettings>
  <applicationSettings>
    <Portal.Properties.Settings>
      <setting name="GitHubToken" serializeAs="String">
        <value>«p:github.pat»</value>
      </setting>
    </Portal.Properties.Settings>
  </applicationSettings>
</configuration>
""")

add("portal/src/Services/Clients.cs", "sdk-positional", """
using System.Net;
using Amazon.Runtime;
using Azure.Storage.Blobs;
using Octokit;

namespace Acme.Portal.Services
{
    public static class Clients
    {
        public static readonly BasicAWSCredentials Aws =
            new BasicAWSCredentials("«p:aws.akid»", "«p:aws.secret»");

        public static readonly NetworkCredential Smtp =
            new NetworkCredential("mailer@acme.example", "«p:generic.password»");

        public static GitHubClient GitHub() => new GitHubClient(new ProductHeaderValue("acme-portal"))
        {
            Credentials = new Credentials("«p:github.app»")
        };

        public static readonly Dictionary<string, string> Settings = new Dictionary<string, string>
        {
            { "AccountName", "acmeportal" },
            { "AccountKey", "«p:azure.storage»" },
            { "ContainerSas", "«d:placeholder=?sv=2022-11-02&ss=b&srt=co&sp=r&se=<expiry>&sig=<signature>»" },
        };
    }
}
""")

# ---------------------------------------------------------------- infra
add("infra/terraform/providers.tf", "terraform", """
terraform {
  required_providers {
    cloudflare   = { source = "cloudflare/cloudflare", version = "~> 4.40" }
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
    datadog      = { source = "DataDog/datadog" }
  }
}

provider "cloudflare" {
  api_token = "«p:cloudflare.api_token»"
}

provider "digitalocean" {
  token = "«p:digitalocean.pat»"
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
}

provider "github" {
  owner = "acme"
  token = "«p:github.pat»"
}

provider "alicloud" {
  access_key = "«p:alibabacloud.akid»"
  secret_key = "«p:alibabacloud.secret»"
  region     = "cn-hangzhou"
}
""")

add("infra/terraform/terraform.tfvars", "terraform", """
environment     = "prod"
datadog_api_key = "«p:datadog.api»"
datadog_app_key = "«p:datadog.app»"
db_password     = "«p:generic.password»"
vpc_cidr        = "10.40.0.0/16"
ami_id          = "ami-0c55b159cbfafe1f0"
kms_key_id      = "«d:key-id:uuid»"
account_id      = "«d:aws-account:digits12»"
""")

add("infra/terraform/modules/monitoring/variables.tf", "terraform", """
variable "pagerduty_token" {
  type    = string
  default = "«d:placeholder=REPLACE_ME»"
}

variable "newrelic_api_key" {
  description = "User key for the alert policies"
  default     = "«p:newrelic.user»"
}

variable "grafana_auth" {
  type      = string
  sensitive = true
  default   = "«p:grafana.sa»"
}

variable "dynatrace_token" {
  default = "«p:dynatrace.token»"
}

variable "dynatrace_token_id" {
  description = "public identifier of the token, safe to log"
  default     = "«d:token-id:dt_public»"
}
""")

add("infra/terraform/scaleway.tf", "terraform", """
provider "scaleway" {
  access_key      = "«d:access-key-id=SCWXXXXXXXXXXXXXXXXX»"
  secret_key      = "«p:scaleway.secret»"
  organization_id = "«d:org-id:uuid»"
  zone            = "fr-par-1"
}

provider "tencentcloud" {
  secret_id  = "«p:tencentcloud.secretid»"
  secret_key = "«p:tencentcloud.secretkey»"
  region     = "ap-guangzhou"
}
""")

add("infra/helm/shop/values-prod.yaml", "helm-values", """
replicaCount: 3
image:
  repository: ghcr.io/acme/shop-api
  tag: "1.42.0"
  digest: sha256:«d:image-digest:sha256»
env:
  RAILS_ENV: production
  RAILS_LOG_TO_STDOUT: "1"
secrets:
  stripeSecretKey: «p:stripe.secret»
  sendgridApiKey: «p:sendgrid.key»
  databaseUrl: postgres://shop:«p:url.password»@shop-db:5432/shop
ingress:
  enabled: true
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
datadog:
  apiKey: «p:datadog.api»
  site: datadoghq.eu
externalSecrets:
  enabled: false
  vaultToken: «d:env-ref={{ .Values.global.vaultToken }}»
""")

add("infra/helm/grafana/values.yaml", "helm-values", """
grafana:
  adminUser: admin
  adminPassword: «p:generic.password»
  grafana.ini:
    server:
      root_url: https://grafana.acme.example
    auth.github:
      enabled: true
      client_id: «d:client-id:hex24»
      client_secret: «p:github.client_secret»
  datasources:
    datasources.yaml:
      apiVersion: 1
      datasources:
        - name: Loki
          type: loki
          url: https://logs-prod-eu-west-0.grafana.net
          basicAuth: true
          basicAuthUser: "«d:user-id:digits8»"
          secureJsonData:
            basicAuthPassword: «p:grafana.cloud»
""")

add("infra/k8s/app-secrets.yaml", "k8s-secret-base64", """
apiVersion: v1
kind: Secret
metadata:
  name: shop-api-env
  namespace: shop
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: ""
type: Opaque
data:
  OPENAI_API_KEY: «p:openai.project|b64»
  SENTRY_AUTH_TOKEN: «p:sentry.user|b64»
  SLACK_BOT_TOKEN: «p:slack.bot|b64»
  LINEAR_API_KEY: «p:linear.key|b64»
  REDIS_HOST: cmVkaXMuc2hvcC5zdmMuY2x1c3Rlci5sb2NhbA==
""")

add("infra/k8s/registry-pull-secret.yaml", "k8s-secret-base64", """
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: shop
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{"auths":{"ghcr.io":{"username":"octo-deploy","password":"«p:github.pat»"}}}'
""")

add("infra/k8s/monitoring-secret.yaml", "k8s-secret-stringdata", """
apiVersion: v1
kind: Secret
metadata:
  name: monitoring-keys
type: Opaque
stringData:
  DD_API_KEY: «p:datadog.api»
  NEW_RELIC_LICENSE_KEY: «p:newrelic.license»
  HONEYCOMB_DATASET: shop
  GRAFANA_TOKEN: «p:grafana.sa»
""")

add("infra/docker-compose.yml", "docker-compose", """
version: "3.9"
services:
  api:
    build: .
    environment:
      - DATABASE_URL=postgres://shop:«p:url.password»@db:5432/shop
      - REDIS_URL=redis://redis:6379/0
      - STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
      - MAPBOX_TOKEN=«p:mapbox.secret»
      - MAPBOX_PUBLIC_TOKEN=«d:publishable-key:mapbox_pub»
    depends_on: [db, redis]
  db:
    image: postgres:16@sha256:«d:image-digest:sha256»
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: «d:placeholder=example»
  worker:
    image: acme/worker:latest
    environment:
      MONGO_URL: mongodb+srv://worker:«p:mongodb.password»@cluster0.x7kq2.mongodb.net/jobs?retryWrites=true
      LANGFUSE_PUBLIC_KEY: «d:publishable-key:langfuse_pub»
      LANGFUSE_SECRET_KEY: «p:langfuse.secret»
  redis:
    image: redis:7
""")

add("infra/ansible/group_vars/all/vault_plain.yml", "yaml-flat", """
# TODO: re-encrypt with ansible-vault before merging!!
vault_mysql_root_password: «p:generic.password»
vault_pagerduty_integration_key: «p:pagerduty.routing_key»
vault_tailscale_authkey: «p:tailscale.auth»
vault_linode_token: «d:placeholder=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
vault_infisical_token: «p:infisical.token»
""")

add("infra/scripts/rotate.sh", "shell-script", """
#!/bin/sh
# rotate the deploy keys; keep the old ones until the next run
OLD_DO_TOKEN="«p:digitalocean.oauth»"
NEW_DO_TOKEN=$(doctl auth init --access-token "$1" && doctl account get -o json | jq -r .uuid)
: "${CF_API_TOKEN:?set CF_API_TOKEN}"
curl -fsS -H "X-Auth-Email: ops@acme.example" -H "X-Auth-Key: «p:cloudflare.global_key»" \\
  https://api.cloudflare.com/client/v4/user/tokens/verify
echo "rotated from ${OLD_DO_TOKEN:0:8}"
""")

add("infra/Dockerfile", "dockerfile", """
FROM node:20-alpine AS build
WORKDIR /app
ARG NPM_TOKEN=«p:npm.token»
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
ENV NODE_ENV=production \\
    POSTHOG_API_KEY=«d:publishable-key:posthog_pub» \\
    POSTHOG_PERSONAL_API_KEY=«p:posthog.personal»
COPY --from=build /app/dist /app
CMD ["node", "/app/server.js"]
""")

# ---------------------------------------------------------------- ml-lab (AI SDKs)
add("ml-lab/agents/llm.py", "sdk-positional", """
import anthropic
import openai
from groq import Groq
from mistralai import Mistral
import cohere
import replicate

claude = anthropic.Anthropic(api_key="«p:anthropic.api»")
gpt = openai.OpenAI(api_key="«p:openai.project»", organization="«d:org-id=org-3kQz7XnW2pLm9VtR4sYb8cJd»")
groq = Groq(api_key="«p:groq.key»")
mistral = Mistral(api_key="«p:mistral.key»")
co = cohere.ClientV2("«p:cohere.key»")
rep = replicate.Client(api_token="«p:replicate.token»")

MODELS = {
    "fast": ("groq", "llama-3.1-8b-instant"),
    "smart": ("anthropic", "claude-sonnet-4-5"),
}
""")

add("ml-lab/agents/providers.ts", "sdk-positional", """
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { Pinecone } from '@pinecone-database/pinecone';
import { tavily } from '@tavily/core';
import FirecrawlApp from '@mendable/firecrawl-js';
import { ElevenLabsClient } from 'elevenlabs';

export const openrouter = new OpenAI({
  baseURL: 'https://openrouter.ai/api/v1',
  apiKey: process.env.OPENROUTER_API_KEY || '«p:openrouter.key@env-fallback»',
});

export const xai = new OpenAI({ baseURL: 'https://api.x.ai/v1', apiKey: '«p:xai.key»' });
export const deepseek = new OpenAI({ baseURL: 'https://api.deepseek.com', apiKey: '«p:deepseek.key»' });
export const claude = new Anthropic({ apiKey: process.env['ANTHROPIC_API_KEY'] ?? '«p:anthropic.api@env-fallback»' });
export const pc = new Pinecone({ apiKey: '«p:pinecone.key»' });
export const search = tavily({ apiKey: '«p:tavily.key»' });
export const crawler = new FirecrawlApp({ apiKey: '«p:firecrawl.key»' });
export const voice = new ElevenLabsClient({ apiKey: '«p:elevenlabs.key»' });
""")

add("ml-lab/.env", "dotenv", """
OPENAI_API_KEY=«p:openai.svcacct»
ANTHROPIC_API_KEY="«p:anthropic.api»"
HF_TOKEN=«p:huggingface.token»
PERPLEXITY_API_KEY='«p:perplexity.key»'
NVIDIA_API_KEY=«p:nvidia.key»
CEREBRAS_API_KEY=«p:cerebras.key»
E2B_API_KEY=«p:e2b.key»
LANGSMITH_API_KEY=«p:langsmith.key»
LANGSMITH_PROJECT=agents-dev
WANDB_MODE=offline
PINECONE_INDEX=docs-«d:index-suffix=3f9a2c»
OPENAI_ORG_ID=«d:org-id=org-Hh2kLq8Zp4Xw7Ny1Vb6Mc3Tr»
""")

add("ml-lab/.env.template", "dotenv", """
OPENAI_API_KEY=«d:placeholder=sk-...»
ANTHROPIC_API_KEY=«d:placeholder=sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
HF_TOKEN=«d:placeholder=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
GROQ_API_KEY=«d:placeholder=gsk_your_key_here»
PERPLEXITY_API_KEY=«d:placeholder=${PERPLEXITY_API_KEY}»
NVIDIA_API_KEY=«d:placeholder=nvapi-****************************************************************»
""")

add("ml-lab/notebooks/embeddings.ipynb", "jupyter-notebook", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "%pip install -q openai huggingface_hub\\n",
    "from huggingface_hub import login\\n",
    "login(token=\\"«p:huggingface.token»\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "Token is valid (permission: write).\\n",
      "Your token has been saved to /root/.cache/huggingface/token\\n"
     ]
    }
   ],
   "source": ["import os\\n", "os.environ['OPENAI_API_KEY'] = '«p:openai.legacy»'"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "image/png": "«d:image:pngb64»",
      "text/plain": ["<Figure size 640x480 with 1 Axes>"]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": ["plot_clusters(emb)"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("ml-lab/notebooks/colab_finetune.ipynb", "jupyter-notebook", """
{"cells":[{"cell_type":"code","source":["from google.colab import userdata\\n","import os\\n","os.environ['WANDB_API_KEY'] = userdata.get('WANDB')\\n","os.environ['HF_TOKEN'] = '«p:huggingface.token»'\\n","os.environ['REPLICATE_API_TOKEN']='«p:replicate.token»'"],"metadata":{"id":"«d:colab-cell-id=Xk2Lq9Zp4Vw7»"},"execution_count":null,"outputs":[]}],"metadata":{"colab":{"provenance":[]},"kernelspec":{"name":"python3","display_name":"Python 3"}},"nbformat":4,"nbformat_minor":0}
""")

add("ml-lab/config/models.toml", "toml", """
[openai]
api_key = "«p:openai.project»"
model = "gpt-4.1-mini"

[anthropic]
api_key = "«p:anthropic.admin»"   # admin key, used by the usage exporter

[voyage]
api_key = "«d:placeholder=pa-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»"

[langfuse]
host = "https://cloud.langfuse.com"
public_key = "«d:publishable-key:langfuse_pub»"
secret_key = "«p:langfuse.secret»"
""")

add("ml-lab/README.md", "markdown-doc", """
# ml-lab

Experiments with agents. Set the keys in `.env` (see `.env.template`).

```python
from openai import OpenAI
client = OpenAI(api_key="«d:placeholder=<OPENAI_API_KEY>»")
```

If the Groq quota runs out, the shared key below still has credit (ask
before using it for batch jobs):

    GROQ_API_KEY=«p:groq.key»

Model weights are pinned by hash: `«d:model-hash:sha256»`.
""")

# ---------------------------------------------------------------- bots
add("bots/discord/bot.js", "sdk-positional", """
const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

client.once('ready', () => console.log(`Logged in as ${client.user.tag}`));
client.on('messageCreate', (msg) => {
  if (msg.content === '!ping') msg.reply('pong');
});

const GUILD_ID = '«d:snowflake-id=1187329475012345678»';
client.login('«p:discord.bot»');
""")

add("bots/discord/alerts.py", "sdk-positional", """
import requests

WEBHOOK = "«p:discord.webhook»"


def alert(text):
    requests.post(WEBHOOK, json={"content": text}, timeout=5)
""")

add("bots/telegram/main.go", "sdk-positional", """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI("«p:telegram.bot»")
	if err != nil {
		log.Panic(err)
	}
	bot.Debug = false
	log.Printf("Authorized on account %s", bot.Self.UserName)

	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message != nil {
			bot.Send(tgbotapi.NewMessage(update.Message.Chat.ID, update.Message.Text))
		}
	}
}
""")

add("bots/slack/app.py", "sdk-positional", """
import os
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(token=os.environ.get("SLACK_BOT_TOKEN", "«p:slack.bot@env-fallback»"))


@app.message("hello")
def hello(message, say):
    say(f"Hey there <@{message['user']}>!")


if __name__ == "__main__":
    SocketModeHandler(app, "«p:slack.app»").start()
""")

add("bots/slack/manifest-notes.txt", "plain-text", """
Slack app "acme-helper" (app id «d:app-id=A07QZ3K8N2M»)
installed by jdoe 2026-10-04

bot token:  «p:slack.bot»
user token: «p:slack.user»
signing secret: see 1Password
client id: «d:client-id=4412093821.7781203341220»
""")

# ---------------------------------------------------------------- scripts, curl, httpie
add("ops-runbooks/api-checks.sh", "curl-commands", """
#!/usr/bin/env bash
# quick checks that every integration still answers

curl -s https://api.github.com/user -H "Authorization: token «p:github.pat»" | jq .login
curl -s -u "«p:stripe.secret_short»:" https://api.stripe.com/v1/balance | jq .available
curl -s https://api.openai.com/v1/models -H "Authorization: Bearer «p:openai.project»" | jq '.data | length'
curl -s https://api.anthropic.com/v1/models -H "x-api-key: «p:anthropic.api»" -H "anthropic-version: 2023-06-01"
curl -s --user "api:«p:mailgun.key_new»" https://api.mailgun.net/v3/domains
curl -s https://api.linear.app/graphql -H "Authorization: «p:linear.key»" -H 'Content-Type: application/json' \\
  -d '{"query":"{ viewer { id name } }"}'
curl -s "https://api.notion.com/v1/users/me" -H "Authorization: Bearer «p:notion.token»" -H "Notion-Version: 2022-06-28"
curl -s https://api.figma.com/v1/me -H 'X-Figma-Token: «p:figma.token»'
curl -s https://api.airtable.com/v0/meta/whoami -H "Authorization: Bearer «p:airtable.pat»"
curl -s https://app.asana.com/api/1.0/users/me -H "Authorization: Bearer «p:asana.pat»"
curl -s https://api.clickup.com/api/v2/user -H "Authorization: «p:clickup.token»"
curl -s https://api.typeform.com/me -H "Authorization: Bearer «p:typeform.token»"
curl -s https://api.contentful.com/users/me -H "Authorization: Bearer «p:contentful.pat»"
curl -s https://api.buildkite.com/v2/access-token -H "Authorization: Bearer «p:buildkite.token»"
curl -s https://circleci.com/api/v2/me -H "Circle-Token: «p:circleci.pat»"
curl -s https://api.vercel.com/v2/user -H "Authorization: Bearer «p:vercel.token»"
curl -s https://console.neon.tech/api/v2/projects -H "Authorization: Bearer «p:neon.key»"
curl -s https://api.supabase.com/v1/projects -H "Authorization: Bearer «p:supabase.pat»"
curl -s https://api.planetscale.com/v1/organizations -H "Authorization: acme-ci:«p:planetscale.token»"
curl -s https://api.deno.com/v1/organizations/me -H "Authorization: Bearer «p:deno.token»"
curl -s "https://api.trello.com/1/members/me?key=«d:trello-app-key:md5»&token=«p:trello.token»"
""")

add("ops-runbooks/httpie-notes.md", "markdown-doc", """
# HTTPie snippets

```sh
http GET https://api.postman.com/me X-API-Key:«p:postman.key»
http POST https://api.pulumi.com/api/user Authorization:"token «p:pulumi.token»"
http https://api.resend.com/domains "Authorization: Bearer «p:resend.key»"
http https://api.brevo.com/v3/account api-key:«p:brevo.key»
http https://api.mailersend.com/v1/domains "Authorization: Bearer «p:mailersend.token»"
http https://sourcegraph.acme.example/.api/graphql "Authorization: token «p:sourcegraph.token»"
http https://api.prefect.cloud/api/me/ "Authorization: Bearer «p:prefect.key»"
```

For the docs we use the placeholder `«d:placeholder=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»`.
""")

add("ops-runbooks/databricks-jobs.py", "sdk-positional", """
from databricks.sdk import WorkspaceClient

w = WorkspaceClient(host="https://adb-«d:workspace-id=4418213977410662».2.azuredatabricks.net",
                    token="«p:databricks.token»")
for job in w.jobs.list():
    print(job.job_id, job.settings.name)
""")

add("ops-runbooks/incident-2026-10-14.md", "markdown-doc", """
# Incident 2026-10-14: deploys failing

Timeline (UTC):

* 09:12 deploy job fails with `401 Unauthorized` from the registry
* 09:20 found the CI token had expired; created a new one:
  `«p:gitlab.deploy»` (deploy token, read_registry)
* 09:31 runner re-registered with `gitlab-runner register --token «p:gitlab.runner»`
* 09:40 green again; commit «d:git-sha:sha1» reverted the workaround

Follow-ups: move both into the vault (owner: @platform).
""")

add("ops-runbooks/vault-bootstrap.sh", "shell-script", """
#!/usr/bin/env bash
export VAULT_ADDR=https://vault.acme.internal:8200
export VAULT_TOKEN=«p:vault.token»
vault kv put secret/shop/stripe key="«p:stripe.restricted»"
vault kv put secret/shop/age recipient=«d:age-public-key=age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p»
echo "«p:age.key»" > /tmp/age.key
""")

# ---------------------------------------------------------------- logs
add("shop-api/log/production.log", "log-lines", """
I, [2026-11-20T10:02:11.482133 #1]  INFO -- : [«d:request-id:uuid»] Started POST "/webhooks/stripe" for 54.187.174.169
I, [2026-11-20T10:02:11.485001 #1]  INFO -- : [«d:request-id:uuid»] Processing by WebhooksController#stripe as JSON
D, [2026-11-20T10:02:11.490120 #1] DEBUG -- : Stripe::Webhook.construct_event secret=«p:stripe.webhook»
W, [2026-11-20T10:02:12.001211 #1]  WARN -- : Faraday request GET https://api.sendgrid.com/v3/user/profile headers={"Authorization"=>"Bearer «p:sendgrid.key»"}
E, [2026-11-20T10:02:13.777301 #1] ERROR -- : Net::HTTPUnauthorized for https://«p:shopify.admin@url-userinfo»@acme-shop.myshopify.com/admin/api/2024-10/orders.json
I, [2026-11-20T10:02:14.000000 #1]  INFO -- : Completed 200 OK in 2518ms (etag «d:etag:etag»)
""")

add("ml-lab/logs/run-8812.log", "log-lines", """
[2026-11-21 14:00:03] INFO  loading config from /etc/agent/config.toml
[2026-11-21 14:00:03] DEBUG env: OPENAI_API_KEY=«p:openai.project» HF_HOME=/cache/hf
[2026-11-21 14:00:04] INFO  pulled model sha «d:model-hash:sha256»
[2026-11-21 14:00:05] DEBUG request headers {'Authorization': 'Bearer «p:groq.key»', 'User-Agent': 'groq-python/0.11.0'}
[2026-11-21 14:00:09] INFO  trace id «d:trace-id:hex24» span «d:span-id=b7ad6b7169203331»
[2026-11-21 14:00:12] WARN  rate limited, x-request-id «d:request-id:uuid»
""")

add("infra/logs/terraform-apply.log", "log-lines", """
2026-11-18T08:14:22.101Z [DEBUG] provider.terraform-provider-cloudflare: HTTP Request Sent: Authorization=[Bearer «p:cloudflare.api_token»]
2026-11-18T08:14:23.877Z [INFO]  apply complete; state serial 412, lineage «d:lineage:uuid»
2026-11-18T08:14:24.003Z [DEBUG] provider.terraform-provider-digitalocean: token «p:digitalocean.pat» (from DIGITALOCEAN_TOKEN)
""")

# ---------------------------------------------------------------- Postman collection
add("crm-sync/postman/Acme-APIs.postman_collection.json", "postman-collection", """
{
	"info": {
		"_postman_id": "«d:postman-id:uuid»",
		"name": "Acme APIs",
		"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
	},
	"item": [
		{
			"name": "Twilio - send SMS",
			"request": {
				"auth": {
					"type": "basic",
					"basic": [
						{"key": "username", "value": "«d:account-sid:twilio_sid»", "type": "string"},
						{"key": "password", "value": "«p:twilio.auth_token»", "type": "string"}
					]
				},
				"method": "POST",
				"url": "https://api.twilio.com/2010-04-01/Accounts/{{accountSid}}/Messages.json"
			}
		},
		{
			"name": "Okta - list users",
			"request": {
				"method": "GET",
				"header": [
					{"key": "Authorization", "value": "SSWS «p:okta.token»"},
					{"key": "Accept", "value": "application/json"}
				],
				"url": "https://acme.okta.com/api/v1/users?limit=25"
			}
		},
		{
			"name": "Dynatrace - problems",
			"request": {
				"method": "GET",
				"header": [{"key": "Authorization", "value": "Api-Token «p:dynatrace.token»"}],
				"url": "https://abc12345.live.dynatrace.com/api/v2/problems"
			}
		},
		{
			"name": "Square - locations",
			"request": {
				"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "«p:square.token»", "type": "string"}]},
				"method": "GET",
				"url": "https://connect.squareup.com/v2/locations"
			}
		}
	],
	"variable": [
		{"key": "accountSid", "value": "«d:account-sid:twilio_sid»"},
		{"key": "shopifyToken", "value": "«p:shopify.custom»"}
	]
}
""")

# ---------------------------------------------------------------- web frontends
add("storefront/next.config.js", "js-config", """
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    NEXT_PUBLIC_STRIPE_KEY: '«d:publishable-key:stripe_pk»',
    NEXT_PUBLIC_POSTHOG_KEY: '«d:publishable-key:posthog_pub»',
    NEXT_PUBLIC_GA_ID: '«d:analytics-id:ga»',
    CONTENTFUL_TOKEN: process.env.CONTENTFUL_TOKEN || '«p:contentful.pat@env-fallback»',
  },
  images: { domains: ['images.ctfassets.net'] },
};

module.exports = nextConfig;
""")

add("storefront/src/lib/config.ts", "js-config", """
export const config = {
  supabaseUrl: 'https://«d:project-ref=qwertyuiopasdfghjklz».supabase.co',
  supabaseAnonKey: '«d:public-jwt:jwt_pub»',
  supabaseServiceRole: process.env.SUPABASE_SERVICE_ROLE_KEY ?? '«p:supabase.service_role@env-fallback»',
  sanityProjectId: '«d:project-id=k7x2m9qa»',
  algoliaAppId: '«d:app-id=QW3ER7TY9U»',
  mapboxPublic: '«d:publishable-key:mapbox_pub»',
  shopifyStorefront: '«d:storefront-token:md5»',
};
""")

add("storefront/package-lock.json", "lockfile", """
{
  "name": "storefront",
  "version": "2.8.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/next": {
      "version": "14.2.15",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.15.tgz",
      "integrity": "«d:integrity:npm_integrity»"
    },
    "node_modules/react": {
      "version": "18.3.1",
      "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",
      "integrity": "«d:integrity:npm_integrity»"
    },
    "node_modules/stripe": {
      "version": "16.12.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.12.0.tgz",
      "integrity": "«d:integrity:npm_integrity»"
    },
    "node_modules/posthog-js": {
      "version": "1.176.0",
      "resolved": "https://registry.npmjs.org/posthog-js/-/posthog-js-1.176.0.tgz",
      "integrity": "«d:integrity:npm_integrity»"
    },
    "node_modules/@supabase/supabase-js": {
      "version": "2.45.4",
      "resolved": "https://registry.npmjs.org/@supabase/supabase-js/-/supabase-js-2.45.4.tgz",
      "integrity": "«d:integrity:npm_integrity»"
    },
    "node_modules/axios": {
      "version": "1.7.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
      "integrity": "«d:integrity:npm_integrity»"
    }
  }
}
""")

add("storefront/yarn.lock", "lockfile", """
# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


"@babel/code-frame@^7.0.0":
  version "7.24.7"
  resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.24.7.tgz#«d:tarball-sha1:sha1»"
  integrity «d:integrity:npm_integrity»

lodash@^4.17.21:
  version "4.17.21"
  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#«d:tarball-sha1:sha1»"
  integrity «d:integrity:npm_integrity»

uuid@^9.0.1:
  version "9.0.1"
  resolved "https://registry.yarnpkg.com/uuid/-/uuid-9.0.1.tgz#«d:tarball-sha1:sha1»"
  integrity «d:integrity:npm_integrity»
""")

add("storefront/public/logo.svg", "svg-image", """
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32" viewBox="0 0 120 32">
  <image width="32" height="32" href="data:image/png;base64,«d:image:pngb64»"/>
  <image x="40" width="32" height="32" href="data:image/png;base64,«d:image:pngb64»"/>
  <text x="80" y="22" font-family="sans-serif">acme</text>
</svg>
""")

# ---------------------------------------------------------------- PHP, Go, Rust
add("blog/.env", "dotenv", """
APP_NAME=AcmeBlog
APP_ENV=production
APP_KEY=«p:generic.app_key»
APP_DEBUG=false
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=blog
DB_USERNAME=blog
DB_PASSWORD=«p:generic.password»
MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_USERNAME=postmaster@mg.acme.example
MAIL_PASSWORD=«p:generic.password»
MAILGUN_SECRET=«p:mailgun.key»
PUSHER_APP_ID=«d:app-id:digits8»
PUSHER_APP_KEY=«d:public-app-key:hex24»
PUSHER_APP_SECRET=«d:placeholder=»
AWS_ACCESS_KEY_ID=«p:aws.akid»
AWS_SECRET_ACCESS_KEY=«p:aws.secret»
VITE_APP_NAME="${APP_NAME}"
""")

add("blog/wp-config.php", "php-define", """
<?php
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_blog' );
define( 'DB_PASSWORD', '«p:generic.password»' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         '«d:placeholder=put your unique phrase here»' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );

// WooCommerce REST client used by the sync plugin
define( 'WC_CONSUMER_KEY', '«d:consumer-key=ck_7f3a9b2c4d5e6f708192a3b4c5d6e7f809a1b2c3»' );
define( 'WC_CONSUMER_SECRET', '«p:woocommerce.secret»' );
define( 'GHOST_ADMIN_API_KEY', '«p:ghost.admin»' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("blog/src/Payments.php", "sdk-positional", """
<?php
namespace Acme\\Blog;

use Stripe\\StripeClient;
use Mollie\\Api\\MollieApiClient;

final class Payments
{
    public static function stripe(): StripeClient
    {
        return new StripeClient('«p:stripe.secret»');
    }

    public static function mollie(): MollieApiClient
    {
        $mollie = new MollieApiClient();
        $mollie->setApiKey("«p:mollie.key»");
        return $mollie;
    }

    public static function shippo(): void
    {
        \\Shippo::setApiKey(getenv('SHIPPO_TOKEN') ?: '«p:shippo.token@env-fallback»');
    }
}
""")

add("gateway/internal/config/config.go", "go-source", """
package config

import "os"

// Defaults for local runs; production reads the environment.
const (
	defaultRegion = "eu-west-1"
	buildID       = "«d:build-id:sha1»"
)

type Config struct {
	SentryDSN    string
	NewRelicKey  string
	PagerDuty    string
	LaunchDarkly string
	Snyk         string
}

func getenv(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}

func Load() Config {
	return Config{
		NewRelicKey:  getenv("NEW_RELIC_API_KEY", "«p:newrelic.user@env-fallback»"),
		LaunchDarkly: getenv("LD_SDK_KEY", "«p:launchdarkly.sdk@env-fallback»"),
		Snyk:         getenv("SNYK_TOKEN", "«p:snyk.token@env-fallback»"),
		PagerDuty:    getenv("PD_ROUTING_KEY", "«d:placeholder=R0UT1NGK3YPL4C3H0LD3R»"),
	}
}
""")

add("gateway/go.sum", "lockfile", """
github.com/aws/aws-sdk-go-v2 v1.32.2 h1:«d:module-hash=AkNLZEyYMLnx/Q/mSKkcMqwNFXMAvFto9bNsHqcTduI=»
github.com/aws/aws-sdk-go-v2 v1.32.2/go.mod h1:«d:module-hash=2SK5n0a2karNTv5tbP1SjsX0uhttou00dz5IHbrwyXAY=»
github.com/getsentry/sentry-go v0.29.1 h1:«d:module-hash=DyZuChN8Hz3ARxGVV8ePaNXh1dQ7d76AiB117xcREwA=»
github.com/go-chi/chi/v5 v5.1.0 h1:«d:module-hash=acVI1TYaD+hhedDJ3r54HyA6sExp3HfXq7QWEEY/xMw=»
github.com/stretchr/testify v1.9.0 h1:«d:module-hash=HtqpIVDClZ4BIkj+BWTe1+LUTUs1PJpZcRpI6DfOcYg=»
golang.org/x/crypto v0.28.0 h1:«d:module-hash=GBDwsMXVQi34v5CCYUm2jkJvu4cbtru2U4TN2PSyQnw=»
""")

add("gateway/src/main.rs", "rust-source", """
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

const JFROG_URL: &str = "https://acme.jfrog.io/artifactory/api/system/ping";
const CLOJARS_DEPLOY_TOKEN: &str = "«p:clojars.token»";

fn headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    let token = std::env::var("NUGET_API_KEY").unwrap_or_else(|_| "«p:nuget.key@env-fallback»".to_string());
    h.insert("X-NuGet-ApiKey", HeaderValue::from_str(&token).unwrap());
    h.insert(AUTHORIZATION, HeaderValue::from_static("Bearer «p:jfrog.token»"));
    h
}

fn main() {
    let client = reqwest::blocking::Client::new();
    let res = client.get(JFROG_URL).headers(headers()).send().unwrap();
    println!("{} {}", res.status(), CLOJARS_DEPLOY_TOKEN.len());
}
""")

# ---------------------------------------------------------------- encoded forms
add("ops-runbooks/basic-auth.http", "http-request", """
### Jenkins crumb, basic auth (user:api token)
GET https://jenkins.acme.example/crumbIssuer/api/json
Authorization: Basic «p:jenkins.token|basic=deploy»

### Atlassian API, basic auth (email:api token)
GET https://acme.atlassian.net/rest/api/3/myself
Authorization: Basic «p:atlassian.api|basic=ops@acme.example»

### placeholder request from the README
GET https://api.example.com/v1/items
Authorization: Basic «d:placeholder=dXNlcm5hbWU6cGFzc3dvcmQ=»
""")

add("infra/k8s/env-blob-secret.yaml", "k8s-secret-base64", """
apiVersion: v1
kind: Secret
metadata:
  name: legacy-env
type: Opaque
data:
  # the whole .env of the legacy worker, base64
  .env: «p:cerebras.key@base64-env-blob|b64env=CEREBRAS_API_KEY»
""")

add("ml-lab/config/agent.json", "json-escaped", """
{
  "name": "researcher",
  "tools": ["search", "crawl"],
  "secrets": "{\\"TAVILY_API_KEY\\": \\"«p:tavily.key»\\", \\"FIRECRAWL_API_KEY\\": \\"«p:firecrawl.key»\\"}",
  "callback": "https:\\/\\/hooks.slack.com\\/services\\/T0ACME123\\/B0ACME456\\/«d:placeholder=XXXXXXXXXXXXXXXXXXXXXXXX»",
  "webhook": "«p:slack.webhook|jsonslash»"
}
""")

add("storefront/src/lib/urls.ts", "url-encoded", """
// pre-built redirect for the partner portal (the token is percent-encoded by the partner)
export const PARTNER_SSO = 'https://partner.acme.example/sso?return=%2Fdashboard&token=«p:dynatrace.token|url»';
export const DOCS = 'https://docs.acme.example/search?q=%22api%20key%22&page=2';
export const MAP_STYLE = 'https://api.mapbox.com/styles/v1/acme/«d:style-id=clx9k2m7q00ab01qz3f8h4j2k»?access_token=«d:publishable-key:mapbox_pub»';
""")

add("blog/themes/acme/footer.html", "html-entities", """
<footer>
  <!-- analytics -->
  <script>window.POSTHOG_KEY = &quot;«d:publishable-key:posthog_pub»&quot;;</script>
  <div data-config="{&quot;apiKey&quot;:&quot;«p:brevo.key»&quot;,&quot;list&quot;:12}"></div>
</footer>
""")

# ---------------------------------------------------------------- test fixtures
add("shop-api/spec/fixtures/webhook_payloads.json", "test-fixture", """
{
  "stripe_event": {
    "id": "evt_«d:event-id=1Q2w3E4r5T6y7U8i9O0pAsDf»",
    "object": "event",
    "data": {"object": {"id": "ch_«d:charge-id=3PqR7sT9uV1wX3yZ5aB7cD9e»", "amount": 4200}},
    "livemode": true
  },
  "headers": {"Stripe-Signature": "t=1732600000,v1=«d:signature:sha256»"},
  "webhook_secret": "«p:stripe.webhook»"
}
""")

add("gateway/internal/auth/auth_test.go", "test-fixture", """
package auth

import "testing"

func TestParseBearer(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Bearer «p:github.app»", "github"},
		{"Bearer «d:placeholder=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»", ""},
		{"Bearer «d:sequential-filler=ghp_abcdefghijklmnopqrstuvwxyz0123456789»", ""},
		{"token «p:gitlab.pat»", "gitlab"},
		{"", ""},
	}
	for _, c := range cases {
		if got := provider(c.in); got != c.want {
			t.Errorf("provider(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
""")

add("crm-sync/tests/test_client.py", "test-fixture", """
import pytest
from crm.client import HubSpotClient

FAKE_TOKEN = "«d:placeholder=pat-na1-00000000-0000-0000-0000-000000000000»"
REAL_LOOKING = "«p:hubspot.pat»"  # staging, revoked? (check with @crm-ops)


@pytest.fixture
def client():
    return HubSpotClient(FAKE_TOKEN, portal_id=«d:account-id:digits8»)


def test_headers(client):
    assert client.headers()["Authorization"] == "Bearer " + FAKE_TOKEN


def test_hapikey_query():
    url = HubSpotClient.legacy_url("/contacts/v1/lists", hapikey="«p:hubspot.hapikey»")
    assert "hapikey=" in url
""")

# ---------------------------------------------------------------- decoy-dense files
add("infra/gcp/sa-deployer.json", "gcp-service-account", """
{
  "type": "service_account",
  "project_id": "acme-prod-381211",
  "private_key_id": "«d:key-id:sha1»",
  "private_key": "«p:google.sa_key|jsonnl»",
  "client_email": "deployer@acme-prod-381211.iam.gserviceaccount.com",
  "client_id": "«d:client-id=108273645510938271645»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/deployer%40acme-prod-381211.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""")

add("home-dotfiles/.ssh/authorized_keys", "public-keys", """
ssh-rsa «d:public-key:sshpub» jdoe@laptop
ssh-ed25519 «d:public-key:ed25519pub» ci@runner-01
ssh-ed25519 «d:public-key:ed25519pub» backup@nas
ssh-rsa «d:public-key:sshpub» deploy@bastion
""")

add("home-dotfiles/.ssh/known_hosts", "public-keys", """
github.com ssh-ed25519 «d:public-key:ed25519pub»
gitlab.com ssh-ed25519 «d:public-key:ed25519pub»
bastion.acme.example,10.40.0.5 ssh-rsa «d:public-key:sshpub»
|1|«d:hashed-host=F1E1KeoE/eEWhi10WpGv4OdiO6Y=»|«d:hashed-host=3988QV0VE8wmZL7suNrYQLITLCg=» ssh-ed25519 «d:public-key:ed25519pub»
""")

add("home-dotfiles/.ssh/id_ed25519", "private-key-file", """
«p:privatekey.openssh»
""")

add("infra/tls/server.key", "private-key-file", """
«p:privatekey.rsa»
""")

add("infra/tls/server.pub.pem", "public-keys", """
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA«d:public-key:cert»
«d:public-key:cert»
«d:public-key:cert»
«d:public-key:cert»
IDAQAB
-----END PUBLIC KEY-----
""")

add("gateway/internal/jwt/keys_test.go", "test-fixture", """
package jwt

// ES256 key generated for this test only
const testKey = `«p:privatekey.ec»`

// jwt.io's sample token, used to check the parser
const sample = "«d:docs-sample=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c»"
""")

add("shop-api/CHANGELOG.md", "changelog", """
# Changelog

## 1.42.0 (2026-11-19)
* Stripe API upgraded to 2024-06-20 («d:git-sha:sha1»)
* Fix rounding of VAT in invoices («d:git-sha:sha1»)
* Drop the legacy HubSpot hapikey integration («d:git-sha:sha1»)

## 1.41.2 (2026-10-30)
* Retry Shopify webhooks on 429 («d:git-sha:sha1»)
* Bump nokogiri to 1.16.7 («d:git-sha:sha1»)

## 1.41.0 (2026-10-02)
* Add Mapbox delivery map («d:git-sha:sha1», «d:git-sha:sha1»)
* Migrate uploads to Active Storage («d:git-sha:sha1»)
""")

add("shop-api/db/seeds/customers.csv", "csv-data", """
id,external_id,email,stripe_customer,created_at
1,«d:uuid-id:uuid»,ana@example.com,cus_«d:customer-id=QzR8vXk2LmN4pT»,2026-01-03
2,«d:uuid-id:uuid»,bo@example.com,cus_«d:customer-id=R9sYl3MnO5qU1v»,2026-01-04
3,«d:uuid-id:uuid»,chen@example.com,cus_«d:customer-id=S0tZm4NoP6rV2w»,2026-01-09
4,«d:uuid-id:uuid»,dara@example.com,cus_«d:customer-id=T1uAn5OpQ7sW3x»,2026-02-11
5,«d:uuid-id:uuid»,eli@example.com,cus_«d:customer-id=U2vBo6PqR8tX4y»,2026-02-20
6,«d:uuid-id:uuid»,fay@example.com,cus_«d:customer-id=V3wCp7QrS9uY5z»,2026-03-02
""")

add("infra/release/SHA256SUMS", "checksums", """
«d:checksum:sha256»  shop-api-1.42.0-linux-amd64.tar.gz
«d:checksum:sha256»  shop-api-1.42.0-linux-arm64.tar.gz
«d:checksum:sha256»  shop-api-1.42.0-darwin-arm64.tar.gz
«d:checksum:sha256»  shop-api-1.42.0-windows-amd64.zip
""")

add("infra/release/sbom.cdx.json", "sbom", """
{
  "bomFormat": "CycloneDX",
  "specVersion": "1.5",
  "serialNumber": "urn:uuid:«d:serial:uuid»",
  "components": [
    {"name": "openssl", "version": "3.0.15", "hashes": [{"alg": "SHA-256", "content": "«d:hash:sha256»"}]},
    {"name": "zlib", "version": "1.3.1", "hashes": [{"alg": "SHA-256", "content": "«d:hash:sha256»"}]},
    {"name": "libcurl", "version": "8.10.1", "hashes": [{"alg": "SHA-1", "content": "«d:hash:sha1»"}]},
    {"name": "pcre2", "version": "10.44", "hashes": [{"alg": "MD5", "content": "«d:hash:md5»"}]}
  ]
}
""")

add("infra/terraform/terraform.tfstate.backup", "tfstate", """
{
  "version": 4,
  "terraform_version": "1.9.8",
  "serial": 411,
  "lineage": "«d:lineage:uuid»",
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "ci",
      "instances": [
        {
          "attributes": {
            "id": "«p:aws.akid»",
            "secret": "«p:aws.secret»",
            "ses_smtp_password_v4": "«p:aws.ses_smtp»",
            "user": "ci-deployer",
            "status": "Active"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "aws_kms_key",
      "name": "main",
      "instances": [{"attributes": {"key_id": "«d:key-id:uuid»", "arn": "arn:aws:kms:eu-west-1:«d:aws-account:digits12»:key/«d:key-id:uuid»"}}]
    }
  ]
}
""")

add("docs/configuration.md", "markdown-doc", """
# Configuration reference

Every integration reads its credential from the environment. Values shown
here are placeholders; real ones live in the vault.

| variable | example | notes |
|---|---|---|
| `STRIPE_SECRET_KEY` | `«d:placeholder=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx»` | restricted keys (`rk_live_…`) work too |
| `STRIPE_PUBLISHABLE_KEY` | `«d:publishable-key:stripe_pk»` | public, safe in the browser |
| `GITHUB_TOKEN` | `«d:placeholder=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX»` | `repo` scope |
| `SLACK_BOT_TOKEN` | `«d:placeholder=xoxb-your-bot-token»` | |
| `SENDGRID_API_KEY` | `«d:placeholder=SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy»` | |
| `AWS_ACCESS_KEY_ID` | `«d:docs-sample=AKIAIOSFODNN7EXAMPLE»` | AWS's documentation key |
| `AWS_SECRET_ACCESS_KEY` | `«d:docs-sample=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»` | |
| `DIGITALOCEAN_TOKEN` | `«d:sequential-filler=dop_v1_1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef»` | |
| `OPENAI_API_KEY` | `«d:placeholder=sk-proj-...»` | project key |
| `HUBSPOT_ACCESS_TOKEN` | `«d:placeholder=${HUBSPOT_ACCESS_TOKEN}»` | private app token |
| `TWILIO_ACCOUNT_SID` | `«d:account-sid:twilio_sid»` | not secret |
| `GOOGLE_CLIENT_ID` | `«d:client-id:gclient»` | not secret |
| `SENTRY_DSN` | `https://«d:sentry-dsn-public-key:md5»@o0.ingest.sentry.io/0` | public DSN |
| `DATABASE_URL` | `postgres://user:«d:placeholder=password»@localhost:5432/app` | |
| `REDIS_URL` | `redis://:«d:placeholder=<redis-password>»@localhost:6379` | |

In CI, reference secrets instead of values:

```yaml
env:
  STRIPE_SECRET_KEY: «d:env-ref=${{ secrets.STRIPE_SECRET_KEY }}»
  NPM_TOKEN: «d:env-ref=${{ secrets.NPM_TOKEN }}»
  HUBSPOT_ACCESS_TOKEN: «d:env-ref=$HUBSPOT_ACCESS_TOKEN»
```
""")

add("docs/examples/client.py", "example-code", """
\"\"\"Example from our public docs: how to call the partner API.\"\"\"
import os
import requests

API_KEY = os.environ["ACME_API_KEY"]
# or, for a quick try:
# API_KEY = "«d:placeholder=your-api-key-here»"

session = requests.Session()
session.headers["Authorization"] = f"Bearer {API_KEY}"
session.headers["X-Request-Id"] = "«d:request-id:uuid»"
print(session.get("https://api.acme.example/v1/me").json())

GITHUB = os.getenv("GITHUB_TOKEN", "«d:placeholder=<github-token>»")
STRIPE = os.getenv("STRIPE_KEY", "«d:placeholder=sk_test_...»")
TOKEN = process_env = "«d:placeholder=********»"
""")

add("docs/examples/keys.env.sample", "dotenv", """
# copy to .env and fill in
GITLAB_TOKEN=«d:placeholder=glpat-xxxxxxxxxxxxxxxxxxxx»
NPM_TOKEN=«d:placeholder=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX»
SHOPIFY_ACCESS_TOKEN=«d:placeholder=shpat_00000000000000000000000000000000»
DATADOG_API_KEY=«d:placeholder=<DATADOG_API_KEY>»
LINEAR_API_KEY=«d:placeholder=lin_api_••••••••••••••••••••••••••••••••••••••••»
PULUMI_ACCESS_TOKEN=«d:placeholder=pul-...»
DOPPLER_TOKEN=«d:placeholder=dp.st.dev.XXXX»
HF_TOKEN=«d:placeholder=hf_...»
VAULT_TOKEN=«d:placeholder=hvs.XXXXXXXXXXXXXXXXXXXXXXXX»
AWS_SECRET_ACCESS_KEY=«d:placeholder=%AWS_SECRET_ACCESS_KEY%»
CLOUDFLARE_API_TOKEN=«d:placeholder=$(cat /run/secrets/cf_token)»
ANTHROPIC_API_KEY=«d:placeholder=sk-ant-REDACTED»
""")

add("storefront/src/analytics.js", "js-source", """
import posthog from 'posthog-js';

posthog.init('«d:publishable-key:posthog_pub»', { api_host: 'https://eu.i.posthog.com' });

export const SEGMENT_WRITE_KEY = process.env.SEGMENT_WRITE_KEY;
export const MIXPANEL_TOKEN = '«d:project-token:md5»';
export const AMPLITUDE_KEY = '«d:project-api-key:md5»';
export const GA_ID = '«d:analytics-id:ga»';
export const BUILD = '«d:git-sha:sha1»';
export const sessionId = () => '«d:ulid:ulid»';
""")

add("gateway/internal/ids/ids_test.go", "test-fixture", """
package ids

var fixtures = []string{
	"«d:uuid-id:uuid»",
	"«d:uuid-id:uuid»",
	"«d:uuid-id:uuid»",
	"«d:ulid:ulid»",
	"«d:ulid:ulid»",
	"«d:trace-id:hex24»",
	"«d:trace-id:hex24»",
	"«d:random-base64:b64_40»",
	"«d:random-alnum:alnum20»",
	"«d:aws-account:digits12»",
}
""")

add("crm-sync/docs/hubspot-ids.md", "markdown-doc", """
# HubSpot ids we use (none of these is a secret)

* portal: «d:account-id:digits8» (prod), «d:account-id:digits8» (sandbox)
* newsletter form: `«d:form-guid:uuid»`
* demo-request form: `«d:form-guid:uuid»`
* CTA: `«d:cta-guid:uuid»`
* app id: «d:app-id:digits8», OAuth client id `«d:client-id:uuid»`
* pipeline ids: «d:pipeline-id:digits8», «d:pipeline-id:digits8»
* example access token from HubSpot's docs: `«d:docs-sample=CJSP5qf1KhICAQEYs-gDIIGOBii1hQIyGQAf3xBKmlwHjX7OIpuIFEavB2-qYAGQsF4»`
""")

# ---------------------------------------------------------------- name and value apart
add("legacy-erp/conf/integrations.ini", "ini-sections", """
; integrations used by the nightly batch
[sendgrid]
key = «p:sendgrid.key»
from = noreply@acme.example

[azure]
account = acmeerp
key = «p:azure.storage»

[twilio]
sid = «d:account-sid:twilio_sid»
token = «p:twilio.auth_token»

[datadog]
api = «p:datadog.api»
site = datadoghq.eu

[placeholder-section]
token = «d:placeholder=<token>»
""")

add("legacy-erp/conf/erp.xml", "xml-elements", """
<?xml version="1.0"?>
<erp>
  <storage>
    <account_name>acmeerp</account_name>
    <account_key>«p:azure.storage»</account_key>
  </storage>
  <aws>
    <accessKey>«p:aws.akid»</accessKey>
    <secretKey>«p:aws.secret»</secretKey>
  </aws>
  <mailchimp apiKey="«p:mailchimp.key»" listId="«d:list-id=9c1e7a2b4f»"/>
  <checksum algorithm="sha256">«d:checksum:sha256»</checksum>
</erp>
""")

add("legacy-erp/conf/settings.yaml", "yaml-parent", """
providers:
  azure:
    key: «p:azure.storage»
    container: invoices
  cloudflare:
    token: «p:cloudflare.api_token»
    zone: «d:zone-id:md5»
  mailgun:
    key: «p:mailgun.key_new»
    domain: mg.acme.example
  github:
    token: «p:github.fine»
  pagerduty:
    service: «d:service-id=P1X2Y3Z»
""")

add("legacy-erp/bin/nightly.ps1", "cli-flags", """
# nightly export to blob storage
$ErrorActionPreference = 'Stop'
& AzCopy.exe /Source:C:\\exports /Dest:https://acmeerp.blob.core.windows.net/invoices /DestKey:«p:azure.storage» /S /Y
& "C:\\Program Files\\7-Zip\\7z.exe" a -p«p:generic.password» C:\\exports\\archive.7z C:\\exports\\*.csv
Invoke-RestMethod -Uri https://api.acme.example/v1/upload -Headers @{ 'X-Api-Key' = '«p:generic.token»' }
""")

add("legacy-erp/bin/deploy.sh", "cli-flags", """
#!/bin/bash
mysql -h db.acme.internal -u erp --password=«p:generic.password» erp < migrate.sql
sshpass -p '«p:generic.password»' scp build.tar.gz deploy@10.40.0.12:/srv/erp/
docker login registry.acme.example --username ci --password «p:generic.password»
helm upgrade erp ./chart --set secrets.sentryToken=«p:sentry.user» --set image.tag=«d:git-sha:sha1»
az storage blob upload --account-name acmeerp --account-key «p:azure.storage» -f build.tar.gz -c releases -n build.tar.gz
""")

add("legacy-erp/db/seed_integrations.sql", "sql", """
INSERT INTO integrations (id, provider, api_key, created_at) VALUES
  ('«d:uuid-id:uuid»', 'postmark', '«p:postmark.token»', now()),
  ('«d:uuid-id:uuid»', 'shippo', '«p:shippo.token»', now()),
  ('«d:uuid-id:uuid»', 'easypost', '«p:easypost.key»', now()),
  ('«d:uuid-id:uuid»', 'demo', '«d:placeholder=demo-key»', now());
UPDATE settings SET value = '«p:slack.webhook»' WHERE name = 'alert_webhook';
""")

add("legacy-erp/exports/api_keys_2026-09.csv", "csv-data", """
owner,service,key,last_used
finance,brevo,«p:brevo.key»,2026-09-12
growth,mailersend,«p:mailersend.token»,2026-09-30
growth,resend,«p:resend.key»,2026-09-28
eng,sonarqube,«p:sonarqube.token»,2026-09-02
eng,pulumi,«p:pulumi.token»,2026-08-17
""")

add("mobile/app/src/main/java/com/acme/mobile/Keys.kt", "kotlin-source", """
package com.acme.mobile

object Keys {
    const val MAPS_API_KEY = "«p:google.api»"
    const val SEGMENT_WRITE_KEY = "«d:write-key=Xk29LqzP0vN7mT4wRb8cY1dF»"
    const val ONESIGNAL_APP_ID = "«d:app-id:uuid»"
    val revenueCat = "«d:public-sdk-key=goog_kXqPzLmVnRtYbWcSdFgHjK»"
    internal val backendToken: String = "«p:supabase.service_role»"
}
""")

add("mobile/ios/Acme/Secrets.swift", "swift-source", """
import Foundation

enum Secrets {
    static let sentryAuthToken = "«p:sentry.org»"
    static let algoliaSearchKey = "«d:search-only-key:md5»"
    static let telegramBotToken = "«p:telegram.bot»"
    static let firebaseApiKey = "«p:google.api»"
}
""")

add("legacy-erp/conf/app.properties", "spring-properties", """
# mail
mail.smtp.host=smtp.postmarkapp.com
mail.smtp.user=«p:postmark.token#pm»
mail.smtp.password=«p:postmark.token#pm»
# object storage
storage.s3.access-key=«p:aws.akid»
storage.s3.secret-key=«p:aws.secret»
storage.s3.endpoint=https://s3.eu-west-1.amazonaws.com
# feature flags
launchdarkly.api.token=«p:launchdarkly.api»
launchdarkly.client-side-id=«d:client-side-id:hex24»
""")

add("legacy-erp/src/Env.cs", "env-fallback", """
public static class Env
{
    static string GetEnvOrDefault(string name, string fallback) =>
        System.Environment.GetEnvironmentVariable(name) ?? fallback;

    public static readonly string ApiToken = GetEnvOrDefault("api_token", "«p:generic.token»");
    public static readonly string OpsgenieKey = GetEnvOrDefault("OPSGENIE_API_KEY", "«p:snyk.token@env-fallback»");
    public static readonly string PublicUrl = GetEnvOrDefault("PUBLIC_URL", "https://erp.acme.example");
}
""")

add("legacy-erp/src/nested.json", "json-in-json", """
{
  "job": "export",
  "payload": "{\\"target\\":\\"s3\\",\\"credentials\\":\\"{\\\\\\"aws_access_key_id\\\\\\":\\\\\\"«p:aws.akid»\\\\\\",\\\\\\"aws_secret_access_key\\\\\\":\\\\\\"«p:aws.secret»\\\\\\"}\\"}"
}
""")

add("legacy-erp/k8s/nested-secret.yaml", "k8s-secret-base64", """
apiVersion: v1
kind: Secret
metadata:
  name: erp-config
type: Opaque
data:
  config.json: «p:groq.key@base64-nested|b64b64»
""")

add("legacy-erp/README.md", "markdown-doc", """
# legacy-erp

Runs on the old VM. The Tailscale key for re-joining the tailnet after a
reboot is `«p:tailscale.api»` (api key, expires 2027-01).

Sequential test values used in the parser tests (not keys):
`«d:sequential-filler=sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRST»`,
`«d:sequential-filler=AIzaSyabcdefghijklmnopqrstuvwxyz0123456»`,
`«d:sequential-filler=xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx»`.

Stripe's documentation key: `«d:docs-sample=sk_test_4eC39HqLyjWDarjtT1zdp7dc»`.
""")

# ---------------------------------------------------------------- round 2: more shapes
add("crm-sync/insomnia/Insomnia_2026-11-02.json", "insomnia-export", """
{
  "_type": "export",
  "__export_format": 4,
  "__export_source": "insomnia.desktop.app:v10.1.1",
  "resources": [
    {
      "_id": "env_«d:insomnia-id:hex24»",
      "_type": "environment",
      "name": "HubSpot prod",
      "data": {
        "base_url": "https://api.hubapi.com",
        "hubspot_token": "«p:hubspot.pat»",
        "hapikey": "«p:hubspot.hapikey»",
        "portal_id": "«d:account-id:digits8»"
      }
    },
    {
      "_id": "req_«d:insomnia-id:hex24»",
      "_type": "request",
      "name": "Get contacts",
      "method": "GET",
      "url": "{{ _.base_url }}/crm/v3/objects/contacts",
      "authentication": {"type": "bearer", "token": "{{ _.hubspot_token }}"}
    }
  ]
}
""")

add("crm-sync/cms/serverless.json", "json-nested", """
{
  "runtime": "nodejs18.x",
  "version": "1.0",
  "secrets": ["HUBSPOT_PRIVATE_APP_TOKEN"],
  "endpoints": {
    "contact-lookup": {"method": "GET", "file": "lookup.js"}
  },
  "environment": {
    "PORTAL": "«d:account-id:digits8»",
    "TOKEN_FALLBACK": "«p:hubspot.pat»"
  }
}
""")

add("crm-sync/scripts/setup-secrets.sh", "shell-script", """
#!/bin/sh
# one-time: store the private app token as a serverless secret
hs secrets add HUBSPOT_PRIVATE_APP_TOKEN «p:hubspot.pat»
hs auth --account=acme-qa --personal-access-key «p:hubspot.pak»
hs accounts use acme-prod
# developer settings for the public app
curl -s "https://api.hubapi.com/webhooks/v1/«d:app-id:digits8»/settings?hapikey=«p:hubspot.devkey»" | jq .
""")

add("crm-sync/config/hubspot.qa.config.yml", "hubspot-cli-config", """
defaultPortal: qa-sandbox
portals:
  - name: qa-sandbox
    portalId: «d:account-id:digits8»
    env: qa
    authType: personalaccesskey
    personalAccessKey: «p:hubspot.pak»
  - name: qa-oauth
    portalId: «d:account-id:digits8»
    env: qa
    authType: oauth2
    auth:
      clientId: «d:client-id:uuid»
      clientSecret: «p:hubspot.client_secret»
      tokenInfo:
        refreshToken: «p:hubspot.refresh»
        accessToken: >-
          «p:hubspot.access»
        expiresAt: '2026-11-29T10:00:00.000Z'
""")

add("crm-sync/src/hubspot/index.ts", "env-fallback", """
import { Client } from '@hubspot/api-client';

const accessToken = process.env.HUBSPOT_ACCESS_TOKEN || '«p:hubspot.pat»';
const developerApiKey = process.env.HUBSPOT_DEVELOPER_API_KEY ?? '«p:hubspot.devkey»';

export const hubspot = new Client({ accessToken });
export const devClient = new Client({ developerApiKey });
export const FORM_ID = '«d:form-guid:uuid»';
""")

add("storefront/dist/assets/index-4f9c2a.js", "js-bundle-escaped", """
(()=>{"use strict";var e={apiBase:"https://api.acme.example",hs:"«p:hubspot.pat|jsunicode»",pk:"«d:publishable-key:stripe_pk»",build:"«d:git-sha:sha1»"};function t(n){return fetch(e.apiBase+n,{headers:{Authorization:"Bearer "+e.hs}})}window.__acme={get:t}})();
""")

add("portal/src/Startup.cs", "sdk-positional", """
using Microsoft.Extensions.DependencyInjection;

public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        var context = new Dictionary<string, string>();
        context.Add("AccountName", "acmeportal");
        context.Add("AccountKey", "«p:azure.storage»");
        context.Add("SasToken", "«d:placeholder=<generated at runtime>»");
        services.AddSingleton(context);
        services.AddHttpClient("github", c => c.DefaultRequestHeaders.Add("Authorization", "token «p:github.oauth»"));
    }
}
""")

add("infra/terraform/locals.tf", "terraform", """
locals {
  common_tags = {
    team  = "platform"
    owner = "ops@acme.example"
  }
  integrations = {
    pagerduty_token = "«p:pagerduty.routing_key»"
    opsgenie_key    = "«d:placeholder=${var.opsgenie_key}»"
    slack_webhook   = "«p:slack.webhook»"
  }
}
""")

add("infra/terraform/prod.auto.tfvars.json", "terraform", """
{
  "cloudflare_api_token": "«p:cloudflare.api_token»",
  "hcloud_token": "«d:placeholder=REPLACE_WITH_HCLOUD_TOKEN»",
  "upstash_redis_url": "rediss://default:«p:url.password»@eu1-stable-mongoose-31337.upstash.io:6379",
  "region": "eu-central-1"
}
""")

add("infra/k8s/configmap.yaml", "k8s-configmap", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: worker-config
data:
  LOG_LEVEL: info
  QUEUE_URL: amqps://worker:«p:url.password»@rabbit.acme.internal:5671/prod
  SMTP_URL: smtp://postmaster%40mg.acme.example:«p:url.password»@smtp.mailgun.org:587
  DATABASE_JDBC: jdbc:postgresql://db.acme.internal:5432/worker?user=worker&password=«p:url.password»
  FEATURE_FLAGS_SDK_KEY: «p:launchdarkly.sdk»
""")

add("infra/ansible/inventory.ini", "ini-sections", """
[web]
web01.acme.internal ansible_user=deploy ansible_password=«p:generic.password»
web02.acme.internal ansible_user=deploy ansible_ssh_pass=«p:generic.password»

[db]
db01.acme.internal ansible_become_pass=«d:env-ref={{ vault_become_pass }}»

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""")

add("infra/.github/workflows/images.yml", "ci-config", """
name: images
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: acmebuild
          password: «p:docker.pat»
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: actions/checkout@v4
        with:
          repository: acme/private-charts
          token: «p:github.pat»
          path: charts
      - run: docker build -t acmebuild/api:${{ github.sha }} .
""")

add("home-dotfiles/.s3cfg", "ini-sections", """
[default]
access_key = «p:aws.akid»
secret_key = «p:aws.secret»
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
gpg_passphrase = «d:placeholder=»
""")

add("home-dotfiles/.config/rclone/rclone.conf", "ini-sections", """
[b2]
type = b2
account = «d:key-id=0054d1c7b8e5f2a0000000003»
key = «p:backblaze.app_key»

[spaces]
type = s3
provider = DigitalOcean
access_key_id = «d:spaces-key-id=DO00QWERTY7UIOP2ASDFG»
secret_access_key = «p:aws.secret@spaces-secret»
endpoint = ams3.digitaloceanspaces.com
""")

add("home-dotfiles/.config/wrangler/config/default.toml", "toml", """
oauth_token = "«p:cloudflare.api_token»"
expiration_time = "2026-11-29T12:14:03.133Z"
refresh_token = "«p:generic.token»"
scopes = ["account:read", "user:read", "workers:write"]
""")

add("serverless-app/serverless.yml", "serverless-yaml", """
service: acme-webhooks
provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    STAGE: ${sls:stage}
    STRIPE_WEBHOOK_SECRET: «p:stripe.webhook»
    SLACK_TOKEN: ${ssm:/acme/slack/token}
    AIRTABLE_TOKEN: «p:airtable.pat»
functions:
  stripe:
    handler: handler.stripe
    events:
      - httpApi: 'POST /stripe'
""")

add("serverless-app/app.json", "json-nested", """
{
  "name": "acme-webhooks",
  "env": {
    "HEROKU_API_KEY": {"description": "for the release phase", "value": "«p:heroku.key»"},
    "NOTION_TOKEN": {"description": "Notion integration", "value": "«p:notion.secret»"},
    "SECRET_TOKEN": {"description": "A secret key", "generator": "secret"}
  },
  "buildpacks": [{"url": "heroku/python"}]
}
""")

add("serverless-app/.vscode/launch.json", "json-nested", """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "webhooks (local)",
      "type": "debugpy",
      "request": "launch",
      "program": "${workspaceFolder}/handler.py",
      "env": {
        "STRIPE_API_KEY": "«p:stripe.restricted»",
        "TWILIO_ACCOUNT_SID": "«d:account-sid:twilio_sid»",
        "TWILIO_AUTH_TOKEN": "«p:twilio.auth_token»",
        "SENTRY_DSN": "${env:SENTRY_DSN}"
      }
    }
  ]
}
""")

add("serverless-app/datadog.yaml", "yaml-flat", """
## datadog agent config (copied from /etc/datadog-agent)
api_key: «p:datadog.api»
site: datadoghq.eu
hostname: webhooks-01
logs_enabled: true
apm_config:
  enabled: true
""")

add("serverless-app/sentry.properties", "spring-properties", """
defaults.url=https://sentry.io/
defaults.org=acme
defaults.project=webhooks
auth.token=«p:sentry.user»
""")

add("serverless-app/scripts/seed.ps1", "cli-flags", """
$secure = ConvertTo-SecureString "«p:generic.password»" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("svc-seed", $secure)
Invoke-Sqlcmd -ServerInstance sql01 -Credential $cred -InputFile seed.sql
Connect-AzAccount -ServicePrincipal -Tenant «d:tenant-id:uuid» -Credential (New-Object PSCredential("«d:client-id:uuid»", (ConvertTo-SecureString "«p:azure.client_secret»" -AsPlainText -Force)))
""")

add("serverless-app/handler_test.py", "test-fixture", """
import os
from unittest import mock

import handler

ENV = {
    "STRIPE_WEBHOOK_SECRET": "«d:placeholder=whsec_test_secret»",
    "AIRTABLE_TOKEN": "«d:placeholder=patXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX»",
    "SLACK_TOKEN": "«d:placeholder=xoxb-test»",
}


@mock.patch.dict(os.environ, ENV)
def test_signature_rejected():
    assert handler.stripe({"headers": {"Stripe-Signature": "t=1,v1=«d:signature:sha256»"}, "body": "{}"}, None)["statusCode"] == 400


def test_masked_keys_are_not_logged(caplog):
    handler.log_config({"stripe": "«d:masked=sk_live_****************************4242»", "airtable": "«d:masked=[REDACTED]»"})
    assert "sk_live_" in caplog.text
""")

add("serverless-app/curl-examples.sh", "curl-commands", """
# form-encoded credentials
curl -s https://api.mailgun.net/v3/mg.acme.example/messages \\
  --user 'api:«p:mailgun.key»' \\
  -F from='ops@acme.example' -F to='oncall@acme.example' -F subject='ping' -F text='pong'
curl -s https://api.todoist.com/rest/v2/projects --data-urlencode "token=«d:placeholder=$TODOIST_TOKEN»"
curl -s -X POST https://api.pushover.net/1/messages.json -d "token=«d:placeholder=azGDORePK8gMaC0QOYAMyEEuzJnyUi»" -d "user=$PUSHOVER_USER" -d "message=deploy ok"
curl -s "https://www.virustotal.com/api/v3/files/«d:file-hash:sha256»" -H "x-apikey: $VT_API_KEY"
curl -s https://api.openai.com/v1/files -H "Authorization: Bearer «p:openai.svcacct»" -F purpose=batch -F file=@batch.jsonl
""")

# ---------------------------------------------------------------- round 3: high-entropy values that are not secrets
add("shop-api/db/seeds/users.yml", "yaml-flat", """
# seed users for the staging database (passwords are bcrypt hashes)
- email: admin@acme.example
  password_digest: "«d:password-hash:bcrypt»"
  api_key_id: «d:key-id:uuid»
- email: support@acme.example
  password_digest: "«d:password-hash:bcrypt»"
  api_key_id: «d:key-id:uuid»
- email: robot@acme.example
  encrypted_password: "«d:password-hash:argon2»"
  otp_secret_hint: none
""")

add("shop-api/spec/fixtures/saved_checkout.html", "html", """
<form action="/checkout" method="post">
  <input type="hidden" name="authenticity_token" value="«d:csrf-token:csrf»" autocomplete="off">
  <input type="hidden" name="idempotency_key" value="«d:idempotency-key:uuid»">
  <input type="hidden" name="nonce" value="«d:nonce:nonce»">
  <meta name="csrf-token" content="«d:csrf-token:csrf»">
  <button type="submit">Pay</button>
</form>
""")

add("storefront/src/styles/fonts.css", "css-data-uri", """
@font-face {
  font-family: "Acme Sans";
  src: url(data:font/woff2;base64,«d:font:woff») format("woff2");
  font-weight: 400;
}
.logo { background-image: url("data:image/png;base64,«d:image:pngb64»"); }
""")

add("ml-lab/data/model.bin.lfs", "git-lfs-pointer", """
version https://git-lfs.github.com/spec/v1
oid «d:lfs-oid:lfs_oid»
size 438012934
""")

add("infra/k8s/live-deployment.yaml", "k8s-manifest", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-api
  namespace: shop
  uid: «d:k8s-uid:k8s_uid»
  resourceVersion: "88213377"
  annotations:
    deployment.kubernetes.io/revision: "41"
    checksum/secret: «d:checksum:sha256»
    checksum/config: «d:checksum:sha256»
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/shop-api@sha256:«d:image-digest:sha256»
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: shop-api-env
                  key: STRIPE_SECRET_KEY
            - name: SESSION_SECRET_KEY_ID
              value: «d:key-id:uuid»
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: policy
webhooks:
  - name: policy.acme.example
    clientConfig:
      caBundle: «d:ca-bundle:b64_blob»
""")

add("gateway/testdata/vectors.json", "test-vectors", """
{
  "hmac_sha256": [
    {"key": "«d:test-vector-key:hex40»", "message": "«d:test-vector-msg:b64_blob»", "mac": "«d:test-vector-mac:sha256»"},
    {"key": "«d:test-vector-key:hex40»", "message": "", "mac": "«d:test-vector-mac:sha256»"}
  ],
  "aes_gcm": [
    {"key_id": "«d:key-id:uuid»", "iv": "«d:iv:nonce»", "tag": "«d:tag:md5»", "ciphertext": "«d:ciphertext:b64_blob»"}
  ]
}
""")

add("gateway/internal/cache/keys.go", "go-source", """
package cache

// Cache keys are content hashes, not credentials.
const (
	sessionPrefix = "sess:"
	schemaVersionKey = "«d:cache-key:hex40»"
)

var defaultTokenType = "bearer"
var tokenEndpoint = "https://auth.acme.example/oauth/token"
var publicSigningKeyID = "«d:key-id:alnum32»"
""")

add("docs/api/authentication.md", "markdown-doc", """
# Authenticating to the Acme API

Send your key in the `Authorization` header:

```http
GET /v1/orders HTTP/1.1
Host: api.acme.example
Authorization: Bearer «d:placeholder=ak_live_xxxxxxxxxxxxxxxxxxxxxxxx»
```

Keys look like `ak_live_` followed by 24 characters. A revoked key answers
401 with a body such as:

```json
{"error": "invalid_api_key", "request_id": "«d:request-id:uuid»", "key_id": "«d:key-id:hex24»"}
```

Example webhook signature header (HMAC, not a key):
`Acme-Signature: t=1732600000,v1=«d:signature:sha256»`

The example key used across these docs is `«d:docs-sample=123e4567-e89b-12d3-a456-426614174000»`.
""")

add("storefront/src/lib/analytics.min.js", "js-bundle", """
!function(){var e="«d:bundle-hash:sha256»",t={writeKey:"«d:write-key=XkP29qLzN0vB7mT4wRc8yD1f»",host:"https://cdn.segment.com",sri:"«d:integrity:sha384b64»"};window.analytics=window.analytics||[];window.analytics.load=function(n){var a=document.createElement("script");a.src=t.host+"/analytics.js/v1/"+n+"/analytics.min.js";a.integrity=t.sri;document.head.appendChild(a)};window.analytics.load(t.writeKey);window.__b=e}();
""")

# ---------------------------------------------------------------- round 4: UTF-16 and archives
add("legacy-erp/bin/register-agent.ps1", "utf16-powershell", """
# written by the vendor's installer (UTF-16)
$env:DD_API_KEY = "«p:datadog.api»"
$env:BUILDKITE_AGENT_TOKEN = "«d:placeholder=<agent token>»"
& .\\agent.exe --api-key «p:newrelic.user» --site eu
""", encoding="utf-16")

add("legacy-erp/conf/erp-settings.reg", "utf16-registry", """
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\ERP]
"InstallDir"="C:\\Program Files\\Acme ERP"
"SendGridApiKey"="«p:sendgrid.key»"
"LicenseId"="«d:uuid-id:uuid»"
""", encoding="utf-16")

add_tar_gz("infra/backups/config-2026-10-31.tar.gz", [
    ("etc/shop/.env", "archive-member", """
RAILS_ENV=production
SECRET_KEY_BASE=«p:generic.rails_secret_key_base»
STRIPE_SECRET_KEY=«p:stripe.secret»
GITHUB_TOKEN=«p:github.pat»
"""),
    ("etc/shop/database.yml", "archive-member", """
production:
  adapter: postgresql
  url: postgres://shop:«p:url.password»@10.40.0.21:5432/shop
  pool: 10
"""),
])

# ---------------------------------------------------------------- round 5: Azure, Google, social and SaaS credentials
add("portal/appsettings.Production.json", "appsettings-json", """
{
  "ServiceBus": {
    "ConnectionString": "Endpoint=sb://acme-portal.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«p:azure.sas_key»"
  },
  "Cosmos": {
    "ConnectionString": "AccountEndpoint=https://acme-portal.documents.azure.com:443/;AccountKey=«p:azure.storage»;"
  },
  "EventHub": "Endpoint=sb://acme-events.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=«p:azure.sas_key»;EntityPath=orders",
  "AzureOpenAI": {
    "Endpoint": "https://acme-portal.openai.azure.com/",
    "ApiKey": "«p:azure.openai»",
    "Deployment": "gpt-4o-mini"
  },
  "Exports": {
    "ContainerUrl": "https://acmeportal.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=«p:azure.sas_sig|url»"
  }
}
""")

add("portal/scripts/clone-all.sh", "git-url-credentials", """
#!/bin/bash
# mirror the Azure DevOps repos to the backup host
for repo in portal billing erp; do
  git clone --mirror "https://acme:«p:azure.devops_pat»@dev.azure.com/acme/platform/_git/${repo}"
done
az devops login --organization https://dev.azure.com/acme <<< "«p:azure.devops_pat»"
""")

add("home-dotfiles/.config/gcloud/application_default_credentials.json", "gcp-adc", """
{
  "account": "",
  "client_id": "«d:vendor-public-client-id=764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com»",
  "client_secret": "«d:vendor-public-client-secret=d-FL95Q19q7MQmFpd7hHD0Ty»",
  "quota_project_id": "acme-prod-381211",
  "refresh_token": "«p:google.refresh_token»",
  "type": "authorized_user",
  "universe_domain": "googleapis.com"
}
""")

add("mobile/server/push.js", "sdk-positional", """
const gcm = require('node-gcm');
// legacy FCM server key (migration to HTTP v1 pending)
const sender = new gcm.Sender('«p:google.fcm_server_key»');

const FB_APP_ID = '«d:app-id=1093847562019384»';
const FB_APP_SECRET = '«p:facebook.app_secret»';
const PAGE_TOKEN = '«p:facebook.access_token»';
const TWITTER_BEARER = '«p:twitter.bearer»';

module.exports = { sender, FB_APP_ID, FB_APP_SECRET, PAGE_TOKEN, TWITTER_BEARER };
""")

add("storefront/.env.local", "dotenv", """
NEXT_PUBLIC_ALGOLIA_APP_ID=«d:app-id=QW3ER7TY9U»
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=«d:search-only-key:md5»
ALGOLIA_ADMIN_KEY=«p:algolia.admin_key»
AUTH0_DOMAIN=acme.eu.auth0.com
AUTH0_CLIENT_ID=«d:client-id:alnum32»
AUTH0_CLIENT_SECRET=«p:auth0.client_secret»
AUTH0_SECRET=«p:generic.token»
PUSHER_APP_ID=«d:app-id:digits8»
NEXT_PUBLIC_PUSHER_KEY=«d:public-app-key:hex24»
PUSHER_SECRET=«p:pusher.secret»
""")

add("support-tools/zendesk_export.py", "sdk-positional", """
from zenpy import Zenpy
import requests

creds = {
    "email": "support-bot@acme.example",
    "token": "«p:zendesk.token»",
    "subdomain": "acme",
}
zenpy_client = Zenpy(**creds)

INTERCOM = requests.Session()
INTERCOM.headers.update({"Authorization": "Bearer «p:intercom.token»", "Intercom-Version": "2.11"})

ZOOM_ACCOUNT_ID = "«d:account-id=xK2pQ9LmZ4wNvT7rB3yC1d»"
ZOOM_CLIENT_ID = "«d:client-id=Vq8RkT2mWz5xLp9NcB4yHg»"
ZOOM_CLIENT_SECRET = "«p:zoom.client_secret»"
""")

add("support-tools/sfdx-auth.txt", "plain-text", """
# sfdx force:org:display --verbose (prod, copied for the migration script)
Access Token     «p:salesforce.access_token»
Client Id        PlatformCLI
Connected Status Connected
Id               «d:org-id=00D5g000004ZXQpEAO»
Instance Url     https://acme.my.salesforce.com
Username         integration@acme.example
""")

add("data-platform/profiles.yml", "dbt-profiles", """
acme:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: acme-eu1
      user: DBT_PROD
      password: «p:snowflake.password»
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: marts
      threads: 8
""")

add("data-platform/kafka/client.properties", "spring-properties", """
bootstrap.servers=pkc-4nym6.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«d:api-key-id:confluent_key»" password="«p:confluent.secret»";
schema.registry.url=https://psrc-8kz20.eu-central-1.aws.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=«d:api-key-id:confluent_key»:«p:confluent.secret»
""")

add("data-platform/logstash/pipeline.conf", "logstash-config", """
output {
  elasticsearch {
    cloud_id => "«d:cloud-id:elastic_cloud_id»"
    api_key => "«p:elastic.api_key»"
    index => "orders-%{+YYYY.MM.dd}"
  }
  http {
    url => "https://splunk.acme.example:8088/services/collector/event"
    http_method => "post"
    headers => { "Authorization" => "Splunk «p:splunk.hec»" }
  }
}
""")

add("data-platform/atlas/main.tf", "terraform", """
provider "mongodbatlas" {
  public_key  = "«d:api-key-id:atlas_public»"
  private_key = "«p:mongodb.atlas_private_key»"
}

resource "mongodbatlas_cluster" "orders" {
  project_id = "«d:project-id:hex24»"
  name       = "orders"
  provider_name               = "AWS"
  provider_region_name        = "EU_WEST_1"
  provider_instance_size_name = "M10"
}
""")

# ---------------------------------------------------------------- round 6: encoded keys and values no provider issues
add("infra/k8s/tls-secret.yaml", "k8s-secret-base64", """
apiVersion: v1
kind: Secret
metadata:
  name: shop-tls
  namespace: shop
type: kubernetes.io/tls
data:
  tls.crt: «d:certificate:b64_blob»
  tls.key: «p:privatekey.rsa|b64»
""")

add("infra/.gitlab-ci/gcp-deploy.yml", "ci-config", """
deploy-gcp:
  stage: deploy
  image: google/cloud-sdk:slim
  variables:
    # base64 of the deployer's service-account JSON
    GOOGLE_CREDENTIALS_B64: «p:google.sa_key@base64-json-blob|b64sajson»
  script:
    - echo "$GOOGLE_CREDENTIALS_B64" | base64 -d > /tmp/sa.json
    - gcloud auth activate-service-account --key-file /tmp/sa.json
    - gcloud run deploy shop-api --image eu.gcr.io/acme-ci-220913/shop-api:$CI_COMMIT_SHA
""")

add("ops-runbooks/ci-output.log", "log-lines", """
2026-11-20T09:12:03Z Run actions/checkout@v4
2026-11-20T09:12:04Z   token: ***
2026-11-20T09:12:09Z Using GITHUB_TOKEN «d:masked=ghp_************************************»
2026-11-20T09:12:10Z Stripe key in use: «d:masked=sk_live_...4242»
2026-11-20T09:12:11Z npm notice Using token «d:masked=npm_****************************x7Qa»
2026-11-20T09:12:15Z aws sts get-caller-identity: {"UserId": "«d:user-id=AIDAJQABLZS4A3QDU576Q»", "Account": "«d:aws-account:digits12»"}
2026-11-20T09:12:20Z warning: token ghp_Xk2… truncated in message (first 6 characters only)
""")

add("gateway/internal/aws/parse_test.go", "test-fixture", """
package aws

import "testing"

// Key ids with 0, 1, 8 or 9 are not base32, so AWS never issues them:
// the parser must reject them.
var invalidIDs = []string{
	"«d:format-never-issued:akid_not_base32»",
	"«d:format-never-issued:akid_not_base32»",
	"«d:wrong-length:ghp_short»",
}

func TestRejectsInvalid(t *testing.T) {
	for _, id := range invalidIDs {
		if valid(id) {
			t.Errorf("%s accepted", id)
		}
	}
}
""")
