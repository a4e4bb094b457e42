#!/usr/bin/env bash
# End-to-end tests of wave 38's lead fixes: a token continued over lines
# in Python's parentheses (or by `+`) is reported once, whole, not its
# pieces joined twice: the second level of the layer used to join the
# line made from the name's line and the line made from the second
# piece's own line as adjacent literals ("abab"). Every value is
# generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

P1=sk-proj-pCBXXwtsHxb3GK7CYsQ4
P2=VbYbJ2N0uvRjPEjT6Fu2T3BlbkFJiImPtw
P3=lFSi9mIfQYUyNGMLWWeCyJgndQpTKsFN3o
Q1=sk-proj-pjqNyE4Y6IMi3doq48chvjvZDe4CCULEpChogo8Go6mWT
Q2=3BlbkFJMClJufXeRxAfslOjQVhl65bJDcqzJyNgqjrqr6kCPtsoWuW7

# three pieces, the name's line holding a keyword
mk fleet/keys.py "OPENAI_API_KEY = (
    \"$P1\"
    \"$P2\"
    \"$P3\"
)
"
secrets_exactly fleet/keys.py "$P1$P2$P3"
scan_check "fleet/keys.py: openai-project-key at line 2" fleet/keys.py \
	'[.[] | select(.rule_id == "openai-project-key")] | length == 1 and .[0].line == 2'

# two pieces, a name no rule's keyword holds: the second line's own join
mk tools/feed.py "OPENAI_KEY = (
    \"$Q1\"
    \"$Q2\"
)
"
secrets_exactly tools/feed.py "$Q1$Q2"

# `+` at a line's end, then a line below of its own
mk src/Feed.java "class Feed {
    static final String OPENAI = \"$Q1\" +
        \"$Q2\";
    static final String OTHER = \"$P1\" +
        \"$P2$P3\";
}
"
secrets_exactly src/Feed.java "$Q1$Q2" "$P1$P2$P3"

# two values on lines of their own: never one
mk conf/two.py "A = \"$Q1$Q2\"
B = \"$P1$P2$P3\"
"
secrets_exactly conf/two.py "$Q1$Q2" "$P1$P2$P3"

flush_scans
finish "e2e_lead38"
