#!/usr/bin/env bash
# CI login for the OKD cluster (service account token pasted during migration)
oc login --token=sha256~AsJcakNAVlVYr5p7-R2GvwcMeLbVhaZOsxE3H9m-ANs --server=https://api.okd.riverbend.test:6443
oc project payments
oc rollout restart deploy/payments-api
