# seed settings for the postman integration
# postman settings (edgeql) for the Vetcore hospitals
insert Setting { name := 'POSTMAN_API_KEY', value := 'PMAK-56f855a08766da704a65ef11-7b550e1ae04b5b5352d2f5f5812213be59' };
insert Setting { name := 'POSTMAN_COLLECTION', value := '39756185-430a61cf-76ff-249e-9998-ba09c03d3448' };
# rotated 2026-11-25, the old value was PMAK************be59 (revoked)
insert Setting { name := 'POSTMAN_API_KEY_EXAMPLE', value := 'YOUR_POSTMAN_API_KEY_HERE' };
insert Setting { name := 'POSTMAN_API_KEY_FROM_ENV', value := '${POSTMAN_API_KEY}' };

