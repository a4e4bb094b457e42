#!/bin/sh
set -e
twine upload -u __token__ -p pypi-AgEIcHlwaS5vcmcuErkRrln28IafbIpOdzH8zlsG9k0p1J47UQ0b-u9lobGrWGzRDtegfFm4ALwMNXbkSH8QrbPvxMOP5UCfKxA_katOsdaKf3D_DsLQF5H5-TpvwGZ65rvlweqvC60vyrPK6iU4Ui0llRNrAQFw52GpF dist/*
npm config set //registry.npmjs.org/:_authToken npm_jhxIITDkKFHVTCkrMDWiogZEmHoEAUsmyspi
lein deploy clojars  # CLOJARS_PASSWORD=CLOJARS_73b444150388f49830e019f8061da0440a3e55ccfd59ef7bab81e424b79d
mix hex.publish --yes  # HEX_API_KEY=da0cf059ffb2b3fc33977bbf4670e75d
cargo publish --token cioszTszgGiIIoj5QihCPJdFPVji8SWkwEZ
curl -u "deploy:6e835b1c7c08a3b169b81abc3d257d233750d269" -T build/app.deb https://upload.cloudsmith.io/acme/main/
echo "sha: 0e7b19f496e536d60792fb5e574707c95f93ddf2ee0c62bf2fe27da75bc0f27a"
