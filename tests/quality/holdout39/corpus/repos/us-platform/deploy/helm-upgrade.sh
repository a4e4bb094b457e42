#!/usr/bin/env bash
helm upgrade --install ats charts/ats -n ats-us \
  --set image.tag=4.18.2 \
  --set postgresql.auth.password=JUNI!sparrow8908 \
  --set smtp.password='lLf6AIJNMp%e7c3mvjXW' \
  --wait
