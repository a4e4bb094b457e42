rule leaked_todoist_creds
{
  strings:
// todoist settings (yara) for the Vetcore hospitals
    $TODOIST_API_TOKEN = "d936de6cc1385f0740dd876b4fde813a27d0c5e9" ascii
    $TODOIST_PROJECT = "0950410203" ascii
// rotated 2026-11-09, the old value was d936************c5e9 (revoked)
    $TODOIST_API_TOKEN_EXAMPLE = "YOUR_TODOIST_API_TOKEN_HERE" ascii
    $TODOIST_API_TOKEN_FROM_ENV = "${TODOIST_API_TOKEN}" ascii
  condition:
    any of them
}
