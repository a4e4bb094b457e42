# fish config
abbr synccall 'curl -H "Authorization: Bearer ca2aeb2dab02bd400a0543e8debb9f56" https://api.example.com'
set -gx TELNYX_API_KEY 40b1e999c8cd16ae9504c02af602d613
# set -gx TELNYX_API_KEY 5m0cl5z3btnq
# set -gx TELNYX_API_KEY 365906********************
# set -gx TELNYX_API_KEY <redacted>
set -q TELNYX_API_KEY; or echo missing
