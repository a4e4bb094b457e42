#!/usr/bin/env bash
# End-to-end tests of wave 36's lead fixes: a dead word denied (`never
# rotated`, `wasn't revoked`, `hasn't been changed`) says the value is
# live, where the word alone says it is dead; one value two generic rules
# read the same (a sentence's pre-shared key) is one finding; Azure APIM's
# key under a C# constant `ApimKey`; Mailjet's secret as `MJ_APISECRET`; a
# one-line record named by a path's last part (`{ name =
# "/site/db_password", value = … }`, SSM's Name/Value). Hard negatives:
# the dead words undenied, Mailjet's public key, records whose path names
# a region, an endpoint or a policy, a template. Every value is generated
# for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- a dead word denied ----------------------------------------------------
mk docs/workshop.md '# Workshop
For the record, the key we used in the workshop was
CiRldTEtNmQxNy1iNTE2LWE2NDYtZmFmYi0zODhjOTA4OTk0NjkQi8bSRhi4mPoRKhkABeNUJT503lrp82-40j06dERBezFUUbQqSgNldTE — it was never rotated.
'
found docs/workshop.md 3 hubspot-personal-access-key \
	CiRldTEtNmQxNy1iNTE2LWE2NDYtZmFmYi0zODhjOTA4OTk0NjkQi8bSRhi4mPoRKhkABeNUJT503lrp82-40j06dERBezFUUbQqSgNldTE

mk ops/notes.env 'STRIPE_SECRET_KEY=sk_live_51Hq7TmWc2Lx9Vb4Nd8Pz3Rk6Ys1Fg0Je5Ua7Ot2Ki9Mw4Xq8Cn3Bv6Dh1Lr5Sp0Gz7Ty2We9Aq4Kx # not revoked yet, rotate after the audit
DB_PASSWORD=Hq7vT2mWc9Lx4Vb8 # this one wasn'"'"'t revoked
API_TOKEN=Nd8Pz3Rk6Ys1Fg0Je5Ua7Ot2Ki9Mw4Xq # hasn’t been changed since 2024
'
scan_check "ops/notes.env: the three denied dead values reported" ops/notes.env \
	'[.[].line] | unique == [1, 2, 3]'

# the dead words undenied stay dead
mk ops/old.env 'STRIPE_SECRET_KEY=sk_live_51Hq7TmWc2Lx9Vb4Nd8Pz3Rk6Ys1Fg0Je5Ua7Ot2Ki9Mw4Xq8Cn3Bv6Dh1Lr5Sp0Gz7Ty2We9Aq4Kx # revoked 2026-03
DB_PASSWORD=Hq7vT2mWc9Lx4Vb8 # this one was revoked
API_TOKEN=Nd8Pz3Rk6Ys1Fg0Je5Ua7Ot2Ki9Mw4Xq # deactivated, no longer valid
'
silent ops/old.env

# ---- one value, one finding ---------------------------------------------------
mk it/welcome.txt 'Welcome aboard!
The VPN pre-shared key is 0I%ud*8m9tb7fY_%+?qu-eiOXMUl.
'
scan_check "it/welcome.txt: the pre-shared key once" it/welcome.txt \
	'length == 1 and .[0].secret == "0I%ud*8m9tb7fY_%+?qu-eiOXMUl" and .[0].line == 2'

# ---- names ------------------------------------------------------------------
mk src/Upload.cs 'public class MeterUpload
{
    private const string ApimKey = "d41f7c20e9b38a56c1f04e7d92b3a6c8";
    private const string CorrelationId = "5a8c1e02-7d3f-4b96-a1e4-0c9f2d7b3e51";
}
'
found src/Upload.cs 3 azure-apim-subscription-key-legacy d41f7c20e9b38a56c1f04e7d92b3a6c8

mk config/initializers/mailjet.rb '# frozen_string_literal: true
ENV["MJ_APISECRET_PRIVATE"] ||= "9c3e71a0b5d24f86e1c07b3a9d52f4e8"
ENV["MJ_APIKEY_PUBLIC"] ||= "2f8d06c4a1e97b35d0c4f1a8e6b27d93"
'
scan_check "config/initializers/mailjet.rb: the private key only" config/initializers/mailjet.rb \
	'length == 1 and .[0].rule_id == "mailjet-api-secret" and .[0].line == 2 and
	 .[0].secret == "9c3e71a0b5d24f86e1c07b3a9d52f4e8"'

# ---- a record named by a path's last part, on its own line -------------------
mk terraform/ssm.tf 'locals {
  parameters = [
    { name = "/site/forecast/db_password", value = "Wq7^Lx2=Tz9%Nb4*Vm6!" },
    { name = "/site/forecast/region", value = "eu-west-2" },
    { name = "/site/forecast/api_token", value = "${var.forecast_token}" },
  ]
}
'
scan_check "terraform/ssm.tf: the password only" terraform/ssm.tf \
	'length == 1 and .[0].line == 3 and .[0].secret == "Wq7^Lx2=Tz9%Nb4*Vm6!"'

mk ssm/params.json '[
  {"Name": "/prod/billing/api_token", "Value": "Kx8Vb2Nq7Lz4Wp9Tc3Md6Hf1Jr5Ys0Ga"},
  {"Name": "/prod/billing/endpoint", "Value": "https://billing.example.net/v2"},
  {"Name": "/prod/billing/password_policy", "Value": "min-length-12"}
]
'
scan_check "ssm/params.json: the token only" ssm/params.json \
	'length == 1 and .[0].line == 2 and .[0].secret == "Kx8Vb2Nq7Lz4Wp9Tc3Md6Hf1Jr5Ys0Ga"'
flush_scans

finish "e2e_lead36"
