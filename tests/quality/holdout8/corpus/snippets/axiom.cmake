cmake_minimum_required(VERSION 3.24)

set(ENV{AXIOM_TOKEN} "xaat-ec886adf-93f5-42d7-9709-7bcd1069808a")
add_compile_definitions(AXIOM_PERSONAL_TOKEN="xapt-9bf2e5a7-7de6-4112-992d-2615352aeded")
set(AXIOM_ORG_ID "acme-y9s0")
set(AXIOM_TOKEN "xaat-00000000-0000-0000-0000-000000000000")
set(AXIOM_TOKEN "$ENV{AXIOM_TOKEN}")
