$version: "2"
namespace ops.auth
apply CloudinaryService @examples([{input: {key: "cloudinary://832489413014658:jDNanVQS3nMxfCTU4J4oMUJD5AC@thistle95"}}])
@documentation("ml_pepper")
string CloudinaryUploadPreset
@documentation("9d749dc1f7b3ec7c5c30ba319f29cb2444c863629ccf0c42a5fc787d3c51d89b")
string CloudinaryUrlSha256
@documentation("xxxxxxxxxxxxxxxxxxxxxxxx")
string CloudinaryUrlExample
// env CLOUDINARY_URL
