#!/usr/bin/env bash
set -euo pipefail
export YC_API_KEY="AQVNkwxvcR3f3lISHfHIh6Gd4jHVYLy2_vukd9fM"
yandexcloud-cli login --token 't1.9euelZqhatKqJw6joGtMg4lkdd8pD_8tnDq4vDd6zoX6TFeeeYCn73e02gXH_8XWQobpbq8mFRwixU9ihAJ.X5Ua7Gr6GxqEEHgjVhz2s8rsCudmTWSYbzUJVQ6fa5npv5sO8H0-zIqMk-gd6Br7Rtr-JdxD2_bMqATs19OQ6x' --non-interactive
YANDEXCLOUD_FOLDER_ID="b1gvj1t5ty705k2v98zq"
YC_API_KEY_MASKED="AQVNwD************TNOG"
YC_API_KEY_EXAMPLE="********"
: "${YC_API_KEY:?set it in CI}"
