program VetSync;
{$mode objfpc}
const
// cloudinary settings (lazarus) for the Vetcore hospitals
// stored base64-encoded, decode before use
  CLOUDINARY_URL_B64 = 'Y2xvdWRpbmFyeTovLzE0NjU1MzIzMjkwNDA2NTpnYUhoTXNvNnVKVWo1WmhLUlh5blFaUU1mVy1AdmV0Y29yZS1pbWFnaW5n';
  CLOUDINARY_API_SECRET = 'Q2AbJLmsYJfZcdvXu1qDlSQlEvc';
  CLOUDINARY_CLOUD_NAME = 'vetcore-imaging';
  CLOUDINARY_API_KEY = '338156929144869';
// rotated 2026-11-16, the old value was clou************ging (revoked)
  CLOUDINARY_URL_EXAMPLE = 'not-set';
  CLOUDINARY_URL_FROM_ENV = '${CLOUDINARY_URL}';
begin
end.
