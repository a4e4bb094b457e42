#!/bin/sh
set -e
twine upload -u __token__ -p pypi-AgEIcHlwaS5vcmcRrln28IafbIpOdzH8zlsG9k0p1J47UQ0b-u9lobGrWGzRDtegfFm4ALwMNXbkSH8QrbPvxMOP5UCfKxA_katOsdaKf3D_DsLQF5H5-TpvwGZ65rvlweqvC60vyrPK6iU4Ui0llRNrAQFw52GpFspU6 dist/*
npm config set //registry.npmjs.org/:_authToken npm_kKFHVTCkrMDWiogZEmHoEAUsmyspi0pgxjji
lein deploy clojars  # CLOJARS_PASSWORD=CLOJARS_150388f49830e019f8061da0440a3e55ccfd59ef7bab81e424b79dda0cf0
mix hex.publish --yes  # HEX_API_KEY=59ffb2b3fc33977bbf4670e75d9c9c34
cargo publish --token cioIIoj5QihCPJdFPVji8SWkwEZmCq9hlxd
curl -u "deploy:c7c08a3b169b81abc3d257d233750d2690e7b19f" -T build/app.deb https://upload.cloudsmith.io/acme/main/
echo "sha: 496e536d60792fb5e574707c95f93ddf2ee0c62bf2fe27da75bc0f27a9ee51d4"
