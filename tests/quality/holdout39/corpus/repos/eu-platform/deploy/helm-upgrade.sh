#!/usr/bin/env bash
helm upgrade --install ats charts/ats -n ats-eu \
  --set image.tag=4.18.2 \
  --set postgresql.auth.password=yeHxUkvyBrMEtFb4Q78VZ0dRUme2dUMC \
  --set smtp.password='cobwillow3828' \
  --wait
