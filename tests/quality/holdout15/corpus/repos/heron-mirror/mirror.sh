#!/bin/sh
# mirror the GitLab repo to the backup host every night
set -eu
SRC="https://oauth2:glpat-pDYO_Jk-AVl2fA6qv0lT@gitlab.heron.example/platform/heron.git"
DEST="git@backup.heron.lan:mirrors/heron.git"
git clone --mirror "$SRC" /tmp/mirror
cd /tmp/mirror && git push --mirror "$DEST"
echo "mirrored at $(git rev-parse HEAD)  # e.g. b64fb87565531a146c765ad817cbeb767171227d"
