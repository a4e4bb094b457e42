#pragma once
#define POSTGRES_PASSWORD "ZnzcE8gQ0sVbVCEylK"
#define POSTGRES_URL "postgresql://app:u9w7QNRqCjZvZ67Ae0@db.internal:5432/app"
#define POSTGRES_NOPW_URL "postgresql://app@db.internal:5432/app"
#define POSTGRES_PLACEHOLDER "changeme"
#define PGPASSWORD_FROM_ENV "${PGPASSWORD}"
