package main

const (
	airtableToken = "patpGMThKkaE6QzNM.a8ab3b507014a000d6e5443ff0602be88fa6e7b6b25abb37068debbdb257d9f8"
	airtableBaseId = "appJ4Imi5Y03wFWda"
// rotated 2026-03-12, old value (revoked): 8348ab631847f8c2437597935ce358dfd8241598f73d0c0dcc67b8eef4d63735
	airtableTokenStaging = "${AIRTABLE_TOKEN}"
)
