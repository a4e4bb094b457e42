#!/usr/bin/env bash
# End-to-end tests of wave 31's lead fix of notes (leadnotes32), after
# holdout32: in a `* ` bullet list each item is its own sentence, so an
# item calling its value old, expired or deleted is no note on the next
# item's value. The dead item stays silent; a dead note above a single
# line, a `#` note and a block comment's still apply. And a bare value
# opening with `*` that no `*` closes (no emphasis) keeps that `*`.
. "$(dirname "$0")/lib.sh"

# ---- bullet items after a dead item ----------------------------------------
mk notes/shift-handover.md '# Shift handover

* The old kiosk login Pq7rTz2mWx9k is EXPIRED, ignore it
* Build server deploy token: Hv3nQw8ZkT5pLm2XbR7cYd4s
* Former CI token Zc5mXq8TnW2kLp7RbV4yHd3s was deleted last week.
* Mail relay: user relay-bot, password Rt6wKz9NmQ3vXp8LcB2hYd5f
* Printer asset tag WQPLRT8ZMK (not a secret)
'
scan_report notes/shift-handover.md
holds_once 4 Hv3nQw8ZkT5pLm2XbR7cYd4s
holds_once 6 Rt6wKz9NmQ3vXp8LcB2hYd5f
holds_none Pq7rTz2mWx9k
holds_none Zc5mXq8TnW2kLp7RbV4yHd3s
holds_none WQPLRT8ZMK
holds_count 2

# ---- an item calling its own value dead stays silent -----------------------
mk notes/nested.md '* Mirror sync token: Jm8qTx3WnZ6kPr2LvC9bYd4h
* the old staging key Pz6kWq3TnX8mLr5VcB2yHd7g is retired
'
scan_report notes/nested.md
holds_once 1 Jm8qTx3WnZ6kPr2LvC9bYd4h
holds_none Pz6kWq3TnX8mLr5VcB2yHd7g

# ---- a bare value opening with '*' is the value's, not emphasis -----------
mk notes/runbook.md '1. If the queue stalls, log in as `qadmin`, password *Vb8nQw3ZkT5pLm2XrR7c.
2. The password *is* in the vault, ask the desk.
3. Masked in the ticket as password *****, see the vault.
'
scan_report notes/runbook.md
holds_once 1 '*Vb8nQw3ZkT5pLm2XrR7c'
holds_count 1

# ---- hard negatives: a dead note that is no list item still applies --------
mk notes/dead-notes.md '# old deploy token, revoked in March
deploy_token = "Wq5nTz8KmX3vLp7RcB2hYd6f"
/*
 * revoked, kept for the audit
 * api_token = "Nx7kQw4TmZ9pLr3VcB6yHd2s"
 */
'
silent notes/dead-notes.md

finish "e2e_leadnotes32"
