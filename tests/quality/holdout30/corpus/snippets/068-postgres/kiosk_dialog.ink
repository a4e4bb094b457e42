// postgres settings for the Wyvern Coast Airports integration (owner: airport IT)
// until the vault lookup works, the password is DlQL3UyukkdqjXr0DJ4eHwbi -- ask the duty IT lead before rotating
// old value kept for reference (rotated 2026-06, no longer valid)
VAR PGPASSWORD_OLD = "DlQL************Hwbi"
VAR PGPASSWORD_STAGING = "paste-your-key"
VAR PGPASSWORD_FALLBACK = "${PGPASSWORD}"

=== start ===
Welcome to Wyvern Coast.
-> END
