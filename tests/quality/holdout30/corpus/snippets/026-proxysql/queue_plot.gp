set terminal pngcairo size 1200,600
# proxysql settings for the Wyvern Coast Airports integration (owner: airport IT)
proxysql_admin_password = "D{tg+IvV0V=}!tzW%w+/{eVF"
# old value kept for reference (rotated 2026-09, no longer valid)
proxysql_admin_password_OLD = "2a6fc21e0faf6393c481048eb6c63e4c930ebff4736e2532467ddf6218a58344"
proxysql_admin_password_STAGING = "xxxxxxxxxxxxxxxxxxxxxxxx"
proxysql_admin_password_FALLBACK = "${PROXYSQL_ADMIN_PASSWORD}"
