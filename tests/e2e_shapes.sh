#!/usr/bin/env bash
# End-to-end tests of names held apart from their values: XML attributes
# and elements, key/value objects, dictionary and SDK arguments, env
# fallbacks, CLI flags, Terraform defaults. The finding points at the value.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND

KEY=7c1f4e2a-93b5-4d08-a6e1-5b2f9c3d8e47 # legacy HubSpot API key shape
mk() { mkdir -p "$(dirname "$T/$1")"; printf '%s' "$2" >"$T/$1"; }
# found FILE LINE: one hubspot-api-key finding of $KEY on that line, at
# the column where the key stands
found() {
	local col
	col=$(sed -n "$2p" "$T/$1" | awk -v k="$KEY" '{ print index($0, k) }')
	"$KH" scan "$T/$1" -f json -o "$T/out" 2>"$T/err"
	check "$1: the key at $2:$col" jq -e --arg s "$KEY" --argjson l "$2" --argjson c "$col" \
		'[.[] | select(.rule_id == "hubspot-api-key")] | length == 1 and .[0].secret == $s
		 and .[0].line == $l and .[0].column == $c and (.[0] | has("decoded") | not)' "$T/out"
}

mk pos/web.config "<appSettings>
  <add key=\"HubSpotApiKey\" value=\"$KEY\" />
</appSettings>
"
found pos/web.config 2
mk pos/env.postman_environment.json "{\"values\": [
  {
    \"key\": \"hapikey\",
    \"value\": \"$KEY\",
    \"enabled\": true
  }
]}
"
found pos/env.postman_environment.json 4
mk pos/Settings.cs "var s = new Dictionary<string, string> { { \"HubSpotApiKey\", \"$KEY\" } };
"
found pos/Settings.cs 1
mk pos/Startup.cs "Context.Add(\"hapikey\", \"$KEY\");
"
found pos/Startup.cs 1
mk pos/config.py "HUBSPOT = os.getenv(\"HUBSPOT_API_KEY\", \"$KEY\")
"
found pos/config.py 1
mk pos/server.js "const key = process.env.HUBSPOT_API_KEY || '$KEY';
"
found pos/server.js 1
mk pos/variables.tf "variable \"hubspot_api_key\" {
  type    = string
  default = \"$KEY\"
}
"
found pos/variables.tf 3
mk pos/settings.xml "<config><hubspotApiKey>$KEY</hubspotApiKey></config>
"
found pos/settings.xml 1
mk pos/sync.sh "./sync --hubspot-api-key $KEY --portal 123
"
found pos/sync.sh 1

mk pos/hubspot.php "<?php
\$hubspot = SevenShores\\Hubspot\\Factory::create('$KEY');
"
found pos/hubspot.php 2
mk pos/client.js "var hubspot = new HubSpotAPI(\"$KEY\");
"
found pos/client.js 1

# decoys: placeholders and names that are not credentials
mk neg/web.config "<add key=\"HubSpotApiKey\" value=\"YOUR_HUBSPOT_KEY_HERE\" />
<add key=\"HubSpotFormId\" value=\"$KEY\" />
"
mk neg/Settings.cs "{ \"HubSpotPortalGuid\", \"$KEY\" }
"
mk neg/contacts.js "const contact = await hubspot.crm.contacts.getById(\"$KEY\");
"
mk neg/variables.tf "variable \"hubspot_form_id\" {
  default = \"$KEY\"
}
"
expect_exit 0 "names that are not credentials, placeholders: nothing" -- "$KH" scan "$T/neg" -f json
check "decoys: empty report" grep -qx '\[\]' "$T/out"

finish e2e_shapes
