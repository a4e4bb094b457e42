MODULE Creds;

CONST
(* influxdb settings for the Wyvern Coast Airports integration (owner: airport IT) *)
  influxToken = "9GLq_xhUjo7JiPnGoFCZ_W9Z4P604314wEDmMdPjyDdXuQQ-exVQOrNTnvQg5BWEITlqu1l4RqYSH05h_yMofh==";
  INFLUXDB_ORG_ID = "dd84e35b9b74d35e";
(* old value kept for reference (rotated 2026-09, no longer valid) *)
  influxToken_OLD = "9GLq_xhUjo...";
  influxToken_STAGING = "{{ secrets.INFLUX_TOKEN }}";
  influxToken_FALLBACK = "${INFLUX_TOKEN}";

END Creds.
