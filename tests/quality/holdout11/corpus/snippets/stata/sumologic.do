* sumologic credentials (fake values)
global sumo_access_key "dqpQWTf0ikZKE4wknvGpLZVYMGhQtxlyhco3efnLNUpongS4b0WJ4ble2sJfjnpb"
!curl -H "X-Api-Key: NjfHnE7gUQx5o2SozKIuMlh9RBTZY9KsLdfPsHdAHbOoaUHVugEnsi9Kph4MblVW" https://api.sumologic.example/export
global sumologic_access_id "suUHhqRHVco1ny"
global sumo_access_key_masked "dqpQWT...jnpb"
local key : env SUMO_ACCESS_KEY
