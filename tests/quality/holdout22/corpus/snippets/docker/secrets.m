function s = secrets()
    c = struct('service', 'docker', 'key', 'dckr_pat_QNQ4nO6U33m-_Lx3k1XIBLC4oAC');
    s.docker_namespace = 'larchwood';
    s.docker_pat_truncated = 'dckr_pat_Q...';
    s.docker_pat_example = '{{ secrets.DOCKER_PAT }}';
    s.from_env = getenv('DOCKER_PAT');
end
