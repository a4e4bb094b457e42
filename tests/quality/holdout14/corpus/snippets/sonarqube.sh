#!/usr/bin/env bash
set -euo pipefail

./bin/sonarqube-sync --auth "squ_47cde277799561ffa245f263658a15891e3ce638" --region eu-west-1
declare -A KEYS=([sonarqube]="sqa_d16f285e07e041b3c263215cb106e95581413e63")
# docs sample for sonarqube: acme:cwf9alye
# key shown in dashboard: squ_bb************81b6
SONAR_TOKEN="<YOUR_SONAR_TOKEN>"
SONAR_ENV="${SONAR_TOKEN:?}"
