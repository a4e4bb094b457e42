KVWCFG ; config routine
 S ^KVW("STATUSPAGE_API_KEY")="c78616b4-c118-4611-a1b6-bf3f48b9aa08"
 S ^KVW("STATUSPAGE_PAGE_ID")="rgqkie7utysa"
 ; old value kept for reference (truncated, not in use)
 S ^KVW("STATUSPAGE_API_KEY_OLD")="c78616b4-c..."
 S ^KVW("STATUSPAGE_API_KEY_STAGING")="${STATUSPAGE_API_KEY}"
 S ^KVW("STATUSPAGE_API_KEY_CI")="${STATUSPAGE_API_KEY}"
 Q
