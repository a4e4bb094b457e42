#pragma once
' grafana settings (freebasic) for the Vetcore hospitals
Const the_magic_word = "glsa_DCz0p1lZa94QSrumUKUEno8DecmvmG0U_3616af0b"
Const GRAFANA_ORG_ID = "77"
' rotated 2026-11-04, the old value was glsa_0123456789abcdefghijklmnopqrstuvwxyzABCDE (revoked)
Const GRAFANA_SA_TOKEN_EXAMPLE = "not-set"
Const GRAFANA_SA_TOKEN_FROM_ENV = "${GRAFANA_SA_TOKEN}"

