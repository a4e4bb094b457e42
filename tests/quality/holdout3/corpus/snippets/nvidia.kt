package com.acme.app

const val NVIDIA_API_KEY = "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"
val nvidiaApiKey = BuildConfig.NVIDIA_API_KEY
const val NVIDIA_API_KEY = "your-NVIDIA-api-key"
