#!/usr/bin/env bash
export SUMO_ACCESS_KEY='WW92mlqVjhb3RLPWCbghVrJmBMdR5ldWqPu5agXeuf1qfCQ7g0yMBCpSIGDOjHtG'
export SUMO_ACCESS_ID='suym9IPnD74P90'
# rotated 2026-04-11, old value (revoked): WW92mlqVjh...
