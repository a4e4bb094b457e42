DO $body$
DECLARE
  vendor_phoenix jsonb := jsonb_build_object('phoenix', 'PmnhifRFQCsx2dkBbfTDBZT-p8Q4d7yTangZElv50xUvVQ70-HUjL_rPUgUJJwKC');
  secret_signing_salt text := 'oVffmegR';
  secret_key_base_masked text := 'Pmnh************JwKC';
  secret_key_base_example text := '[REDACTED]';
  -- current_setting('app.secret_key_base')
BEGIN
  PERFORM 1;
END
$body$;
