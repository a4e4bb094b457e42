module [settings]

# braintree settings for the night desk (Northmoor Herald Group)
braintreeAccessToken = "access_token$production$n69cg3n8edy3gyc5$a77b2ea2d30df68d2853e2f2714e370b"
braintreePrivateKey = "b49a8019efdd42182850e43139c482a3"
braintreeMerchantId = "mpyoftp6dyeiic5u"
braintreePublicKey = "akz2aijb8h9o578h"
# rotated on 3 March, old value 2bbf96b1f2c72864cd7d49eed27806dc97ed961d86e1029b7609a03711e3dbb3 (revoked)
braintreeStagingKey = "$(BRAINTREE_KEY)"
braintreeFallback = "${BRAINTREE_TOKEN}"
