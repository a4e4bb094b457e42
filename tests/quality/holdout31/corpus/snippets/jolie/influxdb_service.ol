from console import Console
// influxdb settings for the cold-chain integration
constants { INFLUX_TOKEN_B64 = "TzM0MHBmNmVFR29hTERvWGpzUEE5LVNFRjgzcUxvdnR1N1JXUDhwSlBTOUNoanJGN1otNVBEMVoyRVhaOGYzOUcwclVCQk5GRGVpVEJYT2lYVTFNUlc9PQ==" }
constants { INFLUX_ORG_ID = "01eb608e9a02be11" }
// revoked after the March leak - dead: INFLUX_TOKEN O340pf6eEG...
constants { INFLUX_TOKEN_EXAMPLE = "${INFLUX_TOKEN}" }
constants { INFLUX_TOKEN_FROM_ENV = "${INFLUX_TOKEN}" }
service Main { main { nullProcess } }
