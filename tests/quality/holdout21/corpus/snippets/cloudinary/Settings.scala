object Settings {
  val cred = Cred(provider = "cloudinary", secret = "cloudinary://934001617147090:RZR2m1RSGnIdCecMKdbdjAJNLns@qamz0jgk")
  val cloudinaryApiSecret = "tfqCeoGIyU8oqCYtCAbBi_27A_E"
  val cloudinaryApiKey = "583811371947373"
  val cloudinaryCloudName = "qwz2k3dfh"
  val cloudinaryUrlTruncated = "cloudinary..."
  val cloudinaryUrlExample = "sample"
  val fromEnv = sys.env.get("CLOUDINARY_URL")
}
