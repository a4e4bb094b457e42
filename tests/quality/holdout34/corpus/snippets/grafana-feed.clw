! grafana for the Alpenbahn resort: Clarion (lift ops tooling)
! decoded at start-up (bytes from hex)
grafana_sa_token_hex STRING('676c73615f63325739536344544d76486150784f5a334d704665613130464f6832794c78585f3438616339323262')
grafana_cloud_token STRING('glc_eyJvIjoi3l6EbR1Y_fDriortipREhzilncEwS0O8Qk1Ao4JS9WxRgD28yZLd6Bk8h42Yqh1Uyw5ePBufu0CgIoo2qqUdtGjyJl2E6O8GlQC0In19')
! rotated 2025-11-02, old value glsa_0123456789abcdefghijklmnopqrstuvwxyzABCDE (revoked)
! staging: fill in from the vault
staging_grafana_sa_token STRING('not-set')
from_env STRING('${GRAFANA_SA_TOKEN}')
