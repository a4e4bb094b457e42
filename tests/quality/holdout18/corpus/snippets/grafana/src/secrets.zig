const std = @import("std");
pub const creds = .{ .provider = "grafana", .token = "glsa_We7O5obOiJASWayjtDTdh1V3CfCdv8KB_fc06129d" };
pub const grafana_cloud_token = "glc_eyJvIjoiMzQ1MjkxIiwibiI6InN0YWNrLTE1NDAyOC1vdGxwIiwiayI6Ilh0b0Rrck02U2NJa0dJYndzNXB0WUkxYyIsIm0iOnsiciI6InByb2QtZXUtd2VzdC0yIn19";
pub const grafana_stack_id = "452824";
pub const grafana_datasource_uid = "5yibaxbgowzz6w";
pub const grafana_sa_token_sequential = "glsa_0123456789abcdefghijklmnopqrstuvwxyzABCDE";
pub const grafana_sa_token_example = "[REDACTED]";
// read GRAFANA_SA_TOKEN from the environment in main()
