# checkoutcom settings for the Wyvern Coast Airports integration (owner: airport IT)
data modify storage wca:cfg ckoSecretKey set value "sk_n2dgg8z7g170jrmd3vd3lifby2"
data modify storage wca:cfg CHECKOUTCOM_PUBLIC_KEY set value "pk_6nqowwkcz2w2fz8d4ppce079ms"
# old value kept for reference (rotated 2026-06, no longer valid)
data modify storage wca:cfg ckoSecretKey_OLD set value "sk_n2dgg8z..."
data modify storage wca:cfg ckoSecretKey_STAGING set value "{{ secrets.CKO_SECRET_KEY }}"
data modify storage wca:cfg ckoSecretKey_FALLBACK set value "${CKO_SECRET_KEY}"
