android {
    defaultConfig {
        applicationId = "com.acme.field"
        buildConfigField("String", "CODECOV_UPLOAD_TOKEN", "\"7c95e94d-292b-4a93-a099-218d67aa6fff\"")
        buildConfigField("String", "YC_IAM_TOKEN", "\"t1.Y7HsXN1hAMnj4T2JuFIS3BMPbxQA1btDxSRkbdgC.epBR7aSawLzjfk504qIBrbO-M2sA9KX0fvXXvd99P3n99lvAnJIx9_y4P04ZQU8ycSVFq4iWEEYhWLhRng2vHC\"")
        manifestPlaceholders["mapsKey"] = "p8e-b6Zhvfgmis8XJYgI7Tx917eObQ2rreIl"
    }
    signingConfigs {
        create("release") {
            storePassword = "0VHmXQEQBUSbyq"
        }
    }
}
