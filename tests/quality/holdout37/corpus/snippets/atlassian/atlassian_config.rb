# frozen_string_literal: true

# atlassian integration (Thornbury Glasshouses, climate and orders platform)
ENV["JIRA_API_TOKEN"] ||= "ATATT3xFfGF0CaYD0BfBPJf5BZ9vgPuvu1oh18iZTPsOMusyGytOeVvokURqx7i6457x4w8t6kHx5C8bDU32lwbZCfGosJYru7Lk1zotDq5L9n7gU9ME0884CC9wjo6qnQygJpC3OCmI4q9Tw4DovoELU8DIp4aet46AZ9MwuRfsyDbLHwlWm-L=A5Z49CM8"
ENV["ATLASSIAN_CLOUD_ID"] ||= "513e345a-8d0f-42a0-90d8-d82b52a1f4e9"
# rotated 2025-11-03 after the laptop loss; old value (revoked, SHA-256): f1c0028de9e1d61e0462608d2e3a28b5246a0e2104bc5c10b40b7afbf2265c44
