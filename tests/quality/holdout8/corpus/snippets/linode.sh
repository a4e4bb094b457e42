#!/usr/bin/env bash
set -euo pipefail
curl -fsS -u 'api:ad691a7b91973226891cb28f590e795984c40a98c5f9dcfce299cc2706280bdd' https://api.linode.example/v1/me
export LINODE_CLI_TOKEN="cc4b5b32109f90317650ab1770ed10587ab0b51af1f7d0dff76efc163f2cea6b"
LINODE_IMAGE_SHA256='240b690af5643766d7188ef280ca44a51e684a023410aa7f912b754c4cb656ff'
LINODE_ID='84745924'
: "${LINODE_TOKEN:?missing}"
