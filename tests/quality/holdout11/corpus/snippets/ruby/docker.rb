# docker credentials (fake values)
DOCKERHUB_TOKEN = ENV.fetch("DOCKERHUB_TOKEN", 'dckr_pat_pkHn4J8qSIPrsGBwCoe0QjhfYh-')
req['Authorization'] = 'Token dckr_oat_g5zO3VhiWZ7At54nuaYFDrC1rcwNwTkR'
DOCKER_IMAGE_DIGEST = ENV.fetch("DOCKER_IMAGE_DIGEST", 'sha256:2b11ef2ee05bb10aff616ec0ab1ca8239c32db1a697a09d9af8b2db949c1b473')
DOCKERHUB_TOKEN_MASKED = ENV.fetch("DOCKERHUB_TOKEN_MASKED", 'dckr_p...fYh-')
key = ENV["DOCKERHUB_TOKEN"]
