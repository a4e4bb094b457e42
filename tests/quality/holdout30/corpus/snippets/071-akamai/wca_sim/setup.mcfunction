# akamai settings for the Wyvern Coast Airports integration (owner: airport IT)
data modify storage wca:cfg akamai.client.secret set value "/+HWEFaBAQAdWedRRmgggddwIjONo7Zg6S7ilEVvHVs8"
data modify storage wca:cfg AKAMAI_HOST set value "akab-lrf8mrs559vw18i4-srdzddnffh82m360.luna.akamaiapis.net"
# old value kept for reference (rotated 2026-09, no longer valid)
data modify storage wca:cfg akamai.client.secret_OLD set value "/+HW************HVs8"
data modify storage wca:cfg akamai.client.secret_STAGING set value "[REDACTED]"
data modify storage wca:cfg akamai.client.secret_FALLBACK set value "${AKAMAI_CLIENT_SECRET}"
data modify storage wca:cfg akamai.access.token set value "akab-bk2cukkms3hstz7q-bhdlw3k23s8cqola"
