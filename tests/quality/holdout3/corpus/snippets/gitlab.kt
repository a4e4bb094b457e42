package com.acme.app

const val GITLAB_TOKEN = "glpat-TjzPwoDQk4ehQ6QvLJyz"
val gitlabTokenGlrt = System.getenv("GITLAB_TOKEN_GLRT") ?: "glrt-X2bfWTVh6fYRQR9ftRhe"
    .addHeader("Authorization", "Bearer gldt-v1e4_LTyRNtT1iGshJGb")
const val GITLAB_TOKEN_GLPTT = "glptt-a18f608a203b55ba1f5019c79f64c9178eaf6168"
val gitlabTokenRunnerReg = System.getenv("GITLAB_TOKEN_RUNNER_REG") ?: "GR13489415LCrGcgdVoAq0LrUaNX1"
const val GITLAB_PROJECT_ID = "32908207"
val gitlabElided = System.getenv("GITLAB_ELIDED") ?: "glpat-hq1u…"
val gitlabToken = BuildConfig.GITLAB_TOKEN
