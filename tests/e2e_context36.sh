#!/usr/bin/env bash
# End-to-end tests of wave 36's records (context36): a credential whose own
# name is weak (`value`, `key`, `AUTH`) or a bare element, in a record that
# another field of names the provider or calls a credential. An SQL row of a
# table or columns of providers (mysqldump's `integrations`, `(provider,
# region, cfg)`), its elements after the provider's name for that provider's
# own rules; T-SQL's `@name = N'pinata', @secret = N'…'`; a KDL node of a
# `client "pagerduty"`; an indexed .properties item's `value` (which of the
# provider's credentials its formats decide, a `…-secret-example` beside or
# not); a Makefile target named for the provider and its target-specific
# variable; a Spring bean whose `service` property or id names the provider,
# its `key` property; a list named for keys of one-line `{ name = …, value =
# … }` records; an INI section named for a service whose keys are an API
# client's (url, user) and a `key`. Hard negatives: regions, ids, masks,
# references, hex digests, UUIDs under no provider, public tokens, rows of
# user tables, i18n and cache sections, lists of tags, another item's value.
# Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- SQL rows keyed by a provider ------------------------------------------
mk dumps/settings.sql "-- MySQL dump 10.13
DROP TABLE IF EXISTS \`integrations\`;
INSERT INTO \`integrations\` VALUES (1,'postmark','24daa5df-8f92-45b4-8eec-198c9f85bef3'),(2,'billing','eu-west-1');
INSERT INTO connectors (provider, region, cfg) VALUES ('gcore', 'eu', '57805\$08341d1b81233ae568c11de84b14bd537726a0daebdbd42d70ea17ccd79c44f2531815eb2ae693e843f088a3494fce7874b04035a47c024ad58892a848c6db70');
"
found dumps/settings.sql 3 postmark-api-token 24daa5df-8f92-45b4-8eec-198c9f85bef3
found dumps/settings.sql 4 gcore-api-token '57805$08341d1b81233ae568c11de84b14bd537726a0daebdbd42d70ea17ccd79c44f2531815eb2ae693e843f088a3494fce7874b04035a47c024ad58892a848c6db70'

# (a users' table names no provider's records; a region, a mask, a
# setting's id under its own name)
mk dumps/users.sql "INSERT INTO \`users\` VALUES (1,'postmark','297e4818-591f-4fc7-a4e6-e58b2dbdd731');
INSERT INTO integrations (provider, region) VALUES ('postmark', 'eu-west-1');
INSERT INTO integrations (provider, token) VALUES ('postmark', '297e************d731');
INSERT INTO settings (name, value) VALUES ('postmark_message_stream', 'db178bc9-faa3-4518-a2ec-90ff525ae402');
"
silent dumps/users.sql

# ---- a T-SQL call's named parameters: @name = N'provider' ------------------
mk db/seed_vendors.sql "EXEC dbo.upsert_vendor @name = N'pinata', @secret = N'5306ec3ea38881cc024660fafd205486cc3d74839e4a3360043711b83b7bfb2e';
EXEC dbo.upsert_vendor @name = N'pinata', @gateway = N'fernquay.mypinata.cloud', @secret = N'\$(PINATA_SECRET)';
"
found db/seed_vendors.sql 1 pinata-api-secret 5306ec3ea38881cc024660fafd205486cc3d74839e4a3360043711b83b7bfb2e
secrets_exactly db/seed_vendors.sql 5306ec3ea38881cc024660fafd205486cc3d74839e4a3360043711b83b7bfb2e

# ---- a KDL node of a provider's client ---------------------------------------
mk conf/alerts.kdl 'integrations {
    client "pagerduty" endpoint="https://events.example.net" value="u+o6duCh2MaLJ5Z70iUS"
    client "pagerduty" endpoint="https://events.example.net" value="P17ZJN7"
    client "pagerduty" value="${PAGERDUTY_TOKEN}"
}
'
found conf/alerts.kdl 2 pagerduty-api-key 'u+o6duCh2MaLJ5Z70iUS'
secrets_exactly conf/alerts.kdl 'u+o6duCh2MaLJ5Z70iUS'

# ---- an indexed .properties item -------------------------------------------
mk app/src/main/resources/clients.properties '# clients
clients[0].name=pinata
clients[0].value=bba7884bca6d08ab87a8b9d88a28f9d81c027e60768d618f623d14e58cb6eae5
clients[1].name=sitemap
clients[1].value=5306ec3ea38881cc024660fafd205486cc3d74839e4a3360043711b83b7bfb2e
integrations.pinata-api-secret-example=${PINATA_API_SECRET}
'
found app/src/main/resources/clients.properties 3 pinata-api-secret bba7884bca6d08ab87a8b9d88a28f9d81c027e60768d618f623d14e58cb6eae5
secrets_exactly app/src/main/resources/clients.properties bba7884bca6d08ab87a8b9d88a28f9d81c027e60768d618f623d14e58cb6eae5

# ---- a Makefile target named for the provider ------------------------------
mk release/Makefile '.PHONY: deploy-bugsnag
deploy-bugsnag: AUTH = db178bc9-faa3-4518-a2ec-90ff525ae402
deploy-bugsnag: STAGE = production-2026-12-01
deploy-bugsnag: TOKEN_REF = $(BUGSNAG_AUTH_TOKEN)
deploy-bugsnag:
	./bin/notify
'
found release/Makefile 2 bugsnag-auth-token db178bc9-faa3-4518-a2ec-90ff525ae402
secrets_exactly release/Makefile db178bc9-faa3-4518-a2ec-90ff525ae402

# ---- a Spring bean whose service or id names the provider ------------------
mk web/WEB-INF/beans.xml '<beans xmlns="http://www.springframework.org/schema/beans">
  <bean id="deployClient" class="larch.Client">
    <property name="service" value="vercel"/>
    <property name="key" value="E6SFjKElaNljRg94URDhkgHb"/>
  </bean>
  <bean id="vercelFallback" class="larch.Client">
    <property name="key" value="${VERCEL_TOKEN}"/>
    <property name="team" value="team_8hQmZk2Rw4Tn6Yp1Lx3Vc5Bd"/>
  </bean>
  <bean id="mapsClient" class="larch.Client">
    <property name="service" value="tiles"/>
    <property name="key" value="a81d5e2c-0b6f-4c3e-9d7a-2f4b8e1c6a90"/>
  </bean>
</beans>
'
found web/WEB-INF/beans.xml 4 vercel-access-token-legacy E6SFjKElaNljRg94URDhkgHb
secrets_exactly web/WEB-INF/beans.xml E6SFjKElaNljRg94URDhkgHb

# ---- a list named for keys, of name/value records --------------------------
mk infra/terraform/vendors.tf 'locals {
  vendor_keys = [
    { name = "tide-tables", value = "bLTQaAGpP1Uk117NV04geks5zH0ctR6A" },
    { name = "weather", value = "7VXHsVT9kr7GbOiztGqJgWh0hMAtl638" },
    { name = "chart-tiles", value = "pk.eyJ1IjoiZmVybnF1YXkiLCJhIjoiY2tx.c3RhbmRpbmctd2F2ZXM" },
    { name = "digest", value = "5306ec3ea38881cc024660fafd205486cc3d74839e4a3360043711b83b7bfb2e" },
    { name = "account", value = "5b665d8e-78a2-415c-ba3e-1d163139ac0a" },
    { name = "region", value = "eu-west-1" },
  ]
  tags = [
    { name = "build", value = "upcmmPi9BasE1pWKG8xr07X8hs03U2lffLC7k8tW" },
  ]
}
'
generic infra/terraform/vendors.tf 3 bLTQaAGpP1Uk117NV04geks5zH0ctR6A
generic infra/terraform/vendors.tf 4 7VXHsVT9kr7GbOiztGqJgWh0hMAtl638
secrets_exactly infra/terraform/vendors.tf bLTQaAGpP1Uk117NV04geks5zH0ctR6A 7VXHsVT9kr7GbOiztGqJgWh0hMAtl638

# ---- an INI section of a service's API client ------------------------------
mk legacy/gateway.ini '[general]
harbour = Kellhaven

[tidewatch]
url = https://api.tidewatch.example/v2
user = gateway
key = upcmmPi9BasE1pWKG8xr07X8hs03U2lffLC7k8tW

[i18n]
locale = en
key = WelcomeBannerTitle2025Alt

[cache]
ttl = 300
key = 3oyOlATnfERMOo4oojTPdNZ2Uf0RwFfgjEcoPSkq

[signing]
key = 5306ec3ea38881cc024660fafd205486cc3d74839e4a3360043711b83b7bfb2e
'
generic legacy/gateway.ini 7 upcmmPi9BasE1pWKG8xr07X8hs03U2lffLC7k8tW
secrets_exactly legacy/gateway.ini upcmmPi9BasE1pWKG8xr07X8hs03U2lffLC7k8tW
flush_scans

finish "e2e_context36"
