module settings
  implicit none
  character(len=256) :: cred
  data cred / "90317dc8a4a102f546b449359e623404b9b080e0" /
  character(len=*), parameter :: gitea_commit_sha = "a9fe9101209d8e82d20c08020a3fd3a00317e7bb"
  character(len=*), parameter :: gitea_token_masked = "9031************80e0"
  character(len=*), parameter :: gitea_token_example = "changeme"
  ! runtime: call get_environment_variable("GITEA_TOKEN", buf)
end module settings
