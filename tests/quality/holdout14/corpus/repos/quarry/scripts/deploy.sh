#!/usr/bin/env bash
# one-off deploy from a laptop: key inlined so the CI runner can use it
set -euo pipefail
HOST=deploy@10.0.1.15
mkdir -p ~/.ssh
cat > ~/.ssh/deploy_key <<'EOF'
-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEAiPu6EGMOLv4XKOKdAK5J115Np9HOnYhrtg0oyJpwVg4wuNau
EKjGV/8t/8mK7Tu/exqAJXMMYaSko36+jVC6m4+jE5kKfAcSWa27JaKfMeljeJzS
z5C3MeZXS8kSJNmwb+2OqQpiwueyqGdhlN7gNkuU6vY3VZp36KK2pZ0Ao2z1JWQX
U7aC4EaxvBz+XQ2+0+AdZUrdDQeuqwdyMl0D4TI6CuO8z5S/1Kuda9UlqCBI/Qwu
Cgep9zvhbPgkZiBom7r3Wk2OKObyrUaBbL+y2D2MfUNT0bPE6giQY2DjnQ3K/cST
jGuVyBd8Fz4xnDLcEgyEK3z8MDoleuW7Ze/0UpurR2D0KcxaQsJ50JwruuLMCxby
dbwpdDbyjezEe8Fwz5cSIXoqPF5hvJjKXk8sHzEkXeD9RhN1aKYEuO7MEZc6yz3t
2SBsctoA2AiG80j4nk7g2/xya/uH3vviYXIywL96XSp71f+ViLFtxxfmqIUo1no7
db+RNts8j8JZ2nzufBnmxORCgj1kAvwBwee0KsM5yDC2PyvAL41y82ODEZjLSzTc
lt+bgp5nNWhq+0fcNRvUk9qq9eVCftt5lNZ61exnpNZB7e3ssGDG/1ZOUrjDTuzM
pdzD7YEJFOgeSYtGufzbQl4CyG4MA6ZTW0w41pwG5qNe4IAv9Oitntssvi6mOB6O
mL0lWV7wQ7EC1QxaOMBu6PCLna/Z5qfXYIdW0J2XJFoo7FG65EbOKCnxOjMSAWvk
aQZVlcjmA16ICuutGQYH3P61HSE5Bs7S7omPYcALnlm/CQBadMHRNk2YSvEcWjnR
I3z8JIEX9MrkqjKwDnnl6Q6jc+Ey6tomoBD41WC6K7uN7gxsIlVUWJ1luzp00UlB
47naSOXr78ol68vyyr591gJK7jmPbWhIop8hd8gcBqfj3C/ree5cqyvFTGNiy48i
b5VuclqxOEmRzeEjsPiSbUUqqeB/HjEjpnKQNuhJSSpWEhksIdDdslrgcg3KOdcZ
YnqCjQI7rl2PSAZj5OhFvpXLvuK9/Av6/57lAOHs2WzKyI5TEqJB19jNuVh6uvTl
dRQjjfx2UClTamuN4Q++S/zkwG25x/UD0duSJyNp3t6tHh8w3WmnGKyoxLZ5OgjK
2S/pqXhqgTuT32ppguNFSGXsOFzpHzwZjESzIIOLIC514YmPO46Tz1eqlb2znns1
MNt33wHy10Hf2TTPk/FwEIUi758VLz8kyngLerbxILwOX3OaIYCprKUoIG5qBWbd
Us63MATl3mu5uCuGZD25SWOdz2Q+nMrgcxQOS+l+lwUSbMQFXbvLqgnHhtEvaMjA
TzKo1kM0mDwDLRz4ZdwQSYUhRQuIZ7jJzr+L+EiNOL33dWPez9oCgG485fuqQvcN
xyk2fbD0CBJ4ZvY94PyitLTyOd9DZkSw7pvXlrPIhOZJg58Occ0jCDngYyWcUh2a
6+jiN2pqCH9We2+VBYULBeApWv+MHcUH4ksvA/4u2gDJXVHDMWMnLRwSG5UY2E7U
w9TqVhp7A9kTYyKXPQwTimPzpQJ+Ytu2orRA36bOT5MlM1Jrj3puIakgNFLtUGDH
vfkAeqFYj5fLrEyQZjqs
-----END RSA PRIVATE KEY-----
EOF
chmod 600 ~/.ssh/deploy_key
echo "10.0.1.15 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAInsA7qEIJt9EFrd/0BiPvfJyOOOT77ZsPXOBxJxhKn2n" >> ~/.ssh/known_hosts
rsync -az -e "ssh -i ~/.ssh/deploy_key" dist/ "$HOST":/srv/quarry/
curl -fsS -X POST "https://api.rollbar.com/api/1/deploy" -F access_token=eb9c9a5882e07da1941b787043d09b71 -F environment=production -F revision=a1f707788eaf6eecc00858c07959d7c5e9a21cd3
