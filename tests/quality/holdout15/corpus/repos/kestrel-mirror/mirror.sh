#!/bin/sh
# mirror the GitLab repo to the backup host every night
set -eu
SRC="https://oauth2:glpat-FG9MsZrZi-A1WUd-Nd76@gitlab.kestrel.example/platform/kestrel.git"
DEST="git@backup.kestrel.lan:mirrors/kestrel.git"
git clone --mirror "$SRC" /tmp/mirror
cd /tmp/mirror && git push --mirror "$DEST"
echo "mirrored at $(git rev-parse HEAD)  # e.g. 9657f362fa47243723bfe173a4bb1642669fe2c6"
