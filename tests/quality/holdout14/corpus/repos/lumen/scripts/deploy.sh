#!/usr/bin/env bash
# one-off deploy from a laptop: key inlined so the CI runner can use it
set -euo pipefail
HOST=deploy@10.0.1.15
mkdir -p ~/.ssh
cat > ~/.ssh/deploy_key <<'EOF'
-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEAjyep7seumUeGJQHoLN+i+4yy/+sr2Eljm1dIWP45F3QMbzmS
XfM0nErcyxQeOMmbHSllpL0YQs5Lioc2pasFzTCmhnYNTn2tQsS5G8QmMCLOxRbg
qLPoUpOLpsApfGSlbEC1y6PbLBA8xgbXDctWm8XOcQZU9NwxZKFm4kIrTsDpDPVE
wz/lz5hIUjB3NQMgQFUJm4GyvGSHXcT3c5uWYx4pDVItIYpTRWYE4KZpfxOzEfqS
/ywUwkzbxbos2zBTCyEpwPxzaq7JZJXpDe9sq+u9idMqFwajiCB/5WAo91TIgybG
Aytm1UGfMsJFhbo7X4yjQ5jnBGqMHdlA2nf0/ycWkt/sby/QZR7vWk1kT2/6wIXm
1ILCyzKbMYAJmfiKyHwt3mrsOfGQyNCEg0pFbZ7vnj0hyOaltUClxuUgnLCoOPyj
2/RXzQgz0EdDLB52Z+5FLVDPWykPpGgmEQztbq0sT8tarzkMEOJhcp/8MNcu8LvY
H2PHExNq01UMpZtctZsjuHeKijRVxWKu31I/FfkFLgNknY7guFo5gUMLx0xxW0fq
6xF8dS7sd9wJ49t+9uOuvHE024DCPi3R453Mdc9pR1uRQoU33IYJ3DsIocXZF2QO
B4g0o+UPBMx0mW/dc2t75Juut8sAqBcvwF+tNhRsqSx8fXh2UbGS5aATOh/guUee
Zm+1m+qHf5pQdD7UYhkMbQDfCLVcTsvkAXhJb5uiy8GWN7y7nu9cNMjiepuux/Ul
vyQ3drfmRllrTgHxp5UmamFxJ5hxXsnpDvl56uJ9S0iPZ/+R1s3JbII7UwEof5WQ
8O5Tvqd2r/MZq9K2Oc5iPMIXRwVDWJNX4hTg3vRT5hS+VI7YZvPHesdZiJbTSnRX
t5daPNmHxTAKyvrAYR12S49emP/pRJG41hfcyUnLhaMwSx+8z6OyShw25AEXBLiB
9pE2YqkdBWwIaBQHeIMcaZD6nCez+UikVtTwcjWgou/a2nwhIswZpiBL5Y4Su7HF
HIAEydMZ8UsiqBt81VoXXxwG4PLitHIOO4RyCfH1ODa/uNGtLJTGODvGVoV3qmRX
hkkyZij8LNgUCwY7EGrv92apTT3DWCGsbsu5QFypoq89oShY4tcq3qFJGhs3Nlrz
W4nFMlvrssFZ0nzifKHQz9palqo2aj6oSiMHL9uv/vnvv5PRgxIvy4cGGtDzZp3e
Nl1u+4giGkFe+3C3vzjCCVyKvCVL6+yUx/9F+dACgVWEOZ+WXus1yIdYkf/AMC41
gROg0k+SZQZxjAuu4Q8qzxU5XZuBHjVnw/G7O3ExAEi94xQ5HUVWyjlfyN88sTep
hXJU4i+4cFIT5dicvw745CPRnc6+XHgc8UgdvSFP0APDXUL+ys2dSc4bu4aI1xm4
uXRcFh6qjJUS/HY+OpMionYCFrh3y5ODI0WUBLaXH4vmaATt0WfgZ291EMpoLPAW
cRrmLM/aM3GOsCu8NHZFi5CpyByqhq2QKbfxQr9hOgXLYNR8LDa+2mAAODdn1o0r
yZ+jTv9I1nnzwMFZEKQnlH0dKBOtuUFj37xO3JCKfBZFEbtDzyXldRliax2geSS4
jmk3u+BFnpn/FNCn3JgN
-----END RSA PRIVATE KEY-----
EOF
chmod 600 ~/.ssh/deploy_key
echo "10.0.1.15 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAItaoqPhhSuzVVVV+pdEyqTSllVV/H194TPLqWIcMIK3C" >> ~/.ssh/known_hosts
rsync -az -e "ssh -i ~/.ssh/deploy_key" dist/ "$HOST":/srv/lumen/
curl -fsS -X POST "https://api.rollbar.com/api/1/deploy" -F access_token=a7be5fc633712d9350f7ffec57210669 -F environment=production -F revision=3156730a67ee00a726ce6af68842b61ea13b3701
