#!/bin/sh
cat > /etc/app/env <<EOF
ARGS=--braintree-access-token access_token$production$ec1mp6lvhbbfdwq0$930da1009b5dbab37b5d66f8aefd8899
BRAINTREE_PRIVATE_KEY=686c6f19bfbec8d9b6ffb0148ec39634
BRAINTREE_PUBLIC_KEY=i1muui3znpxc9b79
BRAINTREE_MERCHANT_ID=86z0vc4bm4exvog8
BRAINTREE_API_KEY_REF=${BRAINTREE_API_KEY}
EOF
