# matrix integration (fixture for the config loader)
export MATRIX_ACCESS_TOKEN='syt_T-lViCbIsFcx_v7xvNDlaanuB9Sdap1BU_SOvlj3'
export MATRIX_ROOM_ID='!9GjtCm4Zdac4hxLpko:saltmarsh-fish.example'
# rotated on 2025-10-07, old value syt_T-lViC... (revoked)
