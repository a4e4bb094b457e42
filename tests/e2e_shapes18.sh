#!/usr/bin/env bash
# End-to-end tests of wave 18's structure-named provider keys: a
# provider's index that a chain of indices given a value goes on from
# (Chef's default['app']['newrelic']['license'], Ruby's [:x][:license]),
# `license` under a provider's name, a record whose `provider` field
# names a provider no keyword of its rules spells (Gleam, Julia, Ruby),
# a key named in a sentence (`the browserstack key we got is …`), a name
# handed to an Ethereum key's sink whose declaration gives it a literal
# (Hardhat's accounts: [NAME], Wallet(NAME)), and a JDBC URL's password
# holding '#'. The same structures with nil, an env reference, a
# placeholder, a mask, prose, an address or a salt stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

H40=6e1b9c47a2f85d03c9e1a7b4f2d86c05e3a9b17d
H64=8d2f4a6c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b1d3f5a7c9e0b2d4f
RE=re_Tq7ZmP2x_Kw9LbV4nRc8YsD3hJf6GuA1p
BS=Nq4vTz8LkW2pRm7XbY3c
PW='Vd7kQm2Wz#Lp4T'

# silent FILE: scanning $T/FILE gives no finding
silent() {
	"$KEYHOUND" scan "$T/$1" -f json -o "$T/out" 2>"$T/err"
	check "$1: no finding" jq -e 'length == 0' "$T/out"
}

# a chain of indices after a provider's index, given a value
mk chain/attributes/default.rb "default['app']['db']['user'] = 'app'
default['app']['newrelic']['license'] = '$H40'
"
found chain/attributes/default.rb 2 newrelic-license-key-legacy "$H40"
mk chain/apm.rb "CONFIG[:newrelic][:license] = \"$H40\"
"
found chain/apm.rb 1 newrelic-license-key-legacy "$H40"
mk chain/apm.php "<?php
\$config['newrelic']['license'] = '$H40';
"
found chain/apm.php 2 newrelic-license-key-legacy "$H40"
mk chain/apm.yml "newrelic:
  license: $H40
"
found chain/apm.yml 2 newrelic-license-key-legacy "$H40"
mk chain/decoy/default.rb "default['app']['newrelic']['license'] = nil
default['app']['newrelic']['license'] = ENV['NEW_RELIC_LICENSE_KEY']
default['newrelic']['app_name'] = 'checkout-$H40'
"
silent chain/decoy/default.rb

# a record whose provider field names the provider
mk field/src/mail.gleam "pub fn mail() -> Creds {
  Creds(provider: \"resend\", key: \"$RE\")
}
"
found field/src/mail.gleam 2 resend-api-key "$RE"
mk field/mail.jl "creds = (provider = \"resend\", key = \"$RE\")
"
found field/mail.jl 1 resend-api-key "$RE"
mk field/mail.rb "CREDS = { :provider => 'resend', :key => '$RE' }.freeze
"
found field/mail.rb 1 resend-api-key "$RE"
mk field/decoy/mail.ex "def creds, do: %{provider: \"resend\", key: System.get_env(\"RESEND_API_KEY\")}
def ph, do: %{provider: \"resend\", key: \"re_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx\"}
"
silent field/decoy/mail.ex

# a key named in a sentence
mk prose/NOTES.md "# Notes

The browserstack key we got from support is $BS, rotate it after the demo.
"
found prose/NOTES.md 3 browserstack-access-key "$BS"
mk prose/qa.md "The browserstack access key is $BS.
"
found prose/qa.md 1 browserstack-access-key "$BS"
mk prose/decoy/NOTES.md "The browserstack key is stored in the CI secret store.
The browserstack key is ${BS:0:4}************${BS:16:4} now.
The browserstack key is \`BROWSERSTACK_ACCESS_KEY\`, set it in CI.
"
silent prose/decoy/NOTES.md

# a name handed to an Ethereum key's sink, its literal at its declaration
mk hand/hardhat.config.ts "import { HardhatUserConfig } from \"hardhat/config\";

const DEPLOYER_KEY = process.env.DEPLOYER_KEY ?? \"0x$H64\";

const config: HardhatUserConfig = {
  networks: { sepolia: { url: \"https://rpc.sepolia.org\", accounts: [DEPLOYER_KEY] } },
};
"
found hand/hardhat.config.ts 3 ethereum-private-key "0x$H64"
mk hand/deploy.js "const PK = process.env.PK || \"0x$H64\";
const wallet = new ethers.Wallet(PK, provider);
"
found hand/deploy.js 1 ethereum-private-key "0x$H64"
mk hand/decoy/hardhat.config.ts "const OWNER = process.env.OWNER ?? \"0x${H40}\";
const DEPLOYER_KEY = process.env.DEPLOYER_KEY ?? \"\";
const SALT = \"0x$H64\";
module.exports = { networks: { a: { accounts: [DEPLOYER_KEY] }, b: { accounts: [OWNER] } } };
"
silent hand/decoy/hardhat.config.ts

# a JDBC URL's password runs past '#': its driver reads no fragment
mk jdbc/catalina.out "Caused by: connecting to jdbc:postgresql://db.internal:5432/orders?user=orders&password=$PW&ssl=true
"
found jdbc/catalina.out 1 generic-password "$PW"
mk jdbc/decoy/app.log "connecting to jdbc:postgresql://db:5432/orders?user=orders&password=\${DB_PASSWORD}
"
silent jdbc/decoy/app.log

finish e2e_shapes18
