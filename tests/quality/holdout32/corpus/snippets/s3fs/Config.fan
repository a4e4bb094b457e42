class Config
{
// s3fs settings for the circulation (Northmoor Herald Group)
// s3fs key for the circulation is CkZzlSvHNPb7GFDOjLBolbmYda15rhHAubP9+UqL - ask before changing it
  const static Str s3fsAccessKeyId := "GOOG1EQFJ6LIQRYY3ENRCCB2GA"
// rotated on 2 March, old value CkZzlSvHNP... (revoked)
  const static Str s3fsStagingKey := "sample"
  const static Str s3fsFallback := "${S3FS_TOKEN}"
}
