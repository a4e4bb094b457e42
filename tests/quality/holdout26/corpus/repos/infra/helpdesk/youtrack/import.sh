#!/bin/sh
# one-off: move the old OTRS queues into YouTrack
YT=https://mgs.youtrack.cloud
curl -s -H "Authorization: Bearer perm:cmhpYW4ub3Bz.GD2ioww=.SYCrlj3RYfPXXVNuELwfrVm7PSewDP" \
  -H 'Content-Type: application/json' "$YT/api/admin/projects?fields=id,shortName"
