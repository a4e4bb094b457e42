DO $body$
DECLARE
  vendor_mongodb jsonb := jsonb_build_object('mongodb', 'mdb_sa_sk_f2kDNDZKXDwFMN2GqX8m6f6vg6ik3RmdSRbelFrj');
  mongodb_atlas_private_key text := '2f453adc-4f47-47cd-997b-9ae298a68f25';
  atlas_client_id text := 'mdb_sa_id_20b1af3f404abbc330fa0bb9';
  atlas_public_key text := 'qht528dn';
  atlas_client_secret_sequential text := 'mdb_sa_sk_0123456789abcdefghijklmnopqrstuvwxyzABCD';
  atlas_client_secret_example text := '[REDACTED]';
  -- current_setting('app.atlas_client_secret')
BEGIN
  PERFORM 1;
END
$body$;
