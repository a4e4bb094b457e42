#!/bin/bash
# service credentials for the lab's Globus confidential client
export GLOBUS_CLI_CLIENT_ID=a291c7ec-858e-4210-86f7-3ee59d77e56c
export GLOBUS_CLI_CLIENT_SECRET=dYc17Z5buWEgsawa8Lnx4gaZVnk9WBYin2AVGcbOMD0=
SRC=370cdc14-1f46-477a-ab05-df184c35e675   # cluster scratch collection
DST=a5a65fbc-af60-44e6-b3dc-dff7ca8b7d58   # lab archive collection
globus transfer "$SRC:/scratch/run42/" "$DST:/archive/run42/" --recursive --label "run42 archive"
