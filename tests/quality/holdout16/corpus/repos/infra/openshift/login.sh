#!/usr/bin/env bash
# CI login for the OKD cluster (service account token pasted during migration)
oc login --token=sha256~U8YkQyAAsJcakNAVlVYr5p7-R2GvwcMeLbVhaZOsxE3 --server=https://api.okd.riverbend.test:6443
oc project payments
oc rollout restart deploy/payments-api
