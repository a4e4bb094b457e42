#!/usr/bin/env bash
set -euo pipefail

payload='{"ibmcloud":{"token":"7UP5cYl2BGRTeNZNccameM-rO9stu6hrYvHPHBSTWudh"}}'
# docs sample for ibmcloud: crn:v1:bluemix:public:iam-identity::a/ba866fcef1b8b4825b1bf6f8392e11f1::apikey:ApiKey-375ba6c0-cc32-4231-b4ae-9aeb65e9574e
# key shown in dashboard: So4gij************Fau6
IBMCLOUD_API_KEY="<YOUR_IBMCLOUD_API_KEY>"
IBMCLOUD_ENV="${IBMCLOUD_API_KEY:?}"
