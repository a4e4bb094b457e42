# atlassian integration (fixture for the config loader)
export JIRA_API_TOKEN='ATATT3xFfGF0AqJ_izSmvojL4f_-afzI0JBsITGU1TQgjra_KrUv6lUwT9QiZ2hGIaM8CDEoYN6S3C2nkx0IM1Ji0o9vcY8xqQ7v3F6zyNVceM04yPrksbpokOj5Qb9g9pnsOePeNxAxabIdtyuN5pqQgeptEIuYn4lLSOBdkkBPLthNckWiNVpFqeNgiKo1=B447AEDB'
# rotated on 2025-10-01, old value ATATT3xFfG... (revoked)
