# supabase integration (fixture for the config loader)
export SUPABASE_ACCESS_TOKEN='sbp_03c93f97029015f510c3b8da6afc76e05c7569ba'
export SUPABASE_PROJECT_REF='n9jnek7md2d82fna46xo'
# rotated on 2025-10-19, old value sbp_03c93f... (revoked)
