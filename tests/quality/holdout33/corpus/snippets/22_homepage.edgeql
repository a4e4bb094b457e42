# seed settings for the homepage integration
# homepage settings (edgeql) for the Vetcore hospitals
insert Setting { name := 'DO_NOT_SHARE', value := 'ptr_Z8zQdIC33I6hS-mRqX7eCk7NvgZdd4M9Wu77G2QbPsO' };
insert Setting { name := 'HOMEPAGE_VAR_PORTAINER_URL', value := 'https://portainer.vetcore.internal:9443' };
# rotated 2026-11-23, the old value was abcf62005a15c979a9d6cdd93029a87d92dab0bccad79bfbb045ec61a4be1d11 (revoked)
insert Setting { name := 'HOMEPAGE_VAR_PORTAINER_KEY_EXAMPLE', value := '************' };
insert Setting { name := 'HOMEPAGE_VAR_PORTAINER_KEY_FROM_ENV', value := '${HOMEPAGE_VAR_PORTAINER_KEY}' };

