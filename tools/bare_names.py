#!/usr/bin/env python3
"""Lets rules written in the house name-to-value form also read a value
under the provider's bare name (`todoist: "..."`, `"webflow" => '...'`,
`coda = "..."`), where the value has the provider's own format.

A rule whose regex starts with the two-part name alternation
    (?:(?i:(?:NAMES)[A-Za-z0-9_.-]{0,24}?(?:WORDS))|(?i:NAMES)[\\s\\S]{0,160}?(?<![A-Za-z0-9])(?i:WORDS))
or with the one-part
    (?<![A-Za-z])(?i:NAMES)[\\s\\S]{0,200}?(?i:WORDS)[A-Za-z0-9_.-]{0,24}?
gains another part, NAMES alone right before an assignment (=, :, =>, :=),
and, where no keyword would wake it on the bare name, keywords of the
name with that assignment (`coda:`, `coda =`...). Idempotent: run it after
editing rules of that form.  Usage: tools/bare_names.py patterns/*.json
"""
import json
import re
import sys

HEAD = re.compile(
    r'^\(\?:\(\?i:\(\?:(?P<n1>.+?)\)\[A-Za-z0-9_.-\]\{0,24\}\?\(\?:(?P<w1>.+?)\)\)'
    r'\|\(\?i:(?P<n2>.+?)\)\[\\s\\S\]\{0,160\}\?\(\?<!\[A-Za-z0-9\]\)\(\?i:(?P<w2>.+?)\)\)')
ONE_PART = re.compile(
    r'^\(\?<!\[A-Za-z\]\)\(\?i:(?P<n1>[^()]+)\)\[\\s\\S\]\{0,200\}\?'
    r'\(\?i:(?P<w1>[^()]+)\)\[A-Za-z0-9_.-\]\{0,24\}\?')
BOUND = '(?<![A-Za-z0-9])'
# the bare name must be assigned: not compared (==), not a scheme (name://)
ASSIGNED = '(?=["\']?[ \\t]*(?:=>|:=|=(?!=)|:(?![:/])))'
SEPARATOR = '[_.-]?'


def top_level(alternation):
    parts, depth, cur, i = [], 0, '', 0
    while i < len(alternation):
        c = alternation[i]
        if c == '\\':
            cur += alternation[i:i + 2]
            i += 2
            continue
        depth += c == '('
        depth -= c == ')'
        if c == '|' and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += c
        i += 1
    return parts + [cur]


def bare_names(names):
    """The alternatives long enough to stand alone as a name."""
    kept = []
    for alt in top_level(names):
        alt = alt.replace(BOUND, '')
        letters = re.sub(r'\[[^]]*\]\??|\\.|[()?:|]', '', alt)
        if len(letters) >= 4 and letters.isalnum():
            kept.append(alt)
    return kept


def literal(alt):
    """The name as written without separators, if it is plain text."""
    text = alt.replace(SEPARATOR, '')
    return text if re.fullmatch(r'[A-Za-z0-9]+', text) else None


def update(rule):
    m = HEAD.match(rule['regex'])
    one_part = not m
    if one_part:
        m = ONE_PART.match(rule['regex'])
    elif m['n1'] != m['n2'] or m['w1'] != m['w2']:
        return False
    if not m:
        return False
    names = bare_names(m['n1'])
    if not names:
        return False
    bare = '|' + BOUND + '(?i:' + '|'.join(names) + ')' + ASSIGNED
    head = m.group(0)
    rest = rule['regex'][len(head):]
    if rest.startswith(bare) or rest.startswith(bare + ')'):
        return False
    if one_part:
        rule['regex'] = '(?:' + head + bare + ')' + rest
    else:
        rule['regex'] = head[:-1] + bare + ')' + rest
    keywords = rule['keywords']
    for alt in names:
        text = literal(alt)
        if text and not any(k.lower() in text.lower() for k in keywords):
            keywords += [text.lower() + op for op in (':', '"', "'", '=', ' =')]
    return True


def main(paths):
    for path in paths:
        with open(path) as f:
            data = json.load(f)
        changed = [r['id'] for r in data['rules'] if update(r)]
        if changed:
            with open(path, 'w') as f:
                json.dump(data, f, indent=2, ensure_ascii=False)
                f.write('\n')
            print(path, ' '.join(changed))


if __name__ == '__main__':
    main(sys.argv[1:])
