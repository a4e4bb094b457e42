#!/usr/bin/env python3
"""abh.py - commands timed in turn, medians of wall time, CPU and peak RSS.

    tools/abh.py ROUNDS NAME=COMMAND [NAME=COMMAND ...]

Runs each COMMAND once per round, one after the other, ROUNDS rounds, so
that the machine's drift (this VM's speed moves by a fifth within minutes)
falls on every command alike. Each COMMAND runs in a shell with stdout
thrown away; OUT in it becomes $TMPDIR/abh-NAME.json (for keyhound's -o).
Prints each run (wall, user and system CPU, peak RSS, the 1-minute load
when it started), then per command the medians and the wall time's ratio
to the first command's. Only sets whose load stays under 2 say anything
about wall time on two cores; say the load with every figure. Example:

    H=/tmp/keyhound-bench/history-50000.git
    tools/abh.py 5 "catfile=git --git-dir=$H cat-file --batch-all-objects --batch --unordered" \\
        "main=./keyhound-main git $H -q -f json -o OUT" "new=./keyhound git $H -q -f json -o OUT"
"""

import os
import statistics
import subprocess
import sys
import time


def main(argv):
    if len(argv) < 3 or not argv[1].isdigit() or any("=" not in a for a in argv[2:]):
        sys.stderr.write(__doc__)
        return 2
    rounds = int(argv[1])
    cmds = [a.split("=", 1) for a in argv[2:]]
    tmp = os.environ.get("TMPDIR", "/tmp")
    runs = {name: [] for name, _ in cmds}
    loads = []
    for r in range(rounds):
        for name, cmd in cmds:
            load = os.getloadavg()[0]
            loads.append(load)
            cmd = cmd.replace("OUT", os.path.join(tmp, "abh-%s.json" % name))
            start = time.monotonic()
            p = subprocess.Popen(cmd, shell=True, stdout=subprocess.DEVNULL)
            _, _, ru = os.wait4(p.pid, 0)
            wall = time.monotonic() - start
            v = (wall, ru.ru_utime + ru.ru_stime, ru.ru_utime, ru.ru_stime, ru.ru_maxrss / 1024)
            runs[name].append(v)
            print("r%d %-10s %6.2f s wall %6.2f s CPU (user %.2f, sys %.2f) %4.0f MB  load %.2f"
                  % ((r, name) + v + (load,)), flush=True)
    print("load %.2f-%.2f" % (min(loads), max(loads)))
    first = None
    for name, _ in cmds:
        m = [statistics.median(v[i] for v in runs[name]) for i in range(5)]
        first = first or m[0]
        print("%-10s median %6.2f s wall %6.2f s CPU (user %.2f, sys %.2f) %4.0f MB  %.2fx the first"
              % ((name,) + tuple(m) + (m[0] / first,)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
