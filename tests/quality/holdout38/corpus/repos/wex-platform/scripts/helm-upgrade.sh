#!/bin/sh
helm upgrade --install fleet charts/fleet -n fleet-wex \
  --set postgresql.auth.password=lpJ2aM5MkZ7bp5F9vuKXlkSBT6wGT2uJ \
  --set externalApis.weather.apiKey=baa5ed7f8728a8598ab082416db0e4d4 \
  --set image.tag=2026.11.3
