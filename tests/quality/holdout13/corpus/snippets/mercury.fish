# fish config
abbr synccall 'curl -H "Authorization: Bearer 6be55c4327d45f148e13eaaf156c3990b4767eeb" https://api.example.com'
set -gx MERCURY_API_KEY ebafa848aaf1d328e59f84f741d685aa3dfee1b3
# set -gx MERCURY_API_KEY ylv2yok8kson
# set -gx MERCURY_API_KEY a600e9********************
# set -gx MERCURY_API_KEY <redacted>
set -q MERCURY_API_KEY; or echo missing
