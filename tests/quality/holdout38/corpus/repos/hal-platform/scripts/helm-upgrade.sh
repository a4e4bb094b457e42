#!/bin/sh
helm upgrade --install fleet charts/fleet -n fleet-hal \
  --set postgresql.auth.password=OV99XNTVP4lIybpMpj6upI7PbMHOIqEL \
  --set externalApis.weather.apiKey=a9c059cc7c560497ee89e00c03199153 \
  --set image.tag=2026.11.3
