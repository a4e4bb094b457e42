#!/bin/sh
# mirror the GitLab repo to the backup host every night
set -eu
SRC="https://oauth2:glpat-jhyghmjHcMJ8BMym8AlA@gitlab.wren.example/platform/wren.git"
DEST="git@backup.wren.lan:mirrors/wren.git"
git clone --mirror "$SRC" /tmp/mirror
cd /tmp/mirror && git push --mirror "$DEST"
echo "mirrored at $(git rev-parse HEAD)  # e.g. a22a73fd77f4b4196b85f3d57b70e1d5036c0934"
